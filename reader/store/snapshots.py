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
import stat
import tempfile
from dataclasses import dataclass
from pathlib import Path

from reader.settings import DEFAULT_MAX_BYTES
from reader.store.errors import StoreError
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


class KeptCopyTooLargeError(StoreError):
    """The kept copy is larger than the size cap in force: it is not read."""


def _read_regular(path: Path, max_bytes: int) -> bytes | None:
    """The bytes of a regular file up to ``max_bytes``; None when absent or not a regular
    file (never waits on a named pipe put there); ``KeptCopyTooLargeError`` when larger."""
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_NOCTTY", 0))
    except OSError:
        return None
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            return None
        os.set_blocking(fd, True)
        with os.fdopen(fd, "rb", closefd=False) as handle:
            raw = handle.read(max_bytes + 1)
    except OSError:
        return None
    finally:
        os.close(fd)
    if len(raw) > max_bytes:
        raise KeptCopyTooLargeError(
            f"its kept copy is larger than the {max_bytes}-byte cap (raise it with --max-bytes)"
        )
    return raw


def read_snapshot(
    folder: Path | None, sha256: str, max_bytes: int = DEFAULT_MAX_BYTES
) -> Snapshot | None:
    """The kept copy with this hash, checked against it; None when absent or damaged.

    A copy larger than ``max_bytes`` is not read: ``KeptCopyTooLargeError`` says so (a
    bundle or an older cap may have kept one the cap in force refuses).
    """
    if folder is None or len(sha256) != 64 or not all(c in "0123456789abcdef" for c in sha256):
        return None
    raw = _read_regular(folder / sha256, max_bytes)
    if raw is None or hashlib.sha256(raw).hexdigest() != sha256:
        return None
    try:
        meta = json.loads(_read_regular(folder / f"{sha256}.json", 64 * 1024) or b"{}")
    except (ValueError, KeptCopyTooLargeError):
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
