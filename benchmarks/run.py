"""`make bench`: how fast newsdiff is, and how its cost grows, measured against baselines.

Every figure is a ratio taken within one run on one machine, so a noisy or slow machine
moves both sides alike:

1. analysis (load + analyze + JSON report, in-process, median of repeats) on 5, 10, 20 and
   40 synthetic sources x 40 paragraphs, and its growth from 20 to 40 sources;
2. the same folders through the difflib all-pairs baseline (benchmarks/baseline.py), and
   newsdiff's speed-up over it (run in full up to 10 sources, sampled and scaled above);
3. TUI start to first paint of the compare screen (seeds, 20 sources) next to a bare
   Textual app showing a static text, twice: warm and in-process through Pilot
   (benchmarks/tui.py), and cold, a fresh process in a pseudo-terminal timed from exec to
   the frame that shows the content (benchmarks/cold.py);
4. keypress `n` (next divergent fact) to repaint, median and 95th percentile, 20 sources;
5. peak RSS of `newsdiff report` in a fresh process, 20 and 40 sources.

Prints a table and writes benchmarks/results.json. ``--quick`` runs a smaller smoke version.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from functools import partial
from itertools import combinations
from pathlib import Path
from typing import Any

from benchmarks import baseline, cold, tui
from benchmarks.generate import GeneratedSet, generate

ROOT = Path(__file__).resolve().parent.parent
RESULTS = Path(__file__).resolve().parent / "results.json"
SEEDS = (ROOT / ".." / "shared" / "seeds").resolve()
PARAGRAPHS = 40
FULL_DIFFLIB_UP_TO = 10
SEED = 7
TARGETS = {
    "speedup_vs_difflib_20": 10.0,
    "growth_20_to_40": 4.5,
    "first_paint_vs_bare": 1.5,
    "keypress_median_ms": 50.0,
    "peak_rss_mb_20": 200.0,
}


def analyse_folder(folder: Path) -> dict[str, Any]:
    """What `newsdiff report FOLDER` does, in-process: load, analyze, write the JSON."""
    from reader.analysis import analyze
    from reader.ingest import load_sources
    from reader.report import report_json

    loaded = load_sources([str(folder)])
    analysis = analyze(loaded.sources, errors=loaded.errors)
    report: dict[str, Any] = json.loads(report_json(analysis))
    return report


def _median_seconds(run: Callable[[], object], repeats: int, budget: float) -> tuple[float, int]:
    """Median wall time of up to ``repeats`` runs after one warm-up, within ``budget`` s."""
    run()
    timings: list[float] = []
    spent = 0.0
    while len(timings) < repeats and (len(timings) < 1 or spent < budget):
        started = time.perf_counter()
        run()
        timings.append(time.perf_counter() - started)
        spent += timings[-1]
    return statistics.median(timings), len(timings)


def link_f1(report: dict[str, Any], truth: dict[str, Any]) -> float | None:
    """Pairwise link F1 of the report's groups against the generator's planted claims."""

    def pairs(groups: list[list[tuple[str, int]]]) -> set[frozenset[tuple[str, int]]]:
        found = set()
        for members in groups:
            for a, b in combinations(set(members), 2):
                if a[0] != b[0]:
                    found.add(frozenset((a, b)))
        return found

    if not report.get("groups"):
        return None
    files = {s["id"]: Path(s["path"]).name for s in report["sources"]}
    index = {p["id"]: p["index"] for s in report["sources"] for p in s["paragraphs"]}
    predicted = pairs(
        [
            [(files[m["source"]], index[m["paragraph"]]) for m in g["members"]]
            for g in report["groups"]
        ]
    )
    gold = pairs([[(f, i) for f, i in members] for members in truth["groups"].values()])
    hits = len(predicted & gold)
    if not hits:
        return 0.0
    precision, recall = hits / len(predicted), hits / len(gold)
    return 2 * precision * recall / (precision + recall)


def peak_rss(folder: Path) -> dict[str, float]:
    started = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-m", "benchmarks.rss_child", str(folder)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=True,
        timeout=300,
    )
    result: dict[str, float] = json.loads(done.stdout)
    result["process_seconds"] = time.perf_counter() - started
    return result


def _machine() -> dict[str, str]:
    cpu = "unknown"
    try:
        for line in subprocess.run(["lscpu"], capture_output=True, text=True).stdout.splitlines():
            if line.startswith("Model name:"):
                cpu = line.split(":", 1)[1].strip()
    except OSError:
        pass
    return {
        "cpus": str(os.cpu_count()),
        "cpu": cpu,
        "python": platform.python_version(),
        "platform": platform.platform(),
    }


def _difflib_pairs(sources: int, quick: bool) -> int:
    """Source pairs the difflib baseline really runs: all of them up to FULL_DIFFLIB_UP_TO
    sources (10: 45 pairs, about half a minute), a sample scaled to all pairs above."""
    if quick:
        return 2
    return sources * (sources - 1) // 2 if sources <= FULL_DIFFLIB_UP_TO else 8


def _analysis_section(sets: dict[int, tuple[Path, GeneratedSet]], quick: bool) -> dict[str, Any]:
    rows = {}
    for n, (folder, generated) in sets.items():
        repeats = 2 if quick else (5 if n <= 10 else 3)
        seconds, runs = _median_seconds(partial(analyse_folder, folder), repeats, budget=20.0)
        timing = baseline.time_baseline(folder, max_pairs=_difflib_pairs(n, quick))
        rows[str(n)] = {
            "sources": n,
            "paragraphs_each": PARAGRAPHS,
            # below reader.analysis.budget's cap at every size: nothing is left unread
            "characters": sum(len(d.text) for d in generated.documents),
            "newsdiff_seconds": seconds,
            "newsdiff_runs": runs,
            "difflib_seconds": timing.seconds,
            "difflib_source_pairs": timing.source_pairs,
            "difflib_sampled_pairs": timing.sampled_pairs,
            "difflib_paragraph_pairs": timing.paragraph_pairs,
            "speedup_vs_difflib": timing.seconds / seconds,
        }
        print(
            f"  {n:>3} sources: newsdiff {seconds:.3f}s, difflib ~{timing.seconds:.1f}s", flush=True
        )
    return rows


def _tui_section(sets: dict[int, tuple[Path, GeneratedSet]], quick: bool) -> dict[str, Any]:
    repeats = 2 if quick else 5
    bare = tui.paint_seconds(tui.bare_app, tui.has_content, repeats)
    widgets = tui.paint_vs_bare(tui.widgets_app, tui.on_pushed_screen, repeats)
    section: dict[str, Any] = {
        "bare_app_first_paint_seconds": bare,
        "widgets_app_first_paint_seconds": widgets["first_seconds"],
        "widgets_app_first_paint_vs_bare": widgets["first_vs_bare"],
        "widgets_app_bare_seconds": widgets["first_bare_seconds"],
    }
    if not tui.ui_available():
        section["status"] = tui.UI_MISSING
        return section
    cases = {"seeds": SEEDS}
    if 20 in sets:
        cases["sources20"] = sets[20][0]
    try:
        for name, folder in cases.items():
            analysis = _analysis_of(folder)
            paints = {
                # `newsdiff FOLDER`: the compare screen shows the sources while analysis runs
                "first_paint": (partial(tui.newsdiff_app, [folder]), tui.on_compare),
                # ... and again once the analysis is in and painted
                "aligned_paint": (partial(tui.newsdiff_app, [folder]), tui.on_aligned_compare),
                # the compare screen built on a finished analysis: rendering cost alone
                "given_analysis_paint": (
                    partial(tui.newsdiff_app, analysis=analysis),
                    tui.on_compare,
                ),
            }
            for what, (make, ready) in paints.items():
                timed = tui.paint_vs_bare(make, ready, repeats)
                section[f"{name}_{what}_seconds"] = timed["first_seconds"]
                section[f"{name}_{what}_bare_seconds"] = timed["first_bare_seconds"]
                section[f"{name}_{what}_vs_bare"] = timed["first_vs_bare"]
                section[f"{name}_{what}_settled_seconds"] = timed["settled_seconds"]
                section[f"{name}_{what}_settled_bare_seconds"] = timed["settled_bare_seconds"]
                section[f"{name}_{what}_settled_vs_bare"] = timed["settled_vs_bare"]
        if 20 in sets:
            median, p95 = tui.keypress(
                partial(tui.newsdiff_app, analysis=_analysis_of(sets[20][0]))
            )
            section |= {"keypress_median_ms": median * 1000, "keypress_p95_ms": p95 * 1000}
        section |= _cold_section(cases, quick)
        section["status"] = "ok"
    except Exception as exc:  # the UI is young: report, do not lose the other figures
        section["status"] = f"error: {type(exc).__name__}: {exc}"
    return section


def _cold_section(cases: dict[str, Path], quick: bool) -> dict[str, Any]:
    """Fresh processes in a pseudo-terminal, from exec to the first frame with the content
    (benchmarks/cold.py), newsdiff on each case and the bare app in interleaved rounds."""
    with tempfile.TemporaryDirectory(prefix="newsdiff-bench-data-") as data:
        launches = {"bare": cold.bare_launch()}
        launches |= {
            name: cold.newsdiff_launch(folder, Path(data)) for name, folder in cases.items()
        }
        rounds = cold.paint_rounds(launches, tui.SIZE, repeats=2 if quick else 9)
    found = cold.summary(rounds, "bare")
    section: dict[str, Any] = {"cold_bare_first_paint_seconds": found["bare"]["seconds"]}
    for name in cases:
        section[f"{name}_cold_first_paint_seconds"] = found[name]["seconds"]
        section[f"{name}_cold_first_paint_vs_bare"] = found[name]["vs_bare"]
    print(
        "  cold: "
        + ", ".join(f"{name} {row['seconds'] * 1000:.0f} ms" for name, row in found.items()),
        flush=True,
    )
    return section


def _analysis_of(folder: Path) -> Any:
    from reader.analysis import analyze
    from reader.ingest import load_sources

    loaded = load_sources([str(folder)])
    return analyze(loaded.sources, errors=loaded.errors)


def _fmt(value: object, unit: str = "", digits: int = 2) -> str:
    if isinstance(value, float):
        return f"{value:.{digits}f}{unit}"
    return "n/a" if value is None else str(value)


def table(results: dict[str, Any]) -> str:
    """The results as a Markdown table (printed, and pasted into the README)."""
    lines = [
        "| measure | newsdiff | reference | ratio | target |",
        "| --- | --- | --- | --- | --- |",
    ]
    for n, row in results["analysis"].items():
        ran, pairs = row["difflib_sampled_pairs"], row["difflib_source_pairs"]
        how = f"all {pairs} pairs run" if ran >= pairs else f"{ran} of {pairs} pairs run, scaled"
        lines.append(
            f"| analysis, {n} sources x {row['paragraphs_each']} paragraphs | "
            f"{_fmt(row['newsdiff_seconds'], ' s', 3)} | difflib all-pairs "
            f"{_fmt(row['difflib_seconds'], ' s', 1)} ({how}) | "
            f"{_fmt(row['speedup_vs_difflib'], 'x', 1)} faster | {'>= 10x' if n == '20' else ''} |"
        )
    growth = results.get("growth_20_to_40")
    lines.append(
        f"| growth, 20 -> 40 sources | {_fmt(growth, 'x')} | difflib 4x (pairs) | | <= 4.5x |"
    )
    ui = results["tui"]
    bare = _fmt(ui["bare_app_first_paint_seconds"] * 1000, " ms", 0)
    if ui["status"] != "ok":
        lines.append(f"| TUI first paint | {ui['status']} | bare app {bare} | | <= 1.5x |")
    if "widgets_app_first_paint_seconds" in ui:
        paint = _fmt(ui["widgets_app_first_paint_seconds"] * 1000, " ms", 0)
        ratio = _fmt(ui["widgets_app_first_paint_vs_bare"], "x")
        its_bare = _fmt(ui["widgets_app_bare_seconds"] * 1000, " ms", 0)
        lines.append(
            f"| reference: a screen of stock widgets (footer, input, statics) | {paint} "
            f"| bare app {its_bare} | {ratio} | |"
        )
    cold_bare = _fmt(ui.get("cold_bare_first_paint_seconds", 0.0) * 1000, " ms", 0)
    for key, where in (("seeds", "5 seeds"), ("sources20", "20 sources")):
        if f"{key}_cold_first_paint_seconds" in ui:
            paint = _fmt(ui[f"{key}_cold_first_paint_seconds"] * 1000, " ms", 0)
            ratio = _fmt(ui[f"{key}_cold_first_paint_vs_bare"], "x")
            lines.append(
                f"| COLD (the first-paint measure): fresh process in a terminal, exec -> first "
                f"compare frame, {where} | {paint} | bare app, fresh process {cold_bare} "
                f"| {ratio} | <= 1.5x |"
            )
    labels = {
        "first_paint": (
            "warm, in-process (diagnostic, no process start): app start -> first compare frame",
            "",
        ),
        "aligned_paint": ("warm: app start -> first frame of the aligned compare screen", ""),
        "given_analysis_paint": ("warm: compare screen from a finished analysis", ""),
    }
    for key, where in (("seeds", "5 seeds"), ("sources20", "20 sources")):
        for what, (label, target) in labels.items():
            if f"{key}_{what}_seconds" in ui:
                paint = _fmt(ui[f"{key}_{what}_seconds"] * 1000, " ms", 0)
                ratio = _fmt(ui[f"{key}_{what}_vs_bare"], "x")
                its_bare = _fmt(ui[f"{key}_{what}_bare_seconds"] * 1000, " ms", 0)
                settled = (
                    f" (settled {_fmt(ui[f'{key}_{what}_settled_seconds'] * 1000, ' ms', 0)}, "
                    f"{_fmt(ui[f'{key}_{what}_settled_vs_bare'], 'x')})"
                    if f"{key}_{what}_settled_seconds" in ui
                    else ""
                )
                lines.append(
                    f"| {label}, {where} | {paint} | bare app {its_bare} | {ratio}{settled} "
                    f"| {target} |"
                )
    if "keypress_median_ms" in ui:
        lines.append(
            f"| keypress n -> repaint, 20 sources | median "
            f"{_fmt(ui['keypress_median_ms'], ' ms', 1)}, p95 "
            f"{_fmt(ui['keypress_p95_ms'], ' ms', 1)} | | | < 50 ms median |"
        )
    for n, row in results["memory"].items():
        lines.append(
            f"| peak RSS, `newsdiff report`, {n} sources | {_fmt(row['peak_rss_mb'], ' MB', 0)} | "
            f"| | {'< 200 MB' if n == '20' else ''} |"
        )
    f1, where = results.get("link_f1_20"), results.get("link_f1_sources", 20)
    lines.append(
        f"| alignment link F1 vs planted truth, {where} sources | {_fmt(f1)} | | | quality guard |"
    )
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.run", description=__doc__)
    parser.add_argument("--quick", action="store_true", help="5 and 10 sources, fewer repeats")
    parser.add_argument("--seed", type=int, default=SEED)
    parser.add_argument("--out", type=Path, default=RESULTS)
    args = parser.parse_args(argv)
    sizes = (5, 10) if args.quick else (5, 10, 20, 40)
    started = time.perf_counter()
    load_at_start = os.getloadavg()  # the machine is shared: say how busy it was
    with tempfile.TemporaryDirectory(prefix="newsdiff-bench-") as tmp:
        sets: dict[int, tuple[Path, GeneratedSet]] = {}
        for n in sizes:
            generated = generate(args.seed, n, PARAGRAPHS)
            folder = Path(tmp) / f"sources-{n}"
            generated.write(folder)
            sets[n] = (folder, generated)
        print("analysis vs difflib baseline:", flush=True)
        analysis = _analysis_section(sets, args.quick)
        print("peak RSS (fresh process per size):", flush=True)
        memory = {str(n): peak_rss(sets[n][0]) for n in sizes if n >= 20 or args.quick}
        print("TUI:", flush=True)
        ui = _tui_section(sets, args.quick)
        quality_n = 20 if 20 in sets else sizes[-1]
        f1 = link_f1(analyse_folder(sets[quality_n][0]), sets[quality_n][1].truth())
    results: dict[str, Any] = {
        "command": "make bench" + (" (--quick)" if args.quick else ""),
        "seed": args.seed,
        "machine": _machine(),
        "analysis": analysis,
        "growth_20_to_40": (
            analysis["40"]["newsdiff_seconds"] / analysis["20"]["newsdiff_seconds"]
            if "40" in analysis
            else None
        ),
        "tui": ui,
        "memory": memory,
        "link_f1_20": f1,
        "link_f1_sources": quality_n,
        "targets": TARGETS,
        "bench_seconds": time.perf_counter() - started,
        "date_utc": time.strftime("%Y-%m-%d %H:%M", time.gmtime()),
        "load_average_at_start": load_at_start,
        "load_average_at_end": os.getloadavg(),
    }
    print()
    print(table(results))
    print(f"\n(make bench took {results['bench_seconds']:.0f} s)")
    args.out.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
