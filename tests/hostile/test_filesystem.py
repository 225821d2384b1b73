"""File-system trouble: unreadable files, folders and links where files were expected,
file names that are not UTF-8, a read-only data folder, exports that cannot be written.

Each problem is one clear line on stderr naming the path; the other sources still load.
Elsewhere already: a truly read-only data folder at the store level (a read-only bind
mount, tests/store/test_db.py) and a full disk during an export (tests/export/test_atomic.py
and test_command.py); this module adds what those do not reach (the app's export on a
full disk, a read-only folder seen from the app).
"""

from __future__ import annotations

import asyncio
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

import pytest

from reader.store import AnnotationStore, span_target
from tests.hostile.conftest import ROOT, run_cli, run_process


def test_a_file_we_may_not_read_is_one_line_and_the_rest_load(
    tmp_path: Path, good: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("Private\n\nNot for you.\n")
    real_open = os.open

    def guarded(path: Any, *args: Any, **kwargs: Any) -> Any:
        if Path(path) == secret:
            raise PermissionError(13, "Permission denied", str(path))
        return real_open(path, *args, **kwargs)

    monkeypatch.setattr(os, "open", guarded)  # root ignores chmod 000
    run = run_cli(capsys, "report", good, str(secret))
    assert run.code == 1
    (line,) = run.err.splitlines()
    assert str(secret) in line and "permission denied" in line
    assert [s["path"] for s in run.json()["sources"]] == [good]


def test_a_chmod_000_file_is_one_line_and_the_rest_load() -> None:
    """As a normal user (root reads a chmod 000 file anyway: tests/as_user.py drops to
    nobody in a child, or skips saying why)."""
    from tests.as_user import run_as_user
    from tests.hostile.conftest import GOOD

    base = Path(tempfile.mkdtemp(prefix="newsdiff-000-"))
    try:
        os.chmod(base, 0o755)
        good = base / "good.txt"
        good.write_text(GOOD, encoding="utf-8")
        good.chmod(0o644)
        secret = base / "secret.txt"
        secret.write_text("Private\n\nNot for you.\n")
        secret.chmod(0)
        code, out, err = run_as_user(["report", str(good), str(secret)])
    finally:
        shutil.rmtree(base, ignore_errors=True)
    assert code == 1 and "permission denied" in err
    assert [s["path"] for s in json.loads(out)["sources"]] == [str(good)]


def test_a_folder_named_like_a_file_is_one_line(
    tmp_path: Path, good: str, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "article.txt"
    folder.mkdir()
    run = run_cli(capsys, "report", good, str(folder))
    assert run.code == 1
    (line,) = run.err.splitlines()
    assert str(folder) in line and "no readable" in line


def test_folders_and_broken_links_inside_a_folder_are_passed_over(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "set"
    folder.mkdir()
    (folder / "real.txt").write_text("Ferry halted\n\nThe Selkie broke down on Tuesday.\n")
    (folder / "sub.txt").mkdir()
    (folder / "loop.txt").symlink_to(folder / "loop.txt")
    (folder / "gone.md").symlink_to(tmp_path / "nowhere.md")
    (folder / "zero.txt").symlink_to("/dev/zero")
    run = run_cli(capsys, "report", str(folder))
    assert run.code == 0, run.err
    assert [Path(s["path"]).name for s in run.json()["sources"]] == ["real.txt"]


@pytest.mark.parametrize("kind", ["self", "pair"])
def test_a_symlink_loop_given_by_name_is_one_line(
    tmp_path: Path, good: str, kind: str, capsys: pytest.CaptureFixture[str]
) -> None:
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.symlink_to(a if kind == "self" else b)
    if kind == "pair":
        b.symlink_to(a)
    run = run_cli(capsys, "report", good, str(a))
    assert run.code == 1
    (line,) = run.err.splitlines()
    assert str(a) in line and "loop" in line


def test_a_device_given_as_a_file_is_capped_not_read_forever(
    good: str, capsys: pytest.CaptureFixture[str]
) -> None:
    run = run_cli(capsys, "report", "--max-bytes", "100000", good, "/dev/zero")
    assert run.code == 1
    (line,) = run.err.splitlines()
    assert "/dev/zero" in line and "--max-bytes" in line


NON_UTF8 = b"caf\xe9-\xff\xfe.txt"  # latin-1 e-acute and bytes no encoding maps


@pytest.fixture
def non_utf8_folder(tmp_path: Path) -> bytes:
    folder = os.fsencode(tmp_path / "set")
    os.mkdir(folder)
    with open(os.path.join(folder, NON_UTF8), "w", encoding="utf-8") as handle:
        handle.write("Ferry halted\n\nThe Selkie broke down on Tuesday.\n")
    with open(os.path.join(folder, b"plain.txt"), "w", encoding="utf-8") as handle:
        handle.write("Kerrow ferry stops\n\nAbout 300 passengers were stranded.\n")
    return folder


@pytest.mark.parametrize("fmt", ["json", "md"])
def test_a_non_utf8_file_name_loads_and_the_report_is_valid_utf8_on_a_strict_stdout(
    non_utf8_folder: bytes, fmt: str
) -> None:
    env = {**os.environ, "PYTHONIOENCODING": "utf-8:strict"}
    done = subprocess.run(
        [sys.executable, "-m", "reader", "report", "--format", fmt, os.fsdecode(non_utf8_folder)],
        capture_output=True,
        cwd=ROOT,
        env=env,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr.decode(errors="replace")
    out = done.stdout.decode("utf-8")  # strict: raises on any undecodable byte
    if fmt == "json":
        paths = [s["path"] for s in json.loads(out)["sources"]]
        assert os.path.join(non_utf8_folder, NON_UTF8) in [os.fsencode(p) for p in paths]
    else:
        assert "caf\ufffd-\ufffd\ufffd.txt" in out


def test_a_non_utf8_file_name_on_the_command_line_loads(non_utf8_folder: bytes) -> None:
    path = os.fsdecode(os.path.join(non_utf8_folder, NON_UTF8))
    done = run_process("report", path)
    assert done.returncode == 0, done.stderr
    (source,) = json.loads(done.stdout)["sources"]
    assert os.fsencode(source["path"]).endswith(NON_UTF8)


def test_a_read_only_data_folder_refuses_a_note_clearly_and_the_reading_goes_on(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from reader.services.store_notes import StoreNotes
    from reader.ui.app import NewsdiffApp
    from tests.hostile.hostile_analysis import hostile_analysis

    analysis = hostile_analysis()
    source = analysis.sources[0]
    with AnnotationStore.open(tmp_path / "data") as store:
        store.add(span_target(source, 0, 12), "written before")
    # What a read-only mount makes the probe see (a real one: tests/store/test_db.py).
    monkeypatch.setattr("reader.store.db._writable_folder", lambda folder: False)
    store = AnnotationStore.open(tmp_path / "data")
    assert store.read_only and [a.note for a in store.list()] == ["written before"]

    async def main() -> None:
        app = NewsdiffApp(analysis=analysis, store=StoreNotes(store), notices=store.notices)
        async with app.run_test(size=(160, 50), notifications=True) as pilot:
            await pilot.pause()
            await pilot.press("a")
            await pilot.pause()
            await pilot.press(*"call the operator", "ctrl+s")
            await pilot.pause()
            messages = [(n.title, n.message) for n in app._notifications]
            refused = [m for t, m in messages if t == "Note not saved"]
            assert refused and "read-only" in refused[0]
            assert app.is_running
            await pilot.press("j", "j")  # reading and moving still work
            assert "Ferry chaos" in "\n".join(
                "".join(seg.text for seg in strip)
                for strip in app.screen._compositor.render_strips()
            )

    try:
        asyncio.run(main())
    finally:
        store.close()
    with AnnotationStore.open(tmp_path / "data") as reopened:
        assert [a.note for a in reopened.list()] == ["written before"]


@pytest.mark.parametrize("target", ["folder", "missing-folder"])
def test_an_export_that_cannot_be_written_says_so_in_one_place_and_keeps_nothing_half_done(
    tmp_path: Path, good: str, target: str
) -> None:
    output = tmp_path if target == "folder" else tmp_path / "nowhere" / "x.md"
    done = run_process(
        "export", "--data-dir", str(tmp_path / "data"), "--output", str(output), good
    )
    assert done.returncode == 1
    err = done.stderr.decode()
    assert "Traceback" not in err and f"cannot write {output}" in err
    assert not (tmp_path / "nowhere").exists()


def test_a_hostile_file_name_reaches_the_export_stderr_inert(tmp_path: Path, good: str) -> None:
    bad = tmp_path / "\x1b]0;PWNED\x07.txt"
    bad.write_bytes(b"\x00 binary")
    done = run_process("export", "--data-dir", str(tmp_path / "data"), good, str(bad))
    assert b"\x1b" not in done.stderr and b"\x07" not in done.stderr
    assert "\u241b]0;PWNED\u2407.txt" in done.stderr.decode()


def test_a_full_disk_during_an_export_from_the_app_keeps_the_previous_file_and_says_so(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import errno

    from textual.widgets import Input

    from reader.export import atomic
    from reader.ui.app import NewsdiffApp
    from tests.hostile.hostile_analysis import hostile_analysis

    target = tmp_path / "story.md"
    target.write_text("the previous export", encoding="utf-8")
    calls: list[int] = []

    def full_disk(fd: int, data: bytes | memoryview) -> int:
        if calls:
            raise OSError(errno.ENOSPC, "No space left on device")
        calls.append(1)
        return 10  # the first write lands, then the disk is full

    monkeypatch.setattr(atomic.os, "write", full_disk)

    async def main() -> None:
        app = NewsdiffApp(analysis=hostile_analysis(), title="Kerrow ferry")
        async with app.run_test(size=(160, 50), notifications=True) as pilot:
            await pilot.pause()
            await pilot.press("e")
            await pilot.pause()
            app.screen.query_one(Input).value = str(target)
            await pilot.press("enter")
            await pilot.pause()
            await pilot.press("y")  # it exists: replaced only after a yes
            await app.workers.wait_for_complete()
            await pilot.pause()
            messages = [n.message for n in app._notifications]
            assert any(f"Cannot write {target}" in m and "No space" in m for m in messages)
            assert app.is_running

    asyncio.run(main())
    assert calls  # the export was really attempted
    assert target.read_text(encoding="utf-8") == "the previous export"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["story.md"]


def test_a_named_pipe_without_a_writer_is_empty_not_a_hang(
    tmp_path: Path, good: str, capsys: pytest.CaptureFixture[str]
) -> None:
    pipe = tmp_path / "pipe.txt"
    os.mkfifo(pipe)
    run = run_cli(capsys, "report", good, str(pipe))
    assert run.code == 1
    (line,) = run.err.splitlines()
    assert str(pipe) in line and "empty" in line


@pytest.mark.skipif(shutil.which("bash") is None, reason="needs bash for <(command)")
def test_a_shell_process_substitution_is_read_like_a_file() -> None:
    article = r"Ferry halted\n\nThe Selkie broke down on Tuesday, the operator said.\n"
    done = subprocess.run(
        ["bash", "-c", f'"$0" -m reader report <(printf "{article}")', sys.executable],
        capture_output=True,
        cwd=ROOT,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    (source,) = json.loads(done.stdout)["sources"]
    assert source["path"].startswith("/dev/fd/")
    assert source["paragraphs"][-1]["text"].startswith("The Selkie")
