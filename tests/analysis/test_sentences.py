from __future__ import annotations

from reader.analysis.sentences import (
    aligned_sentences,
    clause_spans,
    dateline_length,
    split_spans,
)
from tests.analysis.helpers import make_source


def sentences(text: str) -> list[str]:
    return [text[a:b] for a, b in split_spans(text)]


def test_splits_on_terminal_punctuation() -> None:
    assert sentences("The port closed. Crews left! Why now?") == [
        "The port closed.",
        "Crews left!",
        "Why now?",
    ]


def test_abbreviations_and_initials_do_not_end_a_sentence() -> None:
    text = "Mr. Smith met Dr. J. R. Lee in the U.S. on Jan. 3 at noon. They spoke."
    assert sentences(text) == [
        "Mr. Smith met Dr. J. R. Lee in the U.S. on Jan. 3 at noon.",
        "They spoke.",
    ]


def test_numbers_with_separators_stay_whole() -> None:
    assert sentences("About 122,000 troops and 3.5 tanks. Then quiet.") == [
        "About 122,000 troops and 3.5 tanks.",
        "Then quiet.",
    ]


def test_closing_quote_stays_with_its_sentence() -> None:
    assert sentences('"We lost the quay," she said. "Nobody died." He left.') == [
        '"We lost the quay," she said.',
        '"Nobody died."',
        "He left.",
    ]


def test_run_together_sentences_are_split() -> None:
    assert sentences("It was quiet for weeks.Officials then spoke.") == [
        "It was quiet for weeks.",
        "Officials then spoke.",
    ]


def test_dateline_is_left_out_of_the_first_sentence() -> None:
    for dateline in (
        "KIEV, January 3. /TASS/. ",
        "PORTVALE, May 6 (Coast Times) - ",
        "LONDON. December, 31st. UNN. ",
        "Kiev [Ukraine], January 3 : ",
    ):
        text = dateline + "The talks began. They ended."
        assert dateline_length(text) == len(dateline)
        assert sentences(text) == ["The talks began.", "They ended."]


def test_ordinary_opening_is_not_a_dateline() -> None:
    assert dateline_length("On December 30, a call was held.") == 0


def test_sentence_offsets_index_the_source_text() -> None:
    source = make_source("s1", ["Title here", "First one. Second one."])
    found = aligned_sentences((source,))
    assert [source.text[s.start : s.end] for s in found] == [
        "Title here",
        "First one.",
        "Second one.",
    ]


def test_boilerplate_and_datelines_have_no_aligned_sentences() -> None:
    source = make_source(
        "s1",
        ["Headline", "May 6, 2031", "Body text.", "Leave a reply."],
        {1: "headline", 2: "dateline", 4: "boilerplate"},
    )
    assert [s.text for s in aligned_sentences((source,))] == ["Headline", "Body text."]


def test_semicolon_between_two_clauses_splits_but_a_list_does_not() -> None:
    text = "The roof fell on the men at night; some rescuers worked all day to reach them."
    assert len(sentences(text)) == 2
    assert sentences("Stores held timber; grain; fertiliser.") == [
        "Stores held timber; grain; fertiliser."
    ]


def test_a_paragraph_that_is_only_a_dateline_has_no_sentence() -> None:
    assert sentences("HOLLIN RIDGE. March, 12th. Kelmar Hirlap.") == []


def test_clauses_split_at_commas_between_full_clauses_only() -> None:
    text = "A fire tore through the east quay on Monday, destroying 12 of them, officials said."
    assert [text[a:b] for a, b in clause_spans(text)] == [
        "A fire tore through the east quay on Monday,",
        "destroying 12 of them, officials said.",
    ]
