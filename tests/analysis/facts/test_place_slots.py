"""Place slots: the place one claim sets its event in, compared inside an aligned group."""

from reader.analysis.facts import find_facts
from reader.analysis.facts.place_slots import slot_places
from reader.model import Fact
from tests.analysis.facts.helpers import group_of, make_source


def _slot_facts(*texts: str) -> list[Fact]:
    sources = [make_source(f"s{n}", [t]) for n, t in enumerate(texts, start=1)]
    group = group_of("g1", *((s, 1) for s in sources))
    return [f for f in find_facts(sources, [group]) if f.subject.startswith("place of")]


def _slots(text: str) -> list[tuple[str, str, str]]:
    return [(name, slot, head) for _, _, name, _, slot, head in slot_places(text, [], frozenset())]


def test_a_place_after_a_head_and_in_fills_the_slot() -> None:
    assert _slots("He backed steps to ease tensions in the Donbass.") == [
        ("Donbas", "conflict", "tensions")
    ]


def test_a_place_before_its_head_fills_the_slot() -> None:
    assert _slots("He backed a settlement of the Donetsk armed conflict.") == [
        ("Donetsk", "conflict", "conflict")
    ]


def test_a_place_outside_a_slot_is_not_taken() -> None:
    assert _slots("He flew to Geneva and spoke about Donetsk.") == []


def test_a_qualified_place_is_not_a_slot_value() -> None:
    assert _slots("They discussed the conflict in eastern Ukraine.") == []


def test_places_listed_in_one_slot_all_fill_it() -> None:
    assert [n for n, _, _ in _slots("The fighting in Donetsk and Luhansk went on.")] == [
        "Donetsk",
        "Luhansk",
    ]


def test_different_places_in_one_slot_of_one_claim_diverge() -> None:
    (fact,) = _slot_facts(
        "Keller backed steps to ease tensions in Donbass and pledged more aid.",
        "Keller backed steps to end the Donetsk armed conflict and pledged more aid.",
    )
    assert fact.divergent and fact.kind == "place"
    assert [v.normalized for v in fact.values] == ["Donbas", "Donetsk"]
    assert [v.text for v in fact.values] == ["tensions in Donbass", "Donetsk armed conflict"]


def test_spellings_of_one_place_agree() -> None:
    (fact,) = _slot_facts(
        "Keller backed steps to ease tensions in Donbass and pledged more aid.",
        "Keller backed steps to ease the tensions in the Donbas and pledged more aid.",
    )
    assert not fact.divergent


def test_unknown_names_spelled_alike_are_one_place() -> None:
    (fact,) = _slot_facts(
        "Keller backed steps to ease tensions in Lussia and pledged more aid.",
        "Keller backed steps to ease tensions in Lusia and pledged more aid.",
    )
    assert not fact.divergent
    assert [v.normalized for v in fact.values] == ["Lussia", "Lussia"]


def test_a_list_against_one_of_its_places_is_an_omission() -> None:
    facts = _slot_facts(
        "The fighting in Donetsk and Luhansk has driven farmers from their fields.",
        "The fighting in Luhansk has driven farmers from their fields.",
    )
    assert facts == []


def test_places_of_different_types_are_not_compared() -> None:
    facts = _slot_facts(
        "Keller backed steps to ease tensions in Ukraine and pledged more aid.",
        "Keller backed steps to ease tensions in Donbass and pledged more aid.",
    )
    assert facts == []


def test_heads_of_different_classes_are_different_slots() -> None:
    facts = _slot_facts(
        "Officials will hold talks in Geneva about the tensions.",
        "Officials will hold meetings about the fire in Vienna.",
    )
    assert facts == []


def test_the_same_place_in_two_outlets_agrees() -> None:
    (fact,) = _slot_facts(
        "Officials will hold technical talks in Geneva on March 22.",
        "Technical talks in Geneva are set for March 22, officials said.",
    )
    assert not fact.divergent
    assert {v.normalized for v in fact.values} == {"Geneva"}


def test_outside_any_group_no_place_is_compared() -> None:
    sources = [
        make_source("s1", ["Keller backed steps to ease tensions in Donbass."]),
        make_source("s2", ["Keller backed steps to end the Donetsk armed conflict."]),
    ]
    facts = [f for f in find_facts(sources, []) if f.subject.startswith("place of")]
    assert facts == []


def test_a_place_that_owns_something_is_not_in_the_slot() -> None:
    assert _slots("The crisis in Moscow's view is over.") == []


def test_a_list_repeating_its_preposition_is_still_one_list() -> None:
    assert [n for n, _, _ in _slots("The protests in Paris and in Geneva grew.")] == [
        "Paris",
        "Geneva",
    ]
