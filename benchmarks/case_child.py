"""Run ``newsdiff report FOLDER`` in this fresh process; print its CPU time, wall time and
peak RSS as one JSON line, and write the report to a file.

    python -m benchmarks.case_child FOLDER REPORT.json

Started by ``benchmarks.scale`` once per case and repeat: a peak only ever grows within a
process, and a fresh process also pays its imports, as a user's ``newsdiff report`` does.
CPU is the process's user + system time from exec to the end (all threads: rapidfuzz
compares on every core), read with ``getrusage``; the peak RSS is ``VmHWM`` (see
``benchmarks.rss_child``).
"""

from __future__ import annotations

import contextlib
import io
import json
import resource
import sys
import time
from pathlib import Path

from benchmarks.rss_child import _peak_kib


def _cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def main() -> int:
    started = time.perf_counter()
    from reader.cli import main as newsdiff

    imported = _cpu()
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = newsdiff(["report", "--format", "json", sys.argv[1]])
    Path(sys.argv[2]).write_text(out.getvalue(), encoding="utf-8")
    cpu = _cpu()
    print(
        json.dumps(
            {
                "exit": code,
                "cpu_seconds": cpu,
                "analysis_cpu_seconds": cpu - imported,
                "wall_seconds": time.perf_counter() - started,
                "peak_rss_mb": _peak_kib() / 1024,
                "stderr": err.getvalue()[-2000:],
            }
        )
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
