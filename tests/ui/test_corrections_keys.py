"""Corrections from the keyboard: they change the screen and the report, and persist."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

from reader.report import report_json
from reader.services.story_session import StorySession
from reader.store import SourceRecord
from reader.store.stories import StoryStore
from reader.ui.app import NewsdiffApp
from reader.ui.screens.compare import CompareScreen
from reader.ui.screens.corrections_list import CorrectionsScreen
from reader.ui.screens.passage_chooser import PassageChooser
from tests.ui.conftest import Harness, pilot_test
from tests.ui.fixture_analysis import fixture_analysis

BASE = fixture_analysis()


@asynccontextmanager
async def story_app(data: Path) -> AsyncIterator[Harness]:
    """The app on the hand-made analysis, opened as story "fire" kept in ``data``."""
    stories = StoryStore.open(data)
    stories.save("fire", [SourceRecord.of(s) for s in BASE.sources])
    app = NewsdiffApp(analysis=BASE, story=StorySession(stories, "fire"), title="fire")
    async with app.run_test(size=(200, 50)) as pilot:
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, CompareScreen)
        yield app, pilot, screen, screen.compare_view
    stories.close()


def _spans(app: NewsdiffApp) -> list[set[tuple[str, int]]]:
    assert app.analysis is not None
    return [{(m.source, m.start) for m in g.members} for g in app.analysis.groups]


def _origins(app: NewsdiffApp) -> list[str]:
    assert app.analysis is not None
    return [g["origin"] for g in json.loads(report_json(app.analysis))["groups"]]


@pilot_test
async def test_unlink_takes_the_chosen_passage_out_of_the_claim_and_persists(
    tmp_path: Path,
) -> None:
    first = BASE.groups[0].members[0]
    async with story_app(tmp_path) as (app, pilot, screen, view):
        await pilot.press("x")
        assert isinstance(app.screen, PassageChooser)
        await pilot.press("enter")
        await pilot.pause()
        assert all((first.source, first.start) not in g for g in _spans(app))
        assert screen.analysis is app.analysis
        assert view.analysis is app.analysis
        assert "reviewer" in _origins(app)
        after = _spans(app)
    async with story_app(tmp_path) as (app, *_):
        assert _spans(app) == after


@pilot_test
async def test_undo_brings_back_the_algorithms_claims(tmp_path: Path) -> None:
    async with story_app(tmp_path) as (app, pilot, _screen, _view):
        await pilot.press("x", "enter")
        await pilot.pause()
        assert _spans(app) != [{(m.source, m.start) for m in g.members} for g in BASE.groups]
        await pilot.press("u")
        await pilot.pause()
        assert "reviewer" not in _origins(app)
    async with story_app(tmp_path) as (app, *_):
        assert len(app.analysis.groups) == len(BASE.groups)  # type: ignore[union-attr]


@pilot_test
async def test_merge_joins_the_claim_with_the_next_one(tmp_path: Path) -> None:
    async with story_app(tmp_path) as (app, pilot, _screen, _view):
        await pilot.press("M")
        assert isinstance(app.screen, PassageChooser)
        assert app.screen.choices[0].claim.startswith(BASE.groups[1].id)
        await pilot.press("enter")
        await pilot.pause()
        assert len(app.analysis.groups) == len(BASE.groups) - 1  # type: ignore[union-attr]
        assert _origins(app)[0] == "reviewer"
    async with story_app(tmp_path) as (app, *_):
        assert len(app.analysis.groups) == len(BASE.groups) - 1  # type: ignore[union-attr]


@pilot_test
async def test_split_cuts_the_claim_before_the_chosen_passage(tmp_path: Path) -> None:
    members = BASE.groups[0].members
    async with story_app(tmp_path) as (app, pilot, _screen, _view):
        await pilot.press("S")
        if isinstance(app.screen, PassageChooser):
            await pilot.press("enter")
        await pilot.pause()
        together = [g for g in _spans(app) if (members[0].source, members[0].start) in g]
        assert all((members[1].source, members[1].start) not in g for g in together)
    async with story_app(tmp_path) as (app, *_):
        together = [g for g in _spans(app) if (members[0].source, members[0].start) in g]
        assert all((members[1].source, members[1].start) not in g for g in together)


@pilot_test
async def test_link_joins_an_unaligned_passage_picked_by_similarity(tmp_path: Path) -> None:
    async with story_app(tmp_path) as (app, pilot, _screen, view):
        lone = next(n for n, r in enumerate(view.rows) if r.kind == "single")
        view.jump(lone)
        passage = next(iter(view.rows[lone].cells.values()))
        await pilot.press("l")
        chooser = app.screen
        assert isinstance(chooser, PassageChooser)
        scores = [c.score for c in chooser.choices]
        assert scores == sorted(scores, reverse=True)
        assert all(c.source != passage.source for c in chooser.choices)
        await pilot.press("enter")
        await pilot.pause()
        linked = [g for g in _spans(app) if (passage.source, passage.start) in g]
        assert linked and "reviewer" in _origins(app)
    async with story_app(tmp_path) as (app, *_):
        assert [g for g in _spans(app) if (passage.source, passage.start) in g]


@pilot_test
async def test_shift_c_lists_the_corrections_with_the_undone_ones(tmp_path: Path) -> None:
    async with story_app(tmp_path) as (app, pilot, _screen, _view):
        await pilot.press("M", "enter", "u", "C")
        assert isinstance(app.screen, CorrectionsScreen)
        assert [c.undone is not None for c in app.screen.corrections] == [True]


@pilot_test
async def test_every_correction_is_in_the_command_palette_with_its_why(tmp_path: Path) -> None:
    from reader.ui.commands import NewsdiffProvider

    async with story_app(tmp_path) as (_app, _pilot, screen, _view):
        provider = NewsdiffProvider(screen)
        found = {name: why for name, _run, why in provider._commands()}
        for name in ("Unlink passage", "Link passage", "Merge claims", "Split claim"):
            assert "key:" in found[name] and len(found[name]) > 20
        assert "Undo correction" in found and "Corrections" in found


@pilot_test
async def test_the_start_screen_opens_the_story_picked_with_its_corrections(
    tmp_path: Path,
) -> None:
    from reader.ui.screens.start import StartScreen

    folder = tmp_path / "articles"
    folder.mkdir()
    sample = Path(__file__).resolve().parents[2] / "samples" / "harbour-fire"
    for path in sample.glob("*.txt"):
        (folder / path.name).write_bytes(path.read_bytes())
    stories = StoryStore.open(tmp_path / "data")
    from reader.ingest import load_sources

    loaded = load_sources([str(folder)])
    stories.save("fire", [SourceRecord.of(s) for s in loaded.sources])
    app = NewsdiffApp(stories=stories)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, StartScreen)
        assert app.screen.choices[0] == ("story", "fire")
        await pilot.press("enter")
        for _ in range(200):
            await pilot.pause(0.05)
            if app.analysis is not None:
                break
        assert app.analysis is not None
        assert len(app.analysis.sources) == len(loaded.sources)
        assert app.story is not None and app.story.name == "fire"
    stories.close()


@pilot_test
async def test_merge_asks_which_claim_and_escape_changes_nothing(tmp_path: Path) -> None:
    async with story_app(tmp_path) as (app, pilot, _screen, _view):
        await pilot.press("M", "escape")
        await pilot.pause()
        assert len(app.analysis.groups) == len(BASE.groups)  # type: ignore[union-attr]
