"""The facts the seeds are known to hold (quoting only a few words of them)."""

from pathlib import Path

from reader.analysis.facts import find_facts
from reader.analysis.pipeline import analyze
from reader.ingest.load import load_sources
from reader.model import Fact


def _facts(seeds_dir: Path) -> tuple[Fact, ...]:
    result = load_sources([str(seeds_dir)])
    return find_facts(result.sources, [])


def test_troop_numbers_diverge(seeds_dir: Path) -> None:
    facts = _facts(seeds_dir)
    troops = [f for f in facts if f.kind == "number" and f.subject.startswith("troops")]
    assert troops and troops[0].divergent
    assert {v.normalized for v in troops[0].values} == {"100000", "122000"}


def test_call_date_written_as_weekday_and_date_is_not_a_divergence(seeds_dir: Path) -> None:
    facts = _facts(seeds_dir)
    texts = {v.text for f in facts if f.kind == "date" and not f.divergent for v in f.values}
    assert {"December 30", "Thursday"} <= texts


def test_call_length_agrees(seeds_dir: Path) -> None:
    facts = _facts(seeds_dir)
    durations = [f for f in facts if f.kind == "duration"]
    assert durations and not durations[0].divergent
    assert {v.normalized for v in durations[0].values} == {"PT50M"}


def test_name_spellings_are_one_person(seeds_dir: Path) -> None:
    facts = _facts(seeds_dir)
    people = {f.subject: {v.text for v in f.values} for f in facts if f.kind == "person"}
    blinken = next(names for subject, names in people.items() if "Blinken" in subject)
    assert "Anthony Brinken" in blinken
    psaki = next(names for subject, names in people.items() if "Psaki" in subject)
    assert {"Jen Psaki", "Jane Psaki"} <= psaki


def test_no_date_divergence_on_the_seeds(seeds_dir: Path) -> None:
    facts = _facts(seeds_dir)
    assert not [f for f in facts if f.kind == "date" and f.divergent]


def test_a_video_summit_called_a_phone_call_diverges(seeds_dir: Path) -> None:
    facts = _facts(seeds_dir)
    formats = [f for f in facts if f.subject.startswith("format of") and f.divergent]
    assert [sorted(v.normalized for v in f.values) for f in formats] == [["phone", "video"]]


def test_the_donbas_against_donetsk_in_one_claim_diverges(seeds_dir: Path) -> None:
    facts = analyze(load_sources([str(seeds_dir)]).sources).facts  # needs the groups
    (place,) = [f for f in facts if f.subject.startswith("place of") and f.divergent]
    assert {v.normalized for v in place.values} == {"Donbas", "Donetsk"}
