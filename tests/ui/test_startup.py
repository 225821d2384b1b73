"""Start-up: the app opens without the analysis libraries, and on the compare screen."""

from __future__ import annotations

import gc
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from reader.model import Analysis
from reader.ui.app import NewsdiffApp
from reader.ui.messages import AnalysisReady
from reader.ui.screens.compare import CompareScreen
from reader.ui.screens.loading import LoadingScreen
from reader.ui.widgets.compare_view import CompareView
from tests.quiet_server import refused_url
from tests.ui.conftest import first_frame, pilot_test, settled

HEAVY = ("numpy", "rapidfuzz", "trafilatura", "lxml", "charset_normalizer", "http.client")


def test_opening_the_app_imports_no_analysis_library() -> None:
    probe = (
        "import sys, reader.cli, reader.ui.app; "
        f"print(' '.join(m for m in {HEAVY!r} + ('reader.analysis',) if m in sys.modules))"
    )
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert done.stdout.split() == []


def test_opening_the_app_imports_neither_the_note_editor_nor_the_html_reader() -> None:
    later = ("textual.widgets._text_area", "reader.export", "reader.ingest.extract_html")
    probe = (
        "import sys, reader.cli, reader.ui.app; "
        f"print(' '.join(m for m in {later!r} if m in sys.modules))"
    )
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert done.stdout.split() == []


def test_the_app_command_line_is_parsed_without_loading_the_store_or_the_readers() -> None:
    """The read-ahead child is forked right after parsing: what is loaded by then is copied
    on write into both processes."""
    probe = (
        "import sys, reader.cli.app; reader.cli.app.parser().parse_args(['folder']); "
        "print(' '.join(m for m in ('reader.store', 'reader.ingest', 'reader.model', 'sqlite3') "
        "if m in sys.modules))"
    )
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert done.stdout.split() == []


def test_every_value_class_loaded_at_start_up_has_its_own_docstring() -> None:
    """Python 3.11 builds a missing dataclass docstring from ``inspect.signature`` as the
    class is created: about half a millisecond for each class loaded before the first frame."""
    probe = (
        "import sys, dataclasses, reader.cli, reader.ui.app, reader.ingest.load\n"
        "for m in list(sys.modules.values()):\n"
        "    if getattr(m, '__name__', '').startswith('reader'):\n"
        "        for c in vars(m).values():\n"
        "            if isinstance(c, type) and dataclasses.is_dataclass(c) "
        "and c.__module__ == m.__name__ and (c.__doc__ or '').startswith(c.__name__ + '('):\n"
        "                print(m.__name__ + '.' + c.__name__)\n"
    )
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert done.stdout.split() == []


@pilot_test
async def test_local_files_open_on_the_compare_screen_with_no_loading_screen(
    samples_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    built: list[LoadingScreen] = []
    monkeypatch.setattr(LoadingScreen, "on_mount", lambda self: built.append(self), raising=False)
    app = NewsdiffApp([str(samples_dir / "harbour-fire")])
    async with app.run_test(size=(200, 50)) as pilot:
        await settled(pilot)
        assert isinstance(app.screen, CompareScreen)
        await app.workers.wait_for_complete()
    assert built == []


@pilot_test
async def test_a_url_shows_the_loading_screen_at_once() -> None:
    app = NewsdiffApp([refused_url()], timeout=0.5)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, LoadingScreen)


@pilot_test
async def test_a_collector_paused_for_start_up_resumes_at_the_first_compare_frame(
    samples_dir: Path,
) -> None:
    gc.disable()  # as `newsdiff` does before it starts the app
    try:
        app = NewsdiffApp([str(samples_dir / "harbour-fire")])
        async with app.run_test(size=(200, 50)) as pilot:
            await first_frame(pilot, app)
            assert gc.isenabled()
            assert app._sources_painted.is_set()
            await app.workers.wait_for_complete()
    finally:
        gc.enable()


@pilot_test
async def test_a_screen_opened_after_start_up_has_its_style_sheet(samples_dir: Path) -> None:
    app = NewsdiffApp([str(samples_dir / "harbour-fire")])
    async with app.run_test(size=(200, 50)) as pilot:
        await first_frame(pilot, app)
        await pilot.press("question_mark")
        await settled(pilot)
        assert bool(app.screen.query("#help"))
        border = app.screen.query_one("#help").styles.border_top[0]
        await app.workers.wait_for_complete()
    assert border == "round"  # from styles/overviews.tcss, read after the first frame


@pytest.fixture
def held_analysis(monkeypatch: pytest.MonkeyPatch) -> Iterator[threading.Event]:
    """The analysis waits (at most 10 s) until the event is set; set at the end anyway."""
    import reader.analysis

    release = threading.Event()
    analyze = reader.analysis.analyze

    def held_analyze(*args: Any, **kwargs: Any) -> Analysis:
        release.wait(timeout=10)
        return analyze(*args, **kwargs)

    monkeypatch.setattr(reader.analysis, "analyze", held_analyze)
    yield release
    release.set()


@pilot_test
async def test_the_analysis_progress_panel_follows_the_first_frame_of_passages(
    samples_dir: Path, held_analysis: threading.Event
) -> None:
    from reader.ui.widgets.stage_panel import StagePanel

    app = NewsdiffApp([str(samples_dir / "harbour-fire")])
    async with app.run_test(size=(120, 40)) as pilot:
        await first_frame(pilot, app)
        screen = app.screen
        assert bool(screen.query(StagePanel))  # mounted just before the first-frame event
        held_analysis.set()
        await settled(pilot)
        assert not screen.query(StagePanel)
        await app.workers.wait_for_complete()


@pilot_test
async def test_quitting_while_the_analysis_runs_ends_the_app_cleanly(
    samples_dir: Path, held_analysis: threading.Event
) -> None:
    release = held_analysis  # the user quits first, then the result arrives
    app = NewsdiffApp([str(samples_dir / "harbour-fire")])
    async with app.run_test(size=(120, 40)) as pilot:
        await settled(pilot)
        assert isinstance(app.screen, CompareScreen)
        await pilot.press("q")
        release.set()
        await app.workers.wait_for_complete()
    assert app.return_code in (None, 0)


@pilot_test
async def test_an_analysis_reaching_a_compare_screen_whose_view_is_gone_is_ignored(
    samples_dir: Path,
) -> None:
    app = NewsdiffApp([str(samples_dir / "harbour-fire")])
    async with app.run_test(size=(120, 40)) as pilot:
        await settled(pilot)
        assert isinstance(app.screen, CompareScreen)
        await app.workers.wait_for_complete()
        screen = app.screen
        assert isinstance(screen, CompareScreen)
        await screen.query_one(CompareView).remove()  # as when the screen is torn down
        screen.set_analysis(app.analysis)
        app.post_message(AnalysisReady(app.analysis))
        await pilot.pause()
        assert screen.analysis is app.analysis
    assert app.return_code in (None, 0)
