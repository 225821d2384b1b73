"""A reviewer's correction to the alignment, as a value: what was done, to which anchored
passages. ``reader.analysis.corrections`` applies them; the story store keeps them.

A correction never names a group id (re-analysis renumbers groups): it holds the anchored
spans of the passages the reviewer pointed at (``reader.model.anchors``).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from reader.model.anchors import TextAnchor

CorrectionKind = Literal["unlink", "link", "merge", "split"]
CORRECTION_KINDS: tuple[str, ...] = ("unlink", "link", "merge", "split")
_NEEDS_OTHER = frozenset({"link", "merge"})


@dataclass(frozen=True, slots=True)
class Correction:
    """One thing the reviewer did to the alignment, held by anchored spans."""

    id: str
    kind: CorrectionKind
    passage: TextAnchor
    other: TextAnchor | None = None  # link / merge: the second passage
    created: str = ""
    undone: str | None = None  # when it was undone (kept for the list), else None

    def __post_init__(self) -> None:
        if self.kind not in CORRECTION_KINDS:
            raise ValueError(f"unknown correction kind {self.kind!r}")
        if (self.kind in _NEEDS_OTHER) != (self.other is not None):
            raise ValueError(f"a {self.kind} correction needs exactly the passages it names")

    @property
    def anchors(self) -> tuple[TextAnchor, ...]:
        return (self.passage,) if self.other is None else (self.passage, self.other)

    def describe(self) -> str:
        """One line for the corrections list (the quotes shortened)."""
        first = _short(self.passage.exact)
        if self.kind == "unlink":
            return f"unlink “{first}”"
        if self.kind == "split":
            return f"split the claim before “{first}”"
        assert self.other is not None
        verb = "link" if self.kind == "link" else "merge the claims of"
        return f"{verb} “{first}” and “{_short(self.other.exact)}”"


def _short(text: str, limit: int = 40) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"
