"""Profile one analysis of a synthetic set: where does the time go?

    python -m benchmarks.profile --sources 40 [--sort tottime] [--top 30]
    python -m benchmarks.profile --paint FOLDER      # the TUI: app start -> first frame

Runs load + analyze + JSON report once to warm caches, then once under cProfile, and prints
the heaviest functions. ``--paint`` profiles instead the app's main thread from its start to
the first frame of the compare screen on FOLDER (two warm-up starts first). (py-spy gives
the same picture without instrumentation overhead:
``py-spy record -o out.svg -- python -m benchmarks.profile --sources 40 --no-profile``.)
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

from benchmarks.generate import generate
from benchmarks.run import PARAGRAPHS, SEED, analyse_folder


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.profile", description=__doc__)
    parser.add_argument("--sources", type=int, default=20)
    parser.add_argument("--paragraphs", type=int, default=PARAGRAPHS)
    parser.add_argument("--seed", type=int, default=SEED)
    parser.add_argument("--sort", default="cumulative")
    parser.add_argument("--top", type=int, default=35)
    parser.add_argument("--no-profile", action="store_true", help="just time a few runs")
    parser.add_argument("--paint", type=Path, metavar="FOLDER", help="profile the TUI start")
    args = parser.parse_args(argv)
    if args.paint is not None:
        return _profile_paint(args.paint, args.sort, args.top)
    with tempfile.TemporaryDirectory(prefix="newsdiff-profile-") as tmp:
        folder = Path(tmp)
        generate(args.seed, args.sources, args.paragraphs).write(folder)
        started = time.perf_counter()
        analyse_folder(folder)
        print(f"first run: {time.perf_counter() - started:.3f} s")
        if args.no_profile:
            for _ in range(3):
                started = time.perf_counter()
                analyse_folder(folder)
                print(f"run: {time.perf_counter() - started:.3f} s")
            return 0
        profiler = cProfile.Profile()
        profiler.runcall(analyse_folder, folder)
        pstats.Stats(profiler).sort_stats(args.sort).print_stats(args.top)
    return 0


def _profile_paint(folder: Path, sort: str, top: int) -> int:
    """cProfile of the UI thread from building the app to its first compare frame."""
    import asyncio
    from functools import partial

    from benchmarks import tui

    make = partial(tui.newsdiff_app, [folder.resolve()])
    for _ in range(2):
        asyncio.run(tui._paint(make, tui.on_compare))
    profiler = cProfile.Profile()

    def painted(app: object) -> bool:  # asked after every frame: stop at the first one
        if tui.on_compare(app):
            profiler.disable()
            return True
        return False

    profiler.enable()
    first, _settled = asyncio.run(tui._paint(make, painted))
    print(f"first frame {first * 1000:.0f} ms (profiled)")
    pstats.Stats(profiler).sort_stats(sort).print_stats(top)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
