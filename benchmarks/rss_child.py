"""Run ``newsdiff report`` on one folder in this fresh process and print its peak RSS.

Started by ``benchmarks.run`` as ``python -m benchmarks.rss_child FOLDER`` so that every
size gets its own interpreter: a peak only ever grows within a process.

The peak is read from ``VmHWM`` in /proc/self/status, the high-water mark of this process's
own memory since exec. ``getrusage().ru_maxrss`` is only the fallback: on Linux it carries
over the parent's peak across fork + exec, so a child of the (large) benchmark process would
report the parent's size.
"""

from __future__ import annotations

import contextlib
import io
import json
import resource
import sys
import time


def _peak_kib() -> int:
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # KiB on Linux


def main() -> int:
    started = time.perf_counter()
    from reader.cli import main as newsdiff

    sink = io.StringIO()
    with contextlib.redirect_stdout(sink):
        code = newsdiff(["report", sys.argv[1]])
    seconds = time.perf_counter() - started
    print(json.dumps({"exit": code, "peak_rss_mb": _peak_kib() / 1024, "seconds": seconds}))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
