"""What the UI needs from the annotation store, and an in-memory stand-in until it lands.

Issue 6 brings ``reader/store`` (SQLite, anchored to source text). The UI codes against
this Protocol only, so the real store drops in without touching the screens. Until then
marks live in memory for the session and annotations are an empty list.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Literal, Protocol, TypeVar

ClaimMark = Literal["verified", "disputed", "follow-up"]
SourceMark = Literal["trusted", "check", "discard"]
CLAIM_MARKS: tuple[ClaimMark, ...] = ("verified", "disputed", "follow-up")
SOURCE_MARKS: tuple[SourceMark, ...] = ("trusted", "check", "discard")
T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class Note:
    """One annotation as the detail panel shows it."""

    anchor: str  # group id or paragraph id
    text: str
    author: str = ""
    created: str = ""  # ISO 8601


class AnnotationStore(Protocol):
    def list_for(self, anchor: str) -> Sequence[Note]: ...

    def marks(self) -> Mapping[str, ClaimMark]: ...

    def set_mark(self, anchor: str, mark: ClaimMark | None) -> None: ...

    def source_marks(self) -> Mapping[str, SourceMark]: ...

    def set_source_mark(self, source: str, mark: SourceMark | None) -> None: ...


@dataclass
class MemoryStore:
    """Marks for this session only; annotations arrive with issue 6."""

    notes: dict[str, list[Note]] = field(default_factory=dict)
    claim_marks: dict[str, ClaimMark] = field(default_factory=dict)
    triage: dict[str, SourceMark] = field(default_factory=dict)

    def list_for(self, anchor: str) -> Sequence[Note]:
        return tuple(self.notes.get(anchor, ()))

    def marks(self) -> Mapping[str, ClaimMark]:
        return self.claim_marks

    def set_mark(self, anchor: str, mark: ClaimMark | None) -> None:
        if mark is None:
            self.claim_marks.pop(anchor, None)
        else:
            self.claim_marks[anchor] = mark

    def source_marks(self) -> Mapping[str, SourceMark]:
        return self.triage

    def set_source_mark(self, source: str, mark: SourceMark | None) -> None:
        if mark is None:
            self.triage.pop(source, None)
        else:
            self.triage[source] = mark


def next_in_cycle(cycle: Sequence[T], current: T | None) -> T | None:
    """The mark after ``current``: none -> first -> ... -> last -> none."""
    if current is None:
        return cycle[0]
    at = cycle.index(current)
    return cycle[at + 1] if at + 1 < len(cycle) else None
