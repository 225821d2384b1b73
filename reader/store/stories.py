"""Stories: a source set saved under a name, and the reviewer's corrections made on it.

A story remembers each source by where it was read from (absolute path or URL) and the hash
of the bytes last seen, so opening it again can say which sources changed or vanished. Its
corrections are held by anchored spans (``reader.analysis.corrections``), saved at once, and
never deleted by an undo: an undone correction keeps its row with the time it was undone, and
a redo clears that time (the one undone last, until a new correction is made).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass

from reader.model.anchors import SourceRecord, TextAnchor
from reader.model.corrections import Correction, CorrectionKind
from reader.store.base import DatabaseStore
from reader.store.errors import StoreError
from reader.store.names import can_exist, check_story_name, story_key
from reader.store.rows import ANCHOR_FIELDS, anchor_of, anchor_row

ORIGIN_SINCE = 6  # the schema version that added story_sources.origin
POSITION_SINCE = 8  # the schema version that added story_positions


class StoryNotFoundError(StoreError, KeyError):
    """No story has that name."""

    def __str__(self) -> str:
        name = self.args[0] if self.args else ""
        return f"no story named {name!r} (newsdiff stories lists them)"


class StoryExistsError(StoreError):
    """A new story was asked for under a name a story has."""

    def __str__(self) -> str:
        name = self.args[0] if self.args else ""
        return f"a story named {name!r} exists already: choose another name"


@dataclass(frozen=True, slots=True)
class StorySource:
    path: str  # absolute path or URL
    sha256: str  # of the bytes last seen
    added: str
    origin: str = "local"  # "bundle": imported, read live only on --refresh (schema v6)


@dataclass(frozen=True, slots=True)
class Story:
    id: str
    name: str
    created: str
    opened: str
    sources: tuple[StorySource, ...]

    @property
    def paths(self) -> tuple[str, ...]:
        return tuple(s.path for s in self.sources)


@dataclass(frozen=True, slots=True)
class StoryPosition:
    """Where the reader left a story: the focused row, its passage, its place in the view."""

    row_key: str
    passage: TextAnchor
    lines_above: int  # lines between the top of the view and the focused row


@dataclass(frozen=True, slots=True)
class StorySummary:
    """One line of ``newsdiff stories`` and of the start screen."""

    name: str
    sources: int
    opened: str
    annotations: int


def source_changes(story: Story, loaded: Sequence[SourceRecord]) -> tuple[str, ...]:
    """What changed since the story was last opened: one sentence per changed or vanished
    source (``loaded`` are the sources that could be read now)."""
    by_path = {r.path: r for r in loaded}
    out: list[str] = []
    for source in story.sources:
        now = by_path.get(source.path)
        if now is None:
            out.append(f"{source.path}: vanished since the story was last opened")
        elif now.sha256 != source.sha256:
            out.append(
                f"{source.path}: changed since the story was last opened; notes and "
                "corrections follow their words where they are still found"
            )
    return tuple(out)


class StoryStore(DatabaseStore):
    """Stories and their corrections in the annotation database, saved immediately."""

    # ------------------------------------------------------------------ stories

    def save(self, name: str, records: Sequence[SourceRecord], *, new: bool = False) -> Story:
        """Create the story, or extend it with the sources it does not hold yet (by path).

        A source it already holds takes the new hash: what is saved is what was read last.
        With ``new``, a story of that name saved already (by another newsdiff, even a moment
        ago: checked in the same transaction) is ``StoryExistsError`` and nothing is saved.
        """
        name = check_story_name(name)
        now = self._now()
        with self._db.write() as conn:
            row = conn.execute("SELECT id FROM stories WHERE name = ?", (name,)).fetchone()
            if row is not None and new:
                raise StoryExistsError(name)
            if row is None:
                story_id = self._new_id()
                conn.execute(
                    "INSERT INTO stories (id, name, created, opened) VALUES (?, ?, ?, ?)",
                    (story_id, name, now, now),
                )
            else:
                story_id = str(row[0])
            held = dict(
                conn.execute(
                    "SELECT source_path, ordinal FROM story_sources WHERE story_id = ?",
                    (story_id,),
                ).fetchall()
            )
            next_ordinal = max(held.values(), default=0) + 1
            for record in records:
                if record.path in held:
                    conn.execute(
                        "UPDATE story_sources SET source_sha256 = ?, origin = 'local'"
                        " WHERE story_id = ? AND source_path = ?",
                        (record.sha256, story_id, record.path),
                    )
                    continue
                conn.execute(
                    "INSERT INTO story_sources (story_id, ordinal, source_sha256, source_path,"
                    " added) VALUES (?, ?, ?, ?, ?)",
                    (story_id, next_ordinal, record.sha256, record.path, now),
                )
                held[record.path] = next_ordinal
                next_ordinal += 1
        return self.get(name)

    def touch(self, name: str) -> None:
        """Remember that the story was opened now (the start screen sorts by it)."""
        with self._db.write() as conn:
            conn.execute(
                "UPDATE stories SET opened = ? WHERE name = ?", (self._now(), story_key(name))
            )

    def get(self, name: str) -> Story:
        """The story saved under ``name`` (the spaces around it aside, as when saved)."""
        key = story_key(name)
        if not can_exist(key):
            raise StoryNotFoundError(name)
        origin = "origin" if self._db.schema_version >= ORIGIN_SINCE else "'local'"
        with self._db.read() as conn:
            row = conn.execute(
                "SELECT id, name, created, opened FROM stories WHERE name = ?", (key,)
            ).fetchone()
            if row is None:
                raise StoryNotFoundError(name)
            rows = conn.execute(
                f"SELECT source_path, source_sha256, added, {origin} FROM story_sources"
                " WHERE story_id = ? ORDER BY ordinal",
                (row[0],),
            ).fetchall()
        sources = tuple(StorySource(str(p), str(s), str(a), str(o)) for p, s, a, o in rows)
        return Story(str(row[0]), str(row[1]), str(row[2]), str(row[3]), sources)

    def names(self) -> tuple[str, ...]:
        with self._db.read() as conn:
            rows = conn.execute("SELECT name FROM stories ORDER BY opened DESC, name").fetchall()
        return tuple(str(r[0]) for r in rows)

    def summaries(self) -> tuple[StorySummary, ...]:
        """Every story, last opened first, with its source and annotation counts."""
        with self._db.read() as conn:
            rows = conn.execute(
                "SELECT s.name, s.opened,"
                " (SELECT count(*) FROM story_sources x WHERE x.story_id = s.id),"
                " (SELECT count(DISTINCT n.annotation_id) FROM anchors n JOIN story_sources x"
                "   ON x.story_id = s.id AND (n.source_sha256 = x.source_sha256"
                "   OR n.source_path = x.source_path))"
                " FROM stories s ORDER BY s.opened DESC, s.name"
            ).fetchall()
        return tuple(StorySummary(str(n), int(c), str(o), int(a)) for n, o, c, a in rows)

    # ------------------------------------------------------------------ reading position

    def save_position(self, name: str, position: StoryPosition) -> None:
        """Remember where the reader left the story (a database too old to hold it, or one
        opened read-only, keeps none: nothing else is touched)."""
        if self._db.read_only or self._db.schema_version < POSITION_SINCE:
            return
        story_id = self._story_id(name)
        with self._db.write() as conn:
            conn.execute(
                f"INSERT OR REPLACE INTO story_positions (story_id, row_key, {ANCHOR_FIELDS},"
                " lines_above, updated) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    story_id,
                    position.row_key,
                    *anchor_row(position.passage),
                    max(position.lines_above, 0),
                    self._now(),
                ),
            )

    def position(self, name: str) -> StoryPosition | None:
        """Where the reader left the story, if it was remembered."""
        if self._db.schema_version < POSITION_SINCE:
            return None
        story_id = self._story_id(name)
        with self._db.read() as conn:
            row = conn.execute(
                f"SELECT row_key, {ANCHOR_FIELDS}, lines_above FROM story_positions"
                " WHERE story_id = ?",
                (story_id,),
            ).fetchone()
        if row is None:
            return None
        return StoryPosition(str(row[0]), anchor_of(tuple(row[1:8])), int(row[8]))

    # ------------------------------------------------------------------ corrections

    def _story_id(self, name: str) -> str:
        return self.get(name).id

    def add_correction(
        self,
        name: str,
        kind: CorrectionKind,
        passage: TextAnchor,
        other: TextAnchor | None = None,
    ) -> Correction:
        """Save a correction (made now) on the story; it applies until undone."""
        correction = Correction(self._new_id(), kind, passage, other, created=self._now())
        story_id = self._story_id(name)
        with self._db.write() as conn:
            insert_correction(conn, story_id, correction)
        return correction

    def corrections(self, name: str) -> tuple[Correction, ...]:
        """Every correction of the story in the order made, undone ones included."""
        story_id = self._story_id(name)
        with self._db.read() as conn:
            rows = conn.execute(
                "SELECT id, kind, created, undone FROM corrections WHERE story_id = ?"
                " ORDER BY created, rowid",
                (story_id,),
            ).fetchall()
            out: list[Correction] = []
            for cid, kind, created, undone in rows:
                anchors = {
                    str(role): anchor_of(tuple(rest))
                    for role, *rest in conn.execute(
                        f"SELECT role, {ANCHOR_FIELDS} FROM correction_anchors"
                        " WHERE correction_id = ? ORDER BY role, ordinal",
                        (cid,),
                    ).fetchall()
                }
                try:
                    correction = Correction(
                        str(cid),
                        kind,
                        anchors["passage"],
                        anchors.get("other"),
                        created=str(created),
                        undone=None if undone is None else str(undone),
                    )
                except (KeyError, ValueError):
                    continue  # a kind a newer newsdiff made: kept in the file, not applied
                out.append(correction)
        return tuple(out)

    def undo(self, name: str) -> Correction | None:
        """Mark the latest correction still in force undone; None when there is none."""
        active = [c for c in self.corrections(name) if c.undone is None]
        if not active:
            return None
        latest = active[-1]
        now = self._now()
        with self._db.write() as conn:
            conn.execute("UPDATE corrections SET undone = ? WHERE id = ?", (now, latest.id))
        return Correction(latest.id, latest.kind, latest.passage, latest.other, latest.created, now)

    def redo(self, name: str) -> Correction | None:
        """Put the correction undone last back in force (``redoable``); None when there is
        none to redo. Its row keeps its id and creation time."""
        latest = redoable(self.corrections(name))
        if latest is None:
            return None
        with self._db.write() as conn:
            conn.execute("UPDATE corrections SET undone = NULL WHERE id = ?", (latest.id,))
        return Correction(latest.id, latest.kind, latest.passage, latest.other, latest.created)


def redoable(corrections: Sequence[Correction]) -> Correction | None:
    """The correction ``redo`` brings back: the one undone last, when no correction was made
    since it was undone (a new correction ends the redo, as in an editor)."""
    undone = [c for c in corrections if c.undone is not None]
    if not undone:
        return None
    latest = max(undone, key=lambda c: c.undone or "")
    made_since = any(c.created > (latest.undone or "") for c in corrections)
    return None if made_since else latest


def insert_correction(conn: sqlite3.Connection, story_id: str, correction: Correction) -> None:
    conn.execute(
        "INSERT INTO corrections (id, story_id, kind, created, undone) VALUES (?, ?, ?, ?, ?)",
        (correction.id, story_id, correction.kind, correction.created, correction.undone),
    )
    roles = [("passage", correction.passage)]
    if correction.other is not None:
        roles.append(("other", correction.other))
    for role, anchor in roles:
        conn.execute(
            f"INSERT INTO correction_anchors (correction_id, role, ordinal, {ANCHOR_FIELDS})"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (correction.id, role, 0, *anchor_row(anchor)),
        )
