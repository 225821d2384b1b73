"""``--output FILE`` for the commands that write a file (``export``, ``bundle``).

Only a regular file is written (``reader.export.atomic``): a folder, a device, a named pipe,
a socket or a symbolic link (without ``--follow-symlinks``) is refused. An existing file is
replaced only with ``--force``, or after the user says yes when both standard input and
standard error are a terminal. Every refusal is one inert line on standard error.
"""

from __future__ import annotations

import argparse
import sys

from reader.export.atomic import OutputExistsError, write_atomic
from reader.text.safe import inert


def add_output_options(parser: argparse.ArgumentParser, *, required: bool = False) -> None:
    parser.add_argument(
        "--output",
        metavar="FILE",
        required=required,
        help="write FILE (a regular file, created private, replaced atomically)",
    )
    parser.add_argument(
        "--force", action="store_true", help="replace FILE if it exists, without asking"
    )
    parser.add_argument(
        "--follow-symlinks",
        action="store_true",
        help="when FILE is a symbolic link, write the file it points to",
    )


def _say(message: str) -> None:
    print(f"newsdiff: {inert(message, keep_newlines=False)}", file=sys.stderr)


def _ask_replace(path: str) -> bool:
    """Yes when the user, at a terminal, agrees to replace ``path``."""
    if not (sys.stdin.isatty() and sys.stderr.isatty()):
        return False
    shown = inert(path, keep_newlines=False)
    print(f"newsdiff: {shown} exists already; replace it? [y/N] ", end="", file=sys.stderr)
    sys.stderr.flush()
    try:
        answer = sys.stdin.readline()
    except (OSError, UnicodeDecodeError):
        return False
    return answer.strip().lower() in ("y", "yes")


def write_output(path: str, text: str, *, force: bool, follow_symlinks: bool) -> bool:
    """Write ``text`` to ``path``; False (after saying why, on one line) when not written."""
    try:
        try:
            write_atomic(path, text, replace=force, follow_symlinks=follow_symlinks)
        except OutputExistsError:
            if force or not _ask_replace(path):
                raise
            write_atomic(path, text, replace=True, follow_symlinks=follow_symlinks)
    except OSError as exc:
        _say(f"cannot write {path}: {exc.strerror or exc}")
        _say("the previous file, if any, is unchanged")
        return False
    return True
