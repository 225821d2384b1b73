"""Cold first paint, as a user feels it: a fresh process in a pseudo-terminal, from exec
until the terminal has received the first frame that shows the expected text.

Both apps are timed the same way, with no hook inside either: ``pty.fork`` gives the child
a terminal of the benchmark size, the child execs ``python -m ...``, and the parent reads
everything the app writes until every marker string has appeared in the output (Textual
writes each run of same-styled text in one piece, so a pane heading or a static text shows
up contiguously among the escape sequences). The child is then killed. What is timed is
interpreter start, imports, app start, and whatever the app does before that frame is
written: for newsdiff, building the compare screen and waiting for the first sources,
which a child process it forks at start reads meanwhile (``reader.services.read_ahead``: on a quiet
two-core machine beside the app, on a busy one competing with it; the whole process group
is killed after the frame).

One untimed run of each command first, so the operating system's file cache and the
bytecode caches are warm for both alike ("cold" is the process, not the disk). The children
write and read their bytecode under one temporary folder (``PYTHONPYCACHEPREFIX``), even
where the environment sets ``PYTHONDONTWRITEBYTECODE``: without it every run compiled
newsdiff's own modules from source (an editable install has no ``.pyc``; a wheel install
compiles them at install time) while Textual's came compiled, about 50 ms on one side only.
"""

from __future__ import annotations

import fcntl
import os
import pty
import select
import signal
import statistics
import struct
import sys
import termios
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from benchmarks.bare_app import TEXT as BARE_TEXT

ROOT = Path(__file__).resolve().parent.parent


@dataclass(frozen=True)
class Launch:
    """A command to start in a terminal and the strings its awaited frame shows."""

    argv: tuple[str, ...]
    markers: tuple[str, ...]


def bare_launch() -> Launch:
    return Launch((sys.executable, "-m", "benchmarks.bare_app"), (BARE_TEXT,))


def newsdiff_launch(folder: Path, data_dir: Path) -> Launch:
    """``newsdiff FOLDER`` until the compare screen is on the terminal: the summary line
    counts the sources ("· 20 sources", or "· loading 4 of 20 sources" when the first panes
    paint before the rest are read) and the first pane's heading names its outlet (neither
    is on the loading screen)."""
    from reader.ingest import load_sources

    sources = load_sources([str(folder)]).sources
    markers = (f" {len(sources)} sources", sources[0].label)
    argv = (sys.executable, "-m", "reader", str(folder), "--data-dir", str(data_dir))
    return Launch(argv, markers)


def paint_seconds(
    launch: Launch, size: tuple[int, int], bytecode: Path, timeout: float = 60.0
) -> float:
    """Seconds from fork + exec until every marker has been written to the terminal; the
    child keeps its compiled modules under ``bytecode``."""
    columns, rows = size
    env = dict(os.environ, TERM="xterm-256color", COLUMNS=str(columns), LINES=str(rows))
    for name in ("TEXTUAL", "NO_COLOR", "TEXTUAL_DRIVER", "PYTHONDONTWRITEBYTECODE"):
        env.pop(name, None)
    env["PYTHONPYCACHEPREFIX"] = str(bytecode)
    wanted = [m.encode() for m in launch.markers]
    started = time.perf_counter()
    pid, fd = pty.fork()
    if pid == 0:  # the child: a terminal of the benchmark size, then the app
        try:
            fcntl.ioctl(1, termios.TIOCSWINSZ, struct.pack("HHHH", rows, columns, 0, 0))
            os.chdir(ROOT)
            os.execve(launch.argv[0], list(launch.argv), env)
        finally:
            os._exit(127)
    output = bytearray()
    try:
        while True:
            left = timeout - (time.perf_counter() - started)
            if left <= 0:
                raise TimeoutError(f"{' '.join(launch.argv)}: no frame with {launch.markers}")
            ready, _, _ = select.select([fd], [], [], left)
            if not ready:
                continue
            try:
                chunk = os.read(fd, 65536)
            except OSError:  # the child is gone (EIO on Linux)
                chunk = b""
            if not chunk:
                raise RuntimeError(f"{' '.join(launch.argv)} ended before painting: {output!r}")
            output += chunk
            if all(m in output for m in wanted):
                return time.perf_counter() - started
    finally:  # the whole process group: the read-ahead child too (reader.services.read_ahead)
        os.killpg(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
        os.close(fd)


def paint_rounds(
    launches: dict[str, Launch], size: tuple[int, int], repeats: int
) -> dict[str, list[float]]:
    """Each launch ``repeats`` times, in interleaved rounds (a machine that gets busier
    moves every launch alike), after one untimed run of each (which also compiles their
    modules into a shared bytecode folder)."""
    import tempfile

    with tempfile.TemporaryDirectory(prefix="newsdiff-bytecode-") as folder:
        bytecode = Path(folder)
        for launch in launches.values():
            paint_seconds(launch, size, bytecode)
        timings: dict[str, list[float]] = {name: [] for name in launches}
        for _ in range(repeats):
            for name, launch in launches.items():
                timings[name].append(paint_seconds(launch, size, bytecode))
    return timings


def summary(timings: dict[str, list[float]], reference: str) -> dict[str, dict[str, float]]:
    """Median seconds per launch, and the median per-round ratio to the reference."""
    out = {}
    for name, values in timings.items():
        ratios = [a / b for a, b in zip(values, timings[reference], strict=True)]
        out[name] = {
            "seconds": statistics.median(values),
            "vs_bare": statistics.median(ratios),
            "runs": float(len(values)),
        }
    return out


def main(argv: Sequence[str] | None = None) -> int:
    """``python -m benchmarks.cold FOLDER...``: cold first paint of each folder vs the bare app."""
    import argparse
    import tempfile

    parser = argparse.ArgumentParser(
        prog="python -m benchmarks.cold",
        description="Cold first paint of newsdiff on each folder, against the bare app.",
    )
    parser.add_argument("folders", nargs="+", type=Path, help="folders of sources to open")
    folders: list[Path] = parser.parse_args(sys.argv[1:] if argv is None else argv).folders
    for folder in folders:
        if not folder.is_dir():
            parser.error(f"not a folder: {folder}")
    with tempfile.TemporaryDirectory(prefix="newsdiff-cold-") as data:
        launches = {"bare": bare_launch()}
        for folder in folders:
            launches[folder.name] = newsdiff_launch(folder, Path(data))
        result = summary(paint_rounds(launches, (160, 48), repeats=9), "bare")
    for name, row in result.items():
        print(f"{name:>20}: {row['seconds'] * 1000:7.0f} ms  {row['vs_bare']:.2f}x bare")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
