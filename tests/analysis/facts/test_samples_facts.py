"""The planted divergences of the sample sets are found, and nothing else is flagged."""

import json
from pathlib import Path

import pytest

from reader.eval import EvalResult, analyse_set, score

SAMPLES = Path(__file__).resolve().parents[3] / "samples"


def _score(name: str) -> EvalResult:
    expected = json.loads((SAMPLES / name / "expected.json").read_text(encoding="utf-8"))
    return score(analyse_set(SAMPLES / name), expected)


def test_ferry_cuts_media_and_formula_divergences_are_found() -> None:
    result = _score("ferry-cuts")
    assert result.divergent_found == result.divergent_gold == 2, result.missed_divergences


@pytest.mark.parametrize("name", ["ferry-cuts", "mine-rescue", "harbour-fire"])
def test_no_sample_raises_a_false_or_unplanted_divergence(name: str) -> None:
    result = _score(name)
    assert result.false_divergences == 0
    assert result.unmatched_divergences == ()


def test_river_talks_contact_format_and_place_divergences_are_found() -> None:
    result = _score("river-talks")
    assert result.divergent_found == result.divergent_gold == 2, result.missed_divergences
    assert result.false_divergences == 0
    assert result.unmatched_divergences == ()
