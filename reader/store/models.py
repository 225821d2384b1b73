"""Frozen values the store hands out: annotations, their targets and anchors, triage marks.

A target never names a group or fact id: ids change with every analysis. A group is held by
the anchored spans of its members, a fact by the spans of its values; after re-analysis
``reader.store.targets.locate_group`` / ``locate_fact`` find the group or fact those spans
now belong to.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from reader.model.anchors import MatchMethod, SourceRecord, TextAnchor

TargetKind = Literal["span", "group", "fact"]
AnchorState = Literal["anchored", "detached"]
# What an annotation is for: the user's note, or a claim's triage mark (kept apart from tags so
# no tag the user types can ever be read as a mark).
Role = Literal["note", "claim-mark"]

TARGET_KINDS: tuple[str, ...] = ("span", "group", "fact")
LABELS: tuple[str, ...] = ("verified", "disputed", "follow-up")
TRIAGE_MARKS: tuple[str, ...] = ("trusted", "check", "discard")
ROLES: tuple[str, ...] = ("note", "claim-mark")


@dataclass(frozen=True, slots=True)
class Target:
    """What a note is about: one span, the member spans of a group, or a fact's value spans."""

    kind: TargetKind
    anchors: tuple[TextAnchor, ...]
    subject: str = ""  # the group label or fact subject when annotated, shown when detached


@dataclass(frozen=True, slots=True)
class Annotation:
    """A reviewer's note, with what it is about, its tags and label."""

    id: str
    target: Target
    note: str
    tags: tuple[str, ...]
    label: str | None  # one of LABELS, or None
    created: str  # ISO 8601, UTC
    updated: str
    anchor_state: AnchorState = "anchored"  # as of the last resolve that could save it
    role: Role = "note"


@dataclass(frozen=True, slots=True)
class TriageMark:
    """A reviewer's verdict on one source: trusted, check or discard."""

    source: SourceRecord
    mark: str  # one of TRIAGE_MARKS
    created: str
    updated: str


@dataclass(frozen=True, slots=True)
class AnchorMatch:
    """Where one anchor sits in the sources being looked at, or why it does not."""

    anchor: TextAnchor
    source_id: str | None  # the loaded Source holding it; None when absent
    start: int | None
    end: int | None
    method: MatchMethod
    reason: str = ""  # for detached / absent: why, in words for the user

    @property
    def attached(self) -> bool:
        return self.start is not None


@dataclass(frozen=True, slots=True)
class ResolvedAnnotation:
    """An annotation placed on the current text of the sources being looked at."""

    annotation: Annotation
    matches: tuple[AnchorMatch, ...]

    @property
    def state(self) -> AnchorState:
        """Anchored only when every anchor whose source is loaded found its words again."""
        present = [m for m in self.matches if m.method != "absent"]
        if present and all(m.attached for m in present):
            return "anchored"
        return "detached"

    @property
    def detached(self) -> bool:
        return self.state == "detached"

    @property
    def spans(self) -> tuple[tuple[str, int, int], ...]:
        """``(source id, start, end)`` of every anchor that found its words."""
        return tuple(
            (m.source_id, m.start, m.end)
            for m in self.matches
            if m.source_id is not None and m.start is not None and m.end is not None
        )

    @property
    def reason(self) -> str:
        """Why it is detached (empty when anchored)."""
        if self.state == "anchored":
            return ""
        return "; ".join(m.reason for m in self.matches if m.method == "detached" and m.reason)
