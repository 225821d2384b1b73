from __future__ import annotations

import json
from importlib.resources import files

import pytest

from reader.analysis.framing.lexicon import load_lexicon, surface_forms

CATEGORIES = ["hedge", "loaded", "attribution-verb", "intensifier", "naming"]


@pytest.mark.parametrize("category", CATEGORIES)
def test_each_lexicon_file_cites_its_basis(category: str) -> None:
    raw = json.loads((files("reader") / "data" / "lexicons" / f"{category}.json").read_text())
    assert raw["category"] == category
    assert "Recasens" in raw["basis"] or "AllSides" in raw["basis"]


def test_every_entry_has_a_short_note() -> None:
    for entry in load_lexicon().entries:
        assert entry.note and len(entry.note.split()) <= 12, entry.term


def test_verb_lemma_expands_to_its_inflections_and_derived_noun() -> None:
    forms = surface_forms("escalate", "verb", [], ["escalation"])
    for form in ("escalate", "escalates", "escalated", "escalating", "escalation"):
        assert form in forms


def test_short_verbs_double_their_final_consonant() -> None:
    assert {"admitted", "admitting"} <= set(surface_forms("admit", "verb", [], []))


def test_noun_phrase_inflects_its_last_word() -> None:
    assert "freedom fighters" in surface_forms("freedom fighter", "noun", [], [])


def test_naming_forms_know_their_neutral_counterpart() -> None:
    kiev = load_lexicon().lookup("Kiev")
    kyiv = load_lexicon().lookup("kyiv")
    assert kiev is not None and kiev.neutral == "Kyiv" and kiev.concept == "Kyiv"
    assert kyiv is not None and kyiv.neutral is None and "neutral" in kyiv.note


def test_a_form_in_two_entries_is_told_apart_by_part_of_speech_cues() -> None:
    owners: dict[str, list[object]] = {}
    for entry in load_lexicon().entries:
        for form in entry.forms:
            owners.setdefault(form, []).append(entry)
    for form, entries in owners.items():
        if len(entries) > 1:
            cues = {getattr(e, "cue", None) for e in entries}
            assert cues == {"attributive", "verb-use"}, form
