"""One pure function from loaded sources to one immutable Analysis.

Stages report progress through an optional callback so the UI can show a bar per stage.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from reader.model import Analysis, LoadError, Source

Progress = Callable[[str, float], None]  # (stage name, fraction done 0..1)


def _silent(stage: str, done: float) -> None:
    return None


def analyze(
    sources: Sequence[Source],
    *,
    errors: Sequence[LoadError] = (),
    progress: Progress | None = None,
) -> Analysis:
    report = progress or _silent
    report("align", 0.0)
    # Alignment, facts, omissions (issue 3) and framing (issue 4) plug in here.
    report("align", 1.0)
    return Analysis(sources=tuple(sources), errors=tuple(errors))
