"""Helpers for the bundle tests: a small story with a correction, a note and a triage mark,
its bundle as a dict, and a dump of the database to compare before and after an import."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path
from typing import Any

from reader.cli import main
from reader.cli.sources import analyse_story
from reader.store import AnnotationStore, span_target
from reader.store.stories import StoryStore
from tests.stories import save_story

COAST = (
    "Harbour fire out after three hours\n\n"
    "Forty firefighters fought the blaze at the grain store on Tuesday night.\n\n"
    "The port authority said no one was hurt and the quay reopens on Friday.\n"
)
WIRE = (
    "Grain store fire at the harbour\n\n"
    "About forty firefighters fought the fire at the grain store on Tuesday.\n\n"
    "Nobody was hurt, the port authority said; the quay should reopen on Friday.\n"
)


def make_story(folder: Path, data: Path, name: str = "fire") -> None:
    """A story of two sources with one correction, one note, one triage mark and the user's
    name for the first source."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "coast.txt").write_text(COAST, encoding="utf-8")
    (folder / "wire.txt").write_text(WIRE, encoding="utf-8")
    save_story(data, name, folder)
    with StoryStore.open(data) as stories:
        analysis = analyse_story(stories, name, max_bytes=10**7, timeout=5).analysis
        assert analysis is not None
        source = analysis.sources[0]
        stories.add_correction(name, "unlink", span_target(source, 0, 12).anchors[0])
    with AnnotationStore.open(data) as notes:
        notes.add(span_target(source, 0, 12), "check the figure", tags=("call",))
        notes.set_triage(source, "check")
        notes.set_source_name(source, "Coast Desk")


def bundle_of(data: Path, name: str, out: Path) -> dict[str, Any]:
    assert main(["bundle", name, "--data-dir", str(data), "--output", str(out), "--force"]) == 0
    document: dict[str, Any] = json.loads(out.read_text(encoding="utf-8"))
    return document


def dump(data: Path) -> list[str]:
    """Every row of the database as SQL text (sorted: row order is not meaning)."""
    db = data / "newsdiff.db"
    if not db.exists():
        return []
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        return sorted(conn.iterdump())
    finally:
        conn.close()
