"""Open the one annotation database safely: private, WAL, migrated, never lost.

What opening guarantees, in order:

* the folder is created (mode 0700) and the file is created mode 0600 *before* SQLite
  writes to it; SQLite gives its ``-wal`` and ``-shm`` files the mode of the database file;
* a damaged file (not a database, truncated, ``integrity_check`` failing) is moved aside to
  ``newsdiff.db.corrupt-<timestamp>`` together with its ``-wal``/``-shm``, never overwritten
  and never deleted, and a notice says where it went;
* a database written by a *newer* newsdiff is opened read-only and never downgraded;
* a folder we cannot write to still lets the notes be read: saves then raise
  ``StoreReadOnlyError`` with a message the UI shows as is;
* every write runs inside ``BEGIN IMMEDIATE`` with a busy timeout, so two terminals on the
  same story queue their writes instead of losing one.
"""

from __future__ import annotations

import contextlib
import os
import random
import sqlite3
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from reader.store.errors import StoreError, StoreReadOnlyError
from reader.store.paths import DB_NAME
from reader.store.schema import MIGRATIONS, SCHEMA_VERSION

BUSY_TIMEOUT_SECONDS = 15.0
_SIDE_FILES = ("-wal", "-shm", "-journal")
_CORRUPT_CODES = {11, 26}  # SQLITE_CORRUPT, SQLITE_NOTADB (primary result codes)
_READONLY_CODES = {8}  # SQLITE_READONLY
_FULL_CODES = {13}  # SQLITE_FULL
_BUSY_CODES = {5, 6}  # SQLITE_BUSY, SQLITE_LOCKED
_CANTOPEN = 14  # SQLITE_CANTOPEN: e.g. no -shm can be made in a read-only folder
# SQLITE_READONLY (8), as SQLITE_READONLY_DIRECTORY: what a normal user gets instead of
# CANTOPEN when a WAL database's folder is read-only (root can make -shm anyway).
_READONLY = 8


@dataclass(eq=False)
class Database:
    """An open connection plus what the user must be told about it."""

    connection: sqlite3.Connection
    path: Path | None  # None: nothing on disk (an empty, read-only stand-in)
    read_only_reason: str | None = None
    notices: tuple[str, ...] = ()
    schema_version: int = SCHEMA_VERSION
    _closed: bool = field(default=False, repr=False)
    # One connection shared by the UI thread and its workers: one user at a time.
    _lock: threading.RLock = field(default_factory=threading.RLock, repr=False)

    @property
    def read_only(self) -> bool:
        return self.read_only_reason is not None

    @contextlib.contextmanager
    def read(self) -> Iterator[sqlite3.Connection]:
        """The connection, for reads, held by this thread until the block ends."""
        with self._lock:
            try:
                yield self.connection
            except sqlite3.Error as exc:
                raise _store_error(exc, self.path) from exc

    @contextlib.contextmanager
    def write(self) -> Iterator[sqlite3.Connection]:
        """One write transaction: ``BEGIN IMMEDIATE`` ... ``COMMIT``, rolled back on error."""
        if self.read_only_reason is not None:
            raise StoreReadOnlyError(self.read_only_reason)
        with self._lock:
            yield from self._transaction()

    def _transaction(self) -> Iterator[sqlite3.Connection]:
        conn = self.connection
        try:
            conn.execute("BEGIN IMMEDIATE")
        except sqlite3.Error as exc:
            raise _store_error(exc, self.path) from exc
        try:
            yield conn
            conn.execute("COMMIT")
        except BaseException as exc:
            with contextlib.suppress(sqlite3.Error):
                conn.execute("ROLLBACK")
            if isinstance(exc, sqlite3.Error):
                raise _store_error(exc, self.path) from exc
            raise

    def close(self) -> None:
        with self._lock:
            if not self._closed:
                self._closed = True
                self.connection.close()


def _store_error(exc: sqlite3.Error, path: Path | None) -> StoreError:
    code = getattr(exc, "sqlite_errorcode", 0) & 0xFF
    where = f" ({path})" if path else ""
    if code in _READONLY_CODES:
        return StoreReadOnlyError(f"the annotation database{where} cannot be written: {exc}")
    if code in _FULL_CODES:
        return StoreError(f"the disk is full: the note was not saved{where}")
    return StoreError(f"the annotation database{where} failed: {exc}")


def _now_stamp() -> str:
    return datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")


# --------------------------------------------------------------------------- corruption


def damage(db_path: Path) -> str | None:
    """Why ``db_path`` is not a healthy SQLite database, or None when it is (or is absent)."""
    try:
        size = db_path.stat().st_size
    except FileNotFoundError:
        return None
    if size == 0:
        return None  # a fresh file we created; SQLite treats it as an empty database
    # Checked through a read-only connection: SQLite reads the header under its file lock
    # (no race with another process creating the file), and a read-only connection never
    # checkpoints or deletes the WAL of a damaged file before it is moved aside.
    try:
        conn = _connect_read_only(db_path)
    except sqlite3.Error as exc:
        return _corruption_or_raise(exc, db_path)
    try:
        rows = conn.execute("PRAGMA integrity_check").fetchall()
    except sqlite3.Error as exc:
        return _corruption_or_raise(exc, db_path)
    finally:
        conn.close()
    problems = [str(row[0]) for row in rows if row[0] != "ok"]
    return f"integrity check failed: {problems[0]}" if problems else None


