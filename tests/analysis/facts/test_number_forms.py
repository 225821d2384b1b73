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


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The storm killed three anglers, injuring 40.", ("number", "40", "40", "injured")),
        ("Officials said 25 were hurt in the crush.", ("number", "25", "25", "injured")),
        ("Nine people were killed at the quay.", ("number", "Nine", "9", "dead")),
        ("The gale left 14 dead on the coast.", ("number", "14", "14", "dead")),
        (
            "A 5.2-magnitude tremor shook the bay.",
            ("quantity", "5.2", "5.2 magnitude", "magnitude"),
        ),
        (
            "The tremor had a magnitude of 4.8, the survey said.",
            ("quantity", "4.8", "4.8 magnitude", "magnitude"),
        ),
        (
            "It measured 4.9 on the Richter scale.",
            ("quantity", "4.9", "4.9 magnitude", "magnitude"),
        ),
        ("The diver sank about 40m before help came.", ("quantity", "about 40m", "40 m", "m")),
        ("The diver sank 130 feet.", ("quantity", "130", "130 ft", "m")),
        ("The ferry sails 12 miles to the island.", ("quantity", "12", "12 mi", "m")),
        ("Some 40m viewers watched the final.", ("number", "Some 40m", "40000000", "+viewers")),
        (
            "The harbour master asked four dozen questions.",
            ("number", "four dozen", "48", "+questions"),
        ),
        ("The skipper was arrested three times.", ("number", "three", "3", "arrests")),
        ("The skipper had two prior arrests.", ("number", "two", "2", "arrests")),
        ("A 9-year-old boy swam ashore.", ("number", "9", "9", "age:boy")),
        ("Skipper Ada Lorne, 61, swam ashore.", ("number", "61", "61", "age:ada lorne")),
        ("The 44-year-old Ada Lorne swam ashore.", ("number", "44", "44", "age:ada lorne")),
        ("A woman aged 70 swam ashore.", ("number", "70", "70", "age:woman")),
    ],
)
def test_counted_things_and_measures(text: str, expected: tuple[str, str, str, str]) -> None:
    assert expected in _numbers(text)


def test_lengths_in_other_units_are_compared_in_metres() -> None:
    (feet,) = [m for m in extract_mentions(make_source("s1", ["It sank 100 feet."]))]
    assert feet.unit == "m"
    assert feet.low is not None and feet.high is not None
    assert feet.low < 30.48 < feet.high


def test_ages_of_different_people_are_never_one_slot() -> None:
    assert _facts(
        "Skipper Ada Lorne, 61, and deckhand Tom Reeve, 19, swam ashore.",
        "Skipper Ada Lorne, 60, swam ashore with deckhand Tom Reeve.",
    ) == [("number", True, "value")]


def test_the_same_length_in_feet_and_metres_agrees() -> None:
    assert _facts(
        "The trawler sank in 300 feet of water off the quay.",
        "The trawler sank in 91 metres of water off the quay.",
    ) == [("quantity", False, "")]


def test_different_lengths_in_feet_and_metres_diverge() -> None:
    assert _facts(
        "The trawler sank in 300 feet of water off the quay.",
        "The trawler sank in 120 metres of water off the quay.",
    ) == [("quantity", True, "value")]


def test_a_round_figure_agrees_with_the_exact_one_it_rounds() -> None:
    assert _facts(
        "The gale killed 400 people along the coast.",
        "The gale killed 409 people along the coast.",
    ) == [("number", False, "")]


def test_a_figure_that_is_not_round_does_not_round_another() -> None:
    assert _facts(
        "The gale killed 410 people along the coast.",
        "The gale killed 409 people along the coast.",
    ) == [("number", True, "value")]


def test_bounds_from_either_side_of_one_figure_diverge() -> None:
    assert _facts(
        "The inspectors asked almost four dozen questions at the quay.",
        "The inspectors asked at least four dozen questions at the quay.",
    ) == [("number", True, "value")]


def test_a_bound_of_a_measure_holding_the_other_is_a_difference_of_precision() -> None:
    assert _facts(
        "The ferry reached up to 40 mph in the gale.",
        "The ferry reached 30 mph in the gale.",
    ) == [("quantity", True, "precision")]


def test_casualties_of_another_event_in_other_sentences_are_not_compared() -> None:
    a = make_source(
        "s1", ["One angler died at the quay.", "In May, a storm killed five anglers in Brest."]
    )
    b = make_source("s2", ["One angler died at the quay on Sunday."])
    facts = find_facts([a, b], [group_of("g1", (a, 1), (b, 1))])
    assert not [f for f in facts if f.divergent]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("About 44% of islanders agreed.", ("quantity", "About 44", "44 %", "%")),
        ("Catches fell by about 30 percent.", ("quantity", "about 30", "30 %", "%change")),
        ("Catches rose 12% last year.", ("quantity", "12", "12 %", "%change")),
    ],
)
def test_shares_and_changes(text: str, expected: tuple[str, str, str, str]) -> None:
    assert expected in _numbers(text)


