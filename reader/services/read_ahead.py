"""Read the sources in a forked child while the app process loads its user interface.

Opening ``newsdiff FOLDER`` spends most of its time on one core importing Textual; reading
the sources (and importing the readers, compiling their patterns) came after that, on the
same core, before the first frame. A child forked at start reads them on another core
meanwhile and hands them back pickled through a pipe: the first few sources (those that fit
on screen) as soon as they are read, then all of them. With no free core (one core, or a
machine busy with other work) nothing is gained: the child's reading then competes with
the app for the CPU, about as it did in the app's own worker before.

The child is forked right after the command line is parsed, before the store, the readers
or Textual load: what the parent holds then is shared copy-on-write, and each page the
parent writes while the child runs is copied (forked after the store had loaded, that cost
the app ~15 ms). Only for local paths (standard input belongs to the parent; URLs show the
loading screen anyway), and before any thread starts. When anything goes wrong
(no fork on this platform, the child dies, a reply that is not a LoadResult) ``result``
gives None and the app reads the sources itself, as it would without a child.
"""

from __future__ import annotations

import os
import pickle
import signal
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any, BinaryIO

if TYPE_CHECKING:
    from reader.model import LoadResult

FirstBatch = Callable[["LoadResult", int], None]  # (the first sources, the number of items)


class ReadAhead:
    """A child process reading ``specs``; its replies are read once, by ``result``."""

    def __init__(self, specs: tuple[str, ...], pid: int, replies: BinaryIO) -> None:
        self.specs = specs
        self._pid: int | None = pid
        self._replies = replies
        self._pending: tuple[Any, ...] | None = None  # a reply read by ``finished``

    def finished(self, timeout: float) -> LoadResult | None:
        """The whole LoadResult when the child's first reply, within ``timeout`` seconds, is
        the whole one (not an early batch); else None. Kept for ``result``. The command line
        asks, so that sources which all fail to read are said without opening the app."""
        import select

        from reader.model import LoadResult

        if self._pending is None:
            try:
                ready, _, _ = select.select([self._replies], [], [], timeout)
                if not ready:
                    return None
                reply = pickle.load(self._replies)
            except Exception:  # EOF (the child died), a foreign pickle: result says None
                return None
            if not isinstance(reply, tuple) or not reply:
                return None
            self._pending = reply
        if self._pending[0] == "all" and isinstance(self._pending[1], LoadResult):
            return self._pending[1]
        return None

    def result(self, on_first: FirstBatch | None = None) -> LoadResult | None:
        """The child's whole LoadResult, as ``load_sources`` gives it; ``on_first`` gets the
        early batch first when the child sent one. None when the child failed. Blocks (in a
        worker thread: the pipe read releases the interpreter)."""
        from reader.model import LoadResult

        try:
            while True:
                reply, self._pending = self._pending or pickle.load(self._replies), None
                if reply[0] == "first" and isinstance(reply[1], LoadResult):
                    if on_first is not None:
                        on_first(reply[1], int(reply[2]))
                elif reply[0] == "all" and isinstance(reply[1], LoadResult):
                    return reply[1]
                else:
                    return None
        except Exception:  # EOF (the child died), a truncated or foreign pickle
            return None
        finally:
            self.close()

    def close(self) -> None:
        """Stop the child if it still runs and reap it; safe to call twice."""
        self._replies.close()
        if self._pid is None:
            return
        pid, self._pid = self._pid, None
        try:
            if os.waitpid(pid, os.WNOHANG) == (0, 0):
                os.kill(pid, signal.SIGKILL)
                os.waitpid(pid, 0)
        except ChildProcessError:
            pass


def read_ahead(
    specs: Sequence[str], *, max_bytes: int, timeout: float, first: int
) -> ReadAhead | None:
    """Fork a child that reads ``specs`` (``first`` of them in an early batch); None when
    they are not all local paths or the platform cannot fork. Call before any thread starts:
    the child must not inherit a lock another thread holds."""
    if not specs or not hasattr(os, "fork"):
        return None
    if any(spec == "-" or spec.lower().startswith(("http://", "https://")) for spec in specs):
        return None
    read_end, write_end = os.pipe()
    try:
        pid = os.fork()
    except OSError:
        os.close(read_end)
        os.close(write_end)
        return None
    if pid == 0:  # the child: read, reply, and leave without running the parent's exit code
        try:
            os.close(read_end)
            _serve(tuple(specs), os.fdopen(write_end, "wb"), max_bytes, timeout, first)
        finally:
            os._exit(0)
    os.close(write_end)
    return ReadAhead(tuple(specs), pid, os.fdopen(read_end, "rb"))


def _serve(
    specs: tuple[str, ...], replies: BinaryIO, max_bytes: int, timeout: float, first: int
) -> None:
    """In the child: load the sources as the app would, sending the early batch at once."""
    try:
        from reader.ingest import load_sources

        def send_first(early: LoadResult, total: int) -> None:
            pickle.dump(("first", early, total), replies, protocol=pickle.HIGHEST_PROTOCOL)
            replies.flush()
            # The rest is not needed for the first frame: on a busy machine it must not take
            # the core the app is starting on (it ran after the first frame before the child).
            os.nice(10)

        result = load_sources(
            specs, max_bytes=max_bytes, timeout=timeout, first=first, on_first=send_first
        )
        pickle.dump(("all", result), replies, protocol=pickle.HIGHEST_PROTOCOL)
        replies.flush()
    except BaseException:  # the parent gone (broken pipe), an interrupt: it reads for itself
        pass
