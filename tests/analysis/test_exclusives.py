"""What only one outlet reports (issue 15): text written for these tests."""

from __future__ import annotations

from reader.analysis.exclusives import find_exclusives
from reader.analysis.pipeline import analyze
from reader.model import Group, Member
from tests.analysis.helpers import make_source

_SHARED = "The island council voted on Monday to scrap the ferry levy from the first of March."
_ONLY = "A second vote, on raising harbour dues for freight lorries, was postponed until summer."


def _group(a_text: str, b_text: str) -> Group:
    return Group(
        "g1",
        (Member("s1", "s1:p1", 0, len(a_text)), Member("s2", "s2:p1", 0, len(b_text))),
        "levy",
        0.8,
    )


def test_with_two_sources_what_one_alone_tells_is_exclusive() -> None:
    a = make_source("s1", [_SHARED, _ONLY])
    b = make_source("s2", [_SHARED.replace("voted", "decided")])
    (found,) = find_exclusives([_group(_SHARED, b.text)], [a, b])
    assert (found.source, found.paragraph) == ("s1", "s1:p2")
    assert a.text[found.start : found.end] == _ONLY


def test_a_claim_the_other_outlet_tells_in_other_words_is_not_exclusive() -> None:
    a = make_source("s1", [_SHARED, _ONLY])
    b = make_source(
        "s2",
        [
            _SHARED,
            "Councillors postponed until summer a second vote on raising harbour dues for lorries.",
        ],
    )
    assert find_exclusives([_group(_SHARED, _SHARED)], [a, b]) == ()


def test_short_sentences_boilerplate_and_a_single_source_are_never_exclusive() -> None:
    a = make_source("s1", [_SHARED, "Read more.", _ONLY], kinds={3: "boilerplate"})
    b = make_source("s2", [_SHARED])
    assert find_exclusives([_group(_SHARED, _SHARED)], [a, b]) == ()
    assert find_exclusives([], [a]) == ()


def test_the_analysis_carries_exclusives() -> None:
    a = make_source("s1", [_SHARED, _ONLY])
    b = make_source("s2", [_SHARED])
    analysis = analyze([a, b])
    assert [e.source for e in analysis.exclusives] == ["s1"]
    assert analysis.exclusives[0].note == "only s1 reports this"
