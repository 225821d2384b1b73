"""Any note: exact through the store and the JSON export, inert through the Markdown export."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reader.export import ExportNotes, export_markdown, export_webannotation
from reader.model import Analysis
from reader.store import AnnotationStore, span_target
from reader.text.safe import inert
from tests.export import rendering
from tests.export.story import COAST, build_source

SOURCE = build_source("s1", "/newsroom/coast.txt", COAST, "Coast Times", "2031-05-06")
ANALYSIS = Analysis(sources=(SOURCE,))
ANY_TEXT = st.text(st.characters(codec="utf-8"), max_size=200)
# Random unicode rarely spells markup: also build notes out of Markdown's building blocks.
PIECES = [
    "<", ">", "a", "b", "img", "script", "/", "=", "[", "]", "(", ")", "!", "http://x.test",
    "www.x.test", "j@x.test", "javascript:", "&", "#", "x202E;", "amp;", "`", "``", "*", "_",
    "~", "$", "%%", "==", "^", "|", "\\", "\n", "\n\n", " ", "    ", "\t", "-", "+", "1.",
    "2)", ">", "---", "===", "[[", "]]", "\x1b", "\x1b]8;;", "\u202e", "\u200b", "\x85",
]  # fmt: skip
MARKUP = st.lists(st.sampled_from(PIECES), max_size=40).map("".join)
NOTES = st.one_of(ANY_TEXT, MARKUP)
# What must never reach a Markdown file: controls but newline, DEL, C1, bidi, zero-width.
FORBIDDEN = re.compile(
    "[\x00-\x09\x0b-\x1f\x7f-\x9f\u200b-\u200f\u202a-\u202e\u2060\u2066-\u2069\ufeff]"
)


def _folded(text: str) -> str:
    return " ".join(text.split())


@pytest.fixture
def store(tmp_path: Path) -> AnnotationStore:
    return AnnotationStore.open(tmp_path / "data")


@settings(
    max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(note=NOTES, tag=NOTES)
def test_any_note_is_exact_in_json_and_inert_in_markdown(
    store: AnnotationStore, note: str, tag: str
) -> None:
    added = store.add(span_target(SOURCE, 0, 9), note, tags=[tag])
    (resolved,) = [r for r in store.resolve([SOURCE]) if r.annotation.id == added.id]
    assert resolved.annotation.note == note
    notes = ExportNotes((resolved,))
    markdown = export_markdown(ANALYSIS, notes, date="2031-05-07")
    assert FORBIDDEN.search(markdown) is None
    assert rendering.active(markdown) == []
    assert _folded(inert(note)) in _folded(rendering.visible_text(markdown))
    web = json.loads(export_webannotation(ANALYSIS, notes, generated="x", title="t"))
    assert web["first"]["items"][0]["body"][0]["value"] == note
