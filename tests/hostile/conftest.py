"""Shared helpers for the hostile-input tests: the hostile sample set, the command line run
in-process (fast) or as a real process (to see the exact bytes a terminal would get), and
the characters that must never reach a terminal raw."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from reader.cli import main

ROOT = Path(__file__).resolve().parents[2]
HOSTILE = ROOT / "samples" / "hostile"

# What a terminal may act on or hide: C0 (bar tab and newline), DEL, C1, bidi controls,
# zero-width characters, BOM, tag characters, lone surrogates.
RAW_HAZARD = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2064"
    "\u2066-\u2069\ufeff\ud800-\udfff\U000e0000-\U000e007f]"
)


@dataclass(frozen=True, slots=True)
class Run:
    code: int
    out: str
    err: str

    def json(self) -> Any:
        return json.loads(self.out)


def run_cli(capsys: pytest.CaptureFixture[str], *args: str) -> Run:
    """``newsdiff ARGS`` in this process: exit code, stdout, stderr."""
    code = main(list(args))
    captured = capsys.readouterr()
    return Run(code, captured.out, captured.err)


def run_process(*args: str, stdin: bytes = b"") -> subprocess.CompletedProcess[bytes]:
    """``python -m reader ARGS`` as a child process; stdout and stderr as raw bytes."""
    return subprocess.run(
        [sys.executable, "-m", "reader", *args],
        input=stdin,
        capture_output=True,
        cwd=ROOT,
        timeout=120,
    )


@pytest.fixture(scope="session")
def expected() -> Any:
    return json.loads((HOSTILE / "expected.json").read_text(encoding="ascii"))


GOOD = "Harbour fire\n\nThe warehouse burned for three hours, the port authority said.\n"


@pytest.fixture
def good(tmp_path: Path) -> str:
    """One ordinary source, so a test can check that the others still load."""
    path = tmp_path / "good.txt"
    path.write_text(GOOD, encoding="utf-8")
    return str(path)
