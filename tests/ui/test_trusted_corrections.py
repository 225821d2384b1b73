"""Corrections you can trust (issue 16 item 7): without a story, x/l/M/S offer to save the
open sources as a story and go on; a correction that changes nothing says so and is not
saved; U redoes what u undid."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

from textual.pilot import Pilot

from reader.services.store_notes import StoreNotes
from reader.services.story_session import StorySession
from reader.store import AnnotationStore, SourceRecord, span_target
from reader.store.stories import StoryStore
from reader.ui.app import NewsdiffApp
from reader.ui.screens.compare import CompareScreen
from reader.ui.screens.passage_chooser import PassageChooser
from reader.ui.screens.prompt import PromptScreen
from tests.ui.conftest import pilot_test, settled
from tests.ui.fixture_analysis import fixture_analysis

BASE = fixture_analysis()


@asynccontextmanager
async def app_on(
    data: Path, *, story: bool = False
) -> AsyncIterator[tuple[NewsdiffApp, Pilot[int]]]:
    """The app on the hand-made analysis, its notes in ``data``; as story "fire" if asked."""
    notes = AnnotationStore.open(data)
    session = None
    if story:
        stories = StoryStore(notes.database)
        stories.save("fire", [SourceRecord.of(s) for s in BASE.sources])
        session = StorySession(stories, "fire")
    app = NewsdiffApp(analysis=BASE, store=StoreNotes(notes), story=session, title="x")
    async with app.run_test(size=(160, 45)) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, CompareScreen)
        yield app, pilot
    notes.close()


def _told(app: NewsdiffApp) -> list[str]:
    return [n.message for n in app._notifications]


@pilot_test
async def test_x_without_a_story_saves_the_sources_as_one_and_goes_on(tmp_path: Path) -> None:
    first = BASE.groups[0].members[0]
    async with app_on(tmp_path) as (app, pilot):
        await pilot.press("x")
        await settled(pilot)
        assert isinstance(app.screen, PromptScreen)
        await pilot.press(*"harbour", "enter")
        await settled(pilot)
        assert isinstance(app.screen, PassageChooser)  # it went on with the unlink
        await pilot.press("enter")
        await settled(pilot)
        assert app.story is not None and app.story.name == "harbour"
        assert any(m.startswith("Saved as story harbour") for m in _told(app))
        assert app.analysis is not None
        assert all(
            (first.source, first.start) not in {(m.source, m.start) for m in g.members}
            for g in app.analysis.groups
        )
    stories = StoryStore.open(tmp_path)
    assert stories.get("harbour").paths == tuple(SourceRecord.of(s).path for s in BASE.sources)
    assert [c.kind for c in stories.corrections("harbour")] == ["unlink"]


@pilot_test
async def test_escape_at_the_name_saves_no_story(tmp_path: Path) -> None:
    async with app_on(tmp_path) as (app, pilot):
        await pilot.press("M")
        await settled(pilot)
        assert isinstance(app.screen, PromptScreen)
        await pilot.press("escape")
        await settled(pilot)
        assert isinstance(app.screen, CompareScreen) and app.story is None
    assert StoryStore.open(tmp_path).names() == ()


@pilot_test
async def test_a_taken_name_is_refused_and_nothing_is_saved(tmp_path: Path) -> None:
    StoryStore.open(tmp_path).save("fire", [SourceRecord("0" * 64, "/elsewhere/a.txt")])
    async with app_on(tmp_path) as (app, pilot):
        await pilot.press("S")
        await settled(pilot)
        await pilot.press(*"fire", "enter")
        await settled(pilot)
        assert isinstance(app.screen, CompareScreen) and app.story is None
        assert any("exists already" in m for m in _told(app))
    assert StoryStore.open(tmp_path).get("fire").paths == ("/elsewhere/a.txt",)


@pilot_test
async def test_without_a_database_the_offer_says_why_not(tmp_path: Path) -> None:
    app = NewsdiffApp(analysis=BASE, title="x")  # notes in memory
    async with app.run_test(size=(160, 45)) as pilot:
        await pilot.press("x")
        await settled(pilot)
        await pilot.press(*"fire", "enter")
        await settled(pilot)
        assert app.story is None
        assert any("in memory only" in m for m in _told(app))


@pilot_test
async def test_a_correction_that_changes_nothing_says_so_and_is_not_saved(
    tmp_path: Path,
) -> None:
    async with app_on(tmp_path, story=True) as (app, pilot):
        screen = app.screen
        assert isinstance(screen, CompareScreen)
        a, b = BASE.groups[0].members[:2]  # two passages of one claim: merging does nothing
        first = span_target(BASE.source(a.source), a.start, a.end).anchors[0]
        second = span_target(BASE.source(b.source), b.start, b.end).anchors[0]
        screen._save("merge", first, second)
        await settled(pilot)
        assert any(m.startswith("Nothing changes: merge the claims of") for m in _told(app))
        assert app.story is not None and app.story.corrections() == ()
        assert not any(m.startswith("Saved") for m in _told(app))


@pilot_test
async def test_shift_u_redoes_what_u_undid_and_a_new_correction_ends_it(tmp_path: Path) -> None:
    async with app_on(tmp_path, story=True) as (app, pilot):
        assert app.analysis is not None
        claims = len(app.analysis.groups)
        await pilot.press("M", "enter")
        await settled(pilot)
        merged = len(app.analysis.groups)
        assert merged == claims - 1
        await pilot.press("u")
        await settled(pilot)
        assert len(app.analysis.groups) == claims
        await pilot.press("U")
        await settled(pilot)
        assert len(app.analysis.groups) == merged
        assert any(m.startswith("Redone: merge") for m in _told(app))
        await pilot.press("U")
        await settled(pilot)
        assert any(m.startswith("Nothing to redo") for m in _told(app))
        await pilot.press("u", "M", "enter", "U")  # undo, a new merge: nothing to redo
        await settled(pilot)
        assert app.story is not None
        assert [c.undone is None for c in app.story.corrections()] == [False, True]


@pilot_test
async def test_redo_is_in_the_command_palette_and_the_help(tmp_path: Path) -> None:
    from reader.ui.commands import NewsdiffProvider

    async with app_on(tmp_path, story=True) as (app, _pilot):
        screen = app.screen
        assert isinstance(screen, CompareScreen)
        found = {name: why for name, _run, why in NewsdiffProvider(screen)._commands()}
        assert "key: U" in found["Redo correction"]


@pilot_test
async def test_merge_of_two_claims_sharing_a_paragraph_merges_them(tmp_path: Path) -> None:
    """Two claims told in one paragraph of an outlet both hold it: the merge is anchored on
    a passage each holds alone (it was anchored on the shared one, and changed nothing)."""
    import dataclasses

    from reader.ui.widgets.compare_view import CompareView

    g1, g2, *rest = BASE.groups
    shared = g1.members[0]
    both = dataclasses.replace(g2, members=(shared, *g2.members))
    analysis = dataclasses.replace(BASE, groups=(g1, both, *rest))
    notes = AnnotationStore.open(tmp_path)
    stories = StoryStore(notes.database)
    stories.save("fire", [SourceRecord.of(s) for s in analysis.sources])
    session = StorySession(stories, "fire")
    app = NewsdiffApp(analysis=analysis, store=StoreNotes(notes), story=session, title="x")
    async with app.run_test(size=(160, 45)) as pilot:
        await pilot.pause()
        view = app.screen.query_one(CompareView)
        view.jump(next(n for n, r in enumerate(view.rows) if r.key == g1.id))
        await pilot.press("M")
        await settled(pilot)
        chooser = app.screen
        assert isinstance(chooser, PassageChooser)
        assert chooser.choices[0].claim.startswith(g2.id)
        await pilot.press("enter")
        await settled(pilot)
        assert app.analysis is not None
        assert len(app.analysis.groups) == len(analysis.groups) - 1
        assert not any(m.startswith("Nothing changes") for m in _told(app))
    notes.close()
