"""Find an annotated span again in a source's (possibly changed) text, or say it is lost.

In the manner of the W3C Web Annotation ``TextQuoteSelector`` + ``TextPositionSelector``:
an anchor keeps the exact quote, up to ``CONTEXT`` characters either side, and the offsets.
Re-anchoring tries, in order, and stops at the first certain answer:

1. ``position``: the quote still sits at the stored offsets and its surroundings agree (or
   it is the only occurrence);
2. ``context``: exactly one occurrence of the quote has agreeing surroundings (the stored
   prefix *or* suffix is reproduced exactly);
3. ``quote``: the quote occurs exactly once and is long enough to be distinctive
   (``MIN_DISTINCT_QUOTE`` characters): the article changed around it but still holds it.

Anything less certain is **detached**: a quote that vanished (even if a look-alike sentence
is still there: we never match fuzzily), several occurrences none of which keeps its
surroundings, or a short quote whose surroundings both changed. A detached annotation keeps
its quote and is shown as such; it is never silently moved.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from typing import Literal

from reader.model import Source

# How an anchor found its words again; "detached" when it did not, "absent" when its source is
# not among the sources being looked at.
MatchMethod = Literal["position", "context", "quote", "detached", "absent"]

CONTEXT = 32
MIN_DISTINCT_QUOTE = 16
# A prefix/suffix shorter than this is weak evidence unless it runs to the text's edge.
_MIN_CONTEXT_EVIDENCE = 8


def _is_url(path: str) -> bool:
    return path.startswith(("http://", "https://"))


@dataclass(frozen=True, slots=True)
class SourceRecord:
    """Which source an anchor points into: the content hash plus where it was read from."""

    sha256: str
    path: str  # absolute path, URL, or "-" for standard input

    @classmethod
    def of(cls, source: Source) -> SourceRecord:
        """The record of a loaded source; relative paths are made absolute so a note made in
        one folder is found when the same file is opened from another."""
        path = source.path
        if path != "-" and not _is_url(path):
            path = os.path.abspath(path)
        return cls(sha256=source.sha256, path=path)


@dataclass(frozen=True, slots=True)
class TextAnchor:
    """A span as the W3C Web Annotation model keeps it: quote, context and position.

    ``prefix``/``suffix`` hold up to ``CONTEXT`` characters on each side
    (fewer only at the start or end of the text).
    """

    source: SourceRecord
    start: int
    end: int
    exact: str
    prefix: str
    suffix: str


@dataclass(frozen=True, slots=True)
class Placement:
    """Where an anchor lands in a text, found how, or why it does not."""

    start: int | None
    end: int | None
    method: MatchMethod
    reason: str = ""


def make_anchor(
    record: SourceRecord, text: str, start: int, end: int, *, context: int = CONTEXT
) -> TextAnchor:
    """The anchor of ``text[start:end]``; raises ValueError on an empty or outside span."""
    if not 0 <= start < end <= len(text):
        raise ValueError(f"span {start}..{end} is empty or outside a text of {len(text)}")
    return TextAnchor(
        source=record,
        start=start,
        end=end,
        exact=text[start:end],
        prefix=text[max(0, start - context) : start],
        suffix=text[end : end + context],
    )


def _occurrences(text: str, quote: str) -> list[int]:
    found: list[int] = []
    at = text.find(quote)
    while at != -1:
        found.append(at)
        at = text.find(quote, at + 1)
    return found


def _prefix_agrees(anchor: TextAnchor, text: str, at: int) -> bool:
    prefix = anchor.prefix
    if at < len(prefix) or text[at - len(prefix) : at] != prefix:
        return False
    return len(prefix) >= _MIN_CONTEXT_EVIDENCE or at == len(prefix)


def _suffix_agrees(anchor: TextAnchor, text: str, at: int) -> bool:
    suffix = anchor.suffix
    end = at + len(anchor.exact)
    if text[end : end + len(suffix)] != suffix:
        return False
    return len(suffix) >= _MIN_CONTEXT_EVIDENCE or end + len(suffix) == len(text)


def _agrees(anchor: TextAnchor, text: str, at: int) -> bool:
    return _prefix_agrees(anchor, text, at) or _suffix_agrees(anchor, text, at)


def reanchor(anchor: TextAnchor, text: str) -> Placement:
    """Where ``anchor`` sits in ``text`` now, or a detached placement saying why not."""
    quote = anchor.exact
    size = len(quote)
    if not quote:
        return Placement(None, None, "detached", "the note has no quoted words to look for")
    start = anchor.start
    if text[start : start + size] == quote and _agrees(anchor, text, start):
        return Placement(start, start + size, "position")  # the usual case: no search
    positions = _occurrences(text, quote)
    if not positions:
        return Placement(None, None, "detached", "the quoted words are no longer in the text")
    agreeing = [at for at in positions if _agrees(anchor, text, at)]
    at_offset = anchor.start in positions
    if at_offset and (anchor.start in agreeing or len(positions) == 1):
        return Placement(anchor.start, anchor.start + size, "position")
    if len(agreeing) == 1:
        return Placement(agreeing[0], agreeing[0] + size, "context")
    if len(agreeing) > 1:
        both = [
            at
            for at in agreeing
            if _prefix_agrees(anchor, text, at) and _suffix_agrees(anchor, text, at)
        ]
        if len(both) == 1:
            return Placement(both[0], both[0] + size, "context")
        return Placement(
            None,
            None,
            "detached",
            f"the quoted words appear {len(positions)} times with the same surroundings",
        )
    if len(positions) == 1 and size >= MIN_DISTINCT_QUOTE:
        return Placement(positions[0], positions[0] + size, "quote")
    if len(positions) == 1:
        return Placement(
            None,
            None,
            "detached",
            "the quoted words are too short to be sure once their surroundings changed",
        )
    return Placement(
        None,
        None,
        "detached",
        f"the quoted words appear {len(positions)} times and none keeps its surroundings",
    )
