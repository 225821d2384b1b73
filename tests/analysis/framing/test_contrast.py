from __future__ import annotations

from reader.analysis.framing import frame
from reader.analysis.framing.contrast import contrasts
from reader.analysis.framing.lexicon import load_lexicon
from reader.model import Group, Member, Source
from tests.analysis.framing.helpers import make_source


def _group(*sources: Source) -> Group:
    members = tuple(
        Member(s.id, s.paragraphs[0].id, s.paragraphs[0].start, s.paragraphs[0].end)
        for s in sources
    )
    return Group(id="g1", members=members, label="test", score=1.0)


def _pairs(a_text: str, b_text: str) -> set[tuple[str, str, str]]:
    a, b = make_source("s1", a_text), make_source("s2", b_text)
    hits = contrasts([a, b], [_group(a, b)], load_lexicon())
    return {(h.source, h.term, h.contrast) for h in hits}


def test_loaded_word_against_a_neutral_word_marks_both_sides() -> None:
    found = _pairs(
        "The council condemned the aggression against the harbour town on Monday.",
        "The council condemned the actions against the harbour town on Monday.",
    )
    assert found == {("s1", "aggression", "actions"), ("s2", "actions", "aggression")}


def test_stance_verb_against_said_is_a_contrast() -> None:
    found = _pairs(
        "The mayor claimed the pier would reopen within a week.",
        "The mayor said the pier would reopen within a week.",
    )
    assert ("s1", "claimed", "said") in found


def test_invades_against_enters_is_a_contrast() -> None:
    found = _pairs(
        "Allies will respond if the army invades the northern province again.",
        "Allies will respond if the army enters the northern province again.",
    )
    assert ("s1", "invades", "enters") in found


def test_inflections_of_one_word_are_not_a_contrast() -> None:
    assert (
        _pairs(
            "Allies will respond if the army invades the northern province again.",
            "Allies will respond if the army invaded the northern province again.",
        )
        == set()
    )


def test_differences_without_a_lexicon_word_are_not_marked() -> None:
    assert (
        _pairs(
            "The mayor opened the new library on Monday morning.",
            "The mayor inaugurated the new library on Monday morning.",
        )
        == set()
    )


def test_frame_puts_the_contrast_on_the_lexicon_mark() -> None:
    a = make_source("s1", "The council condemned the aggression against the harbour town.")
    b = make_source("s2", "The council condemned the actions against the harbour town.")
    marks = frame([a, b], [_group(a, b)]).marks
    loaded = [m for m in marks if m.term == "aggression"]
    assert [m.contrast for m in loaded] == ["actions"]
    assert "s2 writes 'actions'" in loaded[0].note


def test_frame_never_marks_the_neutral_side_of_a_contrast() -> None:
    a = make_source("s1", "The mayor claimed the pier would reopen within a week.")
    b = make_source("s2", "The mayor said the pier would reopen within a week.")
    marks = frame([a, b], [_group(a, b)]).marks
    assert [(m.source, m.term, m.contrast) for m in marks] == [("s1", "claimed", "said")]


def test_contrast_is_narrowed_to_the_lexicon_word() -> None:
    found = _pairs(
        "Allies will respond if the army further invades the northern province.",
        "Allies will respond if the army attacks the northern province.",
    )
    assert found == {("s1", "invades", "attacks"), ("s2", "attacks", "invades")}
