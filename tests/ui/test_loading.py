"""Loading: panes paint before the analysis ends; unreadable sources are reported, not fatal."""

from __future__ import annotations

import threading
from collections.abc import Sequence
from pathlib import Path

import pytest

from reader.model import Analysis, LoadError, Source
from reader.ui.app import NewsdiffApp
from reader.ui.screens.compare import CompareScreen
from reader.ui.widgets.compare_view import CompareView
from tests.ui.conftest import first_frame, pilot_test, settled


@pilot_test
async def test_sources_show_unaligned_while_the_analysis_runs(
    samples_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    release = threading.Event()

    def slow_analyze(
        sources: Sequence[Source],
        *,
        errors: Sequence[LoadError] = (),
        progress=None,
        on_aligned=None,
    ) -> Analysis:  # type: ignore[no-untyped-def]
        progress("align", 0.5)
        release.wait(timeout=30)
        return Analysis(sources=tuple(sources), errors=tuple(errors))

    monkeypatch.setattr("reader.analysis.analyze", slow_analyze)
    app = NewsdiffApp([str(samples_dir / "harbour-fire")])
    async with app.run_test(size=(200, 50)) as pilot:
        await first_frame(pilot, app)
        screen = app.screen
        assert isinstance(screen, CompareScreen) and screen.pending
        assert len(screen.query_one(CompareView).window.shown) == 5
        release.set()
        await app.workers.wait_for_complete()
        await settled(pilot)
        assert not screen.pending


@pilot_test
async def test_an_unreadable_source_is_a_notification_and_the_rest_load(
    samples_dir: Path,
) -> None:
    app = NewsdiffApp([str(samples_dir / "harbour-fire"), "/nonexistent/[bold]gone.txt"])
    async with app.run_test(size=(200, 50)) as pilot:
        await app.workers.wait_for_complete()
        await settled(pilot)
        assert isinstance(app.screen, CompareScreen)
        assert len(app.screen.analysis.sources) == 5
        shown = [n for n in app._notifications if "/nonexistent/[bold]gone.txt" in n.message]
        assert shown and not shown[0].markup


@pilot_test
async def test_no_readable_source_says_so_and_q_still_quits() -> None:
    app = NewsdiffApp(["/nonexistent/a.txt"])
    async with app.run_test(size=(80, 24)) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert not isinstance(app.screen, CompareScreen)
        await pilot.press("q")
    assert app.return_code == 0


@pilot_test
async def test_when_no_source_can_be_read_the_app_keeps_the_reasons_for_the_command_line(
    tmp_path: Path,
) -> None:
    """What the app read itself (a URL; local files are caught before the app opens): the
    loading screen says so, and the reasons are kept so the command line says them and
    exits 1 once the app has closed."""
    app = NewsdiffApp([str(tmp_path / "gone.txt")])
    async with app.run_test(size=(80, 24)) as pilot:
        await app.workers.wait_for_complete()
        await settled(pilot)
        assert [e.path for e in app.unreadable] == [str(tmp_path / "gone.txt")]
