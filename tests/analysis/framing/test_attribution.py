from __future__ import annotations

from reader.analysis.framing.attribution import attributions
from reader.analysis.framing.lexicon import load_lexicon
from tests.analysis.framing.helpers import make_source


def _credited(*paragraphs: str) -> list[tuple[str, str | None, str]]:
    found = attributions(make_source("s1", *paragraphs), load_lexicon())
    return [(a.who, a.verb, a.kind) for a in found if a.kind != "unattributed"]


def test_person_named_with_a_title_before_the_verb() -> None:
    assert _credited("Kremlin spokesman Dmitry Peskov said that the call was useful.") == [
        ("Dmitry Peskov", "say", "person")
    ]


def test_inverted_attribution_after_a_quotation() -> None:
    assert _credited("“We are ready,” said Foreign Minister Anna Berg.") == [
        ("Anna Berg", "say", "person")
    ]


def test_agency_after_a_comma() -> None:
    assert _credited("The talks will resume next week, TASS reported.") == [
        ("TASS", "report", "agency")
    ]


def test_according_to_an_institution() -> None:
    assert _credited("According to the State Department, the meeting went ahead.") == [
        ("State Department", "according to", "officials")
    ]


def test_collective_officials_with_their_modifiers_and_a_stance_verb() -> None:
    assert _credited("US intelligence officials warned that an attack was possible.") == [
        ("US intelligence officials", "warn", "officials")
    ]


def test_anonymous_source_after_citing() -> None:
    found = _credited("The ports reopened on Friday, the agency wrote, citing a source.")
    assert ("source", "cite", "sources") in found


def test_pronoun_resolves_to_the_person_of_the_previous_sentence() -> None:
    found = _credited(
        "Maria Lenz toured the harbour on Monday.", "She said the repairs would last a year."
    )
    assert found == [("Maria Lenz", "say", "person")]


def test_surname_widens_to_the_full_name_the_source_uses() -> None:
    found = _credited(
        "Joe Biden spoke by phone on Sunday.", "Biden warned Putin that sanctions would follow."
    )
    assert found == [("Joe Biden", "warn", "person")]


def test_statement_with_no_source_is_reported_unattributed() -> None:
    found = attributions(
        make_source("s1", "Russia has moved 100,000 troops to the border this month."),
        load_lexicon(),
    )
    assert [(a.kind, a.who, a.verb) for a in found] == [("unattributed", "", None)]


def test_short_labels_are_not_unattributed_statements() -> None:
    assert attributions(make_source("s1", "Read more"), load_lexicon()) == []


def test_speaker_named_by_office_is_the_person_holding_it_in_this_source() -> None:
    found = _credited(
        "Foreign Minister Anna Berg met the envoys on Monday.",
        "Later the foreign minister said the talks had gone well.",
    )
    assert found == [("Anna Berg", "say", "person")]


def test_a_verb_glued_inside_a_token_gives_no_speaker_and_no_error() -> None:
    # Found by hypothesis: "U.S.alleged" matched the verb inside one token.
    assert attributions(make_source("s1", "U.S.alleged"), load_lexicon()) is not None
