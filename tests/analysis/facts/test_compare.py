from reader.analysis.facts import extract_mentions, find_facts
from tests.analysis.facts.helpers import group_of, make_source


def test_different_counts_of_the_same_thing_diverge_inside_a_group() -> None:
    a = make_source("s1", ["Russia has massed about 100,000 troops near the border."])
    b = make_source("s2", ["Russia is deploying 122,000 soldiers at the border."])
    (fact,) = [
        f for f in find_facts([a, b], [group_of("g1", (a, 1), (b, 1))]) if f.kind == "number"
    ]
    assert fact.divergent and fact.group == "g1"
    assert [v.normalized for v in fact.values] == ["100000", "122000"]


def test_weekday_and_date_of_the_same_day_agree() -> None:
    a = make_source("s1", ["On December 30, Joe Biden held a phone call with Vladimir Putin."])
    b = make_source(
        "s2", ["On Thursday, Joe Biden held a telephone call with Vladimir Putin."], "2022-01-02"
    )
    (fact,) = [f for f in find_facts([a, b], []) if f.kind == "date"]
    assert not fact.divergent
    assert {v.normalized for v in fact.values} == {"2021-12-30"}


def test_pronoun_sentence_borrows_the_event_before_it() -> None:
    a = make_source("s1", ["Joe Biden and Vladimir Putin held a phone call. It lasted 50 minutes."])
    b = make_source("s2", ["Joe Biden urged Vladimir Putin in a 50 minutes call."])
    (fact,) = [f for f in find_facts([a, b], []) if f.kind == "duration"]
    assert not fact.divergent and fact.values[0].normalized == "PT50M"


def test_different_durations_of_one_call_diverge() -> None:
    a = make_source("s1", ["Joe Biden and Vladimir Putin spoke on the phone for 50 minutes."])
    b = make_source("s2", ["Joe Biden and Vladimir Putin spoke on the phone for an hour."])
    (fact,) = [f for f in find_facts([a, b], []) if f.kind == "duration"]
    assert fact.divergent


def test_unrelated_dates_are_not_compared() -> None:
    a = make_source("s1", ["Joe Biden spoke to Vladimir Putin on December 30."])
    b = make_source("s2", ["Jens Stoltenberg met Ned Price in Brussels on January 12."])
    assert [f for f in find_facts([a, b], []) if f.kind == "date"] == []


def test_reworded_quote_of_one_speaker_is_a_divergent_quote_fact() -> None:
    a = make_source("s1", ['Volodymyr Zelensky praised "the unwavering support" of Washington.'])
    b = make_source("s2", ["Volodymyr Zelensky praised “firm support” in a tweet."])
    (fact,) = [f for f in find_facts([a, b], []) if f.kind == "quote"]
    assert fact.divergent
    assert "firm" in fact.differing_words[1]


def test_spelling_variants_are_an_agreeing_person_fact() -> None:
    a = make_source("s1", ["Secretary of State Antony Blinken called."])
    b = make_source("s2", ["Secretary of State Anthony Brinken called."])
    (fact,) = [f for f in find_facts([a, b], []) if f.kind == "person"]
    assert not fact.divergent
    assert {v.text for v in fact.values} == {"Antony Blinken", "Anthony Brinken"}


def test_fact_ids_are_stable_and_ordered() -> None:
    a = make_source("s1", ["About 100,000 troops massed on the border, Russia said."])
    b = make_source("s2", ["Russia said 122,000 troops massed on the border."])
    groups = [group_of("g1", (a, 1), (b, 1))]
    first, second = find_facts([a, b], groups), find_facts([a, b], groups)
    assert first == second
    assert [f.id for f in first] == [f"f{n}" for n in range(1, len(first) + 1)]


def test_extract_mentions_offsets_index_the_source_text() -> None:
    source = make_source("s1", ["Title", "It lasted 50 minutes on December 30."])
    for m in extract_mentions(source):
        assert source.text[m.start : m.end] == m.text


def test_undated_source_takes_the_year_from_the_set() -> None:
    a = make_source("s1", ["Joe Biden and Vladimir Putin held a phone call on December 30."])
    b = make_source(
        "s2", ["Joe Biden and Vladimir Putin held a phone call on December 30."], "2022-01-02"
    )
    (fact,) = [f for f in find_facts([a, b], []) if f.kind == "date"]
    assert {v.normalized for v in fact.values} == {"2021-12-30"}


def test_count_each_outlet_gives_once_matches_across_passages() -> None:
    a = make_source("s1", ["About 120 rescuers took part in the operation."])
    b = make_source("s2", ["Some 150 rescuers worked in shifts, the emergency service said."])
    (fact,) = [f for f in find_facts([a, b], []) if f.kind == "number"]
    assert fact.divergent


def test_of_them_counts_the_noun_named_before() -> None:
    a = make_source("s1", ["The fire razed warehouses on the quay, 12 of them in all."])
    b = make_source("s2", ["Fifteen warehouses burned down on the quay."])
    facts = find_facts([a, b], [group_of("g1", (a, 1), (b, 1))])
    (fact,) = [f for f in facts if f.kind == "number"]
    assert [v.normalized for v in fact.values] == ["12", "15"]


def test_second_differing_value_in_one_passage_is_not_paired_by_the_group_alone() -> None:
    a = make_source(
        "s1", ["Joe Biden called Vladimir Putin on December 30; they last spoke on December 7."]
    )
    b = make_source("s2", ["Joe Biden called Vladimir Putin on December 30."], "2022-01-02")
    facts = find_facts([a, b], [group_of("g1", (a, 1), (b, 1))])
    assert not [f for f in facts if f.kind == "date" and f.divergent]


