"""Run ``newsdiff`` as a normal user from a test (root would hide permission failures).

In a forked child that drops to ``nobody`` (uid 65534) after every module the command needs
is loaded (the interpreter's own files may not be readable by nobody); when this process is
not root it already is a normal user and runs the command itself; when privileges cannot be
dropped the test is skipped and says why.
"""

from __future__ import annotations

import contextlib
import io
import json
import os
import shutil
import tempfile
from collections.abc import Sequence
from pathlib import Path

import pytest

from reader.cli import main

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


def run_as_user(argv: Sequence[str], data: Path | None = None) -> tuple[int, str, str]:
    """``newsdiff ARGV`` as a normal user: exit code, stdout, stderr."""
    if os.geteuid() != 0:
        return _run_here(argv)
    if data is None:
        _run_here(argv)
    else:
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