def test_a_share_written_with_a_sign_and_in_words_is_one_slot() -> None:
    assert _facts(
        "About 44% of islanders backed the ferry levy.",
        "About 44 percent of islanders backed the ferry levy.",
    ) == [("quantity", False, "")]


def test_a_change_is_never_compared_with_a_share() -> None:
    assert (
        _facts(
            "Tolls make up about 13 percent of the harbour's income.",
            "The harbour will cut its tolls by about 30 percent.",
        )
        == []
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The levy passed 61-38.", ("number", "61-38", "61-38", "tally")),
        ("It passed by a vote of 348 to 77.", ("number", "348 to 77", "348-77", "tally")),
        ("The harbour court ruled 5-4 in the case.", ("number", "5-4", "5-4", "tally")),
        ("The skipper got a six-month ban.", ("duration", "six-month", "P6M", "")),
        (
            "Tens of thousands of marchers came.",
            ("number", "Tens of thousands", "20000", "+marchers"),
        ),
        ("Catch prices rose 3-4 percent.", ("quantity", "3-4 percent", "3-4 %", "%change")),
    ],
)
def test_tallies_hyphenated_words_and_plural_figures(
    text: str, expected: tuple[str, str, str, str]
) -> None:
    assert expected in _numbers(text)


def test_a_number_word_before_a_hyphenated_noun_is_no_count_of_it() -> None:
    assert [n[3] for n in _numbers("A three-judge panel sat.")] == ["~"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The harbour fine was $10K.", ("money", "$10K", "USD 10000", "USD")),
        (
            "Repairs cost more than $1 billion.",
            ("money", "more than $1 billion", "USD 1000000000", "USD"),
        ),
        ("Up to £5m was lost.", ("money", "Up to £5m", "GBP 5000000", "GBP")),
    ],
)
def test_money_with_scale_words_and_bounds(text: str, expected: tuple[str, str, str, str]) -> None:
    assert expected in _numbers(text)


def _money(first: str, second: str) -> list[tuple[str, bool, str]]:
    a = make_source("s1", [first])
    b = make_source("s2", [second])
    facts = find_facts([a, b], [group_of("g1", (a, 1), (b, 1))])
    return [(f.kind, f.divergent, f.divergence) for f in facts if f.kind == "money"]


def test_a_sum_within_a_bound_agrees_or_differs_in_precision() -> None:
    assert _money(
        "Repairs to the quay cost more than $1 billion.",
        "Repairs to the quay cost $1.4 billion.",
    ) == [("money", True, "precision")]


def test_a_sum_beyond_a_bound_diverges() -> None:
    assert _money(
        "Repairs to the quay cost up to $1 billion.",
        "Repairs to the quay cost $1.4 billion.",
    ) == [("money", True, "value")]


def test_ages_of_unnamed_people_outside_one_claim_are_not_compared() -> None:
    a = make_source("s1", ["A 47-year-old man was pulled from the harbour at dawn."])
    b = make_source("s2", ["Police later questioned a 30-year-old man about the theft of nets."])
    assert not [f for f in find_facts([a, b], []) if f.kind == "number"]


def test_ages_of_one_named_person_outside_one_claim_are_compared() -> None:
    a = make_source("s1", ["Skipper Ada Lorne, 61, was pulled from the harbour at dawn."])
    b = make_source("s2", ["Rescuers reached Skipper Ada Lorne, 60, an hour after the wreck."])
    (fact,) = [f for f in find_facts([a, b], []) if f.kind == "number"]
    assert fact.divergent


def _durations(first: str, second: str) -> list[tuple[str, bool, str]]:
    a = make_source("s1", [first])
    b = make_source("s2", [second])
    facts = find_facts([a, b], [group_of("g1", (a, 1), (b, 1))])
    return [(f.kind, f.divergent, f.divergence) for f in facts if f.kind == "duration"]


def test_a_life_term_is_a_length() -> None:
    assert ("duration", "up to life in prison", "life", "") in _numbers(
        "The skipper faces up to life in prison."
    )


def test_two_maximums_of_one_sentence_diverge() -> None:
    assert _durations(
        "The skipper faces up to life in prison for the wreck, prosecutors said.",
        "The skipper faces up to 25 years in prison for the wreck, prosecutors said.",
    ) == [("duration", True, "value")]


def test_a_maximum_does_not_contradict_a_term_given() -> None:
    facts = _durations(
        "The skipper faces up to 25 years in prison for the wreck, prosecutors said.",
        "The skipper got 12 years in prison for the wreck, prosecutors said.",
    )
    assert not [f for f in facts if f[1]]