def test_quotes_differing_only_in_function_words_agree() -> None:
    a = make_source(
        "s1", ['Ana Ruiz wrote: "Joint patrols of the harbour, the navy and partners."']
    )
    b = make_source("s2", ['Ana Ruiz wrote: "Joint patrols of the harbour, navy and partners."'])
    (fact,) = [f for f in find_facts([a, b], []) if f.kind == "quote"]
    assert not fact.divergent


def test_the_two_leaders_is_a_reference_not_a_count() -> None:
    a = make_source("s1", ["Joe Biden said the two leaders spoke about Europe."])
    b = make_source("s2", ["Joe Biden said the two leaders spoke about Europe at length."])
    assert [f for f in find_facts([a, b], []) if f.kind == "number"] == []


def test_differing_value_joins_through_a_member_with_the_same_value() -> None:
    a = make_source(
        "s1", ["Flames raged for four hours before exhausted firefighters got the upper hand."]
    )
    b = make_source(
        "s2", ["The blaze burned for three hours before firefighters brought it under control."]
    )
    c = make_source(
        "s3", ["The fire was declared under control at 5 a.m., three hours after the alarm."]
    )
    facts = find_facts([a, b, c], [group_of("g1", (a, 1), (b, 1))])
    (fact,) = [f for f in facts if f.kind == "duration"]
    assert fact.divergent and {v.source for v in fact.values} == {"s1", "s2", "s3"}


def test_previous_occurrence_is_not_a_contradiction() -> None:
    a = make_source(
        "s1", ["The previous call between Joe Biden and Vladimir Putin was on December 7."]
    )
    b = make_source("s2", ["Joe Biden held a phone call with Vladimir Putin on December 30."])
    facts = find_facts([a, b], [group_of("g1", (a, 1), (b, 1))])
    assert not [f for f in facts if f.divergent]


def test_date_next_to_said_dates_the_statement_not_the_event() -> None:
    a = make_source(
        "s1", ["After a phone call with Joe Biden, Volodymyr Zelensky on Monday said it went well."]
    )
    b = make_source("s2", ["Joe Biden had a phone call with Volodymyr Zelensky on Sunday."])
    facts = find_facts([a, b], [group_of("g1", (a, 1), (b, 1))])
    assert not [f for f in facts if f.divergent]


def test_values_far_apart_are_different_slots() -> None:
    a = make_source("s1", ["The ride up in the capsule took 45 minutes for each of the men."])
    b = make_source("s2", ["The men were trapped for 52 hours before the ride up in the capsule."])
    facts = find_facts([a, b], [group_of("g1", (a, 1), (b, 1))])
    assert not [f for f in facts if f.divergent]


def test_a_vague_period_cannot_contradict_a_day() -> None:
    a = make_source("s1", ["Joe Biden will meet Vladimir Putin next week in Geneva."], "2022-01-03")
    b = make_source("s2", ["Joe Biden will meet Vladimir Putin on Monday in Geneva."], "2022-01-03")
    facts = find_facts([a, b], [group_of("g1", (a, 1), (b, 1))])
    assert not [f for f in facts if f.divergent]


def test_reported_that_on_a_date_dates_the_event() -> None:
    a = make_source(
        "s1",
        ["Pravda reported that on December 30, Joe Biden had a phone call with Vladimir Putin."],
    )
    b = make_source(
        "s2", ["On Thursday, Joe Biden held a phone call with Vladimir Putin."], "2022-01-02"
    )
    (fact,) = [f for f in find_facts([a, b], []) if f.kind == "date"]
    assert {v.normalized for v in fact.values} == {"2021-12-30"}


def test_quote_normalises_without_closing_punctuation() -> None:
    source = make_source("s1", ['"We lost the whole east quay, but not one life!" Ana Ruiz said.'])
    (quote,) = [m for m in extract_mentions(source) if m.kind == "quote"]
    assert quote.normalized == "We lost the whole east quay, but not one life"


def test_day_count_restating_hours_in_one_sentence_is_not_a_second_value() -> None:
    a = make_source(
        "s1",
        ["The miners reached the surface after 52 hours underground, ending two days of fear."],
    )
    b = make_source("s2", ["The miners were trapped underground for 52 hours before the rescue."])
    c = make_source("s3", ["The miners were trapped underground during 58 hours, rescuers said."])
    group = group_of("g1", (a, 1), (b, 1), (c, 1))
    (fact,) = [f for f in find_facts([a, b, c], [group]) if f.kind == "duration"]
    assert fact.divergent
    assert [v.text for v in fact.values] == ["52 hours", "52 hours", "58 hours"]


def test_said_on_a_weekday_dates_the_statement_in_the_past_despite_will() -> None:
    source = make_source(
        "s1", ["Kerrow Lines said on Monday it will halve winter sailings to Skelda."], "2031-10-14"
    )
    (date,) = [m for m in extract_mentions(source) if m.kind == "date"]
    assert date.normalized == "2031-10-13"


def test_a_short_quote_meets_a_long_one_only_when_all_its_words_are_in_it() -> None:
    a = make_source("s1", ['Ana Ruiz praised the "steady support" of the navy on Monday.'])
    b = make_source(
        "s2",
        [
            'Ana Ruiz said: "The navy will give its support to the harbour crews through the '
            'winter and beyond, whatever the cost."'
        ],
    )
    facts = find_facts([a, b], [group_of("g1", (a, 1), (b, 1))])
    assert [f for f in facts if f.kind == "quote"] == []
