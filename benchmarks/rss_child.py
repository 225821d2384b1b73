"""Run ``newsdiff report`` on one folder in this fresh process and print its peak RSS.

Started by ``benchmarks.run`` as ``python -m benchmarks.rss_child FOLDER`` so that every
size gets its own interpreter: ``ru_maxrss`` only ever grows within a process.
"""

from __future__ import annotations

import contextlib
import io
import json
import resource
import sys
import time


def main() -> int:
    started = time.perf_counter()
    from reader.cli import main as newsdiff

    sink = io.StringIO()
    with contextlib.redirect_stdout(sink):
        code = newsdiff(["report", sys.argv[1]])
    seconds = time.perf_counter() - started
    peak_kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # KiB on Linux
    print(json.dumps({"exit": code, "peak_rss_mb": peak_kib / 1024, "seconds": seconds}))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
