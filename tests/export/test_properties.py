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
from reader.textsafe import inert
from tests.export.story import COAST, build_source

SOURCE = build_source("s1", "/newsroom/coast.txt", COAST, "Coast Times", "2031-05-06")
ANALYSIS = Analysis(sources=(SOURCE,))
ANY_TEXT = st.text(st.characters(codec="utf-8"), max_size=200)
# What must never reach a Markdown file: controls but newline, DEL, C1, bidi, zero-width.
FORBIDDEN = re.compile(
    "[\x00-\x09\x0b-\x1f\x7f-\x9f\u200b-\u200f\u202a-\u202e\u2060\u2066-\u2069\ufeff]"
)


def _unescape(markdown: str) -> str:
    without_breaks = markdown.replace("\\\n", "\n")
    return re.sub(r"\\(.)", r"\1", without_breaks)


def _folded(text: str) -> str:
    return " ".join(text.split())


@pytest.fixture
def store(tmp_path: Path) -> AnnotationStore:
    return AnnotationStore.open(tmp_path / "data")


@settings(
    max_examples=120, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(note=ANY_TEXT, tag=ANY_TEXT)
def test_any_note_is_exact_in_json_and_inert_in_markdown(
    store: AnnotationStore, note: str, tag: str
) -> None:
    added = store.add(span_target(SOURCE, 0, 9), note, tags=[tag])
    (resolved,) = [r for r in store.resolve([SOURCE]) if r.annotation.id == added.id]
    assert resolved.annotation.note == note
    notes = ExportNotes((resolved,))
    markdown = export_markdown(ANALYSIS, notes, date="2031-05-07")
    assert FORBIDDEN.search(markdown) is None
    assert _folded(inert(note)) in _folded(_unescape(markdown))
    web = json.loads(export_webannotation(ANALYSIS, notes, generated="x", title="t"))
    assert web["first"]["items"][0]["body"][0]["value"] == note
