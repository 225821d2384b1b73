"""Golden files for both export formats, from the hand-made story in ``story.py``.

Regenerate after an intended change with ``UPDATE_GOLDEN=1 pytest tests/export`` and read
the diff (and the files: ``cat tests/export/golden/*``) before committing.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from reader.export import export_markdown, export_webannotation, gather
from tests.export.story import WIRE_EDITED, annotated_store, story

GOLDEN = Path(__file__).parent / "golden"


def _compare(name: str, produced: str) -> None:
    path = GOLDEN / name
    if os.environ.get("UPDATE_GOLDEN"):
        path.write_text(produced, encoding="utf-8")
    assert produced == path.read_text(encoding="utf-8")


@pytest.fixture
def exported(tmp_path: Path) -> tuple[str, str]:
    after = story(wire=WIRE_EDITED)
    with annotated_store(tmp_path / "data") as store:
        notes = gather(store, after)
    markdown = export_markdown(after, notes, date="2031-05-07", title="Harbour fire")
    web = export_webannotation(
        after, notes, generated="2031-05-07T08:00:00+00:00", title="Harbour fire"
    )
    return markdown, web


def test_markdown_export_matches_its_golden_file(exported: tuple[str, str]) -> None:
    _compare("harbour.md", exported[0])


def test_web_annotation_export_matches_its_golden_file(exported: tuple[str, str]) -> None:
    _compare("harbour.jsonld", exported[1])


def test_annotated_only_markdown_matches_its_golden_file(tmp_path: Path) -> None:
    after = story(wire=WIRE_EDITED)
    with annotated_store(tmp_path / "data") as store:
        notes = gather(store, after, label="disputed")
    produced = export_markdown(
        after, notes, date="2031-05-07", title="Harbour fire", annotated_only=True
    )
    _compare("harbour-disputed-only.md", produced)


def test_the_golden_json_is_a_valid_annotation_collection() -> None:
    collection = json.loads((GOLDEN / "harbour.jsonld").read_text(encoding="utf-8"))
    assert collection["type"] == "AnnotationCollection"
    assert collection["total"] == len(collection["first"]["items"]) == 5
