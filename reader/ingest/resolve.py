"""SOURCE specs as typed by the user -> the concrete items to read, or one-line reasons.

A folder stands for its ``.txt``, ``.md``, ``.html`` and ``.htm`` files (hidden ones aside),
sorted by name so a report is the same on every machine. Symlinks are followed once; a loop
or a dangling link is a reason, not a traceback.
"""

from __future__ import annotations

import errno
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from reader.model import LoadError

READABLE_SUFFIXES = (".txt", ".md", ".html", ".htm")
ItemKind = Literal["file", "url", "stdin"]


@dataclass(frozen=True, slots=True)
class Item:
    """One thing to read: a file, a URL or standard input, named as the report will."""

    path: str  # as it will appear in the report: the spec, or spec/name for folder members
    kind: ItemKind


def is_url(spec: str) -> bool:
    return spec.lower().startswith(("http://", "https://"))


def has_credentials(url: str) -> bool:
    """True when ``url`` names a user or a password (never fetched, never shown)."""
    head = url.split("://", 1)[-1]
    netloc = head.split("/", 1)[0].split("?", 1)[0].split("#", 1)[0]
    return "@" in netloc


def shown_url(url: str) -> str:
    """``url`` as it may be printed: any user name and password replaced by ``***``."""
    if not has_credentials(url):
        return url
    scheme, _, rest = url.partition("://")
    netloc, sep, tail = rest.partition("/")
    return f"{scheme}://***@{netloc.rsplit('@', 1)[1]}{sep}{tail}"


def _os_reason(exc: OSError) -> str:
    return (exc.strerror or str(exc)).lower()


def _folder(spec: str, folder: Path) -> list[Item] | LoadError:
    try:
        entries = sorted(folder.iterdir(), key=lambda p: p.name)
    except OSError as exc:
        return LoadError(spec, f"cannot list folder: {_os_reason(exc)}")
    items: list[Item] = []
    for entry in entries:
        if entry.suffix.lower() not in READABLE_SUFFIXES or entry.name.startswith("."):
            continue  # hidden files ("._x.txt" from macOS) are not the user's articles
        try:
            if not entry.is_file():
                continue
        except OSError:
            continue
        items.append(Item(os.path.join(spec, entry.name), "file"))
    if not items:
        return LoadError(spec, "folder holds no readable .txt, .md, .html or .htm file")
    return items


def resolve(spec: str) -> list[Item] | LoadError:
    """The items ``spec`` stands for; never raises."""
    if spec == "-":
        return [Item("-", "stdin")]
    if is_url(spec):
        if has_credentials(spec):
            return LoadError(
                shown_url(spec),
                "an address with a user name or password is not fetched: newsdiff never sends "
                "or shows credentials",
            )
        return [Item(spec, "url")]
    if not spec.strip():
        return LoadError(repr(spec), "empty source name")
    path = Path(spec)
    try:
        if path.is_symlink():
            # stat follows the link as open() will: a loop or a dangling target raises,
            # while /dev/fd/N from a shell's <(command) works (its target is no path).
            os.stat(path)
        if path.is_dir():
            return _folder(spec, path)
        if path.exists():
            return [Item(spec, "file")]
    except RuntimeError:
        return LoadError(spec, "symbolic link loop")
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            return LoadError(spec, "symbolic link loop")
        if path.is_symlink():
            return LoadError(spec, f"broken symbolic link ({_os_reason(exc)})")
        return LoadError(spec, _os_reason(exc))
    if path.is_symlink():
        return LoadError(spec, "broken symbolic link")
    return LoadError(spec, "no such file or folder")
