"""Sources by name: two of one outlet carry their place ("Coast Times #2", "#3") on every
screen, and the detail's framing notes name the other outlet once."""

from __future__ import annotations

import io
from dataclasses import replace
from pathlib import Path

from rich.console import Console
from rich.text import Text
from textual.app import App
from textual.widgets import DataTable, Static

from reader.model import Analysis, FramingMark
from reader.services.store_notes import StoreNotes
from reader.store import AnnotationStore
from reader.ui.app import NewsdiffApp
from reader.ui.screens.detail import DetailScreen
from reader.ui.screens.notes.list import AnnotationsScreen
from tests.ui.conftest import fixture_app, pilot_test, settled
from tests.ui.fixture_analysis import BAY, fixture_analysis, span
from tests.ui.notes_fixture import annotated_store

TWINS = ("Coast Times #2", "Coast Times #3")


def _twins() -> Analysis:
    """The fixture with the wire copy (s3) published under Coast Times too, as s2 is."""
    analysis = fixture_analysis()
    sources = list(analysis.sources)
    sources[2] = replace(sources[2], outlet="Coast Times")
    return replace(analysis, sources=tuple(sources))


def _screen_text(app: App[int]) -> str:
    return "\n".join(strip.text for strip in app.screen._compositor.render_strips())


def _rendered(app: App[int], selector: str) -> str:
    """The text of the Statics matching ``selector``, rendered 200 columns wide."""
    console = Console(file=io.StringIO(), width=200, record=True)
    for static in app.screen.query(selector).results(Static):
        console.print(static.content)
    return console.export_text()


def _column(table: DataTable[Text], index: int) -> list[str]:
    return [str(row[index]) for row in (table.get_row_at(n) for n in range(table.row_count))]


@pilot_test
async def test_the_pane_headers_tell_the_two_apart() -> None:
    async with fixture_app(analysis=_twins()) as (_app, _pilot, _screen, view):
        header = view.render_line(0).text
        assert all(name in header for name in TWINS)


@pilot_test
async def test_the_detail_panel_tells_the_two_apart() -> None:
    async with fixture_app(analysis=_twins()) as (app, pilot, _screen, _view):
        await pilot.press("enter")
        await settled(pilot)
        assert isinstance(app.screen, DetailScreen)
        assert all(name in _rendered(app, ".wording") for name in TWINS)


@pilot_test
async def test_the_coverage_columns_tell_the_two_apart() -> None:
    async with fixture_app(analysis=_twins()) as (app, pilot, _screen, _view):
        await pilot.press("c")
        table = app.screen.query_one(DataTable)
        headers = [str(c.label) for c in table.ordered_columns]
        assert headers[2:4] == ["2 Coast Times #2", "3 Coast Times #3"]


@pilot_test
async def test_the_coverage_keeps_the_place_when_names_are_cut() -> None:
    async with fixture_app(size=(80, 24), analysis=_twins()) as (app, pilot, _screen, _view):
        await pilot.press("c")
        headers = [str(c.label) for c in app.screen.query_one(DataTable).ordered_columns]
        assert headers[2].endswith("#2") and headers[3].endswith("#3")


@pilot_test
async def test_the_profiles_tell_the_two_apart() -> None:
    async with fixture_app(analysis=_twins()) as (app, pilot, _screen, _view):
        await pilot.press("p")
        names = _column(app.screen.query_one(DataTable), 0)
        assert names[1:3] == ["2 Coast Times #2", "3 Coast Times #3"]


@pilot_test
async def test_the_sources_triage_tells_the_two_apart() -> None:
    async with fixture_app(analysis=_twins()) as (app, pilot, _screen, _view):
        await pilot.press("s")
        assert _column(app.screen.query_one(DataTable), 1)[1:3] == list(TWINS)


@pilot_test
async def test_the_shared_copy_line_tells_the_two_apart() -> None:
    async with fixture_app(analysis=_twins()) as (app, pilot, _screen, _view):
        await pilot.press("p")
        await pilot.pause()
        assert "Coast Times #2 and Coast Times #3 share 18%" in _screen_text(app)


@pilot_test
async def test_the_notes_screen_tells_the_two_apart(tmp_path: Path) -> None:
    analysis = _twins()
    store: AnnotationStore = annotated_store(tmp_path, analysis)
    app = NewsdiffApp(analysis=analysis, store=StoreNotes(store), title="Harbour fire")
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        await pilot.press("A")
        await settled(pilot)
        assert isinstance(app.screen, AnnotationsScreen)
        assert isinstance(app.screen, AnnotationsScreen)
        claim_note = next(n for n in app.screen.shown if n.kind == "group")
        assert set(TWINS) <= set(claim_note.outlets)
    store.close()


def _contrasted() -> Analysis:
    """Two marks on g3's Bay Herald passage: one note names the other outlet's word."""
    analysis = fixture_analysis()
    _sid, pid, start, end = span(BAY, "blackened shells")
    echoed = FramingMark(
        "s1",
        pid,
        start,
        end,
        "blackened",
        "intensifier",
        "drama; s2 writes 'destroyed'",
        contrast="destroyed",
    )
    _sid, pid, start, end = span(BAY, "reduced to")
    bare = FramingMark("s1", pid, start, end, "reduced", "loaded", "colours", contrast="lost")
    return replace(analysis, framing=(echoed, bare))


@pilot_test
async def test_the_detail_says_the_other_outlets_word_once() -> None:
    async with fixture_app(analysis=_contrasted()) as (app, pilot, _screen, view):
        assert view.jump_to_key("g3")
        await pilot.press("enter")
        await settled(pilot)
        assert isinstance(app.screen, DetailScreen)
        sections = _rendered(app, ".detail-section")
        assert "Coast Times writes 'destroyed'" in sections
        assert "elsewhere: destroyed" not in sections
        assert "elsewhere: lost" in sections


@pilot_test
async def test_a_long_name_on_a_detail_card_leaves_its_date_on_the_same_line() -> None:
    analysis = fixture_analysis()
    long_name = replace(analysis.sources[1], outlet="The Coast Times and Harbour Gazette")
    analysis = replace(analysis, sources=(analysis.sources[0], long_name, *analysis.sources[2:]))
    async with fixture_app(analysis=analysis) as (app, pilot, _screen, _view):
        await pilot.press("enter")
        await settled(pilot)
        assert isinstance(app.screen, DetailScreen)
        await pilot.pause()
        lines = [strip.text for strip in app.screen._compositor.render_strips()]
        card_head = next(line for line in lines if "▊ 2 The Coast" in line)  # not the pane's
        assert "2031-05-06" in card_head.split("▊ 2 The Coast")[1].split("▊")[0]
