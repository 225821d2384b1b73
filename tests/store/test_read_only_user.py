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

import contextlib
import io
import json
import os
import shutil
import tempfile
from collections.abc import Iterator, Sequence
from pathlib import Path

import pytest

from reader.cli import main
from reader.store import AnnotationStore
from tests.hostile.bundles import make_story

NOBODY = 65534


def _run_here(argv: Sequence[str]) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main(list(argv))
    return code, out.getvalue(), err.getvalue()


def _warm_up(argv: Sequence[str], data: Path) -> None:
    """The same command as root on a copy of the data folder: every module it imports is
    loaded before the child drops privileges (nobody may not read the interpreter's files),
    and the folder under test is left untouched (root would create SQLite's side files)."""
    with tempfile.TemporaryDirectory() as scratch:
        copy = Path(scratch) / "data"
        shutil.copytree(data, copy)
        _run_here([str(copy) if a == str(data) else a for a in argv])


def run_as_user(argv: Sequence[str], data: Path) -> tuple[int, str, str]:
    """``newsdiff ARGV`` as a normal user: exit code, stdout, stderr."""
    if os.geteuid() != 0:
        return _run_here(argv)
    _warm_up(argv, data)
    read, write = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: drop to nobody, run, send the result back, leave at once
        os.close(read)
        try:
            os.setgroups([])
            os.setgid(NOBODY)
            os.setuid(NOBODY)
            result = _run_here(argv)
            payload = json.dumps({"result": result})
        except BaseException as exc:
            payload = json.dumps({"error": f"{type(exc).__name__}: {exc}"})
        os.write(write, payload.encode())
        os._exit(0)
    os.close(write)
    chunks = []
    while chunk := os.read(read, 65536):
        chunks.append(chunk)
    os.close(read)
    os.waitpid(pid, 0)
    answer = json.loads(b"".join(chunks) or b'{"error": "the child sent nothing"}')
    if "error" in answer:
        if answer["error"].startswith("PermissionError") and "setuid" not in answer["error"]:
            pytest.fail(answer["error"])
        pytest.skip(f"cannot run as a normal user here: {answer['error']}")
    code, out, err = answer["result"]
    return int(code), str(out), str(err)


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
