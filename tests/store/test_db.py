"""Opening the database: private files, WAL, damaged files kept aside, newer schemas and
read-only folders refused for writing but still readable."""

from __future__ import annotations

import os
import shutil
import sqlite3
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from reader.store import AnnotationStore, StoreReadOnlyError, span_target
from reader.store import db as dbmod
from reader.store.schema import SCHEMA_VERSION
from tests.store.conftest import make_source

ROOT = Path(__file__).resolve().parents[2]
TEXT = "Fire crews fought the harbour blaze for three hours before dawn on Tuesday."


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def _add_note(store: AnnotationStore, note: str = "call the fire service") -> None:
    store.add(span_target(make_source(TEXT), 0, 11), note)


def test_database_and_its_wal_files_are_private(data_dir: Path) -> None:
    with AnnotationStore.open(data_dir) as store:
        _add_note(store)
        files = sorted(p.name for p in data_dir.iterdir())
        assert files == ["newsdiff.db", "newsdiff.db-shm", "newsdiff.db-wal"]
        assert {name: _mode(data_dir / name) for name in files} == dict.fromkeys(files, 0o600)
    assert _mode(data_dir) == 0o700


def test_an_existing_loose_database_is_made_private(data_dir: Path) -> None:
    AnnotationStore.open(data_dir).close()
    os.chmod(data_dir / "newsdiff.db", 0o644)
    AnnotationStore.open(data_dir).close()
    assert _mode(data_dir / "newsdiff.db") == 0o600


def test_database_runs_in_wal_mode_with_a_busy_timeout(data_dir: Path) -> None:
    with AnnotationStore.open(data_dir) as store:
        conn = store._db.connection
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert conn.execute("PRAGMA busy_timeout").fetchone()[0] >= 5000
        assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION


def test_a_write_that_fails_midway_leaves_nothing_behind(store: AnnotationStore) -> None:
    with pytest.raises(RuntimeError), store._db.write() as conn:
        conn.execute(
            "INSERT INTO annotations (id, target_kind, note, created, updated)"
            " VALUES ('x', 'span', 'half', 'now', 'now')"
        )
        raise RuntimeError("crash between two statements")
    assert store.list() == ()


def _assert_moved_aside(data_dir: Path, store: AnnotationStore, original: bytes) -> None:
    asides = [
        p
        for p in data_dir.iterdir()
        if ".corrupt-" in p.name and not p.name.endswith(("-wal", "-shm", "-journal"))
    ]
    assert len(asides) == 1
    aside = asides[0]
    assert aside.name.startswith("newsdiff.db.corrupt-")
    assert aside.read_bytes() == original
    assert any(str(aside) in notice for notice in store.notices)
    _add_note(store)  # a fresh database took its place
    assert len(store.list()) == 1


def test_a_file_that_is_not_a_database_is_kept_aside(data_dir: Path) -> None:
    data_dir.mkdir()
    garbage = b"these are not the notes you are looking for\n" * 50
    (data_dir / "newsdiff.db").write_bytes(garbage)
    with AnnotationStore.open(data_dir) as store:
        _assert_moved_aside(data_dir, store, garbage)


def _database_with_notes(data_dir: Path, count: int) -> bytes:
    with AnnotationStore.open(data_dir) as store:
        for i in range(count):
            _add_note(store, f"note {i} " + "x" * 500)
    return (data_dir / "newsdiff.db").read_bytes()


