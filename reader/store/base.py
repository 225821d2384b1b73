"""What every store over the annotation database shares: how it is opened, its clock and
its id maker (both fixed in tests and golden files), and how it is closed.

``AnnotationStore`` (notes and triage) and ``StoryStore`` (stories and corrections) are two
views of the one database file; opening either one goes through here, so both find the
same file by the same rules (``--data-dir``, ``NEWSDIFF_DATA_DIR``, the user data dir).
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Callable
from datetime import UTC, datetime
from types import TracebackType
from typing import Self

from reader.settings import user_data_dir
from reader.store.db import Database, open_database

Clock = Callable[[], datetime]


def _utc_now() -> datetime:
    return datetime.now(UTC)


def _random_id() -> str:
    return uuid.uuid4().hex


class DatabaseStore:
    """A store saved at once in the one database; subclasses add what they hold."""

    def __init__(
        self,
        database: Database,
        *,
        clock: Clock | None = None,
        new_id: Callable[[], str] | None = None,
    ) -> None:
        """``clock`` and ``new_id`` are for tests and golden files (fixed times and ids)."""
        self._db = database
        self._clock = clock or _utc_now
        self._new_id = new_id or _random_id

    @classmethod
    def open(
        cls,
        folder: str | os.PathLike[str] | None = None,
        *,
        clock: Clock | None = None,
        new_id: Callable[[], str] | None = None,
    ) -> Self:
        """Open the store in ``folder``, else ``NEWSDIFF_DATA_DIR``, else the user data dir."""
        return cls(open_database(user_data_dir(folder)), clock=clock, new_id=new_id)

    @property
    def database(self) -> Database:
        """The database this store reads and writes (another store may share it)."""
        return self._db

    def close(self) -> None:
        self._db.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        value: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()

    def _now(self) -> str:
        """The clock's time as saved in every row: UTC ISO 8601 to the millisecond."""
        return self._clock().astimezone(UTC).isoformat(timespec="milliseconds")
