"""Contact format: the same parties at the same time, by phone, by video or in person."""

from reader.analysis.facts import find_facts
from reader.analysis.facts.contacts import _phrases, contact_facts
from reader.analysis.facts.extract import extract_mentions
from reader.analysis.facts.normalize import canonical_persons
from reader.model import Fact, Source
from tests.analysis.facts.helpers import make_source

DATED = "2032-03-16"  # a Tuesday


def _contact_facts(*texts: str) -> list[Fact]:
    sources: list[Source] = [
        make_source(f"s{n}", [t], published=DATED) for n, t in enumerate(texts, start=1)
    ]
    return [f for f in find_facts(sources, []) if f.subject.startswith("format of")]


def _modes(text: str) -> list[tuple[str, str]]:
    return [(text[a:b], mode) for a, b, mode in _phrases(text)]


def test_mode_phrases_map_to_canonical_modes() -> None:
    assert _modes("They spoke by telephone; later they held a video conference.") == [
        ("by telephone", "phone"),
        ("video conference", "video"),
    ]
    assert _modes("The two met face-to-face for the first time.") == [("face-to-face", "in person")]


def test_a_bare_call_or_talks_names_no_mode() -> None:
    assert _modes("Varga and Keller talked on Monday; the call lasted an hour.") == []


def test_talks_in_a_known_city_are_in_person_unless_a_mode_is_named() -> None:
    assert _modes("Officials will hold talks in Geneva on Friday.") == [
        ("talks in Geneva", "in person")
    ]
    assert _modes("They held talks in Geneva by video link.") == [("by video link", "video")]


def test_a_clause_naming_two_modes_counts_for_none() -> None:
    assert _modes("They spoke not by phone but face to face.") == []


def test_a_denied_mode_counts_for_nothing() -> None:
    assert _modes("They did not meet in person on Thursday; they spoke by phone.") == [
        ("by phone", "phone")
    ]
    assert _modes("They spoke by phone rather than face to face.") == []


def test_same_parties_same_day_different_modes_diverge() -> None:
    (fact,) = _contact_facts(
        "Premier Lena Varga spoke with President Anton Keller by phone on March 3.",
        "Premier Lena Varga and President Anton Keller held a video call on March 3.",
    )
    assert fact.divergent and fact.kind == "place"
    assert [v.normalized for v in fact.values] == ["phone", "video"]
    assert [v.text for v in fact.values] == ["by phone on March 3", "video call on March 3"]
    assert fact.subject == "format of the Keller–Varga contact (2032-03-03)"


def test_same_mode_in_both_outlets_agrees() -> None:
    (fact,) = _contact_facts(
        "Premier Lena Varga spoke with President Anton Keller by phone on Monday.",
        "President Anton Keller held a telephone conversation on Monday with Premier Lena Varga.",
    )
    assert not fact.divergent
    assert [v.normalized for v in fact.values] == ["phone", "phone"]


def test_a_period_that_holds_the_day_is_the_same_contact() -> None:
    (fact,) = _contact_facts(
        "Premier Lena Varga spoke with President Anton Keller by phone in early March.",
        "Premier Lena Varga and President Anton Keller held a video summit on March 4.",
    )
    assert fact.divergent


def test_different_times_are_different_contacts() -> None:
    facts = _contact_facts(
        "Premier Lena Varga spoke with President Anton Keller by phone on March 3.",
        "Premier Lena Varga and President Anton Keller met in person on February 2.",
    )
    assert facts == []


def test_a_mention_with_no_time_never_diverges() -> None:
    facts = _contact_facts(
        "Premier Lena Varga spoke with President Anton Keller by phone on March 3.",
        "Premier Lena Varga has met President Anton Keller in person several times.",
    )
    assert facts == []


def test_a_period_too_long_to_tell_contacts_apart_gives_no_time() -> None:
    facts = _contact_facts(
        "Premier Lena Varga spoke with President Anton Keller by phone in March.",
        "Premier Lena Varga and President Anton Keller held a video summit on March 4.",
    )
    assert facts == []


def test_countries_are_the_parties_when_no_two_persons_are_named() -> None:
    (fact,) = _contact_facts(
        "Russian and US officials will meet in person in Geneva on March 22.",
        "US and Russian officials will hold talks by video link on March 22.",
    )
    assert fact.divergent
    assert fact.subject == "format of the Russia–United States contact (2032-03-22)"


def test_other_parties_are_another_contact() -> None:
    facts = _contact_facts(
        "Premier Lena Varga spoke with President Anton Keller by phone on March 3.",
        "Premier Lena Varga and minister Pavel Dusek held a video call on March 3.",
    )
    assert facts == []


def test_a_relative_day_is_anchored_on_the_other_date_of_the_sentence() -> None:
    (fact,) = _contact_facts(
        "Minister Pavel Dusek spoke with Lena Varga on March 5, two days after the "
        "Varga-Keller video summit. Anton Keller was there.",
        "Premier Lena Varga spoke with President Anton Keller by phone on March 3.",
    )
    assert fact.divergent
    assert fact.subject == "format of the Keller–Varga contact (2032-03-03)"


def test_the_wording_shown_carries_the_parties_and_the_relative_day() -> None:
    (fact,) = _contact_facts(
        "Minister Pavel Dusek spoke with Lena Varga on March 5, two days after the "
        "Varga-Keller video summit. Anton Keller was there.",
        "Premier Lena Varga spoke in a phone call with Anton Keller in early March.",
    )
    assert [v.text for v in fact.values] == [
        "two days after the Varga-Keller video summit",
        "phone call with Anton Keller in early March",
    ]


def test_a_date_after_a_comma_is_not_the_phrase_own_date() -> None:
    facts = _contact_facts(
        "Two days after the Varga-Keller video summit, on March 9, Lena Varga and Anton "
        "Keller spoke again.",
        "Premier Lena Varga and President Anton Keller held a phone call on March 9.",
    )
    assert facts == []


def test_a_point_of_reference_takes_no_date_from_its_sentence() -> None:
    facts = _contact_facts(
        "Minister Pavel Dusek spoke with Lena Varga on March 5, after the Varga-Keller "
        "video summit. Anton Keller was there.",
        "Premier Lena Varga spoke with President Anton Keller by phone on March 5.",
    )
    assert facts == []


def test_the_day_a_statement_was_made_does_not_date_the_contact() -> None:
    facts = _contact_facts(
        "Premier Lena Varga said on Monday she spoke with President Anton Keller by phone.",
        "Premier Lena Varga and President Anton Keller held a video call on Monday.",
    )
    assert facts == []


def test_a_separate_contact_of_the_other_mode_in_the_window_blocks_the_divergence() -> None:
    facts = contact_facts(
        *_set(
            "Premier Lena Varga spoke with President Anton Keller by phone in early March.",
            "Premier Lena Varga and President Anton Keller held a video summit on March 7. "
            "Premier Lena Varga and President Anton Keller spoke by phone on March 2.",
        )
    )
    assert all(not f.divergent for _, f in facts)


def _set(*texts: str) -> tuple[object, ...]:
    sources = [make_source(f"s{n}", [t], published=DATED) for n, t in enumerate(texts, start=1)]
    mentions = {s.id: extract_mentions(s) for s in sources}
    canon = canonical_persons([m for ms in mentions.values() for m in ms])
    order = {s.id: i for i, s in enumerate(sources)}
    return sources, [], mentions, canon, order
