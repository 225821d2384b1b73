"""Place an annotation's target on the sources being looked at: each anchor found again with
``reader.model.anchors.reanchor``, or told absent or detached, and why.
"""

from __future__ import annotations

from collections.abc import Sequence

from reader.model import Source
from reader.model.anchors import SourceRecord, TextAnchor, reanchor
from reader.store.models import AnchorMatch, Target


def place(target: Target, sources: Sequence[Source]) -> tuple[AnchorMatch, ...]:
    """Where each anchor of ``target`` sits in ``sources`` (by hash, else by path), or why not.

    What ``resolve`` does for every note, and the UI for a draft (a note not yet saved)."""
    by_sha = {s.sha256: s for s in sources}
    by_path = {SourceRecord.of(s).path: s for s in sources}
    return tuple(
        _match(anchor, by_sha.get(anchor.source.sha256) or by_path.get(anchor.source.path))
        for anchor in target.anchors
    )


def _match(anchor: TextAnchor, source: Source | None) -> AnchorMatch:
    if source is None:
        return AnchorMatch(anchor, None, None, None, "absent", "its source is not loaded")
    placed = reanchor(anchor, source.text)
    return AnchorMatch(anchor, source.id, placed.start, placed.end, placed.method, placed.reason)
