"""Which notes the annotations screen shows: by tag, label, outlet, detached, or typed words.

Plain values and functions (no widgets), so the screen only cycles and renders them.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from reader.services.notes import Note

NO_LABEL = "no label"


@dataclass(frozen=True, slots=True)
class NoteFilter:
    """Every field set narrows the list; None (or "") lets everything through."""

    tag: str | None = None
    label: str | None = None  # a label, or NO_LABEL for notes without one
    outlet: str | None = None
    detached_only: bool = False
    words: str = ""  # typed: found in the note, its words, tags, outlets or claim

    @property
    def active(self) -> bool:
        return self != NoteFilter()

    def keeps(self, note: Note) -> bool:
        if self.tag is not None and self.tag not in note.tags:
            return False
        if self.label is not None and (note.label or NO_LABEL) != self.label:
            return False
        if self.outlet is not None and self.outlet not in note.outlets:
            return False
        if self.detached_only and not note.detached:
            return False
        if self.words:
            haystack = " ".join((note.text, note.quote, note.subject, *note.tags, *note.outlets))
            return self.words.casefold() in haystack.casefold()
        return True

    def describe(self) -> str:
        """The filters in force, in words: what the status line shows."""
        parts = []
        if self.tag is not None:
            parts.append(f"tag #{self.tag}")
        if self.label is not None:
            parts.append(f"label {self.label}")
        if self.outlet is not None:
            parts.append(f"outlet {self.outlet}")
        if self.detached_only:
            parts.append("detached only")
        if self.words:
            parts.append(f"words “{self.words}”")
        return ", ".join(parts) or "none"


def choices(notes: Sequence[Note]) -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
    """The tags, labels and outlets the notes use, in a steady order: what t, l, o cycle."""
    tags = sorted({t for n in notes for t in n.tags}, key=str.casefold)
    labels = sorted({n.label or NO_LABEL for n in notes})
    outlets = list(dict.fromkeys(o for n in notes for o in n.outlets))
    return tuple(tags), tuple(labels), tuple(outlets)
