"""A read-only data folder, as a normal user (issue 18, item 6).

Root can create SQLite's ``-shm`` file in a read-only folder, so the test that runs as root
never saw what a normal user gets: SQLite says SQLITE_READONLY_DIRECTORY, the read-only
fallback was never tried, ``stories`` said "no story yet" and ``export`` left the notes
out with exit 0 (each assertion below failed that way on main). Here the commands run in a
forked child that drops to the ``nobody`` user (uid 65534) first; when this process is not
root it already is a normal user and runs them itself; when privileges cannot be dropped
the test is skipped and says why.
"""

from __future__ import annotations

import json
import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from reader.store import AnnotationStore
from tests.as_user import NOBODY, run_as_user
from tests.hostile.bundles import make_story


@pytest.fixture
def read_only_data() -> Iterator[tuple[Path, Path]]:
    """A story with a note in a data folder its (normal) owner cannot write."""
    base = Path(tempfile.mkdtemp(prefix="newsdiff-ro-"))
    try:
        os.chmod(base, 0o755)
        data = base / "data"
        make_story(base / "articles", data)
        if os.geteuid() == 0:
            for path in [base, *base.rglob("*")]:
                os.chown(path, NOBODY, NOBODY)
        os.chmod(data, 0o500)
        yield base / "articles", data
    finally:
        os.chmod(base / "data", 0o700)
        shutil.rmtree(base, ignore_errors=True)


def test_stories_are_listed_from_a_read_only_folder(read_only_data: tuple[Path, Path]) -> None:
    _, data = read_only_data
    code, out, err = run_as_user(["stories", "--data-dir", str(data)], data)
    assert code == 0, err
    assert out.startswith("fire") and "1 notes" in out
    assert "read-only" in err and "attempt to write" not in err


def test_an_export_from_a_read_only_folder_carries_the_notes(
    read_only_data: tuple[Path, Path],
) -> None:
    articles, data = read_only_data
    code, out, err = run_as_user(["export", "--data-dir", str(data), str(articles)], data)
    assert code == 0, err
    assert "check the figure" in out


def test_a_story_opens_from_a_read_only_folder(read_only_data: tuple[Path, Path]) -> None:
    _, data = read_only_data
    code, out, err = run_as_user(["report", "--data-dir", str(data), "--story", "fire"], data)
    assert code == 0, err
    assert json.loads(out)["sources"]


def test_the_notes_api_reads_a_read_only_folder(read_only_data: tuple[Path, Path]) -> None:
    """The same through the store, in this process (root or not): the notes are there."""
    _, data = read_only_data
    with AnnotationStore.open(data) as notes:
        assert [n.note for n in notes.list()] == ["check the figure"]
