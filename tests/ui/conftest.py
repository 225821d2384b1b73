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


async def settled(pilot: Pilot[int]) -> None:
    """Wait for every worker to finish and for the messages they and the keys posted to be
    handled (screens pushed, analyses shown), twice: a handled message may start a worker."""
    for _ in range(2):
        await pilot.app.workers.wait_for_complete()
        await pilot.pause()


async def first_frame(pilot: Pilot[int], app: NewsdiffApp) -> None:
    """Wait for the app's first frame of passages (the event the analysis worker waits on)."""
    assert await asyncio.to_thread(app._sources_painted.wait, 10)
    await pilot.pause()
