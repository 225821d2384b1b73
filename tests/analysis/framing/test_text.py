from __future__ import annotations

from reader.analysis.framing.text import quotes, sentences


def test_hard_wrapped_lines_stay_one_sentence() -> None:
    text = "The pier closed after the crane\nfell on Tuesday. Work resumes soon."
    spans = [text[s:e] for s, e in sentences(text)]
    assert spans == ["The pier closed after the crane\nfell on Tuesday.", "Work resumes soon."]


def test_abbreviations_do_not_end_a_sentence() -> None:
    text = "The U.S. envoy met Mr. Lane on Jan. 4 in the capital."
    assert len(sentences(text)) == 1


def test_apostrophes_inside_words_open_no_quotation() -> None:
    assert quotes("Ukraine’s envoy and the mayor's aide") == []
