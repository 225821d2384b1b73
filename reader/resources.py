"""Locate the bundled ``styles/`` and ``samples/`` folders.

In an installed wheel they live inside the package (hatch ``force-include``); in a checkout
they sit at the repository's top level, beside ``reader/``.
"""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path


def _bundled(name: str) -> Path:
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


def data_dir() -> Path:
    return Path(str(files("reader").joinpath("data")))


def sample_sets() -> list[Path]:
    """The bundled sample source sets, one folder each, sorted by name."""
    return sorted(p for p in samples_dir().iterdir() if p.is_dir())
