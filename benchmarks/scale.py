"""`make bench`, part two: how newsdiff's cost grows, on sets built to show growth.

Each case is a folder generated into a temporary directory and analysed by ``newsdiff
report --format json`` in a fresh process (``benchmarks.case_child``): CPU time (user +
system, all threads, imports included), wall time and peak RSS of that process. Cases:

- ``ferry-N``: the ferry generator (``benchmarks.generate``), N outlets x 40 paragraphs,
  N = 20, 40, 80, 160;
- ``event-N``: the second generator (``benchmarks.events``: another event, other names and
  figures, part of the claims), N outlets x 100 paragraphs (long articles), N = 20, 40, 80;
- ``long-5x640``: five articles of 640 paragraphs;
- ``short-10``: ten texts of about 49,000 characters in sentences of 3-6 words;
- ``mixed-10``: ten events x three outlets in one folder, file names shuffled;
- ``tiny-500``: 500 files of one or two paragraphs;
- ``lines-200k``: one file of 200,000 lines.

For each generator it prints the growth between steps (time ratio and exponent: ratio =
2^exponent when the sources double), and at 80 sources the same run's two references:
a TF-IDF paragraph matcher (``benchmarks.tfidf``, scikit-learn) and difflib all-pairs
(``benchmarks.baseline``, 8 source pairs timed and scaled), with the link F1 of newsdiff
and of the TF-IDF matcher against the generator's planted claims. For the mixed folder it
counts the groups that join two events and checks that the report lists the stories. With
``--app`` it also times the app, in-process, from start to the first frame that shows
aligned claims, at 80 sources.

The machine is shared: the load average is printed with every case.

    python -m benchmarks.scale                 # everything (about 10 minutes on 2 cores)
    python -m benchmarks.scale --cases ferry-20 ferry-40 mixed-10
"""

from __future__ import annotations

import argparse
import json
import math
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from itertools import combinations, pairwise
from pathlib import Path
from typing import Any

from benchmarks import baseline, tfidf
from benchmarks.events import event_set, many_lines, mixed, short_sentences, tiny_files, write_texts
from benchmarks.generate import generate

ROOT = Path(__file__).resolve().parent.parent
RESULTS = Path(__file__).resolve().parent / "scale-results.json"
SEED = 7
TARGETS = {
    "growth_per_doubling": 2.5,  # 20 -> 40 and 40 -> 80, both generators
    "ferry_160_cpu_seconds": 15.0,
    "speedup_vs_difflib_80": 10.0,
    "slowdown_vs_tfidf_80": 3.0,
    "peak_rss_mb": 500.0,
    "app_first_aligned_seconds_80": 3.0,
}


@dataclass(frozen=True)
class Case:
    name: str
    build: Callable[[Path], dict[str, Any]]  # writes the folder, returns what to check
    repeats: int


def _generated(n: int, paragraphs: int, event: int | None = None) -> Callable[[Path], Any]:
    def build(folder: Path) -> dict[str, Any]:
        made = (
            generate(SEED, n, paragraphs)
            if event is None
            else event_set(SEED, event, n, paragraphs)
        )
        made.write(folder)
        return {"truth": made.truth()}

    return build


def _mixed(folder: Path) -> dict[str, Any]:
    return {"event_of": mixed(SEED).write(folder)}


def _texts(make: Callable[[], list[str]], prefix: str) -> Callable[[Path], Any]:
    def build(folder: Path) -> dict[str, Any]:
        write_texts(make(), folder, prefix)
        return {}

    return build


def _lines(folder: Path) -> dict[str, Any]:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "lines.txt").write_text(many_lines(SEED, 200_000), encoding="utf-8")
    return {}


CASES = {
    c.name: c
    for c in (
        Case("ferry-20", _generated(20, 40), 3),
        Case("ferry-40", _generated(40, 40), 3),
        Case("ferry-80", _generated(80, 40), 1),
        Case("ferry-160", _generated(160, 40), 1),
        Case("event-20", _generated(20, 100, event=1), 3),
        Case("event-40", _generated(40, 100, event=1), 1),
        Case("event-80", _generated(80, 100, event=1), 1),
        Case("long-5x640", _generated(5, 640), 1),
        Case("short-10", _texts(lambda: short_sentences(SEED, 10, 49_000), "article"), 1),
        Case("mixed-10", _mixed, 1),
        Case("tiny-500", _texts(lambda: tiny_files(SEED, 500), "clip"), 1),
        Case("lines-200k", _lines, 1),
    )
}
STEPS = {"ferry": (20, 40, 80, 160), "event": (20, 40, 80)}


