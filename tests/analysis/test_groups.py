"""Groups as the report and the fact finder read them."""

from __future__ import annotations

from reader.analysis.groups import body_claims
from reader.model import Group, Member
from tests.analysis.helpers import make_source


def _group(*paragraphs: str) -> Group:
    members = tuple(Member(p.split(":")[0], p, 0, 1) for p in paragraphs)
    return Group(id="g1", members=members, label="x", score=0.5, verbatim=False)


def test_facts_read_a_claim_without_the_headlines_that_joined_it() -> None:
    a = make_source("s1", ["Fire razes quay", "A fire razed the quay."], {1: "headline"})
    b = make_source("s2", ["A fire razed the east quay."])
    found = body_claims([_group("s1:p1", "s1:p2", "s2:p1")], [a, b])
    assert [m.paragraph for m in found[0].members] == ["s1:p2", "s2:p1"]


def test_facts_read_a_group_of_headlines_whole() -> None:
    a = make_source("s1", ["Fire razes quay"], {1: "headline"})
    b = make_source("s2", ["Quay razed by fire"], {1: "headline"})
    found = body_claims([_group("s1:p1", "s2:p1")], [a, b])
    assert [m.paragraph for m in found[0].members] == ["s1:p1", "s2:p1"]
