"""Two renderings of one quote that differ only in form are not a divergence (issue 15).

All text here is written for these tests (fictional speakers in fictional places).
"""

from reader.analysis.facts import find_facts
from reader.analysis.facts.extract import extract_mentions
from reader.analysis.facts.quote_words import form_only, quote_tokens
from reader.analysis.facts.quotes_compare import quote_diff
from tests.analysis.facts.helpers import group_of, make_source


def _same(a: str, b: str) -> bool:
    return not any(quote_diff([a, b], ["s1", "s2"]))


def test_contractions_are_their_full_form() -> None:
    assert quote_tokens("They're sure it won't rain; it's fine")[:6] == [
        "they", "are", "sure", "it", "will", "not"
    ]  # fmt: skip
    assert _same("They're not going to back down", "They are not going to back down")
    assert _same("We can't wait", "We cannot wait")


def test_a_possessive_is_not_is() -> None:
    assert quote_tokens("Marlow's plan") == ["marlow", "plan"]


def test_censoring_matches_the_word_it_hides() -> None:
    assert _same("This is a f***ing mess", "This is a f---ing mess")
    assert _same("What the h--- happened", "What the hell happened")
    assert _same("That is [expletive] nonsense", "That is damn nonsense")
    assert not _same("What the h--- happened", "What the devil happened")


def test_curly_and_straight_quotes_and_case_are_one() -> None:
    assert _same("We’re ‘ready’ for Tuesday", "we're 'READY' for Tuesday")


def test_hyphenation_and_spacing_are_one() -> None:
    assert _same("before the year-end deadline", "before the year end deadline")
    assert _same("before the year-end deadline", "before the yearend deadline")
    assert form_only(["health", "care"], ["healthcare"])


def test_an_ellipsis_stands_for_cut_words() -> None:
    assert _same(
        "We will rebuild the bridge … and we will do it this year",
        "We will rebuild the bridge, whatever it costs, and we will do it this year",
    )


def test_an_editors_bracket_stands_for_the_words_it_replaces() -> None:
    assert _same("[The mayor] has let us down", "He has let us down")
    assert _same("She [Marlow] has let us down", "She has let us down")


def test_a_shorter_excerpt_is_not_a_rewording() -> None:
    assert _same("rebuild the bridge", "We will rebuild the bridge this year, whatever it costs")
    assert _same("We will rebuild the bridge", "We will rebuild the bridge this year")


def test_a_changed_word_is_named() -> None:
    diff = quote_diff(["We will rebuild the bridge", "We will repair the bridge"], ["s1", "s2"])
    assert diff == (("rebuild",), ("repair",))


def test_two_excerpts_of_one_outlet_are_not_compared_with_each_other() -> None:
    diff = quote_diff(
        ["rebuild the bridge", "whatever it costs", "rebuild the bridge"], ["s1", "s1", "s2"]
    )
    assert not any(diff)


def _quote_facts(first: str, second: str) -> list[tuple[bool, tuple[str, ...]]]:
    a = make_source("s1", [first], published="2031-03-04")
    b = make_source("s2", [second], published="2031-03-04")
    facts = find_facts([a, b], [group_of("g1", (a, 1), (b, 1))])
    return [(f.divergent, tuple(v.text for v in f.values)) for f in facts if f.kind == "quote"]


def test_a_quote_split_around_its_attribution_is_the_whole_quote() -> None:
    facts = _quote_facts(
        '"The ferry levy," Mayor Edda Marlow said, "will be gone by the spring."',
        'Mayor Edda Marlow said: "The ferry levy will be gone by the spring."',
    )
    assert facts and not any(divergent for divergent, _ in facts)


def test_a_quote_with_a_word_changed_by_one_speaker_diverges() -> None:
    facts = _quote_facts(
        '"The ferry levy will be gone by the spring," Mayor Edda Marlow said.',
        '"The ferry levy will be halved by the spring," Mayor Edda Marlow said.',
    )
    assert [divergent for divergent, _ in facts] == [True]


def test_a_quote_without_an_established_speaker_is_not_compared() -> None:
    facts = _quote_facts(
        'Islanders were told the levy "will be gone by the spring and never return".',
        '"The levy will be halved by the spring and never return," Mayor Edda Marlow said.',
    )
    assert facts == []


def test_a_show_title_in_quotes_is_not_a_quote() -> None:
    facts = _quote_facts(
        'Mayor Edda Marlow told "Morning With Kell Dunne" the levy would go.',
        'Mayor Edda Marlow told "Island Evening News" the levy would go.',
    )
    assert facts == []


def test_an_editors_parenthesis_is_an_insertion() -> None:
    assert _same("and (Harbour Minister Ola) Brenn told him so", "and Brenn told him so")


def test_a_quote_attributed_in_the_short_sentence_after_it_is_compared() -> None:
    facts = _quote_facts(
        '"The levy is gone. Will the ferry run again?" Mayor Edda Marlow wrote.',
        '"The levy is gone. Will the ferry sail again?" Mayor Edda Marlow wrote.',
    )
    assert [divergent for divergent, _ in facts] == [True]


def test_a_day_between_speaker_and_verb_does_not_hide_the_speaker() -> None:
    facts = _quote_facts(
        "Mayor Edda Marlow late Tuesday wrote that the levy was “gone for good now”.",
        "Mayor Edda Marlow wrote on Tuesday that the levy was “gone for ever now”.",
    )
    assert [divergent for divergent, _ in facts] == [True]


def _quote_speakers(*paragraphs: str) -> list[str]:
    source = make_source("s1", list(paragraphs), published="2031-03-04")
    return [m.speaker for m in extract_mentions(source) if m.kind == "quote"]


def test_a_paragraph_that_is_only_a_quote_goes_on_in_the_last_voice() -> None:
    speakers = _quote_speakers(
        '"The levy is gone," Mayor Edda Marlow wrote.',
        '"The ferry will run every hour from May."',
    )
    assert speakers == ["Edda Marlow", "Edda Marlow"]


def test_a_quote_paragraph_after_narration_has_no_speaker() -> None:
    speakers = _quote_speakers(
        '"The levy is gone," Mayor Edda Marlow wrote. Islanders cheered at the pier.',
        '"The ferry will run every hour from May."',
    )
    assert speakers == ["Edda Marlow", ""]


def test_a_quote_paragraph_after_an_unnamed_voice_has_no_speaker() -> None:
    speakers = _quote_speakers(
        '"The levy is gone," the statement said.',
        '"The ferry will run every hour from May."',
    )
    assert speakers == ["", ""]
