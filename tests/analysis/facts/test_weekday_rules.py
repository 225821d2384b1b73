"""Weekdays (issue 15): compared as weekdays unless a known date pins them, and two days
of one article's different events are never one slot. Text written for these tests."""

from __future__ import annotations

from reader.analysis.facts import find_facts
from tests.analysis.facts.helpers import group_of, make_source


def _dates(first: str, second: str, p1: str | None, p2: str | None, *, grouped: bool = True):  # type: ignore[no-untyped-def]
    a = make_source("s1", [first], published=p1)
    b = make_source("s2", [second], published=p2)
    groups = [group_of("g1", (a, 1), (b, 1))] if grouped else []
    return [
        (f.divergent, tuple(v.normalized for v in f.values))
        for f in find_facts([a, b], groups)
        if f.kind == "date"
    ]


def test_the_same_weekday_stamped_on_different_days_agrees() -> None:
    facts = _dates(
        "The council voted on the levy on Saturday.",
        "The council voted on the levy on Saturday.",
        "2031-03-09",
        "2031-03-13",
    )
    assert all(not divergent for divergent, _ in facts)


def test_different_weekdays_of_one_vote_diverge() -> None:
    facts = _dates(
        "The island council voted to scrap the levy on Wednesday.",
        "The island council voted to scrap the levy on Thursday.",
        "2031-03-14",
        None,
    )
    assert [divergent for divergent, _ in facts] == [True]


def test_an_undated_weekday_stays_a_weekday() -> None:
    facts = _dates(
        "The island council voted to scrap the levy on Wednesday.",
        "The island council voted to scrap the levy on March 12.",
        None,
        "2031-03-14",
    )
    assert facts == [(False, ("2031-03-12", "2031-03-12"))]  # 12 March 2031 is a Wednesday


def test_weekdays_of_another_clause_are_not_compared() -> None:
    facts = _dates(
        "The upper house voted on Wednesday, followed by the lower house on Thursday.",
        "The lower house voted on the levy on Thursday.",
        "2031-03-14",
        "2031-03-14",
    )
    assert not [f for f in facts if f[0]]


def test_differing_days_outside_one_aligned_claim_are_not_compared() -> None:
    facts = _dates(
        "The island council voted to scrap the levy on Wednesday.",
        "The island council voted to scrap the levy on Thursday.",
        "2031-03-14",
        "2031-03-14",
        grouped=False,
    )
    assert not [f for f in facts if f[0]]


def test_two_clock_times_a_minute_apart_agree() -> None:
    a = make_source("s1", ["The levy expires at midnight on Tuesday, the council said."])
    b = make_source("s2", ["The levy expires at 12:01 a.m. on Tuesday, the council said."])
    facts = find_facts([a, b], [group_of("g1", (a, 1), (b, 1))])
    assert not [f for f in facts if f.kind == "time" and f.divergent]
