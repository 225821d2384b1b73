"""Warm, in-process terminal UI timings through Textual's Pilot: start to first paint, and
keypress to repaint. (benchmarks/cold.py times a fresh process in a real pseudo-terminal.)

Both apps run headless (``App.run_test``) at the same terminal size, and both are timed the
same way from just before the app object is built: to the first frame that shows what
matters (the compare screen's passages for newsdiff, the static text for the bare app),
and to the settled screen (Pilot ready, then one more refresh), see ``_paint``. Headless
means the frames are composed and rendered but not written to a terminal, for both alike.
"""

from __future__ import annotations

import asyncio
import importlib.util
import statistics
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, ClassVar

from benchmarks.bare_app import bare_app

SIZE = (160, 48)
UI_MISSING = "n/a: UI not on main yet"


def ui_available() -> bool:
    try:
        return importlib.util.find_spec("reader.ui.app") is not None
    except ModuleNotFoundError:
        return False


def widgets_app() -> Any:
    """A reference between the two: one pushed screen with the stock Textual widgets the
    compare screen also uses (a footer with four bindings, an input, a few statics)."""
    from textual.app import App, ComposeResult
    from textual.binding import Binding, BindingType
    from textual.containers import Horizontal
    from textual.screen import Screen
    from textual.widgets import Footer, Input, Static

    class WidgetsScreen(Screen[None]):
        BINDINGS: ClassVar[list[BindingType]] = [Binding(k, "bell", k) for k in "nofs"]

        def compose(self) -> ComposeResult:
            with Horizontal():
                yield Static("left")
                yield Static("right")
            yield Static("A static text.")
            yield Input(placeholder="search")
            yield Footer()

    class WidgetsApp(App[None]):
        def on_mount(self) -> None:
            self.push_screen(WidgetsScreen())

    return WidgetsApp()


def on_pushed_screen(app: Any) -> bool:
    return len(app.screen_stack) > 1 and bool(app.screen.children)


def newsdiff_app(paths: Sequence[Path] = (), analysis: Any = None) -> Any:
    """The app as ``newsdiff PATH...`` opens it, or on an analysis computed beforehand."""
    from reader.ui.app import NewsdiffApp  # type: ignore[import-untyped,unused-ignore]

    return NewsdiffApp([str(p) for p in paths], analysis=analysis)


def has_content(app: Any) -> bool:
    return bool(app.screen.children)


def on_compare(app: Any) -> bool:
    """The compare screen is up with its passages laid out (possibly still 'pending':
    sources shown, not yet aligned)."""
    if "compare" not in type(app.screen).__name__.lower():
        return False
    view = getattr(app.screen, "compare_view", None) if app.screen.is_mounted else None
    return view is not None and view.size.width > 0 and bool(getattr(view, "_tops", ()))


def on_first_aligned(app: Any) -> bool:
    """The compare screen shows aligned claims (possibly before facts, omissions and
    framing are in: the screen may still be pending)."""
    if not on_compare(app):
        return False
    analysis = getattr(app.screen, "analysis", None)
    return analysis is not None and bool(analysis.groups)


def on_aligned_compare(app: Any) -> bool:
    """The compare screen is up and shows the finished analysis."""
    return on_compare(app) and not getattr(app.screen, "pending", False)


async def _paint(make: Callable[[], Any], ready: Callable[[Any], bool]) -> tuple[float, float]:
    """(first frame, settled) seconds from building the app.

    First frame: the first frame the app hands to its driver (``App.post_display_hook``,
    called after every display) while ``ready`` holds, i.e. the first frame that shows it.
    Settled: until Pilot's ``run_test`` is ready (the screen's widgets have processed their
    pending messages), ``ready`` holds and the screen has refreshed once more.
    """
    started = time.perf_counter()
    app = make()
    first: list[float] = []

    def displayed() -> None:
        if not first and ready(app):
            first.append(time.perf_counter() - started)

    app.post_display_hook = displayed
    async with app.run_test(size=SIZE) as pilot:
        while not ready(app):
            await asyncio.sleep(0.001)
        await app.screen.wait_for_refresh()
        settled = time.perf_counter() - started
        while not first and time.perf_counter() - started < 30:
            await asyncio.sleep(0.001)
        await pilot.pause()
        # Untimed: let newsdiff's analysis thread end here, or it would run on into the
        # next rounds and slow both apps' paints there.
        await app.workers.wait_for_complete()
    return first[0], settled


def paint_seconds(make: Callable[[], Any], ready: Callable[[Any], bool], repeats: int = 5) -> float:
    """Median seconds from building the app to its first frame that shows ``ready``.

    One untimed run first, so imports and CSS parsing caches are warm for every app alike.
    """
    asyncio.run(_paint(make, ready))
    return statistics.median(asyncio.run(_paint(make, ready))[0] for _ in range(repeats))


def paint_vs_bare(
    make: Callable[[], Any], ready: Callable[[Any], bool], repeats: int = 5
) -> dict[str, float]:
    """Medians of the first frame and settled times, of the bare app's, and of the ratios.

    Each round times the bare app right before the app under test, so a machine that gets
    busier or quieter during the run moves both sides of every ratio alike.
    """
    asyncio.run(_paint(make, ready))
    asyncio.run(_paint(bare_app, has_content))
    ours, bare = [], []
    for _ in range(repeats):
        bare.append(asyncio.run(_paint(bare_app, has_content)))
        ours.append(asyncio.run(_paint(make, ready)))
    out = {}
    for n, name in enumerate(("first", "settled")):
        out[f"{name}_seconds"] = statistics.median(o[n] for o in ours)
        out[f"{name}_bare_seconds"] = statistics.median(b[n] for b in bare)
        out[f"{name}_vs_bare"] = statistics.median(
            o[n] / b[n] for o, b in zip(ours, bare, strict=True)
        )
    return out


def _cursor(app: Any) -> object:
    view = getattr(app.screen, "compare_view", None)
    return getattr(view, "cursor", None)


async def _keypresses(make: Callable[[], Any], key: str, presses: int) -> list[float]:
    """Send the key as the terminal driver would, then wait for the cursor to move and the
    screen to refresh. (``Pilot.press`` is not used: it waits until the process looks idle
    in steps of a few milliseconds, which would be timed too.)"""
    from textual import events

    app = make()
    timings = []
    async with app.run_test(size=SIZE) as pilot:
        while not on_aligned_compare(app):
            await asyncio.sleep(0.001)
        await pilot.pause()
        for _ in range(presses):
            before = _cursor(app)
            started = time.perf_counter()
            event = events.Key(key, key if len(key) == 1 else None)
            event.set_sender(app)
            app._driver.send_message(event)
            while _cursor(app) == before and time.perf_counter() - started < 1.0:
                await asyncio.sleep(0)
            await app.screen.wait_for_refresh()
            timings.append(time.perf_counter() - started)
            await pilot.pause()  # let the app settle before the next press
    return timings


def keypress(make: Callable[[], Any], key: str = "n", presses: int = 40) -> tuple[float, float]:
    """Median and 95th percentile seconds from a keypress to the repainted screen."""
    timings = sorted(asyncio.run(_keypresses(make, key, presses)))
    p95 = timings[min(len(timings) - 1, round(0.95 * (len(timings) - 1)))]
    return statistics.median(timings), p95
