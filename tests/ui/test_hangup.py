"""Closing the terminal (SIGHUP) or a SIGTERM while the note editor is open saves its draft
first, though the autosave has not run yet: a real newsdiff in a pseudo-terminal."""

from __future__ import annotations

import contextlib
import fcntl
import os
import pty
import select
import signal
import struct
import sys
import termios
import time
from pathlib import Path

import pytest

from reader.store import AnnotationStore

ROOT = Path(__file__).resolve().parents[2]
SIZE = (120, 35)  # columns, rows
WAIT = 120.0  # seconds before a test gives up on a frame (a failure, never a measure)


class Terminal:
    """newsdiff on harbour-fire in a pseudo-terminal: keys in, output read as it comes."""

    def __init__(self, data: Path) -> None:
        env = dict(os.environ, TERM="xterm-256color", NEWSDIFF_DATA_DIR=str(data))
        for name in ("TEXTUAL", "NO_COLOR", "TEXTUAL_DRIVER"):
            env.pop(name, None)
        argv = [sys.executable, "-m", "reader", "samples/harbour-fire"]
        self.pid, self.fd = pty.fork()
        if self.pid == 0:  # the child: a terminal of SIZE, then newsdiff
            try:
                columns, rows = SIZE
                fcntl.ioctl(1, termios.TIOCSWINSZ, struct.pack("HHHH", rows, columns, 0, 0))
                os.chdir(ROOT)
                os.execve(argv[0], argv, env)
            finally:
                os._exit(127)
        self.output = bytearray()

    def wait_for(self, marker: str) -> None:
        """Read until ``marker`` has been written since the last wait."""
        start = len(self.output)
        deadline = time.monotonic() + WAIT
        while marker.encode() not in self.output[start:]:
            left = deadline - time.monotonic()
            assert left > 0, f"no {marker!r} on the terminal"
            ready, _, _ = select.select([self.fd], [], [], left)
            if ready:
                chunk = os.read(self.fd, 65536)
                assert chunk, f"newsdiff ended before showing {marker!r}"
                self.output += chunk

    def type(self, keys: str) -> None:
        os.write(self.fd, keys.encode())

    def status_after(self, stop: signal.Signals) -> int:
        """Send ``stop`` and wait for the exit, reading what is written meanwhile."""
        os.kill(self.pid, stop)
        deadline = time.monotonic() + WAIT
        while time.monotonic() < deadline:
            done, status = os.waitpid(self.pid, os.WNOHANG)
            if done:
                return status
            ready, _, _ = select.select([self.fd], [], [], 0.1)
            if ready:
                with contextlib.suppress(OSError):  # the child is gone (EIO on Linux)
                    os.read(self.fd, 65536)
        os.kill(self.pid, signal.SIGKILL)
        return os.waitpid(self.pid, 0)[1]

    def close(self) -> None:
        os.close(self.fd)


@pytest.mark.parametrize("stop", [signal.SIGHUP, signal.SIGTERM])
def test_a_signal_to_stop_saves_the_open_editors_draft_before_leaving(
    tmp_path: Path, stop: signal.Signals
) -> None:
    terminal = Terminal(tmp_path)
    try:
        # The whole analysis is on screen: aligned claims come first ("finding facts…"),
        # and a signal then would test the facts worker, not the editor.
        terminal.wait_for(" divergent")
        terminal.type("n")
        terminal.type("a")
        terminal.wait_for("ctrl+s saves")
        terminal.type("zebra crossing")
        terminal.wait_for("zebra crossing")
        status = terminal.status_after(stop)
    finally:
        terminal.close()
    assert os.WIFEXITED(status), f"ended by signal {os.WTERMSIG(status)}, not by leaving"
    with AnnotationStore.open(tmp_path) as store:
        assert [d.text for d in store.drafts.list()] == ["zebra crossing"]
