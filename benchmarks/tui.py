"""Terminal UI timings: start to first paint, and keypress to repaint, through Textual's Pilot.

Both apps run headless (``App.run_test``) at the same terminal size, and both are timed the
same way: from just before the app object is built until the screen that matters (the
compare screen for newsdiff, the only screen for the bare app) has been mounted and has
finished its first refresh (``Screen.wait_for_refresh``, which resolves after the screen's
pending repaint). Headless means the frames are composed and rendered but not written to a
terminal, for both apps alike.
"""

from __future__ import annotations

import asyncio
import importlib.util
import inspect
import statistics
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

SIZE = (160, 48)
UI_MISSING = "n/a: UI not on main yet"


def ui_available() -> bool:
    try:
        return importlib.util.find_spec("reader.ui.app") is not None
    except ModuleNotFoundError:
        return False


def _bare_app() -> Any:
    from textual.app import App, ComposeResult
    from textual.widgets import Static

    class BareApp(App[None]):
        def compose(self) -> ComposeResult:
            yield Static("A static text, the least a Textual app can show.")

    return BareApp()


def _newsdiff_app(paths: Sequence[Path]) -> Any:
    from reader.ui.app import NewsdiffApp  # type: ignore[import-untyped,unused-ignore]

    params = inspect.signature(NewsdiffApp).parameters
    specs = [str(p) for p in paths]
    if "sources" in params:
        return NewsdiffApp(sources=specs)
    return NewsdiffApp(specs)


def _is_compare_screen(app: Any) -> bool:
    return "compare" in type(app.screen).__name__.lower()


def _is_default_screen(app: Any) -> bool:
    return bool(app.screen.children)


async def _first_paint(make: Callable[[], Any], ready: Callable[[Any], bool]) -> float:
    started = time.perf_counter()
    app = make()
    async with app.run_test(size=SIZE) as pilot:
        while not ready(app):
            await asyncio.sleep(0.001)
        await app.screen.wait_for_refresh()
        seconds = time.perf_counter() - started
        await pilot.pause()
    return seconds


def _median_first_paint(
    make: Callable[[], Any], ready: Callable[[Any], bool], repeats: int
) -> float:
    asyncio.run(_first_paint(make, ready))  # warm-up: imports, CSS parsing caches
    return statistics.median(asyncio.run(_first_paint(make, ready)) for _ in range(repeats))


def first_paint(paths: Sequence[Path] | None, repeats: int = 5) -> float:
    """Median seconds from start to the first painted compare screen (bare app if None)."""
    if paths is None:
        return _median_first_paint(_bare_app, _is_default_screen, repeats)
    return _median_first_paint(lambda: _newsdiff_app(paths), _is_compare_screen, repeats)


async def _keypresses(paths: Sequence[Path], key: str, presses: int) -> list[float]:
    app = _newsdiff_app(paths)
    timings = []
    async with app.run_test(size=SIZE) as pilot:
        while not _is_compare_screen(app):
            await asyncio.sleep(0.001)
        await pilot.pause()
        for _ in range(presses):
            started = time.perf_counter()
            await pilot.press(key)
            await app.screen.wait_for_refresh()
            timings.append(time.perf_counter() - started)
    return timings


def keypress(paths: Sequence[Path], key: str = "n", presses: int = 40) -> tuple[float, float]:
    """Median and 95th percentile seconds from a keypress to the repainted screen."""
    timings = sorted(asyncio.run(_keypresses(paths, key, presses)))
    p95 = timings[min(len(timings) - 1, round(0.95 * (len(timings) - 1)))]
    return statistics.median(timings), p95
