"""An export replaces the old file whole, or not at all (a full disk keeps the old one)."""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

import pytest

from reader.export import atomic, write_atomic


def test_a_new_export_is_written_private(tmp_path: Path) -> None:
    target = tmp_path / "story.md"
    write_atomic(target, "# Story\n")
    assert target.read_text(encoding="utf-8") == "# Story\n"
    assert stat.S_IMODE(target.stat().st_mode) == 0o600


def test_an_export_replaces_the_old_file_and_keeps_its_mode(tmp_path: Path) -> None:
    target = tmp_path / "story.md"
    target.write_text("old", encoding="utf-8")
    os.chmod(target, 0o644)
    write_atomic(target, "new")
    assert target.read_text(encoding="utf-8") == "new"
    assert stat.S_IMODE(target.stat().st_mode) == 0o644


def test_a_full_disk_leaves_the_previous_export_intact(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "story.md"
    target.write_text("the previous export", encoding="utf-8")
    written: list[int] = []

    def full_disk(fd: int, data: bytes | memoryview) -> int:
        if written:
            raise OSError(errno.ENOSPC, "No space left on device")
        written.append(1)
        return 10  # a first partial write succeeds, then the disk is full

    monkeypatch.setattr(atomic.os, "write", full_disk)
    with pytest.raises(OSError) as raised:
        write_atomic(target, "x" * 100_000)
    assert raised.value.errno == errno.ENOSPC
    monkeypatch.undo()
    assert target.read_text(encoding="utf-8") == "the previous export"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["story.md"]
