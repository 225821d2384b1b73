"""Every divergent fact belongs to a claim (issue 16: the contract's group is never null)."""

from __future__ import annotations

from reader.analysis.fact_claims import claim_every_divergence
from reader.model import Fact, FactValue, Group, Member, Source
from tests.analysis.helpers import make_source


def _value(source: Source, index: int, words: str) -> FactValue:
    paragraph = source.paragraphs[index]
    start = source.text.index(words, paragraph.start)
    return FactValue(source.id, paragraph.id, start, start + len(words), words, words)


def _sources() -> tuple[Source, Source]:
    a = make_source("s1", ["The fire burned for three hours.", "Police credited the port."])
    b = make_source("s2", ["The blaze burned for four hours.", "Officers credited the mayor."])
    return a, b


def _fact(
    values: tuple[FactValue, ...], *, divergent: bool = True, group: str | None = None
) -> Fact:
    return Fact("f1", "number", group, "duration", divergent, values, confidence=0.8)


def _group(gid: str, *members: tuple[Source, int]) -> Group:
    return Group(
        gid,
        tuple(
            Member(s.id, s.paragraphs[i].id, s.paragraphs[i].start, s.paragraphs[i].end)
            for s, i in members
        ),
        "label",
        0.9,
    )


def test_a_divergence_outside_any_claim_is_filed_under_the_claim_holding_its_paragraphs() -> None:
    a, b = _sources()
    groups = (_group("g1", (a, 0), (b, 0)),)
    fact = _fact((_value(a, 0, "three hours"), _value(b, 0, "four hours")))
    out_groups, out_facts = claim_every_divergence(groups, (fact,), (a, b))
    assert out_groups == groups
    assert out_facts[0].group == "g1"


def test_a_divergence_no_claim_holds_becomes_a_claim_of_its_own() -> None:
    a, b = _sources()
    groups = (_group("g1", (a, 0), (b, 0)),)
    fact = _fact((_value(a, 1, "the port"), _value(b, 1, "the mayor")))
    out_groups, out_facts = claim_every_divergence(groups, (fact,), (a, b))
    assert [g.id for g in out_groups] == ["g1", "g2"]
    made = out_groups[1]
    assert out_facts[0].group == "g2"
    assert made.label == "duration"
    assert [(m.source, m.paragraph) for m in made.members] == [("s1", "s1:p2"), ("s2", "s2:p2")]
    assert all(m.start == a.paragraphs[1].start for m in made.members if m.source == "s1")


def test_agreeing_facts_and_facts_with_a_claim_are_left_alone() -> None:
    a, b = _sources()
    groups = (_group("g1", (a, 0), (b, 0)),)
    agreeing = _fact((_value(a, 1, "the port"), _value(b, 1, "the mayor")), divergent=False)
    filed = _fact((_value(a, 1, "the port"), _value(b, 1, "the mayor")), group="g1")
    out_groups, out_facts = claim_every_divergence(groups, (agreeing, filed), (a, b))
    assert out_groups == groups
    assert out_facts == (agreeing, filed)


def test_the_new_claim_is_the_values_sentence_and_never_overlaps_a_claims_passage() -> None:
    a = make_source("s1", ["The fire burned for three hours. Police credited the port."])
    b = make_source("s2", ["The blaze burned for four hours. Officers credited the mayor."])
    first = {
        s.id: s.text.index(" Police") if s.id == "s1" else s.text.index(" Officers") for s in (a, b)
    }
    groups = (
        Group(
            "g1",
            tuple(
                Member(s.id, s.paragraphs[0].id, s.paragraphs[0].start, first[s.id]) for s in (a, b)
            ),
            "duration",
            0.9,
        ),
    )
    fact = _fact((_value(a, 0, "the port"), _value(b, 0, "the mayor")))
    out_groups, out_facts = claim_every_divergence(groups, (fact,), (a, b))
    made = out_groups[1]
    assert out_facts[0].group == made.id == "g2"
    texts = [(a if m.source == "s1" else b).text[m.start : m.end] for m in made.members]
    assert texts == ["Police credited the port.", "Officers credited the mayor."]