def _code(exc: sqlite3.Error) -> int:
    return int(getattr(exc, "sqlite_errorcode", 0)) & 0xFF


def _is_busy(exc: BaseException) -> bool:
    return isinstance(exc, sqlite3.Error) and _code(exc) in _BUSY_CODES


def _corruption_or_raise(exc: sqlite3.Error, db_path: Path) -> str:
    """Only damage counts as damage: a locked or unreadable file is not moved aside."""
    if _code(exc) in _CORRUPT_CODES:
        return str(exc)
    if _is_busy(exc):
        raise exc
    raise StoreError(f"cannot open the annotation database {db_path}: {exc}") from exc


def _no_clobber_move(src: Path, dst: Path) -> None:
    """Rename ``src`` to ``dst`` but fail rather than replace an existing ``dst``."""
    try:
        os.link(src, dst)  # fails with FileExistsError instead of overwriting
    except FileExistsError:
        raise
    except OSError:
        if dst.exists():
            raise FileExistsError(dst) from None
        os.rename(src, dst)
        return
    os.unlink(src)


def move_aside(db_path: Path) -> Path:
    """Move a damaged database (and its WAL files) to a fresh ``.corrupt-<stamp>`` name."""
    stamp = _now_stamp()
    for attempt in range(1, 1000):
        suffix = f".corrupt-{stamp}" if attempt == 1 else f".corrupt-{stamp}-{attempt}"
        aside = db_path.with_name(db_path.name + suffix)
        if any(Path(str(aside) + s).exists() for s in ("", *_SIDE_FILES)):
            continue
        try:
            _no_clobber_move(db_path, aside)
        except FileExistsError:
            continue
        for side in _SIDE_FILES:
            side_path = Path(str(db_path) + side)
            if side_path.exists():
                _no_clobber_move(side_path, Path(str(aside) + side))
        return aside
    raise StoreError(f"cannot find a free name to move the damaged {db_path} aside")


# --------------------------------------------------------------------------- opening


def _split_statements(script: str) -> list[str]:
    statements: list[str] = []
    pending = ""
    for line in script.splitlines(keepends=True):
        pending += line
        if sqlite3.complete_statement(pending):
            statements.append(pending.strip())
            pending = ""
    if pending.strip():
        statements.append(pending.strip())
    return statements


def apply_migrations(conn: sqlite3.Connection, target: int = SCHEMA_VERSION) -> int:
    """Bring the schema up to ``target`` in one transaction; returns the version found first.

    The version is read again inside the write lock: another process may have migrated
    while we waited for it.
    """
    conn.execute("BEGIN IMMEDIATE")
    try:
        found = int(conn.execute("PRAGMA user_version").fetchone()[0])
        for version in range(found + 1, target + 1):
            for statement in _split_statements(MIGRATIONS[version - 1]):
                conn.execute(statement)
        if target > found:
            conn.execute(f"PRAGMA user_version = {int(target)}")
        conn.execute("COMMIT")
    except BaseException:
        with contextlib.suppress(sqlite3.Error):
            conn.execute("ROLLBACK")
        raise
    return found


def _private_file(path: Path) -> None:
    """Create ``path`` mode 0600 if absent, and make an existing one 0600."""
    try:
        fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
    except FileExistsError:
        pass
    else:
        os.close(fd)
    os.chmod(path, 0o600)


def _tighten_side_files(db_path: Path) -> None:
    for side in _SIDE_FILES:
        with contextlib.suppress(FileNotFoundError):
            os.chmod(str(db_path) + side, 0o600)


def _configure(conn: sqlite3.Connection) -> None:
    conn.execute(f"PRAGMA busy_timeout = {int(BUSY_TIMEOUT_SECONDS * 1000)}")
    conn.execute("PRAGMA foreign_keys = ON")


