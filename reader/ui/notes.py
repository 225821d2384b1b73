"""What the UI needs from the annotation store, and an in-memory stand-in.

Screens code against the ``NotesStore`` Protocol only, keyed by what they show (group ids,
paragraph ids, source ids). ``reader.ui.store_notes.StoreNotes`` backs it with the SQLite
store of issue 6 (anchored to the text, so notes survive re-analysis); ``MemoryStore`` keeps
everything for one session (tests, or when the store cannot be opened).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Literal, Protocol, TypeVar

from reader.model import Analysis

ClaimMark = Literal["verified", "disputed", "follow-up"]
SourceMark = Literal["trusted", "check", "discard"]
CLAIM_MARKS: tuple[ClaimMark, ...] = ("verified", "disputed", "follow-up")
SOURCE_MARKS: tuple[SourceMark, ...] = ("trusted", "check", "discard")
T = TypeVar("T")


class NotesError(Exception):
    """A note or mark could not be saved; ``str(error)`` is written for the user."""


@dataclass(frozen=True, slots=True)
class Note:
    """One annotation as the detail panel shows it."""

    anchor: str  # group id or paragraph id
    text: str
    tags: tuple[str, ...] = ()
    created: str = ""  # ISO 8601
    detached: bool = False  # its words are no longer found in the source
    label: str | None = None  # verified / disputed / follow-up, or none


class NotesStore(Protocol):
    """Every write may raise NotesError (read-only store, full disk...)."""

    def attach(self, analysis: Analysis) -> None:
        """Place the stored notes and marks on this analysis (called on every new one)."""

    def list_for(self, anchor: str) -> Sequence[Note]: ...

    def add_note(
        self,
        anchor: str,
        text: str,
        *,
        tags: Sequence[str] = (),
        label: ClaimMark | None = None,
    ) -> None: ...

    def marks(self) -> Mapping[str, ClaimMark]: ...

    def set_mark(self, anchor: str, mark: ClaimMark | None) -> None: ...

    def source_marks(self) -> Mapping[str, SourceMark]: ...

    def set_source_mark(self, source: str, mark: SourceMark | None) -> None: ...

    def export_markdown(self, analysis: Analysis, date: str, title: str | None) -> str: ...

    @property
    def where(self) -> str:
        """Where notes are kept, in words for the user."""


@dataclass
class MemoryStore:
    """Notes and marks for this session only."""

    notes: dict[str, list[Note]] = field(default_factory=dict)
    claim_marks: dict[str, ClaimMark] = field(default_factory=dict)
    triage: dict[str, SourceMark] = field(default_factory=dict)

    def attach(self, analysis: Analysis) -> None:
        return None

    def list_for(self, anchor: str) -> Sequence[Note]:
        return tuple(self.notes.get(anchor, ()))

    def add_note(
        self,
        anchor: str,
        text: str,
        *,
        tags: Sequence[str] = (),
        label: ClaimMark | None = None,
    ) -> None:
        self.notes.setdefault(anchor, []).append(Note(anchor, text, tuple(tags), label=label))

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

    def export_markdown(self, analysis: Analysis, date: str, title: str | None) -> str:
        from reader.export import ExportNotes, export_markdown

        notes = ExportNotes(triage=dict(self.triage))
        return export_markdown(analysis, notes, date=date, title=title)

    @property
    def where(self) -> str:
        return "in memory for this session"


def next_in_cycle(cycle: Sequence[T], current: T | None) -> T | None:
    """The mark after ``current``: none -> first -> ... -> last -> none."""
    if current is None:
        return cycle[0]
    at = cycle.index(current)
    return cycle[at + 1] if at + 1 < len(cycle) else None
