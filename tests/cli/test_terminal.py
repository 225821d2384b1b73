"""An article piped on standard input is read by the loader, not taken as key presses."""

from __future__ import annotations

import io
import os
import sys

import pytest

from reader.cli import terminal
from reader.ingest import load_sources


class _Piped(io.TextIOWrapper):
    def isatty(self) -> bool:
        return False


def _pipe(monkeypatch: pytest.MonkeyPatch, data: bytes) -> list[tuple[int, int]]:
    """Standard input as a pipe holding ``data``; /dev/tty as a spare descriptor."""
    monkeypatch.setattr(sys, "stdin", _Piped(io.BytesIO(data)))
    moved: list[tuple[int, int]] = []
    spare, other = os.pipe()
    os.close(other)
    monkeypatch.setattr(terminal.os, "open", lambda path, flags: spare)
    monkeypatch.setattr(terminal.os, "dup2", lambda fd, to: moved.append((fd, to)))
    return moved


def test_the_piped_article_reaches_the_loader(monkeypatch: pytest.MonkeyPatch) -> None:
    _pipe(monkeypatch, b"Ferry halted\n\nThe crossing stopped on Tuesday.\n")
    assert terminal.take_piped_stdin(1000) is None
    loaded = load_sources(["-"])
    assert not loaded.errors
    assert "crossing stopped" in loaded.sources[0].text


def test_keys_are_read_from_the_terminal_after_the_pipe(monkeypatch: pytest.MonkeyPatch) -> None:
    moved = _pipe(monkeypatch, b"Title\n\nBody.\n")
    terminal.take_piped_stdin(1000)
    assert [to for _fd, to in moved] == [0]


def test_an_article_over_the_cap_is_still_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    _pipe(monkeypatch, b"x" * 50)
    terminal.take_piped_stdin(10)
    assert load_sources(["-"], max_bytes=10).errors


def test_without_a_terminal_the_app_says_why(monkeypatch: pytest.MonkeyPatch) -> None:
    _pipe(monkeypatch, b"Title\n\nBody.\n")

    def no_tty(path: str, flags: int) -> int:
        raise OSError("no controlling terminal")

    monkeypatch.setattr(terminal.os, "open", no_tty)
    assert "newsdiff report -" in (terminal.take_piped_stdin(1000) or "")
