"""`newsdiff report`'s progress bar on standard error: only on a terminal, only once the
analysis has run for a second, never with ``--quiet`` or when standard error is piped or
redirected (a script reads standard error for warnings, not for a bar).

One line, redrawn in place at most ten times a second and erased at the end, so that the
warnings printed after it start on a clean line.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TextIO

# The stages analyze() reports, in order, and the share of the time each usually takes.
STAGES = {"align": 0.40, "facts": 0.25, "omissions": 0.20, "framing": 0.15}
DELAY = 1.0  # seconds of quiet before the bar shows
WIDTH = 30


class ProgressBar:
    """A ``progress(stage, done)`` callback for ``analyze`` that draws on ``stream``."""

    def __init__(self, stream: TextIO, clock: Callable[[], float] = time.monotonic) -> None:
        self.stream = stream
        self.clock = clock
        self.started = clock()
        self.drawn = 0.0  # when the bar was last drawn (0: never)

    def fraction(self, stage: str, done: float) -> float:
        before = 0.0
        for name, share in STAGES.items():
            if name == stage:
                return min(1.0, before + share * max(0.0, min(1.0, done)))
            before += share
        return before

    def __call__(self, stage: str, done: float) -> None:
        now = self.clock()
        if now - self.started < DELAY or (self.drawn and now - self.drawn < 0.1):
            return
        self.drawn = now
        whole = self.fraction(stage, done)
        filled = round(whole * WIDTH)
        bar = "#" * filled + "." * (WIDTH - filled)
        self.stream.write(f"\rnewsdiff: [{bar}] {whole:4.0%} {stage:<10}")
        self.stream.flush()

    def close(self) -> None:
        """Erase the bar (if it was ever drawn)."""
        if self.drawn:
            self.stream.write("\r\x1b[K")
            self.stream.flush()


def progress_bar(stream: TextIO, quiet: bool) -> ProgressBar | None:
    """A bar on ``stream`` when it is a terminal and the user did not ask for quiet."""
    if quiet:
        return None
    try:
        if not stream.isatty():
            return None
    except (AttributeError, ValueError):
        return None
    return ProgressBar(stream)
