"""The copies a story keeps of its sources, so a vanished one still opens.

Every source read for a story is copied, by content hash, into ``<data dir>/snapshots``
(private, written atomically), with what was known of its type, charset and URL. The
copies are also what ``newsdiff bundle`` packs; ``reader.services.story_sources`` reads
them back when a source cannot be read any more.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path

from reader.store.stories import StoryStore

SNAPSHOTS = "snapshots"


@dataclass(frozen=True, slots=True)
class Snapshot:
    raw: bytes
    content_type: str | None = None
    charset: str | None = None
    url: str | None = None


def snapshot_folder(stories: StoryStore) -> Path | None:
    """Where copies live: beside the database; None for an in-memory stand-in."""
    path = stories.database.path
    return None if path is None else path.parent / SNAPSHOTS


def _write_private(path: Path, data: bytes) -> None:
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-")
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def save_snapshot(folder: Path, snapshot: Snapshot) -> str:
    """Keep ``snapshot`` under its content hash (once); returns the hash."""
    digest = hashlib.sha256(snapshot.raw).hexdigest()
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    target = folder / digest
    if not target.exists():
        _write_private(target, snapshot.raw)
        meta = {"content_type": snapshot.content_type, "charset": snapshot.charset}
        meta["url"] = snapshot.url
        _write_private(folder / f"{digest}.json", json.dumps(meta).encode("utf-8"))
    return digest


def read_snapshot(folder: Path | None, sha256: str) -> Snapshot | None:
    """The kept copy with this hash, checked against it; None when absent or damaged."""
    if folder is None or not all(c in "0123456789abcdef" for c in sha256) or not sha256:
        return None
    try:
        raw = (folder / sha256).read_bytes()
    except OSError:
        return None
    if hashlib.sha256(raw).hexdigest() != sha256:
        return None
    try:
        meta = json.loads((folder / f"{sha256}.json").read_text("utf-8"))
    except (OSError, ValueError):
        meta = {}
    if not isinstance(meta, dict):
        meta = {}
    return Snapshot(
        raw,
        _text_or_none(meta.get("content_type")),
        _text_or_none(meta.get("charset")),
        _text_or_none(meta.get("url")),
    )


def _text_or_none(value: object) -> str | None:
    return value if isinstance(value, str) else None