def _connect_writable(db_path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(
        db_path, timeout=BUSY_TIMEOUT_SECONDS, isolation_level=None, check_same_thread=False
    )
    _configure(conn)
    return conn


def _enable_wal(conn: sqlite3.Connection, db_path: Path) -> None:
    mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
    if str(mode).lower() != "wal":
        conn.close()
        raise StoreError(f"cannot switch {db_path} to WAL mode (got {mode})")
    # FULL: a committed note survives a power cut too, not only a crash of newsdiff.
    conn.execute("PRAGMA synchronous = FULL")


def _connect_read_only(db_path: Path) -> sqlite3.Connection:
    """Read-only; ``immutable`` when the folder cannot even hold SQLite's ``-shm`` file."""
    return _connect_read_only_how(db_path)[0]


def _connect_read_only_how(db_path: Path) -> tuple[sqlite3.Connection, bool]:
    """The connection and whether it had to be ``immutable`` (which ignores the WAL)."""
    uri = db_path.resolve().as_uri()
    last: sqlite3.Error | None = None
    for query in ("mode=ro", "immutable=1"):
        conn = sqlite3.connect(
            f"{uri}?{query}",
            uri=True,
            timeout=BUSY_TIMEOUT_SECONDS,
            isolation_level=None,
            check_same_thread=False,
        )
        try:
            _configure(conn)
            conn.execute("SELECT count(*) FROM sqlite_schema").fetchone()
            return conn, query == "immutable=1"
        except sqlite3.Error as exc:
            conn.close()
            last = exc
            # Only a folder that cannot hold -shm (CANTOPEN, or READONLY_DIRECTORY for a
            # normal user) justifies immutable (lock-free) reading:
            # a busy file read without locks could look damaged while another process writes.
            if _code(exc) not in (_CANTOPEN, _READONLY):
                raise
    raise StoreError(f"cannot read the annotation database {db_path}: {last}")


def _empty_stand_in(reason: str, notices: list[str]) -> Database:
    """Nothing readable on disk: an empty in-memory store so reading still works."""
    conn = sqlite3.connect(":memory:", isolation_level=None, check_same_thread=False)
    _configure(conn)
    apply_migrations(conn)
    return Database(conn, None, read_only_reason=reason, notices=(*notices, reason))


def _user_version(conn: sqlite3.Connection) -> int:
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def _writable_folder(folder: Path) -> bool:
    """Probe by creating a file: ``os.access`` is wrong for root and some mounts."""
    probe = folder / f".newsdiff-probe-{os.getpid()}"
    try:
        fd = os.open(probe, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
    except FileExistsError:
        return True
    except OSError:
        return False
    os.close(fd)
    with contextlib.suppress(OSError):
        os.unlink(probe)
    return True


def _open_read_only(db_path: Path, reason: str, notices: list[str]) -> Database:
    if not db_path.exists() or db_path.stat().st_size == 0:
        return _empty_stand_in(reason, notices)
    try:
        problem = damage(db_path)
    except (StoreError, sqlite3.Error) as exc:
        return _empty_stand_in(f"{reason}; {exc}", notices)
    if problem:
        return _empty_stand_in(
            f"the annotation database {db_path} is damaged ({problem}) and cannot be moved "
            f"aside: {reason}",
            notices,
        )
    conn, immutable = _connect_read_only_how(db_path)
    wal = Path(str(db_path) + "-wal")
    if immutable and wal.exists() and wal.stat().st_size > 0:
        notices.append(
            "notes saved just before newsdiff last stopped are in a file SQLite cannot read "
            f"in a read-only folder ({wal}); they show again once the folder is writable"
        )
    version = _user_version(conn)
    return Database(
        conn, db_path, read_only_reason=reason, notices=(*notices, reason), schema_version=version
    )


def open_database(folder: Path) -> Database:
    """Open (creating, repairing or migrating as needed) ``folder/newsdiff.db``."""
    notices: list[str] = []
    db_path = folder / DB_NAME
    try:
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    except OSError as exc:
        reason = f"cannot create the data folder {folder} ({exc.strerror}): notes cannot be saved"
        return _open_read_only(db_path, reason, notices)
    if not _writable_folder(folder) or (db_path.exists() and not os.access(db_path, os.W_OK)):
        reason = f"the data folder {folder} is read-only: notes can be read but not saved"
        return _open_read_only(db_path, reason, notices)

    if db_path.is_symlink() and not db_path.exists():
        raise StoreError(
            f"the annotation database {db_path} is a symbolic link to a file that does not "
            "exist: remove the link, or make it point to the database"
        )
    deadline = time.monotonic() + BUSY_TIMEOUT_SECONDS
    while True:
        try:
            return _open_writable(db_path, notices)
        except OSError as exc:
            raise StoreError(
                f"cannot open the annotation database {db_path}: {exc.strerror or exc}"
            ) from exc
        except sqlite3.Error as exc:
            # Two newsdiffs opening a fresh folder at once: switching to WAL needs an
            # exclusive lock and SQLite reports the deadlock at once instead of waiting.
            if not _is_busy(exc) or time.monotonic() > deadline:
                raise _store_error(exc, db_path) from exc
            time.sleep(random.uniform(0.01, 0.05))


def _open_writable(db_path: Path, notices: list[str]) -> Database:
    problem = damage(db_path)
    if problem:
        aside = move_aside(db_path)
        notices.append(
            f"the annotation database was damaged ({problem}); it was kept as {aside} "
            "and a new, empty one was started"
        )
    _private_file(db_path)
    conn = _connect_writable(db_path)
    try:
        found = _user_version(conn)
    except BaseException:
        conn.close()
        raise
    if found > SCHEMA_VERSION:
        conn.close()
        reason = (
            f"the annotation database {db_path} was written by a newer newsdiff (schema "
            f"v{found}; this one knows up to v{SCHEMA_VERSION}): it is open read-only, "
            "upgrade newsdiff to save notes"
        )
        return _open_read_only(db_path, reason, notices)
    try:
        _enable_wal(conn, db_path)
        apply_migrations(conn)
    except BaseException:
        conn.close()
        raise
    _tighten_side_files(db_path)
    return Database(conn, db_path, notices=tuple(notices))
