"""A story's changed and vanished sources keep a mark on their pane and in the sources
screen for the whole session, not only in a toast (issue 16, item 9)."""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

from reader.model.anchors import SourceRecord
from reader.services.store_notes import StoreNotes
from reader.services.story_session import StorySession
from reader.services.story_sources import load_story
from reader.store import AnnotationStore
from reader.store.stories import StoryStore
from reader.ui.app import NewsdiffApp
from reader.ui.screens.compare import CompareScreen
from reader.ui.screens.overviews import SourcesScreen
from reader.ui.widgets.compare_view import CompareView
from tests.ui.conftest import pilot_test, settled

SAMPLES = Path(__file__).resolve().parents[2] / "samples" / "ferry-cuts"


def _story(tmp_path: Path) -> tuple[Path, Path]:
    """Story "ferry" on copies of the ferry-cuts sample, opened once (copies kept)."""
    articles, data = tmp_path / "articles", tmp_path / "data"
    shutil.copytree(SAMPLES, articles, ignore=shutil.ignore_patterns("*.json"))
    stories = StoryStore.open(data)
    paths = sorted(articles.iterdir())

    stories.save(
        "ferry",
        [SourceRecord(hashlib.sha256(p.read_bytes()).hexdigest(), str(p)) for p in paths],
    )
    load_story(stories, "ferry", max_bytes=10**7, timeout=5)  # keeps a copy of each
    stories.close()
    return articles, data


def _header(view: CompareView) -> str:
    return "\n".join("".join(s.text for s in strip) for strip in view._render_header(view._width))


@pilot_test
async def test_a_changed_and_a_vanished_source_keep_their_marks(tmp_path: Path) -> None:
    articles, data = _story(tmp_path)
    first, second = sorted(articles.iterdir())[:2]
    first.write_text(first.read_text(encoding="utf-8") + "\nA late line.\n", encoding="utf-8")
    second.unlink()
    stories = StoryStore.open(data)
    app = NewsdiffApp(
        store=StoreNotes(AnnotationStore.open(data)),
        story=StorySession(stories, "ferry"),
        stories=stories,
        title="ferry",
    )
    async with app.run_test(size=(200, 50)) as pilot:
        await settled(pilot)
        for _ in range(50):
            if isinstance(app.screen, CompareScreen) and not app.screen.pending:
                break
            await pilot.pause(0.1)
        screen = app.screen
        assert isinstance(screen, CompareScreen)
        header = _header(screen.compare_view)
        assert "△ changed" in header and "⚠ gone: kept copy" in header
        await pilot.press("j", "j", "n")  # marks stay while the user works
        assert "△ changed" in _header(screen.compare_view)
        await pilot.press("s")
        await settled(pilot)
        assert isinstance(app.screen, SourcesScreen)
        table = app.screen.table
        marks = [str(table.get_row_at(n)[2]) for n in range(table.row_count)]
        assert any("△ changed" in m for m in marks) and any("⚠ gone" in m for m in marks)