def test_a_truncated_database_is_kept_aside(data_dir: Path) -> None:
    whole = _database_with_notes(data_dir, 200)
    half = whole[: len(whole) // 2]
    (data_dir / "newsdiff.db").write_bytes(half)
    with AnnotationStore.open(data_dir) as store:
        _assert_moved_aside(data_dir, store, half)


def test_a_database_failing_its_integrity_check_is_kept_aside(data_dir: Path) -> None:
    whole = bytearray(_database_with_notes(data_dir, 200))
    page = 4096
    whole[3 * page : 3 * page + 64] = b"\xff" * 64  # scribble over a b-tree page header
    (data_dir / "newsdiff.db").write_bytes(bytes(whole))
    assert dbmod.damage(data_dir / "newsdiff.db") is not None
    with AnnotationStore.open(data_dir) as store:
        _assert_moved_aside(data_dir, store, bytes(whole))


def test_the_wal_of_a_damaged_database_goes_aside_with_it(data_dir: Path) -> None:
    data_dir.mkdir()
    (data_dir / "newsdiff.db").write_bytes(b"garbage" * 100)
    (data_dir / "newsdiff.db-wal").write_bytes(b"wal garbage")
    with AnnotationStore.open(data_dir) as store:
        _add_note(store)
    walls = [p for p in data_dir.iterdir() if p.name.endswith("-wal") and ".corrupt-" in p.name]
    assert [p.read_bytes() for p in walls] == [b"wal garbage"]


def test_moving_aside_never_overwrites_an_earlier_damaged_copy(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(dbmod, "_now_stamp", lambda: "20310506T090000Z")
    data_dir.mkdir()
    for content in (b"first damaged file" * 10, b"second damaged file" * 10):
        (data_dir / "newsdiff.db").write_bytes(content)
        AnnotationStore.open(data_dir).close()
    kept = {p.name: p.read_bytes() for p in data_dir.iterdir() if ".corrupt-" in p.name}
    assert kept == {
        "newsdiff.db.corrupt-20310506T090000Z": b"first damaged file" * 10,
        "newsdiff.db.corrupt-20310506T090000Z-2": b"second damaged file" * 10,
    }


def _stamp_version(db_path: Path, version: int) -> None:
    conn = sqlite3.connect(db_path)
    conn.execute(f"PRAGMA user_version = {version}")
    conn.commit()
    conn.close()


def test_a_newer_schema_is_opened_read_only_and_never_downgraded(data_dir: Path) -> None:
    with AnnotationStore.open(data_dir) as store:
        _add_note(store, "written by the future")
    _stamp_version(data_dir / "newsdiff.db", SCHEMA_VERSION + 1)
    with AnnotationStore.open(data_dir) as store:
        assert store.read_only
        assert "newer newsdiff" in (store.read_only_reason or "")
        assert [a.note for a in store.list()] == ["written by the future"]
        with pytest.raises(StoreReadOnlyError, match="newer newsdiff"):
            _add_note(store)
    conn = sqlite3.connect(data_dir / "newsdiff.db")
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION + 1
    conn.close()


_READ_ONLY_SCRIPT = """
import hashlib, sys
from reader.model import Source
from reader.store import AnnotationStore, StoreReadOnlyError, span_target
text = "Fire crews fought the harbour blaze for three hours before dawn on Tuesday."
source = Source("s1", "/news/a.txt", text, hashlib.sha256(text.encode()).hexdigest(), ())
store = AnnotationStore.open(sys.argv[1])
print("notes:", [a.note for a in store.list()])
try:
    store.add(span_target(source, 0, 11), "another")
except StoreReadOnlyError as error:
    print("refused:", error)
"""


def _run_on_read_only_folder(folder: Path) -> subprocess.CompletedProcess[str]:
    """A truly read-only folder: permissions when we are a user, a read-only bind mount in a
    private mount namespace when we are root (root ignores permission bits)."""
    if os.geteuid() != 0:
        os.chmod(folder, 0o500)
        try:
            return subprocess.run(
                [sys.executable, "-c", _READ_ONLY_SCRIPT, str(folder)],
                capture_output=True,
                text=True,
                cwd=ROOT,
                timeout=60,
            )
        finally:
            os.chmod(folder, 0o700)
    if shutil.which("unshare") is None:
        pytest.skip("running as root without unshare: cannot make a read-only folder")
    mount = 'mount --bind "$1" "$1" && mount -o remount,ro,bind "$1" "$1" && exec "$2" -c "$3" "$1"'
    result = subprocess.run(
        ["unshare", "-m", "sh", "-c", mount, "sh", str(folder), sys.executable, _READ_ONLY_SCRIPT],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=60,
    )
    if "mount" in result.stderr and result.returncode != 0:
        pytest.skip(f"cannot make a read-only mount here: {result.stderr.strip()}")
    return result


def test_a_read_only_folder_still_shows_notes_but_refuses_saves(data_dir: Path) -> None:
    with AnnotationStore.open(data_dir) as store:
        _add_note(store, "kept")
    result = _run_on_read_only_folder(data_dir)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0] == "notes: ['kept']"
    assert lines[1].startswith("refused: ") and "read-only" in lines[1]


def test_a_missing_folder_is_created_private(tmp_path: Path) -> None:
    folder = tmp_path / "deep" / "data"
    AnnotationStore.open(folder).close()
    assert (folder / "newsdiff.db").is_file()
    assert _mode(folder) == 0o700
