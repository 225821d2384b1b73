from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from reader.model import Source
from reader.store import AnnotationStore

MakeSource = Callable[..., Source]


def make_source(text: str, path: str = "/news/coast-times.txt", source_id: str = "s1") -> Source:
    """A hand-made source: the store only needs its id, path, text and hash."""
    sha = hashlib.sha256(text.encode("utf-8")).hexdigest()
    return Source(id=source_id, path=path, text=text, sha256=sha, paragraphs=())


class TickingClock:
    """A clock that moves one second per reading, so times are distinct and predictable."""

    def __init__(self) -> None:
        self.now = datetime(2031, 5, 6, 9, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        self.now += timedelta(seconds=1)
        return self.now


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "data"


@pytest.fixture
def store(data_dir: Path) -> Iterator[AnnotationStore]:
    opened = AnnotationStore.open(data_dir, clock=TickingClock())
    yield opened
    opened.close()
