"""Toasts stay within 3 lines at 80x24 (issue 16 item 9): they covered the text."""

from __future__ import annotations

from textual.widgets._toast import Toast

from reader.ui.app import NewsdiffApp
from tests.ui.conftest import pilot_test
from tests.ui.fixture_analysis import fixture_analysis


@pilot_test
async def test_a_long_toast_stays_within_three_lines_at_80x24() -> None:
    app = NewsdiffApp(analysis=fixture_analysis(), title="Harbour fire")
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await pilot.pause()
        app.notify("word " * 60, title="Saved", timeout=30)
        await pilot.pause()
        toasts = list(app.screen.query(Toast))
        assert toasts
        assert all(t.region.height <= 3 for t in toasts)
