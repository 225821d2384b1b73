"""Read the bytes of one item (a file, standard input or a URL) under the size cap and,
for anything that can stall, the time limit.

A regular file is read up to ``max_bytes`` (one byte more proves it is over the cap). A
named pipe, a character device or a socket can hold a writer that never finishes: it is
opened without waiting and read with the same size cap and the ``--timeout`` budget in wall
time. With ``regular_only`` (a story's saved source, which the user did not just name) any
of those is refused outright. A URL goes to ``fetch_url`` (one budget for the whole fetch).
"""

from __future__ import annotations

import errno
import os
import select
import stat
import sys
import time
from typing import BinaryIO

from reader.ingest.errors import IngestError
from reader.ingest.fetch import Fetched, fetch_url, too_large
from reader.ingest.resolve import Item

_CHUNK = 64 * 1024


def read_capped(stream: BinaryIO, max_bytes: int) -> bytes:
    """At most ``max_bytes``: one byte more proves the source is over the cap."""
    raw = stream.read(max_bytes + 1)
    if len(raw) > max_bytes:
        raise IngestError(too_large(max_bytes))
    return raw


def _kind(mode: int) -> str:
    if stat.S_ISFIFO(mode):
        return "a named pipe"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    if stat.S_ISSOCK(mode):
        return "a socket"
    return "not a regular file"


def _read_stream(fd: int, max_bytes: int, timeout: float) -> bytes:
    """Everything a pipe or device gives until its end, within ``max_bytes`` and
    ``timeout`` seconds of wall time."""
    end = time.monotonic() + timeout
    chunks: list[bytes] = []
    size = 0
    poller = select.poll()
    poller.register(fd, select.POLLIN | select.POLLHUP | select.POLLERR)
    while True:
        try:  # a pipe whose writer has gone (or never came) reads as its end at once
            chunk = os.read(fd, min(_CHUNK, max_bytes + 1 - size))
        except BlockingIOError:
            left = end - time.monotonic()
            if left <= 0 or not poller.poll(left * 1000):
                raise IngestError(f"still being written after {timeout:g} s (--timeout)") from None
            continue
        if not chunk:
            return b"".join(chunks)
        size += len(chunk)
        if size > max_bytes:
            raise IngestError(too_large(max_bytes))
        chunks.append(chunk)


def read_file(path: str, max_bytes: int, timeout: float, *, regular_only: bool = False) -> bytes:
    """The bytes of the file at ``path`` (see the module for the limits)."""
    flags = os.O_RDONLY | getattr(os, "O_NOCTTY", 0) | os.O_NONBLOCK
    try:
        fd = os.open(path, flags)  # a pipe without a writer must not block the open
    except IsADirectoryError:
        raise IngestError("is a folder, not a file") from None
    except OSError as exc:
        if exc.errno == errno.EISDIR:
            raise IngestError("is a folder, not a file") from None
        raise IngestError((exc.strerror or str(exc)).lower()) from None
    try:
        mode = os.fstat(fd).st_mode
        if stat.S_ISDIR(mode):
            raise IngestError("is a folder, not a file")
        if stat.S_ISREG(mode):
            os.set_blocking(fd, True)
            with os.fdopen(fd, "rb", closefd=False) as handle:
                return read_capped(handle, max_bytes)
        if regular_only:
            raise IngestError(f"is {_kind(mode)} now, not a file: it is not read")
        return _read_stream(fd, max_bytes, timeout)
    except OSError as exc:
        raise IngestError((exc.strerror or str(exc)).lower()) from None
    finally:
        os.close(fd)


def read_item(item: Item, max_bytes: int, timeout: float, *, regular_only: bool = False) -> Fetched:
    """The bytes of one item, as ``Fetched``; raises ``IngestError`` with a one-line reason."""
    if item.kind == "url":
        return fetch_url(item.path, max_bytes=max_bytes, timeout=timeout)
    if item.kind == "stdin":
        return Fetched(read_capped(sys.stdin.buffer, max_bytes))
    return Fetched(read_file(item.path, max_bytes, timeout, regular_only=regular_only))
