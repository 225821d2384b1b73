"""Settings every layer may read: how much newsdiff reads of one source and how long it waits
for one, how narrow a pane may get, where the user's notes database lives, and where the
bundled styles and samples are.

One light module at the bottom of the layers, so that the command line can show and parse
its options without loading the readers or the store (the app reads its sources in a child
process forked right after parsing) and can tell how many panes the first frame shows
without loading the UI. Nothing heavy is imported at module level.

The app's exports are offered in ``export_dir()``. Two folders are easy to confuse and are
named apart: ``user_data_dir()`` holds the user's ``newsdiff.db`` (notes, stories, the copies
of their sources); the bundled word lists and patterns under ``reader/data/`` are read
through ``reader.text.data``.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import argparse

DEFAULT_MAX_BYTES = 20 * 1024 * 1024
DEFAULT_TIMEOUT = 20.0  # seconds for a URL
MIN_PANE_WIDTH = 38  # columns: below this a pane of prose stops being readable

# ---------------------------------------------------------------- the user's data folder

DATA_DIR_ENV = "NEWSDIFF_DATA_DIR"


def user_data_dir(override: str | os.PathLike[str] | None = None) -> Path:
    """The folder that holds ``newsdiff.db``: ``--data-dir``, else ``NEWSDIFF_DATA_DIR``,
    else the platform's per-user data folder (``platformdirs.user_data_dir("newsdiff")``);
    an explicit override beats the environment."""
    if override is not None and str(override) != "":
        return Path(override).expanduser()
    env = os.environ.get(DATA_DIR_ENV, "")
    if env:
        return Path(env).expanduser()
    import platformdirs

    return Path(platformdirs.user_data_dir("newsdiff"))


def add_data_dir_option(parser: argparse.ArgumentParser) -> None:
    """The ``--data-dir`` option every command that opens the store accepts."""
    import platformdirs

    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        default=None,
        help=f"folder of the annotation database (default: ${DATA_DIR_ENV}, else "
        f"{platformdirs.user_data_dir('newsdiff')})",
    )


# ---------------------------------------------------------------- where the app exports

EXPORT_DIR_ENV = "NEWSDIFF_EXPORT_DIR"


def export_dir() -> Path:
    """The folder the app offers for an export (the user may type another path):
    ``NEWSDIFF_EXPORT_DIR``, else ``newsdiff/`` in the user's documents folder
    (``platformdirs.user_documents_dir()``: ~/Documents/newsdiff on most systems). Never the
    working folder, which may be a git checkout."""
    env = os.environ.get(EXPORT_DIR_ENV, "")
    if env:
        return Path(env).expanduser()
    import platformdirs

    return Path(platformdirs.user_documents_dir()) / "newsdiff"


# ---------------------------------------------------------------- bundled styles and samples
# In an installed wheel they live inside the package (hatch ``force-include``); in a checkout
# they sit at the repository's top level, beside ``reader/``.


def _bundled(name: str) -> Path:
    from importlib.resources import files

    packaged = Path(str(files("reader").joinpath(name)))
    if packaged.is_dir():
        return packaged
    checkout = Path(__file__).resolve().parent.parent / name
    if checkout.is_dir():
        return checkout
    raise FileNotFoundError(f"newsdiff is missing its bundled {name}/ folder")


def styles_dir() -> Path:
    return _bundled("styles")


def samples_dir() -> Path:
    return _bundled("samples")


def sample_sets() -> list[Path]:
    """The bundled sample source sets, one folder each, sorted by name."""
    return sorted(p for p in samples_dir().iterdir() if p.is_dir())
