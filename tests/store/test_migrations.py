"""Forward migrations: a database from every earlier schema opens, upgraded, with its data."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest

from reader.store import AnnotationStore, Draft, SourceRecord, span_target
from reader.store import db as dbmod
from reader.store.schema import MIGRATIONS, SCHEMA_VERSION
from tests.store.conftest import make_source

TEXT = "The harbour fire burned for three hours, the fire service said on Tuesday."
EARLIER = range(SCHEMA_VERSION)  # 0 (an empty file) .. SCHEMA_VERSION - 1


def _database_at(path: Path, version: int) -> None:
    """A database as an older newsdiff left it, with a row in every table it had."""
    path.parent.mkdir(parents=True, exist_ok=True)
    conn = sqlite3.connect(path, isolation_level=None)
    dbmod.apply_migrations(conn, target=version)
    if version >= 1:
        conn.execute(
            "INSERT INTO annotations (id, target_kind, subject, note, label, anchor_state,"
            " created, updated) VALUES ('old1', 'span', '', 'from the past', 'disputed',"
            " 'anchored', '2030-01-01T00:00:00.000+00:00', '2030-01-01T00:00:00.000+00:00')"
        )
        conn.execute("INSERT INTO annotation_tags VALUES ('old1', 0, 'call')")
        conn.execute(
            "INSERT INTO anchors VALUES ('old1', 0, ?, '/news/a.txt', 4, 16, 'harbour fire',"
            " 'The ', ' burned for three hours, the fire')",
            (make_source(TEXT).sha256,),
        )
    if version >= 2:
        conn.execute(
            "INSERT INTO triage_marks VALUES ('abc', '/news/b.txt', 'check', '2030', '2030')"
        )
    conn.close()


@pytest.mark.parametrize("version", EARLIER)
def test_every_earlier_schema_migrates_to_the_current_one(tmp_path: Path, version: int) -> None:
    _database_at(tmp_path / "newsdiff.db", version)
    with AnnotationStore.open(tmp_path) as store:
        assert not store.read_only
        assert store._db.connection.execute("PRAGMA user_version").fetchone()[0] == (SCHEMA_VERSION)
        notes = store.list()
        if version >= 1:
            (old,) = notes
            assert (old.note, old.tags, old.label) == ("from the past", ("call",), "disputed")
            (resolved,) = store.resolve([make_source(TEXT, "/news/a.txt")])
            assert resolved.spans == (("s1", 4, 16),)
        else:
            assert notes == ()
        if version >= 2:
            mark = store.get_triage(SourceRecord("abc", "/news/b.txt"))
            assert mark is not None and mark.mark == "check"
        # What the newest schema adds works on the migrated file.
        store.set_triage(make_source(TEXT), "trusted")
        store.add(span_target(make_source(TEXT), 0, 3), "new")
        store.drafts.save(Draft(span_target(make_source(TEXT), 0, 3), text="a draft"))
        assert [d.text for d in store.drafts.list()] == ["a draft"]
        assert len(store.list()) == len(notes) + 1  # the draft is not a note


def test_a_failing_migration_leaves_the_database_as_it_was(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "newsdiff.db"
    _database_at(path, 1)
    monkeypatch.setattr(dbmod, "MIGRATIONS", (*MIGRATIONS, "CREATE TABLE half (x);\nBROKEN;"))
    conn = sqlite3.connect(path, isolation_level=None)
    with pytest.raises(sqlite3.Error):
        dbmod.apply_migrations(conn, target=len(MIGRATIONS) + 1)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 1
    names = {n for (n,) in conn.execute("SELECT name FROM sqlite_schema")}
    assert "half" not in names and "triage_marks" not in names
    assert conn.execute("SELECT note FROM annotations").fetchall() == [("from the past",)]
    conn.close()


# Databases in the wild were built from these exact steps. Add a step for a new version (and
# its hash here); never edit one that has landed.
LANDED = {
    1: "db1e32d2c0123eecf598ae2223028842b14323dbfdd47c4f71e014c3e933ba3d",
    2: "8d970bf161931066c26336cdc8681081fd03029da2454961a071be92d4bff041",
    3: "02a4a9cd0ea9a3bafdbb2165e572bf9bd199dd1154ca87c7275ef93c35be8ded",
    4: "06a82fbafb510b9f2b7126f8eaf1e501c9dc21417189cea98231edd865e61dd9",
    5: "bbee9bdedd0c0e405d7709916460dd17684c0586a83b21b67d5538cd320e77fa",
    6: "42f6b3fdb05c7ec4a8b0275fde7752c7d1819b449b6c019c08cf33b4f81ca46b",
    7: "6afaee4e7b2c57b1f63c01dd76c71baeed40a0cac145656190f1876803905ae5",
    8: "76bbe825e15f9160e95c1020d85def2ca8c48735b95b85c87aa359293f377a21",
}


def test_landed_migration_steps_are_never_edited() -> None:
    found = {
        version: hashlib.sha256(MIGRATIONS[version - 1].encode()).hexdigest() for version in LANDED
    }
    assert found == LANDED


def _old_claim_mark_rows(
    conn: sqlite3.Connection, note_id: str, note: str, tags: list[str]
) -> None:
    conn.execute(
        "INSERT INTO annotations VALUES (?, 'group', 'fire duration', ?, 'disputed',"
        " 'anchored', '2030-01-01T00:00:00.000+00:00', '2030-01-01T00:00:00.000+00:00')",
        (note_id, note),
    )
    conn.executemany(
        "INSERT INTO annotation_tags VALUES (?, ?, ?)",
        [(note_id, n, tag) for n, tag in enumerate(tags)],
    )
    conn.execute(
        "INSERT INTO anchors VALUES (?, 0, 'abc', '/news/a.txt', 4, 16, 'harbour fire', '', '')",
        (note_id,),
    )


def test_version_3_claim_marks_become_marks_and_user_notes_keep_their_tag(
    tmp_path: Path,
) -> None:
    path = tmp_path / "newsdiff.db"
    path.parent.mkdir(parents=True, exist_ok=True)
    conn = sqlite3.connect(path, isolation_level=None)
    dbmod.apply_migrations(conn, target=3)
    _old_claim_mark_rows(conn, "mark", "", ["claim-mark"])
    _old_claim_mark_rows(conn, "note", "check the hours", ["claim-mark"])
    _old_claim_mark_rows(conn, "both", "", ["claim-mark", "call"])
    conn.close()
    with AnnotationStore.open(tmp_path) as store:
        roles = {a.id: (a.role, a.tags) for a in store.list()}
    assert roles == {
        "mark": ("claim-mark", ()),
        "note": ("note", ("claim-mark",)),
        "both": ("note", ("claim-mark", "call")),
    }


def test_an_unmigrated_read_only_version_3_file_still_tells_marks_from_notes(
    tmp_path: Path,
) -> None:
    conn = sqlite3.connect(tmp_path / "old.db", isolation_level=None)
    dbmod.apply_migrations(conn, target=3)
    _old_claim_mark_rows(conn, "mark", "", ["claim-mark"])
    _old_claim_mark_rows(conn, "note", "check the hours", ["claim-mark"])
    old = dbmod.Database(conn, tmp_path / "old.db", read_only_reason="test", schema_version=3)
    store = AnnotationStore(old)
    assert [(a.id, a.tags) for a in store.list(role="claim-mark")] == [("mark", ())]
    assert [(a.id, a.tags) for a in store.list(role="note")] == [("note", ("claim-mark",))]
    store.close()


@pytest.mark.parametrize("version", [3, 4])
def test_an_unmigrated_read_only_file_shows_its_notes_and_holds_no_draft(
    tmp_path: Path, version: int
) -> None:
    path = tmp_path / "old.db"
    _database_at(path, version)
    conn = sqlite3.connect(path, isolation_level=None)
    old = dbmod.Database(conn, path, read_only_reason="test", schema_version=version)
    store = AnnotationStore(old)
    assert [a.note for a in store.list()] == ["from the past"]
    assert store.drafts.list() == () and not store.drafts.durable
    assert conn.execute("PRAGMA user_version").fetchone()[0] == version
    store.close()


# What every version from 1 on holds of a note, a tag, an anchor and a triage mark.
_KEPT = {
    "annotations": "id, target_kind, subject, note, label, anchor_state, created, updated",
    "annotation_tags": "*",
    "anchors": "*",
    "triage_marks": "*",
}


@pytest.mark.parametrize("version", [3, 4, 7])
def test_migrating_keeps_every_saved_note_unchanged(tmp_path: Path, version: int) -> None:
    def saved() -> dict[str, list[tuple[object, ...]]]:
        conn = sqlite3.connect(tmp_path / "newsdiff.db")
        rows = {
            t: conn.execute(f"SELECT {c} FROM {t} ORDER BY 1, 2").fetchall()
            for t, c in _KEPT.items()
        }
        conn.close()
        return rows

    _database_at(tmp_path / "newsdiff.db", version)
    before = saved()
    assert before["annotations"]  # there is a note to keep
    AnnotationStore.open(tmp_path).close()
    assert saved() == before


def test_a_story_from_before_reading_places_migrates_and_keeps_its_notes_and_a_place(
    tmp_path: Path,
) -> None:
    """Version 7 (no story_positions) with a note and a story: the note is unchanged, the
    story opens, has no place yet, and then keeps one."""
    from reader.store.stories import StoryPosition, StoryStore

    _database_at(tmp_path / "newsdiff.db", 7)
    conn = sqlite3.connect(tmp_path / "newsdiff.db", isolation_level=None)
    conn.execute("INSERT INTO stories VALUES ('st', 'fire', '2030', '2030')")
    conn.execute(
        "INSERT INTO story_sources VALUES ('st', 1, 'abc', '/news/a.txt', '2030', 'local')"
    )
    conn.close()
    stories = StoryStore.open(tmp_path)
    assert stories.position("fire") is None
    anchor = span_target(make_source(TEXT, "/news/a.txt"), 4, 16).anchors[0]
    stories.save_position("fire", StoryPosition("g3", anchor, 5))
    stories.close()
    with AnnotationStore.open(tmp_path) as store:
        (old,) = store.list()
        assert (old.note, old.tags, old.label) == ("from the past", ("call",), "disputed")
    again = StoryStore.open(tmp_path)
    assert again.position("fire") == StoryPosition("g3", anchor, 5)
    again.close()


def test_an_unmigrated_read_only_file_has_no_place_and_keeps_none(tmp_path: Path) -> None:
    from reader.store.stories import StoryPosition, StoryStore

    path = tmp_path / "newsdiff.db"
    _database_at(path, 7)
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("INSERT INTO stories VALUES ('st', 'fire', '2030', '2030')")
    old = dbmod.Database(conn, path, read_only_reason="test", schema_version=7)
    stories = StoryStore(old)
    anchor = span_target(make_source(TEXT, "/news/a.txt"), 4, 16).anchors[0]
    stories.save_position("fire", StoryPosition("g3", anchor, 5))  # silently nothing
    assert stories.position("fire") is None
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 7
    stories.close()
