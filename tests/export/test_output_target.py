"""``--output`` writes only a regular file (issue 18, item 5).

Each of these failed before: a device node or a symbolic link was turned into a regular
file (the mode of ``/dev/null``, 0666, carried over), a read-only or existing file was
overwritten without a word.
"""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from reader.cli import main as newsdiff
from reader.export import atomic, write_atomic
from reader.export.atomic import OutputExistsError, OutputRefusedError, check_target
from tests.export.story import COAST, WIRE


@pytest.fixture
def story_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "story"
    folder.mkdir()
    (folder / "coast.txt").write_text(COAST, encoding="utf-8")
    (folder / "wire.txt").write_text(WIRE, encoding="utf-8")
    return folder


def _export(tmp_path: Path, story_dir: Path, output: Path, *flags: str) -> int:
    argv = ["--data-dir", str(tmp_path / "data"), "--output", str(output), *flags]
    return newsdiff(["export", *argv, str(story_dir)])


def _one_line(err: str) -> list[str]:
    lines = err.strip().splitlines()
    assert lines and all(line.startswith("newsdiff: ") for line in lines)
    assert "Traceback" not in err
    return lines


def test_a_new_export_is_private(tmp_path: Path, story_dir: Path) -> None:
    output = tmp_path / "story.md"
    old = os.umask(0)  # even with a permissive umask
    try:
        assert _export(tmp_path, story_dir, output) == 0
    finally:
        os.umask(old)
    assert stat.S_IMODE(output.stat().st_mode) == 0o600


def test_a_folder_is_refused(
    tmp_path: Path, story_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert _export(tmp_path, story_dir, tmp_path, "--force") == 1
    assert "is a folder" in _one_line(capsys.readouterr().err)[0]


def test_a_fifo_is_refused_without_blocking(
    tmp_path: Path, story_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    assert _export(tmp_path, story_dir, fifo, "--force") == 1
    assert "named pipe" in capsys.readouterr().err
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode)


def _device(tmp_path: Path) -> Path:
    node = tmp_path / "null"
    try:
        os.mknod(node, stat.S_IFCHR | 0o666, os.makedev(1, 3))
    except OSError as exc:
        pytest.skip(f"cannot make a device node here ({exc.strerror})")
    return node


def test_a_device_is_refused_and_stays_a_device(
    tmp_path: Path, story_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    node = _device(tmp_path)
    assert _export(tmp_path, story_dir, node, "--force") == 1
    assert "is a device" in capsys.readouterr().err
    assert stat.S_ISCHR(os.lstat(node).st_mode)


def test_dev_null_is_refused_before_anything_is_written() -> None:
    with pytest.raises(OutputRefusedError, match="device"):
        check_target(Path("/dev/null"), replace=True, follow_symlinks=True)


def test_a_symlink_is_refused_unless_followed(
    tmp_path: Path, story_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    real = tmp_path / "real.md"
    real.write_text("kept", encoding="utf-8")
    link = tmp_path / "link.md"
    link.symlink_to(real)
    assert _export(tmp_path, story_dir, link, "--force") == 1
    assert "symbolic link" in capsys.readouterr().err
    assert link.is_symlink() and real.read_text(encoding="utf-8") == "kept"
    assert _export(tmp_path, story_dir, link, "--force", "--follow-symlinks") == 0
    assert link.is_symlink()  # the link stays; the file it points to is the export
    assert real.read_text(encoding="utf-8").startswith("---\n")


def test_a_symlink_to_a_device_is_refused_even_when_followed(tmp_path: Path) -> None:
    link = tmp_path / "link"
    link.symlink_to("/dev/null")
    with pytest.raises(OutputRefusedError, match="device"):
        write_atomic(link, "x", replace=True, follow_symlinks=True)
    assert link.is_symlink()


@pytest.mark.parametrize("read_only", [False, True])
def test_an_existing_file_needs_force(
    tmp_path: Path, story_dir: Path, capsys: pytest.CaptureFixture[str], read_only: bool
) -> None:
    output = tmp_path / "story.md"
    output.write_text("previous", encoding="utf-8")
    os.chmod(output, 0o400 if read_only else 0o640)
    assert _export(tmp_path, story_dir, output) == 1
    line = _one_line(capsys.readouterr().err)[0]
    assert "--force" in line and ("read-only" in line) == read_only
    assert output.read_text(encoding="utf-8") == "previous"
    assert _export(tmp_path, story_dir, output, "--force") == 0
    assert output.read_text(encoding="utf-8").startswith("---\n")
    assert stat.S_IMODE(output.stat().st_mode) == (0o400 if read_only else 0o640)


def test_a_file_appearing_during_the_write_is_not_clobbered(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "story.md"
    real_write = atomic._write_all

    def racing(fd: int, data: bytes) -> None:
        target.write_text("someone else's", encoding="utf-8")
        real_write(fd, data)

    monkeypatch.setattr(atomic, "_write_all", racing)
    with pytest.raises(OutputExistsError):
        write_atomic(target, "ours", replace=False)
    assert target.read_text(encoding="utf-8") == "someone else's"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["story.md"]


def test_the_user_is_asked_at_a_terminal(tmp_path: Path, story_dir: Path) -> None:
    """Through a pseudo-terminal: 'n' keeps the file, 'y' replaces it."""
    import pty

    output = tmp_path / "story.md"
    for answer, replaced in ((b"n\n", False), (b"y\n", True)):
        output.write_text("previous", encoding="utf-8")
        leader, follower = pty.openpty()
        code = [
            sys.executable, "-m", "reader", "export", "--data-dir", str(tmp_path / "data"),
            "--output", str(output), str(story_dir),
        ]  # fmt: skip
        done = subprocess.Popen(
            code, stdin=follower, stderr=follower, stdout=subprocess.DEVNULL, cwd=Path.cwd()
        )
        os.close(follower)
        seen = b""
        while b"[y/N]" not in seen:
            chunk = os.read(leader, 1024)
            assert chunk, seen
            seen += chunk
        os.write(leader, answer)
        assert done.wait(timeout=120) == (0 if replaced else 1)
        os.close(leader)
        assert output.read_text(encoding="utf-8").startswith("---") == replaced
