"""Pilot helpers: the app on the hand-made analysis, driven from plain sync tests."""

from __future__ import annotations

import asyncio
import functools
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from typing import Any

from textual.pilot import Pilot

from reader.model import Analysis
from reader.ui.app import NewsdiffApp
from reader.ui.screens.compare import CompareScreen
from reader.ui.widgets.compare_view import CompareView
from tests.ui.fixture_analysis import fixture_analysis

Harness = tuple[NewsdiffApp, Pilot[int], CompareScreen, CompareView]


@asynccontextmanager
async def fixture_app(
    size: tuple[int, int] = (200, 50), analysis: Analysis | None = None
) -> AsyncIterator[Harness]:
    """The app on the hand-made analysis, mounted and settled."""
    app = NewsdiffApp(analysis=analysis or fixture_analysis(), title="Harbour fire")
    async with app.run_test(size=size) as pilot:
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, CompareScreen)
        yield app, pilot, screen, screen.query_one(CompareView)


def pilot_test(fn: Callable[..., Awaitable[None]]) -> Callable[..., None]:
    """Run an async test body to completion (no asyncio plugin in the test extras)."""

    @functools.wraps(fn)
    def run(*args: Any, **kwargs: Any) -> None:
        asyncio.run(fn(*args, **kwargs))  # type: ignore[arg-type]

    return run


async def until(pilot: Pilot[int], condition: Callable[[], bool], tries: int = 400) -> bool:
    """Pause until ``condition`` holds (screens switch and workers finish asynchronously)."""
    for _ in range(tries):
        if condition():
            return True
        await pilot.pause(0.05)
    return condition()
