"""Progressive first paint: the compare screen shows the first sources while the rest load."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from textual.widgets import Static

import reader.ingest.load as load_module
from reader.ingest.fetch import Fetched
from reader.ingest.resolve import Item
from reader.model import LoadResult
from reader.services.read_ahead import read_ahead
from reader.ui.app import NewsdiffApp
from reader.ui.screens.compare import CompareScreen
from tests.ui.conftest import first_frame, pilot_test, settled

SOURCE_COUNT = 5
SIZE = (120, 40)  # three panes of MIN_PANE_WIDTH: the first batch is three sources


def _write_sources(folder: Path) -> list[str]:
    paths = []
    for n in range(SOURCE_COUNT):
        path = folder / f"outlet-{n}.txt"
        path.write_text(
            f"Bridge closure number {n}\n\nThe river bridge closed on Tuesday after {n + 2} "
            f"inspectors found cracks, officials in town {n} said.\n",
            encoding="utf-8",
        )
        paths.append(str(path))
    return paths


@pilot_test
async def test_the_first_sources_paint_before_the_rest_are_read_and_every_pane_follows(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    gate = threading.Event()  # the fourth read waits for it: a slow source
    reads: list[str] = []
    read = load_module.read_item

    def slow_read(item: Item, max_bytes: int, timeout: float) -> Fetched:
        reads.append(item.path)
        if len(reads) == 4:
            gate.wait(timeout=30)
        return read(item, max_bytes, timeout)

    monkeypatch.setattr(load_module, "read_item", slow_read)
    paths = _write_sources(tmp_path)
    app = NewsdiffApp(paths)
    try:
        async with app.run_test(size=SIZE) as pilot:
            await first_frame(pilot, app)
            compare = app.screen
            assert isinstance(compare, CompareScreen)
            assert not gate.is_set()
            assert [s.path for s in compare.analysis.sources] == paths[:3]
            summary = str(compare.query_one("#summary-left", Static).render())
            assert "loading 3 of 5 sources" in summary
            gate.set()
            await settled(pilot)
            assert not compare.pending
            assert [s.path for s in compare.analysis.sources] == paths
            assert compare.compare_view.window.eligible == tuple(f"s{n}" for n in range(1, 6))
            summary = str(compare.query_one("#summary-left", Static).render())
            assert "5 sources" in summary and "loading" not in summary
            await app.workers.wait_for_complete()
    finally:
        gate.set()


@pilot_test
async def test_sources_a_child_read_ahead_are_shown_without_reading_them_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    paths = _write_sources(tmp_path)
    reading = read_ahead(paths, max_bytes=10_000, timeout=1.0, first=3)
    assert reading is not None

    def read_here(*_args: object, **_kwargs: object) -> LoadResult:
        raise AssertionError("the app read the sources itself")

    monkeypatch.setattr("reader.ingest.load_sources", read_here)  # after the fork
    app = NewsdiffApp(paths, read_ahead=reading)
    async with app.run_test(size=SIZE) as pilot:
        await settled(pilot)
        assert isinstance(app.screen, CompareScreen)
        compare = app.screen
        await settled(pilot)
        assert not compare.pending
        assert [s.path for s in compare.analysis.sources] == paths
        await app.workers.wait_for_complete()
