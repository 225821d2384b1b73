"""Any text, however hostile, through the whole pipeline: no exception, and every offset in
the report slices to the text it claims.

The ingest helpers' own properties (paragraph spans, decoding) are in
tests/ingest/test_properties.py, and any note round-tripping through the store and both
exports (exact in JSON, inert in Markdown) is tests/export/test_properties.py; this
module covers what comes after ingest: sentences, facts, framing, groups and the report.
Example counts are bounded so the suite stays fast.
"""

from __future__ import annotations

import hashlib
import json
import tempfile
from pathlib import Path

import hypothesis.strategies as st
import pytest
from hypothesis import HealthCheck, given, settings

from reader.analysis import analyze
from reader.analysis.facts import find_facts
from reader.analysis.sentences import split_spans
from reader.ingest import load_sources
from reader.model import Paragraph, Source
from reader.report import report_json, report_markdown
from tests.hostile.conftest import RAW_HAZARD

# News words, numbers, dates, names, quotes, markup, escapes and every kind of line break.
PIECES = st.sampled_from(
    [
        "The", "ferry", "Selkie", "broke", "down", "on", "Tuesday", "said", "Lena Hask",
        "about 300", "passengers", "Forty", "40", "three hours", "90 minutes", "May 6, 2031",
        "2031-05-07", "at 2 a.m.", "$1.5 million", "Kerrow Lines", "according to", "alleged",
        "regime", "“", "”", '"', "'", ".", ",", ";", ":", "?", "!", "…", "(", ")", "U.S.",
        "Mr.", " ", " ", " ", "\n", "\n\n", "\r\n", "\r", "\t", "# ", "> ", "- ", "[bold]",
        "[/]", "[@click=app.quit]", "\x1b]0;x\x07", "\x1b[2J", "\x9b31m", "\u202e", "\u200b",
        "\ufeff", "\x85", "\u2028", "\x07", "\x7f", "é", "Київ", "🚢", "&#27;",
    ]
)  # fmt: skip
NEWSY = st.lists(PIECES, min_size=1, max_size=120).map("".join)
ANY = st.text(st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=300)
TEXTS = st.one_of(NEWSY, NEWSY, ANY)
PROPERTY = settings(
    max_examples=80,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)


def decoded(text: str) -> str:
    """What the loader must index: UTF-8 without its BOM, universal newlines."""
    text = text.removeprefix("\ufeff")
    return text.replace("\r\n", "\n").replace("\r", "\n")


def one_paragraph_source(source_id: str, text: str, published: str) -> Source:
    paragraph = Paragraph(f"{source_id}:p1", 1, 1, 0, len(text), "body", text)
    digest = hashlib.sha256(text.encode()).hexdigest()
    return Source(source_id, f"{source_id}.txt", text, digest, (paragraph,), published=published)


@pytest.mark.slow
@PROPERTY
@given(first=TEXTS, second=TEXTS)
def test_any_two_texts_give_a_report_whose_offsets_slice_to_their_text(
    first: str, second: str
) -> None:
    with tempfile.TemporaryDirectory() as folder:
        written = {}
        for name, text in (("a.txt", first), ("b.md", second)):
            path = Path(folder) / name
            path.write_bytes(text.encode("utf-8"))
            written[str(path)] = decoded(text)
        loaded = load_sources(list(written))
    for error in loaded.errors:
        assert error.reason and "\n" not in error.reason
        assert "could not be read (" not in error.reason  # the catch-all for a bug
    if not loaded.sources:
        return
    analysis = analyze(loaded.sources, errors=loaded.errors)
    report = json.loads(report_json(analysis))
    texts = {}
    for source in report["sources"]:
        text = written[source["path"]]
        texts[source["id"]] = text
        for p in source["paragraphs"]:
            assert text[p["start"] : p["end"]] == p["text"]
    spans = [
        *(m for g in report["groups"] for m in g["members"]),
        *(v for f in report["facts"] for v in f["values"]),
        *report["framing"],
    ]
    paragraphs = {p["id"]: p for s in report["sources"] for p in s["paragraphs"]}
    for span in spans:
        p = paragraphs[span["paragraph"]]
        assert p["start"] <= span["start"] <= span["end"] <= p["end"]
    for value in (v for f in report["facts"] for v in f["values"]):
        assert texts[value["source"]][value["start"] : value["end"]] == value["text"]
    assert RAW_HAZARD.search(report_markdown(analysis)) is None


@pytest.mark.slow
@PROPERTY
@given(TEXTS)
def test_sentences_are_in_order_inside_the_text_and_never_raise(text: str) -> None:
    end = 0
    for start, stop in split_spans(text):
        assert end <= start < stop <= len(text)
        end = stop


@pytest.mark.slow
@PROPERTY
@given(TEXTS)
def test_fact_extraction_never_raises_and_every_value_is_a_slice(text: str) -> None:
    text = decoded(text)
    if not text:
        return
    sources = (
        one_paragraph_source("s1", text, "2031-05-07"),
        one_paragraph_source("s2", text.replace("3", "4"), "2031-05-06"),
    )
    texts = {s.id: s.text for s in sources}
    for fact in find_facts(sources, ()):
        for value in fact.values:
            assert 0 <= value.start <= value.end <= len(texts[value.source])
            assert texts[value.source][value.start : value.end] == value.text
