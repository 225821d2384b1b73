"""Read a story's sources again, keeping a copy of each so a vanished one still opens.

Every source read for a story is copied, by content hash, into ``<data dir>/snapshots``
(private, written atomically). Opening a story reads each source where it lives; a source
that cannot be read any more (a deleted file, a page gone, no network, a bundle imported
on another machine) is shown from its copy under its original path, and the user is told.
The copies are also what ``newsdiff bundle`` packs.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path

from reader.ingest.build import Built, build_source
from reader.ingest.errors import IngestError
from reader.ingest.fetch import Fetched, fetch_url, too_large
from reader.ingest.resolve import Item, is_url
from reader.ingest.years import fill_missing_years
from reader.model import LoadError, LoadResult
from reader.store.models import SourceRecord
from reader.store.stories import Story, StoryStore, source_changes

SNAPSHOTS = "snapshots"


@dataclass(frozen=True, slots=True)
class Snapshot:
    raw: bytes
    content_type: str | None = None
    charset: str | None = None
    url: str | None = None

    def fetched(self) -> Fetched:
        return Fetched(self.raw, self.content_type, self.charset, self.url)


@dataclass(frozen=True, slots=True)
class StoryLoad:
    """The story as saved, its sources as read now, and what the user must be told."""

    story: Story
    loaded: LoadResult
    notices: tuple[str, ...] = ()


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


def _read_live(item: Item, max_bytes: int, timeout: float) -> Fetched:
    if item.kind == "url":
        return fetch_url(item.path, max_bytes=max_bytes, timeout=timeout)
    try:
        with Path(item.path).open("rb") as handle:
            raw = handle.read(max_bytes + 1)
    except IsADirectoryError:
        raise IngestError("is a folder, not a file") from None
    except OSError as exc:
        raise IngestError((exc.strerror or str(exc)).lower()) from None
    if len(raw) > max_bytes:
        raise IngestError(too_large(max_bytes))
    return Fetched(raw)


def load_story(
    stories: StoryStore, name: str, *, max_bytes: int, timeout: float, remember: bool = True
) -> StoryLoad:
    """Read every source of the story (live, else its kept copy), in the story's order.

    With ``remember`` the story takes the hashes read now and its opening time, and every
    source read is copied, so the next opening and a bundle see what was shown.
    """
    story = stories.get(name)
    folder = snapshot_folder(stories)
    built: list[Built] = []
    errors: list[LoadError] = []
    notices: list[str] = []
    seen: set[str] = set()
    records: list[SourceRecord] = []
    fallback: set[str] = set()
    for entry in story.sources:
        item = Item(entry.path, "url" if is_url(entry.path) else "file")
        try:
            fetched = _read_live(item, max_bytes, timeout)
        except IngestError as exc:
            kept = read_snapshot(folder, entry.sha256)
            if kept is None:
                errors.append(LoadError(entry.path, exc.reason))
                continue
            notices.append(
                f"{entry.path}: {exc.reason}; showing the copy kept when the story was last opened"
            )
            fallback.add(entry.path)
            fetched = kept.fetched()
        digest = hashlib.sha256(fetched.raw).hexdigest()
        if digest in seen:
            continue
        if remember and folder is not None and entry.path not in fallback:
            snap = Snapshot(fetched.raw, fetched.content_type, fetched.charset, fetched.url)
            save_snapshot(folder, snap)
        try:
            one = build_source(f"s{len(built) + 1}", item, fetched, digest)
        except Exception as exc:  # one bad source must not lose the others
            errors.append(LoadError(entry.path, f"could not be read ({type(exc).__name__})"))
            continue
        seen.add(digest)
        records.append(SourceRecord(digest, entry.path))
        built.append(one)
    live = [r for r in records if r.path not in fallback]
    notices[:0] = source_changes(story, records)
    if remember and not stories.database.read_only:
        stories.save(name, live)
        stories.touch(name)
    sources = fill_missing_years([(b.source, b.undated) for b in built])
    return StoryLoad(story, LoadResult(sources, tuple(errors)), tuple(notices))
