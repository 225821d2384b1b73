"""Marks and notes go to the annotation store and are there after a restart."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import Input

from reader.services.store_notes import StoreNotes
from reader.store import AnnotationStore
from reader.ui.app import NewsdiffApp
from reader.ui.screens.compare import CompareScreen
from reader.ui.screens.detail import DetailScreen
from tests.ui.conftest import pilot_test
from tests.ui.fixture_analysis import fixture_analysis


def _app(folder: Path) -> tuple[NewsdiffApp, AnnotationStore]:
    store = AnnotationStore.open(folder)
    return NewsdiffApp(analysis=fixture_analysis(), store=StoreNotes(store)), store


@pilot_test
async def test_a_sources_triage_mark_persists_across_a_restart(tmp_path: Path) -> None:
    app, store = _app(tmp_path)
    async with app.run_test(size=(200, 50)) as pilot:
        await pilot.press("s", "t", "escape", "q")
    store.close()
    again, store = _app(tmp_path)
    async with again.run_test(size=(200, 50)) as pilot:
        await pilot.pause()
        assert again.store.source_marks() == {"s1": "trusted"}
    store.close()


@pilot_test
async def test_a_claims_mark_persists_across_a_restart(tmp_path: Path) -> None:
    app, store = _app(tmp_path)
    async with app.run_test(size=(200, 50)) as pilot:
        await pilot.press("n", "m", "m")
    store.close()
    again, store = _app(tmp_path)
    async with again.run_test(size=(200, 50)) as pilot:
        await pilot.pause()
        assert again.store.marks() == {"g4": "disputed"}
    store.close()


@pilot_test
async def test_a_saves_a_note_that_the_detail_panel_shows(tmp_path: Path) -> None:
    app, store = _app(tmp_path)
    async with app.run_test(size=(200, 50)) as pilot:
        await pilot.press("n", "a", *"call the brigade", "ctrl+s")
        await pilot.pause()
        assert [n.text for n in app.store.list_for("g4")] == ["call the brigade"]
        await pilot.press("enter")
        assert isinstance(app.screen, DetailScreen)
        section = app.screen._notes_section()
        assert "call the brigade" in " ".join(getattr(r, "plain", "") for r in section.renderables)
    store.close()


@pilot_test
async def test_e_exports_the_analysis_as_markdown_to_the_export_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    folder = tmp_path / "Documents" / "newsdiff"  # made on first use
    monkeypatch.setenv("NEWSDIFF_EXPORT_DIR", str(folder))
    app = NewsdiffApp(analysis=fixture_analysis(), title="Harbour fire")
    async with app.run_test(size=(200, 50)) as pilot:
        await pilot.press("e")
        await pilot.pause()
        shown = app.screen.query_one("#prompt-input", Input).value
        assert shown.startswith(f"{folder}/newsdiff-") and shown.endswith(".md")
        await pilot.press("enter")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert isinstance(app.screen, CompareScreen)
    assert list(tmp_path.glob("*.md")) == []  # never the working folder
    written = list(folder.glob("newsdiff-*.md"))
    assert len(written) == 1
    assert "warehouses" in written[0].read_text(encoding="utf-8")


@pilot_test
async def test_a_user_tag_named_claim_mark_stays_a_note_and_sets_no_mark(tmp_path: Path) -> None:
    app, store = _app(tmp_path)
    async with app.run_test(size=(200, 50)) as pilot:
        await pilot.press("n", "a", *"hours?", "tab", *"claim-mark", "ctrl+s")
        await pilot.pause()
        assert app.store.marks() == {}
        assert [(n.text, n.tags) for n in app.store.list_for("g4")] == [("hours?", ("claim-mark",))]
    store.close()
