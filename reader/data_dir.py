"""Where the annotation database lives: ``--data-dir``, else ``NEWSDIFF_DATA_DIR``, else the
platform's per-user data folder (``platformdirs.user_data_dir("newsdiff")``).

Outside ``reader.store`` so that the command line can offer the option without loading the
store (the app forks its read-ahead child before anything heavy is imported); the store
re-exports these names from ``reader.store.paths``.
"""

from __future__ import annotations

import argparse
import os
from pathlib import Path

import platformdirs

DATA_DIR_ENV = "NEWSDIFF_DATA_DIR"


def data_dir(override: str | os.PathLike[str] | None = None) -> Path:
    """The folder that holds ``newsdiff.db``; an explicit override beats the environment."""
    if override is not None and str(override) != "":
        return Path(override).expanduser()
    env = os.environ.get(DATA_DIR_ENV, "")
    if env:
        return Path(env).expanduser()
    return Path(platformdirs.user_data_dir("newsdiff"))


def add_data_dir_option(parser: argparse.ArgumentParser) -> None:
    """The ``--data-dir`` option every command that opens the store accepts."""
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        default=None,
        help=f"folder of the annotation database (default: ${DATA_DIR_ENV}, else "
        f"{platformdirs.user_data_dir('newsdiff')})",
    )