def run_case(folder: Path, report_path: Path) -> dict[str, Any]:
    done = subprocess.run(
        [sys.executable, "-m", "benchmarks.case_child", str(folder), str(report_path)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=True,
        timeout=1800,
    )
    result: dict[str, Any] = json.loads(done.stdout)
    return result


def gold_links(truth: dict[str, Any]) -> set[tfidf.Link]:
    out: set[tfidf.Link] = set()
    for members in truth["groups"].values():
        for a, b in combinations({(f, i) for f, i in members}, 2):
            if a[0] != b[0]:
                out.add(frozenset((a, b)))
    return out


def report_links(report: dict[str, Any]) -> set[tfidf.Link]:
    """Cross-source (file, paragraph) pairs that share a group in the report."""
    files = {s["id"]: Path(s["path"]).name for s in report["sources"]}
    index = {p["id"]: p["index"] for s in report["sources"] for p in s["paragraphs"]}
    out: set[tfidf.Link] = set()
    for group in report["groups"]:
        members = {(files[m["source"]], index[m["paragraph"]]) for m in group["members"]}
        for a, b in combinations(members, 2):
            if a[0] != b[0]:
                out.add(frozenset((a, b)))
    return out


def _mixed_checks(report: dict[str, Any], event_of: dict[str, int]) -> dict[str, Any]:
    files = {s["id"]: Path(s["path"]).name for s in report["sources"]}
    joining = [
        g["id"]
        for g in report["groups"]
        if len({event_of[files[m["source"]]] for m in g["members"]}) > 1
    ]
    stories = report.get("stories", [])
    impure = [st["id"] for st in stories if len({event_of[files[s]] for s in st["sources"]}) > 1]
    return {
        "events": len(set(event_of.values())),
        "groups": len(report["groups"]),
        "groups_joining_two_events": len(joining),
        "stories": len(stories),
        "stories_mixing_events": len(impure),
    }


def measure(case: Case, tmp: Path, with_references: bool) -> dict[str, Any]:
    folder = tmp / case.name
    extra = case.build(folder)
    chars = sum(p.stat().st_size for p in folder.glob("*.txt"))
    runs = []
    report_path = tmp / f"{case.name}.json"
    for _ in range(case.repeats):
        load = os.getloadavg()[0]
        runs.append(run_case(folder, report_path) | {"load": load})
    report = json.loads(report_path.read_text(encoding="utf-8"))
    row: dict[str, Any] = {
        "files": len(list(folder.glob("*.txt"))),
        "bytes": chars,
        "runs": len(runs),
        "cpu_seconds": statistics.median(r["cpu_seconds"] for r in runs),
        "analysis_cpu_seconds": statistics.median(r["analysis_cpu_seconds"] for r in runs),
        "wall_seconds": statistics.median(r["wall_seconds"] for r in runs),
        "peak_rss_mb": max(r["peak_rss_mb"] for r in runs),
        "load_average": [r["load"] for r in runs],
        "exit": runs[-1]["exit"],
        "groups": len(report["groups"]),
        "truncated_sources": sum(1 for s in report["sources"] if s.get("truncated")),
        "stories": len(report.get("stories", [])),
    }
    if "truth" in extra:
        gold = gold_links(extra["truth"])
        row["link_f1"] = tfidf.f1(report_links(report), gold)
        if with_references:
            matched = tfidf.match(folder)
            row["tfidf_cpu_seconds"] = matched.cpu_seconds
            row["tfidf_link_f1"] = tfidf.f1(matched.links, gold)
            row["vs_tfidf"] = row["analysis_cpu_seconds"] / matched.cpu_seconds
            timing = baseline.time_baseline(folder, max_pairs=8)
            row["difflib_seconds"] = timing.seconds
            row["difflib_sampled_pairs"] = timing.sampled_pairs
            row["difflib_source_pairs"] = timing.source_pairs
            row["vs_difflib"] = timing.seconds / row["analysis_cpu_seconds"]
    if "event_of" in extra:
        row["mixed"] = _mixed_checks(report, extra["event_of"])
        row["told"] = "different stories" in runs[-1]["stderr"]
    return row


def _app_first_aligned(folder: Path) -> float:
    from functools import partial

    from benchmarks import tui

    return tui.paint_seconds(partial(tui.newsdiff_app, [folder]), tui.on_first_aligned, 1)


def growth(rows: dict[str, dict[str, Any]]) -> dict[str, dict[str, float]]:
    """Per generator and step: the CPU ratio and its exponent (2 ** exponent = ratio)."""
    out: dict[str, dict[str, float]] = {}
    for prefix, sizes in STEPS.items():
        for a, b in pairwise(sizes):
            ra, rb = rows.get(f"{prefix}-{a}"), rows.get(f"{prefix}-{b}")
            if ra and rb:
                ratio = rb["cpu_seconds"] / ra["cpu_seconds"]
                out[f"{prefix} {a}->{b}"] = {
                    "ratio": ratio,
                    "exponent": math.log(ratio) / math.log(b / a),
                }
    return out


def _f(value: Any, digits: int = 2, unit: str = "") -> str:
    return f"{value:.{digits}f}{unit}" if isinstance(value, float) else "n/a"


def table(results: dict[str, Any]) -> str:
    rows = results["cases"]
    lines = [
        "| case | files | CPU s | wall s | peak RSS MB | groups | cut | stories | link F1 |",
        "| --- | --- | --- | --- | --- | --- | --- | --- | --- |",
    ]
    for name, r in rows.items():
        lines.append(
            f"| {name} | {r['files']} | {_f(r['cpu_seconds'], 1)} | {_f(r['wall_seconds'], 1)} "
            f"| {_f(r['peak_rss_mb'], 0)} | {r['groups']} | {r['truncated_sources']} "
            f"| {r['stories']} | {_f(r.get('link_f1'))} |"
        )
    lines += ["", "| growth | CPU ratio | exponent | target |", "| --- | --- | --- | --- |"]
    for step, g in results["growth"].items():
        lines.append(f"| {step} | {_f(g['ratio'])}x | {_f(g['exponent'])} | <= 2.5x |")
    refs = [(n, r) for n, r in rows.items() if "tfidf_cpu_seconds" in r]
    if refs:
        lines += [
            "",
            "| at 80 sources | newsdiff analysis CPU s | TF-IDF s (F1) | newsdiff / TF-IDF "
            "| difflib s (scaled) | difflib / newsdiff |",
            "| --- | --- | --- | --- | --- | --- |",
        ]
        for name, r in refs:
            lines.append(
                f"| {name} | {_f(r['analysis_cpu_seconds'], 1)} (F1 {_f(r['link_f1'])}) "
                f"| {_f(r['tfidf_cpu_seconds'], 2)} (F1 {_f(r['tfidf_link_f1'])}) "
                f"| {_f(r['vs_tfidf'], 1)}x | {_f(r['difflib_seconds'], 0)} "
                f"({r['difflib_sampled_pairs']} of {r['difflib_source_pairs']} pairs) "
                f"| {_f(r['vs_difflib'], 1)}x |"
            )
    for name, r in rows.items():
        if "mixed" in r:
            m = r["mixed"]
            lines.append(
                f"\n{name}: {m['events']} events, {m['stories']} stories found "
                f"({m['stories_mixing_events']} mixing events), {m['groups']} groups, "
                f"{m['groups_joining_two_events']} joining two events; user told: {r['told']}"
            )
    if "app_first_aligned_seconds_80" in results:
        lines.append(
            f"\napp, 80 sources, start -> first frame with aligned claims (in-process): "
            f"{_f(results['app_first_aligned_seconds_80'], 1)} s (target <= 3 s)"
        )
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.scale", description=__doc__)
    parser.add_argument("--cases", nargs="*", choices=sorted(CASES), default=list(CASES))
    parser.add_argument("--no-references", action="store_true", help="skip TF-IDF and difflib")
    parser.add_argument("--app", action="store_true", help="time the app at 80 sources")
    parser.add_argument("--out", type=Path, default=RESULTS)
    args = parser.parse_args(argv)
    started = time.perf_counter()
    load_at_start = os.getloadavg()
    rows: dict[str, dict[str, Any]] = {}
    results: dict[str, Any] = {}
    with tempfile.TemporaryDirectory(prefix="newsdiff-scale-") as tmp:
        for name in args.cases:
            references = not args.no_references and name.endswith("-80")
            rows[name] = measure(CASES[name], Path(tmp), references)
            r = rows[name]
            print(
                f"  {name}: {r['cpu_seconds']:.1f} s CPU, {r['peak_rss_mb']:.0f} MB, "
                f"load {r['load_average'][0]:.1f}",
                flush=True,
            )
        if args.app:
            folder = Path(tmp) / "app-80"
            _generated(80, 40)(folder)
            results["app_first_aligned_seconds_80"] = _app_first_aligned(folder)
    results |= {
        "command": "python -m benchmarks.scale " + " ".join(argv or sys.argv[1:]),
        "seed": SEED,
        "cases": rows,
        "growth": growth(rows),
        "targets": TARGETS,
        "date_utc": time.strftime("%Y-%m-%d %H:%M", time.gmtime()),
        "load_average_at_start": load_at_start,
        "load_average_at_end": os.getloadavg(),
        "bench_seconds": time.perf_counter() - started,
    }
    print()
    print(table(results))
    print(
        f"\n({results['date_utc']} UTC, load average {load_at_start[0]:.1f} at the start, "
        f"{results['load_average_at_end'][0]:.1f} at the end, {results['bench_seconds']:.0f} s)"
    )
    args.out.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
