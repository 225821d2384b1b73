"""Read a story's sources again, keeping a copy of each so a vanished one still opens.

Every source read for a story is copied, by content hash (``reader.store.snapshots``).
Opening a story reads each source where it lives (``reader.ingest.live``); a source that
cannot be read any more (a deleted file, a page gone, no network, a bundle imported on
another machine) is shown from its copy under its original path, and the user is told.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from dataclasses import dataclass, field

from reader.ingest.build import Built, build_source
from reader.ingest.errors import IngestError
from reader.ingest.fetch import Fetched
from reader.ingest.live import read_live
from reader.ingest.resolve import Item, is_url
from reader.ingest.years import fill_missing_years
from reader.model import LoadError, LoadResult
from reader.model.anchors import SourceRecord
from reader.store.snapshots import (
    KeptCopyTooLargeError,
    Snapshot,
    read_snapshot,
    save_snapshot,
    snapshot_folder,
)
from reader.store.stories import Story, StoryStore, source_changes


@dataclass(frozen=True, slots=True)
class StoryLoad:
    """The story as saved, its sources as read now, and what the user must be told."""

    story: Story
    loaded: LoadResult
    notices: tuple[str, ...] = ()
    # path -> "changed" (other bytes than when last opened) or "gone" (cannot be read where
    # it lives: shown from its kept copy), for the marks the screens keep on such sources
    states: Mapping[str, str] = field(default_factory=dict)


def load_story(
    stories: StoryStore,
    name: str,
    *,
    max_bytes: int,
    timeout: float,
    remember: bool = True,
    refresh: bool = False,
) -> StoryLoad:
    """Read every source of the story (live, else its kept copy), in the story's order.

    A source that came in a bundle is shown from its bundled copy: the path or URL the
    bundle names is read only with ``refresh`` (the user asked), never because it is there.
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
    gone: set[str] = set()
    bundled = 0
    for entry in story.sources:
        item = Item(entry.path, "url" if is_url(entry.path) else "file")
        try:
            if entry.origin == "bundle" and not refresh:
                bundled += 1
                raise IngestError("from a bundle")
            fetched = read_live(item, max_bytes, timeout)
        except IngestError as exc:
            if entry.origin != "bundle" or refresh:
                gone.add(entry.path)
            try:
                kept = read_snapshot(folder, entry.sha256, max_bytes)
            except KeptCopyTooLargeError as too_big:
                errors.append(LoadError(entry.path, f"{exc.reason}; {too_big}"))
                continue
            if kept is None:
                errors.append(LoadError(entry.path, exc.reason))
                continue
            if entry.origin != "bundle" or refresh:
                notices.append(
                    f"{entry.path}: {exc.reason}; showing the copy kept when the story was "
                    "last opened"
                )
            fallback.add(entry.path)
            fetched = Fetched(kept.raw, kept.content_type, kept.charset, kept.url)
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
    before = {s.path: s.sha256 for s in story.sources}
    states = {r.path: "changed" for r in records if before.get(r.path, r.sha256) != r.sha256}
    states.update((path, "gone") for path in gone if path in {r.path for r in records})
    if bundled:
        notices.insert(
            0,
            f"{bundled} source(s) shown from the copies in the bundle this story came from; "
            "--refresh reads them from where they live",
        )
    if remember and not stories.database.read_only:
        stories.save(name, live)
        stories.touch(name)
    sources = fill_missing_years([(b.source, b.undated) for b in built])
    return StoryLoad(story, LoadResult(sources, tuple(errors)), tuple(notices), states)
