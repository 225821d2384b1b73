"""Keys come from the terminal even when an article comes down a pipe.

``cat article.txt | newsdiff - other.txt``: the article is on standard input, and so, for
Textual, would be the keyboard: it reads keys from file descriptor 0, so the article's
letters would arrive as key presses and the loader would find standard input already
drained. So the piped bytes are read first and kept for the loader, and descriptor 0 is
pointed at the controlling terminal before the app starts.
"""

from __future__ import annotations

import io
import os
import sys


def take_piped_stdin(max_bytes: int) -> str | None:
    """Keep what is piped in for the ``-`` source and give descriptor 0 to the terminal.

    Reads at most ``max_bytes + 1`` bytes, so the loader still sees a source over the cap.
    Returns why the app cannot start (no terminal left to read keys from), else None.
    """
    stdin = sys.stdin
    if stdin is None or stdin.isatty():
        return None
    data = stdin.buffer.read(max_bytes + 1)
    sys.stdin = io.TextIOWrapper(io.BytesIO(data), encoding="utf-8", errors="replace")
    try:
        terminal = os.open("/dev/tty", os.O_RDWR)
    except OSError:
        return (
            "newsdiff: the article on standard input leaves no terminal to read keys from; "
            "use 'newsdiff report -' instead"
        )
    os.dup2(terminal, 0)
    os.close(terminal)
    return None
