"""A store holding one note of every kind on the hand-made analysis, one of them detached.

Fixed clock and ids, so the annotations screen's snapshots never change between runs.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

from reader.model import Analysis
from reader.store import (
    AnnotationStore,
    SourceRecord,
    Target,
    TextAnchor,
    fact_target,
    group_target,
    span_target,
)
from tests.ui.fixture_analysis import BY_FILE, GAZETTE, fixture_analysis, span

GONE_WORDS = "the mayor resigned before dawn"  # never in the sample: a detached note's quote


class Clock:
    def __init__(self) -> None:
        self.now = datetime(2031, 5, 6, 9, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        self.now += timedelta(minutes=7)
        return self.now


class Ids:
    def __init__(self) -> None:
        self.count = 0

    def __call__(self) -> str:
        self.count += 1
        return f"note{self.count:02d}"


def annotated_store(folder: Path, analysis: Analysis | None = None) -> AnnotationStore:
    """Span, claim, fact and detached notes, plus a claim mark (which is no note)."""
    analysis = analysis or fixture_analysis()
    store = AnnotationStore.open(folder, clock=Clock(), new_id=Ids())
    gazette = BY_FILE[GAZETTE]
    _sid, _pid, start, end = span(GAZETTE, "timber and grain")
    store.add(
        span_target(gazette, start, end),
        "Ask the port which warehouse held the packaging.",
        tags=("call", "cargo"),
        label="follow-up",
    )
    store.add(
        group_target(analysis, analysis.group("g5")),
        "Harbourmaster confirmed by phone.\nSecond call at noon.",
        label="verified",
    )
    duration = next(f for f in analysis.facts if f.id == "f2")
    store.add(fact_target(analysis, duration), "Hours differ: ask the brigade.", tags=("call",))
    bay = analysis.sources[0]
    lost = TextAnchor(SourceRecord.of(bay), 40, 40 + len(GONE_WORDS), GONE_WORDS, "", "")
    store.add(
        Target(kind="span", anchors=(lost,)),
        "Was this in the first version?",
        tags=("check",),
        label="disputed",
    )
    store.add(group_target(analysis, analysis.group("g3")), "", label="disputed", role="claim-mark")
    return store
