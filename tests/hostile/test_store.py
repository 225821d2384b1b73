"""The annotation store under hostile conditions the store's own tests do not reach.

Already covered in tests/store: two processes writing at once and kill -9 mid-write
(test_durability.py), a truncated, garbage or integrity-failing database kept aside and a
newer schema opened read-only and never downgraded, a truly read-only folder
(test_db.py), any Unicode note round-tripping (test_properties.py). Here: an empty file,
a folder where the database should be, a garbage write-ahead log, and a lock held by
another program past the busy timeout.
"""

from __future__ import annotations

import hashlib
import os
import sqlite3
from pathlib import Path

import pytest

from reader.model import Source
from reader.store import AnnotationStore, StoreError, span_target

TEXT = "Kerrow Lines said the Selkie broke down on Tuesday and will sail again on Thursday."
SOURCE = Source("s1", "/news/kerrow.txt", TEXT, hashlib.sha256(TEXT.encode()).hexdigest(), ())


def add(store: AnnotationStore, note: str) -> None:
    store.add(span_target(SOURCE, 0, 12), note)


def notes(store: AnnotationStore) -> list[str]:
    return [a.note for a in store.list()]


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "data"
    folder.mkdir(mode=0o700)
    return folder


def test_an_empty_database_file_becomes_a_working_store(data_dir: Path) -> None:
    (data_dir / "newsdiff.db").write_bytes(b"")
    with AnnotationStore.open(data_dir) as store:
        add(store, "first")
        assert notes(store) == ["first"]


def test_a_folder_where_the_database_should_be_is_one_clear_error(data_dir: Path) -> None:
    (data_dir / "newsdiff.db").mkdir()
    with pytest.raises(StoreError) as caught:
        AnnotationStore.open(data_dir)
    assert "newsdiff.db" in str(caught.value) and "\n" not in str(caught.value)


def test_the_app_falls_back_to_notes_in_memory_and_says_why(data_dir: Path) -> None:
    from reader.cli.app import open_notes
    from reader.services.notes import MemoryStore

    (data_dir / "newsdiff.db").mkdir()
    store, notices = open_notes(str(data_dir))
    assert isinstance(store, MemoryStore)
    (notice,) = notices
    assert notice.startswith("Notes are kept in memory only") and "newsdiff.db" in notice


def test_a_garbage_write_ahead_log_loses_no_checkpointed_note(data_dir: Path) -> None:
    with AnnotationStore.open(data_dir) as store:
        add(store, "kept")
    (data_dir / "newsdiff.db-wal").write_bytes(os.urandom(8192))
    with AnnotationStore.open(data_dir) as store:
        assert notes(store) == ["kept"]
        add(store, "after")
        assert notes(store) == ["kept", "after"]


def test_a_lock_held_past_the_busy_timeout_refuses_the_save_clearly_and_reading_goes_on(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("reader.store.db.BUSY_TIMEOUT_SECONDS", 0.3)
    store = AnnotationStore.open(data_dir)
    add(store, "first")
    other = sqlite3.connect(data_dir / "newsdiff.db", isolation_level=None)
    other.execute("BEGIN EXCLUSIVE")  # another program holding the write lock
    try:
        with pytest.raises(StoreError, match="locked"):
            add(store, "second")
        assert notes(store) == ["first"]
    finally:
        other.execute("ROLLBACK")
        other.close()
    add(store, "third")
    assert notes(store) == ["first", "third"]
    store.close()
