from __future__ import annotations

from reader.analysis.framing.lexicon import load_lexicon
from reader.analysis.framing.match import match_terms
from reader.analysis.framing.scare_quotes import scare_quotes


def _scare(text: str) -> list[str]:
    lexicon = load_lexicon()
    reporting = match_terms(text, lexicon, lexicon.by_category("attribution-verb"))
    return [q.text.strip("“”\"'‘’") for q in scare_quotes(text, reporting)]


def test_short_quote_without_a_speaker_is_a_scare_quote() -> None:
    assert _scare("The ministry's “reforms” left pensions unpaid.") == ["reforms"]


def test_straight_and_single_quotes_count_too() -> None:
    assert _scare('The "peace plan" stalled.') == ["peace plan"]
    assert _scare("The city’s 'rescue' budget cut libraries.") == ["rescue"]


def test_apostrophes_are_not_quotation_marks() -> None:
    assert _scare("Ukraine’s army and the mayor's office don't agree.") == []


def test_quote_credited_to_a_speaker_is_not_a_scare_quote() -> None:
    assert _scare("The mayor said the budget was “balanced” at last.") == []


def test_quote_with_according_to_is_not_a_scare_quote() -> None:
    assert _scare("According to the mayor, the budget is “balanced”.") == []


def test_longer_quotations_are_not_scare_quotes() -> None:
    assert _scare("The poster read “we will not pay for your war”.") == []


def test_quoted_titles_are_not_scare_quotes() -> None:
    assert _scare("The ballet “Swan Lake” sold out.") == []


def test_quoted_utterances_ending_in_punctuation_are_not_scare_quotes() -> None:
    assert _scare("The reply was short: “Never.”") == []


def test_scare_quote_span_covers_the_marks_and_spells_its_text() -> None:
    text = "The ministry's “reforms” left pensions unpaid."
    [quote] = scare_quotes(text, [])
    assert text[quote.start : quote.end] == quote.text == "“reforms”"


def test_quote_inside_a_noun_phrase_is_a_scare_quote_even_in_reported_speech() -> None:
    text = "The union said the firm ignored warnings about “temporary” scaffolding."
    assert _scare(text) == ["temporary"]


def test_quoted_modifier_after_a_possessive_is_a_scare_quote() -> None:
    assert _scare("The owner claimed its “award-winning” menu was unchanged.") == ["award-winning"]


def test_quoted_fragment_opening_with_a_determiner_is_a_quotation() -> None:
    assert _scare("The envoy welcomed “the steady help” from allies.") == []


def test_words_another_outlet_quotes_are_not_scare_quotes() -> None:
    text = "Officials spoke of the “special bond” between the towns."
    lexicon = load_lexicon()
    reporting = match_terms(text, lexicon, lexicon.by_category("attribution-verb"))
    assert [q.text for q in scare_quotes(text, reporting)] == ["“special bond”"]
    elsewhere = ["we value the special bond between our towns"]
    assert scare_quotes(text, reporting, elsewhere) == []
