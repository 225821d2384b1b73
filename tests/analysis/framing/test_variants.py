from __future__ import annotations

from reader.analysis.framing import frame
from reader.analysis.framing.lexicon import load_lexicon
from reader.analysis.framing.variants import naming_variants
from tests.analysis.framing.helpers import make_source


def test_a_name_spelled_two_ways_by_two_outlets_is_a_naming_pair() -> None:
    a = make_source("s1", "Storms cut power in Tarnov overnight.")
    b = make_source("s2", "Storms cut power in Tarniv overnight.")
    variants = naming_variants([a, b], load_lexicon())
    assert variants["Tarnov"].neutral == "Tarniv"
    assert "Russian-style" in variants["Tarnov"].note
    assert variants["Tarniv"].neutral is None


def test_i_for_y_marks_the_older_spelling() -> None:
    a = make_source("s1", "Crews reached Dravnik by noon.")
    b = make_source("s2", "Crews reached Dravnyk by noon.")
    assert naming_variants([a, b], load_lexicon())["Dravnik"].neutral == "Dravnyk"


def test_different_names_are_not_paired() -> None:
    a = make_source("s1", "Minister Olga Brandt spoke at length.")
    b = make_source("s2", "Minister Olga Bryant spoke at length.")
    assert naming_variants([a, b], load_lexicon()) == {}


def test_variant_spellings_are_marked_and_profiled() -> None:
    a = make_source("s1", "Storms cut power in Tarnov overnight.")
    b = make_source("s2", "Storms cut power in Tarniv overnight.")
    result = frame([a, b])
    assert [(m.source, m.term, m.category) for m in result.marks] == [
        ("s1", "Tarnov", "naming"),
        ("s2", "Tarniv", "naming"),
    ]
    assert [p.naming for p in result.profiles] == [{"Tarniv": "Tarnov"}, {"Tarniv": "Tarniv"}]
