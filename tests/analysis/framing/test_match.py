from __future__ import annotations

from reader.analysis.framing.lexicon import Entry, Lexicon, load_lexicon, surface_forms
from reader.analysis.framing.match import match_terms


def _marked(text: str) -> list[tuple[str, str]]:
    return [(m.entry.category, m.text) for m in match_terms(text, load_lexicon()) if m.entry.mark]


def _one_entry_lexicon() -> Lexicon:
    entry = Entry(
        term="escalate",
        category="loaded",
        note="test entry",
        forms=surface_forms("escalate", "verb", [], ["escalation"]),
    )
    return Lexicon(basis={}, entries=(entry,), index={f: entry for f in entry.forms})


def test_every_inflection_of_a_lemma_matches_in_any_case() -> None:
    text = "They escalate. It Escalated, escalating into an ESCALATION."
    found = [m.text for m in match_terms(text, _one_entry_lexicon())]
    assert found == ["escalate", "Escalated", "escalating", "ESCALATION"]


def test_matches_stop_at_word_boundaries() -> None:
    assert _marked("A strict regimen of exercise") == []
    assert _marked("Kievan Rus was a medieval state") == []


def test_multiword_entries_match_across_spacing_and_hyphen_variants() -> None:
    found = _marked("The so called experts praised the freedom\nfighters.")
    assert found == [("hedge", "so called"), ("loaded", "freedom\nfighters")]


def test_hyphenated_multiword_hedge_matches() -> None:
    assert _marked("the so-called referendum") == [("hedge", "so-called")]


def test_said_is_never_an_attribution_verb_mark() -> None:
    assert _marked("The minister said the talks went well.") == []


def test_claims_as_a_noun_after_a_common_noun_is_not_marked() -> None:
    assert _marked("Insurance claims rose last year.") == []


def test_claims_after_a_determiner_or_possessive_is_not_marked() -> None:
    assert _marked("The claims were false.") == []
    assert _marked("His claims are baseless.") == []


def test_claims_as_a_verb_after_a_name_is_marked() -> None:
    assert _marked("Moscow claims that the drills are over.") == [("attribution-verb", "claims")]


def test_alleged_before_a_noun_is_a_hedge_not_a_verb() -> None:
    assert _marked("the ministry denied its alleged plans") == [("hedge", "alleged")]
    assert _marked("Spain's alleged spying campaign") == [("hedge", "alleged")]


def test_alleged_as_a_reporting_verb_is_an_attribution_verb() -> None:
    assert _marked("Prosecutors alleged that the mayor lied.") == [("attribution-verb", "alleged")]


def test_threaten_is_marked_only_when_it_reports_speech() -> None:
    assert _marked("Floods threaten the harvest.") == []
    assert _marked("He threatened to leave the talks.") == [("attribution-verb", "threatened")]


def test_naming_marks_both_the_contested_and_the_neutral_form() -> None:
    assert _marked("From Kiev to Kyiv") == [("naming", "Kiev"), ("naming", "Kyiv")]


def test_russian_first_name_is_a_naming_choice_but_other_vladimirs_are_not() -> None:
    assert _marked("Vladimir Zelensky met Vladimir Putin") == [("naming", "Vladimir Zelensky")]


def test_longest_match_wins_over_a_shorter_overlapping_one() -> None:
    assert _marked("armed neo-Nazis marched") == [("loaded", "neo-Nazis")]


def test_technical_uses_of_a_loaded_word_are_not_marked() -> None:
    assert _marked("The sanctions regime was extended.") == []
    assert _marked("Archives from Nazi Germany were opened.") == []


def test_firm_as_a_company_is_not_an_intensifier() -> None:
    assert _marked("The firm said profits fell.") == []
    assert _marked("The firm's lawyers objected.") == []
    assert _marked("They promised a firm response.") == [("intensifier", "firm")]


def test_claims_after_a_nationality_adjective_is_a_noun() -> None:
    assert _marked("The court dismissed Russian claims in full.") == []


def test_purported_before_a_noun_is_a_hedge() -> None:
    assert _marked("the purported letter") == [("hedge", "purported")]
