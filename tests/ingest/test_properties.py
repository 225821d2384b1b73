"""Whatever the text, paragraphs are exact slices of it, in order, never overlapping."""

from __future__ import annotations

import hypothesis.strategies as st
import pytest
from hypothesis import HealthCheck, given, settings

from reader.ingest.build import paragraphs
from reader.ingest.classify import classify
from reader.ingest.decode import decode
from reader.ingest.errors import IngestError
from reader.ingest.markdown import read_markdown
from reader.ingest.metadata import read_metadata
from reader.ingest.segment import Span, segment

# Words, punctuation, Markdown markers, line breaks of every kind and a few controls.
PIECES = st.sampled_from(
    [
        "Harbour", "fire", "the", "quay", "May 5, 2031", "PORTVILLE,", "(Reuters) -", ".",
        ",", "“", "”", "# ", "## ", "> ", "- ", "1. ", "---", "===", "```", "©", "|",
        "\n", "\n", "\n\n", "\r", "\t", "  ", " ", "\x1b[31m", "\u2028", "\x85", "é", "Київ",
    ]
)  # fmt: skip
TEXTS = st.lists(PIECES, max_size=80).map("".join)


def check(text: str, spans: tuple[Span, ...]) -> None:
    end = 0
    for span in spans:
        assert end <= span.start < span.end <= len(text)
        assert text[span.start : span.end].strip() == text[span.start : span.end]
        end = span.end


@pytest.mark.slow
@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(TEXTS)
def test_plain_text_spans_are_exact_slices(text: str) -> None:
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    found = segment(text)
    check(text, found.spans)
    texts = [text[s.start : s.end] for s in found.spans]
    kinds = classify(texts)
    for p in paragraphs("s1", text, found.spans, kinds):
        assert p.text == text[p.start : p.end]
        assert p.line == text.count("\n", 0, p.start) + 1
    read_metadata(text, texts, kinds)


@pytest.mark.slow
@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(TEXTS)
def test_markdown_spans_are_exact_slices(text: str) -> None:
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    found = read_markdown(text)
    check(text, found.spans)
    assert all(0 <= i < len(found.spans) for i in found.kinds)


@pytest.mark.slow
@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=400))
def test_any_bytes_decode_or_give_a_one_line_reason(raw: bytes) -> None:
    try:
        decoded = decode(raw)
    except IngestError as exc:
        assert exc.reason and "\n" not in exc.reason
    else:
        assert "\r" not in decoded.text and decoded.text.strip()
