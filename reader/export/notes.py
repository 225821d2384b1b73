"""Gather what an export needs from the store: the notes placed on the current text, and the
triage marks, keyed by the ids of the analysis being exported."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from reader.model import Analysis
from reader.store import AnnotationStore, ResolvedAnnotation


@dataclass(frozen=True, slots=True)
class ExportNotes:
    resolved: tuple[ResolvedAnnotation, ...] = ()
    triage: Mapping[str, str] = field(default_factory=dict)  # source id -> mark


def gather(
    store: AnnotationStore,
    analysis: Analysis,
    *,
    tag: str | None = None,
    label: str | None = None,
) -> ExportNotes:
    """Resolve the notes on ``analysis.sources`` without saving anything (an export reads)."""
    resolved = store.resolve(analysis.sources, tag=tag, label=label, remember=False)
    triage: dict[str, str] = {}
    for source in analysis.sources:
        mark = store.get_triage(source)
        if mark is not None:
            triage[source.id] = mark.mark
    return ExportNotes(resolved, triage)
