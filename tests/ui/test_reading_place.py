"""`newsdiff open NAME` puts the reader back on the claim they left, at the same height
(issue 16, item 9): kept with the story when the app quits."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

from textual.pilot import Pilot

from reader.services.store_notes import StoreNotes
from reader.services.story_session import StorySession
from reader.store import AnnotationStore, SourceRecord
from reader.store.stories import StoryStore
from reader.ui.app import NewsdiffApp
from reader.ui.screens.compare import CompareScreen
from reader.ui.widgets.compare_view import CompareView
from tests.ui.conftest import pilot_test, settled
from tests.ui.fixture_analysis import fixture_analysis

BASE = fixture_analysis()


@asynccontextmanager
async def _story_app(
    data: Path, size: tuple[int, int] = (160, 45)
) -> AsyncIterator[tuple[NewsdiffApp, Pilot[int], CompareView]]:
    stories = StoryStore.open(data)
    stories.save("fire", [SourceRecord.of(s) for s in BASE.sources])
    app = NewsdiffApp(
        analysis=BASE,
        store=StoreNotes(AnnotationStore.open(data)),
        story=StorySession(stories, "fire"),
        title="fire",
    )
    async with app.run_test(size=size) as pilot:
        await settled(pilot)
        screen = app.screen
        assert isinstance(screen, CompareScreen)
        yield app, pilot, screen.compare_view


def _height(view: CompareView) -> int:
    return view._tops[view.cursor] - int(view.scroll_y)


@pilot_test
async def test_reopening_a_story_focuses_the_claim_left_at_the_same_height(
    tmp_path: Path,
) -> None:
    async with _story_app(tmp_path) as (_app, pilot, view):
        first = view.current.key
        await pilot.press("n", "n", "n", "j", "k")
        left, height = view.current.key, _height(view)
        assert left != first
        await pilot.press("q")
        await settled(pilot)
    async with _story_app(tmp_path) as (_app, pilot, view):
        await pilot.pause()
        assert view.current.key == left
        assert _height(view) == height


@pilot_test
async def test_on_a_narrow_terminal_the_page_of_panes_comes_back_too(tmp_path: Path) -> None:
    async with _story_app(tmp_path, size=(80, 24)) as (_app, pilot, view):
        await pilot.press("right_square_bracket", "n")
        shown, left = view.window.shown, view.current.key
        await pilot.press("q")
        await settled(pilot)
    async with _story_app(tmp_path, size=(80, 24)) as (_app, pilot, view):
        await pilot.pause()
        assert view.window.shown == shown and view.current.key == left


@pilot_test
async def test_without_a_story_nothing_is_kept(tmp_path: Path) -> None:
    app = NewsdiffApp(analysis=BASE, store=StoreNotes(AnnotationStore.open(tmp_path)))
    async with app.run_test(size=(160, 45)) as pilot:
        await settled(pilot)
        await pilot.press("n", "q")
        await settled(pilot)
    assert StoryStore.open(tmp_path).names() == ()
