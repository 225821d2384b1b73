from dataclasses import replace

from reader.analysis.facts import find_facts
from reader.analysis.facts.relays import sentence_media
from reader.model import Fact, Group, Member, Source
from tests.analysis.facts.helpers import group_of, make_source


def _media_facts(*texts: str) -> list[Fact]:
    sources: list[Source] = [make_source(f"s{n}", [t]) for n, t in enumerate(texts, start=1)]
    group = group_of("g1", *((s, 1) for s in sources))
    return [f for f in find_facts(sources, [group]) if f.subject.startswith("medium credited")]


def test_different_media_credited_for_one_report_diverge() -> None:
    (fact,) = _media_facts(
        "The news agency Tidewire reported that the ferry company will halve winter sailings "
        "to Kerrow from December.",
        "According to the portal Kestrel Online, the ferry company will halve winter sailings "
        "to Kerrow from December.",
    )
    assert fact.divergent and fact.kind == "attribution"
    assert [v.normalized for v in fact.values] == ["Tidewire", "Kestrel Online"]


def test_one_medium_written_two_ways_agrees() -> None:
    (fact,) = _media_facts(
        "The ferry company will halve winter sailings to Kerrow, AP reported.",
        "According to the Associated Press, the ferry company will halve winter sailings to "
        "Kerrow.",
    )
    assert not fact.divergent
    assert {v.normalized for v in fact.values} == {"Associated Press"}


def test_an_outlet_naming_no_medium_is_not_compared() -> None:
    facts = _media_facts(
        "The news agency Tidewire reported that the ferry company will halve winter sailings.",
        "News portals reported that the ferry company will halve winter sailings to Kerrow.",
    )
    assert facts == []


def test_an_outlet_crediting_itself_credits_no_medium() -> None:
    own = replace(
        make_source("s1", ["Tidewire reported that the ferry company will halve winter sailings."]),
        outlet="Tidewire",
    )
    assert sentence_media(own, 0, len(own.text)) == []


def test_a_medium_named_without_a_reporting_cue_is_no_credit() -> None:
    source = make_source("s1", ["Reuters staff joined the ferry protest in Kerrow harbour."])
    assert sentence_media(source, 0, len(source.text)) == []


def test_a_medium_opening_the_paragraph_credits_its_later_sentences() -> None:
    a = make_source(
        "s1",
        [
            "The news agency Tidewire reported the news on Friday. The ferry company will "
            "halve winter sailings to Kerrow from December."
        ],
    )
    b = make_source(
        "s2",
        ["The ferry company will halve winter sailings to Kerrow from December, Reuters writes."],
    )
    later = a.text.index("The ferry")
    group = Group(
        "g1",
        (
            Member("s1", "s1:p1", later, len(a.text)),
            Member("s2", "s2:p1", 0, len(b.text)),
        ),
        "g1",
        1.0,
    )
    (fact,) = [f for f in find_facts([a, b], [group]) if f.subject.startswith("medium")]
    assert fact.divergent
    assert [v.normalized for v in fact.values] == ["Tidewire", "Reuters"]


def test_media_credited_for_unrelated_reports_are_not_compared() -> None:
    facts = _media_facts(
        "The news agency Tidewire reported that the ferry company will halve winter sailings.",
        "According to Reuters, a storm closed the airport on the mainland overnight.",
    )
    assert facts == []


_CREWS = make_source(
    "s1",
    [
        "The portal Skerry Online reported that the ferry company told its deck crews a "
        "third of the winter jobs would go."
    ],
)


def test_same_report_outside_any_group_compares_its_media() -> None:
    b = make_source(
        "s2",
        [
            "According to the news agency Tidewire, the ferry company told its deck crews a "
            "third of the winter jobs will go."
        ],
    )
    (fact,) = [f for f in find_facts([_CREWS, b], []) if f.subject.startswith("medium")]
    assert fact.divergent and fact.group is None
    assert [v.normalized for v in fact.values] == ["Skerry Online", "Tidewire"]


def test_different_reports_outside_groups_are_not_compared() -> None:
    b = make_source(
        "s2",
        [
            "According to the news agency Tidewire, the ferry company raised winter fares on "
            "the island route by a third."
        ],
    )
    assert [f for f in find_facts([_CREWS, b], []) if f.subject.startswith("medium")] == []


def test_media_of_a_loose_group_sharing_a_few_words_are_not_compared() -> None:
    facts = _media_facts(
        "The news agency Tidewire reported that the ferry company may face heavy fines from "
        "the island council if it cuts winter sailings before the contract review ends.",
        "According to Reuters, fines for the ferry company could completely wreck relations "
        "between the two towns on the coast.",
    )
    assert facts == []


def test_a_medium_passing_anothers_report_on_agrees_with_it() -> None:
    (fact,) = _media_facts(
        "The news agency Tidewire reports that the news agency Kestrel Online published the "
        "ferry company's plan to halve winter sailings to Kerrow from December.",
        "According to the news agency Kestrel Online, the ferry company will halve winter "
        "sailings to Kerrow from December.",
    )
    assert {v.normalized for v in fact.values} == {"Tidewire", "Kestrel Online"}
    assert not fact.divergent
