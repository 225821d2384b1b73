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
from tests.export import rendering
from tests.export.story import GAZETTE, WIRE_EDITED, annotated_store, story

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


def test_the_golden_markdown_renders_with_only_the_structure_we_wrote() -> None:
    markdown = (GOLDEN / "harbour.md").read_text(encoding="utf-8")
    assert rendering.active(markdown) == []  # no raw HTML, link, image or code block
    assert rendering.headings(markdown) == [
        "h1 Harbour fire",
        "h2 Divergences",
        "h2 Claims",
        "h3 g1 \u00b7 how long the fire burned",
        "h3 g2 \u00b7 cause not known",
        "h2 Notes by source",
        "h3 Coast Times",
        "h3 Port Gazette",
        "h2 Detached notes",
        "h2 Sources",
    ]


def test_hostile_article_text_is_shown_as_written() -> None:
    seen = rendering.visible_text((GOLDEN / "harbour.md").read_text(encoding="utf-8"))
    assert "<script>alert(1)</script> in [a link](javascript:alert(2)) with #tags" in seen
    assert "**bold**, ==marks==, %%hidden%%, $x$, &#x202E;" in seen
    assert "\x1b" not in seen and "\u241b]0;owned\u2407" in seen
    assert GAZETTE.count("\u202e") == 1 and "\u202e" not in seen
