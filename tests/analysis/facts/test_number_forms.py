"""Numbers as real prose writes them (issue 15): text written for these tests."""

from __future__ import annotations

import pytest

from reader.analysis.facts import find_facts
from reader.analysis.facts.extract import extract_mentions
from tests.analysis.facts.helpers import group_of, make_source


def _numbers(text: str) -> list[tuple[str, str, str, str]]:
    return [
        (m.kind, m.text, m.normalized, m.unit)
        for m in extract_mentions(make_source("s1", [text]))
        if m.kind in ("number", "quantity", "money", "duration")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The chain runs 3,400 stores.", ("number", "3,400", "3400", "+stores")),
        ("Police seized six AK-9 rifles.", ("number", "six", "6", "+rifles")),
        ("There were four strong aftershocks.", ("number", "four", "4", "+aftershocks")),
        ("Police seized six AK 9 rifles.", ("number", "six", "6", "+rifles")),
        ("The van drove at up to 120 miles per hour.", ("quantity", "up to 120", "120 mph", "mph")),
        (
            "Up to 1.6 million women lost cover.",
            ("number", "Up to 1.6 million", "1600000", "+women"),
        ),
        ("More than 4,300 outlets closed.", ("number", "More than 4,300", ">4300", "+outlets")),
        ("About 44 percent of islanders agreed.", ("quantity", "About 44", "44 %", "%")),
        (
            "Between 60 and 100 marchers came.",
            ("number", "Between 60 and 100", "60-100", "+marchers"),
        ),
        (
            "From 500,000 to 1.6 million people fled.",
            ("number", "From 500,000 to 1.6 million", "500000-1600000", "people"),
        ),
        (
            "Damage hit 40 percent to 70 percent of homes.",
            ("quantity", "40 percent to 70 percent", "40-70 %", "%"),
        ),
        ("The levy passed 348-77 in the council vote.", ("number", "348-77", "348-77", "tally")),
        ("The council voted 97 to 1 for the levy.", ("number", "97 to 1", "97-1", "tally")),
        ("It needs a two-thirds majority.", ("quantity", "two-thirds", "66.7 %", "%")),
        ("A 60-day pause was agreed.", ("duration", "60-day", "P60D", "")),
        ("The fine is $10,000 now.", ("money", "$10,000", "USD 10000", "USD")),
        (
            "The port lost $7.7 billion last year.",
            ("money", "$7.7 billion", "USD 7700000000", "USD"),
        ),
    ],
)
def test_number_forms(text: str, expected: tuple[str, str, str, str]) -> None:
    assert _numbers(text)[0] == expected


def test_a_range_without_between_joined_by_and_is_two_figures() -> None:
    assert [n[2] for n in _numbers("It took 60 and then 100 marchers.")] == ["60", "100"]


def test_a_number_inside_a_name_is_not_a_figure() -> None:
    assert _numbers("The AK-47 is a rifle.") == []


def _facts(first: str, second: str) -> list[tuple[str, bool, str]]:
    a = make_source("s1", [first], published="2031-03-04")
    b = make_source("s2", [second], published="2031-03-04")
    facts = find_facts([a, b], [group_of("g1", (a, 1), (b, 1))])
    return [(f.kind, f.divergent, f.divergence) for f in facts if f.kind in ("number", "quantity")]


def test_counts_of_the_same_thing_in_one_claim_diverge() -> None:
    assert _facts(
        "Customs officers seized six rifles from the trawler.",
        "Customs officers seized 14 rifles from the trawler.",
    ) == [("number", True, "value")]


def test_a_bound_that_holds_the_other_figure_is_a_difference_of_precision() -> None:
    assert _facts(
        "Up to 1.6 million islanders could lose ferry cover.",
        "Some 1.5 million islanders could lose ferry cover.",
    ) == [("number", True, "precision")]


def test_a_bound_a_rounding_away_from_the_figure_agrees() -> None:
    assert _facts(
        "More than 20 trawlers were turned back at the quay.",
        "Exactly 21 trawlers were turned back at the quay.",
    ) == [("number", False, "")]


def test_vague_plurals_are_no_bound() -> None:
    facts = _facts(
        "Hundreds of trawlers were turned back at the quay.",
        "Exactly 612 trawlers were turned back at the quay.",
    )
    assert all(not divergent for _, divergent, _ in facts)


def test_different_tallies_of_one_vote_diverge() -> None:
    assert _facts(
        "The council passed the levy 348-77 in Monday's vote.",
        "The council passed the levy 338-87 in Monday's vote.",
    ) == [("number", True, "value")]


def test_a_bounded_length_does_not_contradict_another() -> None:
    a = make_source("s1", ["The skipper faces up to 20 years in prison for the wreck."])
    b = make_source("s2", ["The skipper faces 12 years in prison for the wreck."])
    facts = find_facts([a, b], [group_of("g1", (a, 1), (b, 1))])
    assert not [f for f in facts if f.kind == "duration" and f.divergent]
