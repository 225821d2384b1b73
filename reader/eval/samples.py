"""Score a report against a source set's planted truth (``samples/<set>/expected.json``).

``python -m reader.eval SET_DIR`` analyses the set and scores it; ``--report FILE`` scores
a saved ``newsdiff report`` JSON instead. Measures:

* links: precision, recall and F1 over unordered cross-source pairs of member paragraphs,
  ``((fileA, pA), (fileB, pB))``, taken from every group;
* divergent facts found: a gold divergent fact counts when a predicted divergent fact of
  the same kind has, for every gold source, a value with the gold normalised form;
* false divergences: predicted divergent facts that contradict a gold agreeing fact (two of
  its sources given the agreed value, yet flagged divergent), plus predicted divergent facts
  that match no gold divergent fact (listed, for a reader to judge);
* omissions found: gold ``(group, source)`` omissions reported for the predicted group that
  best matches the gold group.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import asdict, dataclass, field
from itertools import combinations
from pathlib import Path
from typing import Any

Para = tuple[str, int]  # (file name, 1-based paragraph index)
Pair = frozenset[Para]


@dataclass(frozen=True, slots=True)
class EvalResult:
    set: str
    gold_links: int
    predicted_links: int
    correct_links: int
    precision: float
    recall: float
    f1: float
    divergent_gold: int
    divergent_found: int
    false_divergences: int
    unmatched_divergences: tuple[str, ...]
    omissions_gold: int
    omissions_found: int
    boilerplate_in_groups: int
    missed_divergences: tuple[str, ...] = field(default=())


def _file(path: str) -> str:
    return path.replace("\\", "/").rstrip("/").rsplit("/", 1)[-1]


def group_paragraphs(report: Mapping[str, Any]) -> list[set[Para]]:
    """Each predicted group as the set of (file, paragraph index) its members touch."""
    where: dict[str, Para] = {}
    for source in report["sources"]:
        for paragraph in source["paragraphs"]:
            where[paragraph["id"]] = (_file(source["path"]), paragraph["index"])
    return [{where[m["paragraph"]] for m in g["members"]} for g in report["groups"]]


def cross_pairs(groups: Iterable[Iterable[Sequence[Any]]]) -> set[Pair]:
    pairs: set[Pair] = set()
    for members in groups:
        paras = sorted({(str(f), int(i)) for f, i in members})
        for a, b in combinations(paras, 2):
            if a[0] != b[0]:
                pairs.add(frozenset((a, b)))
    return pairs


def _ratio(a: int, b: int) -> float:
    return a / b if b else 1.0


def _values_by_file(fact: Mapping[str, Any], files: Mapping[str, str]) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for value in fact["values"]:
        out.setdefault(files.get(value["source"], value["source"]), set()).add(
            str(value["normalized"])
        )
    return out


def _covers(predicted: Mapping[str, set[str]], gold: Mapping[str, str]) -> bool:
    return all(str(v) in predicted.get(f, set()) for f, v in gold.items())


def _describe(fact: Mapping[str, Any], by_file: Mapping[str, set[str]]) -> str:
    values = "; ".join(f"{f}={'/'.join(sorted(v))}" for f, v in sorted(by_file.items()))
    return f"{fact['kind']} {fact.get('subject', '')!s}: {values}"


def score(report: Mapping[str, Any], expected: Mapping[str, Any]) -> EvalResult:
    files = {s["id"]: _file(s["path"]) for s in report["sources"]}
    predicted_groups = group_paragraphs(report)
    gold_groups = [{(str(f), int(i)) for f, i in g["members"]} for g in expected["groups"]]
    predicted = cross_pairs(predicted_groups)
    gold = cross_pairs(gold_groups)
    correct = len(predicted & gold)
    precision, recall = _ratio(correct, len(predicted)), _ratio(correct, len(gold))
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0

    predicted_divergent = [f for f in report["facts"] if f["divergent"]]
    gold_facts = expected.get("facts", [])
    matched: set[int] = set()
    found = 0
    missed: list[str] = []
    for gold_fact in (f for f in gold_facts if f["divergent"]):
        hit = [
            i
            for i, f in enumerate(predicted_divergent)
            if f["kind"] == gold_fact["kind"]
            and _covers(_values_by_file(f, files), gold_fact["values"])
        ]
        matched.update(hit)
        if hit:
            found += 1
        else:
            missed.append(f"{gold_fact['kind']} {gold_fact.get('subject', '')}")
    false = 0
    for f in predicted_divergent:
        by_file = _values_by_file(f, files)
        for gold_fact in (g for g in gold_facts if not g["divergent"] and g["kind"] == f["kind"]):
            agreeing = [
                src for src, v in gold_fact["values"].items() if str(v) in by_file.get(src, ())
            ]
            if len(agreeing) >= 2:
                false += 1
                break
    unmatched = tuple(
        _describe(f, _values_by_file(f, files))
        for i, f in enumerate(predicted_divergent)
        if i not in matched
    )

    omissions_gold = omissions_found = 0
    predicted_omitted = _predicted_omissions(report, files)
    for omission in expected.get("omissions", []):
        target = gold_groups[omission["group"]]
        best = _best_match(target, predicted_groups)
        reported = predicted_omitted.get(best, set()) if best is not None else set()
        for source in omission["sources"]:
            omissions_gold += 1
            omissions_found += source in reported

    kinds = {
        (_file(s["path"]), p["index"]): p["kind"]
        for s in report["sources"]
        for p in s["paragraphs"]
    }
    boilerplate = sum(
        1 for members in predicted_groups for m in members if kinds.get(m) == "boilerplate"
    )
    return EvalResult(
        set=str(expected.get("set", "")),
        gold_links=len(gold),
        predicted_links=len(predicted),
        correct_links=correct,
        precision=round(precision, 3),
        recall=round(recall, 3),
        f1=round(f1, 3),
        divergent_gold=sum(1 for f in gold_facts if f["divergent"]),
        divergent_found=found,
        false_divergences=false,
        unmatched_divergences=unmatched,
        omissions_gold=omissions_gold,
        omissions_found=omissions_found,
        boilerplate_in_groups=boilerplate,
        missed_divergences=tuple(missed),
    )


def _predicted_omissions(
    report: Mapping[str, Any], files: Mapping[str, str]
) -> dict[int, set[str]]:
    index = {g["id"]: i for i, g in enumerate(report["groups"])}
    return {
        index[o["group"]]: {files.get(s, s) for s in o["sources"]}
        for o in report["omissions"]
        if o["group"] in index
    }


def _best_match(target: set[Para], groups: Sequence[set[Para]]) -> int | None:
    best, best_score = None, 0.0
    for i, members in enumerate(groups):
        overlap = len(target & members) / len(target | members)
        if overlap > best_score:
            best, best_score = i, overlap
    return best


def analyse_set(set_dir: Path) -> dict[str, Any]:
    """Load and analyse every source of a set, as ``newsdiff report`` would."""
    from reader.analysis import analyze
    from reader.ingest import load_sources
    from reader.report.json_report import report_dict

    loaded = load_sources([str(set_dir)])
    return report_dict(analyze(loaded.sources, errors=loaded.errors))


def format_table(results: Sequence[EvalResult]) -> str:
    head = ("set", "P", "R", "F1", "links", "diverg.", "false div.", "omissions", "boilerpl.")
    rows = [
        (
            r.set,
            f"{r.precision:.2f}",
            f"{r.recall:.2f}",
            f"{r.f1:.2f}",
            f"{r.correct_links}/{r.gold_links} ({r.predicted_links} pred.)",
            f"{r.divergent_found}/{r.divergent_gold}",
            str(r.false_divergences),
            f"{r.omissions_found}/{r.omissions_gold}",
            str(r.boilerplate_in_groups),
        )
        for r in results
    ]
    widths = [max(len(str(row[i])) for row in (head, *rows)) for i in range(len(head))]
    lines = [
        "  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)) for row in (head, *rows)
    ]
    for r in results:
        for text in r.missed_divergences:
            lines.append(f"{r.set}: missed divergence: {text}")
        for text in r.unmatched_divergences:
            lines.append(f"{r.set}: divergence not in gold: {text}")
    return "\n".join(lines) + "\n"


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="newsdiff eval",
        description="Score the analysis of each SET_DIR against its expected.json.",
    )
    parser.add_argument("sets", nargs="+", metavar="SET_DIR", help="a folder with expected.json")
    parser.add_argument("--report", metavar="FILE", help="score this saved report (one set only)")
    parser.add_argument("--json", action="store_true", help="print the scores as JSON")
    args = parser.parse_args(argv)
    if args.report and len(args.sets) != 1:
        parser.error("--report scores exactly one SET_DIR")
    results: list[EvalResult] = []
    for name in args.sets:
        set_dir = Path(name)
        expected_path = set_dir / "expected.json"
        if not expected_path.is_file():
            print(f"newsdiff eval: {expected_path}: no such file", file=sys.stderr)
            return 2
        expected = json.loads(expected_path.read_text(encoding="utf-8"))
        if args.report:
            report = json.loads(Path(args.report).read_text(encoding="utf-8"))
        else:
            report = analyse_set(set_dir)
        results.append(score(report, expected))
    if args.json:
        print(json.dumps([asdict(r) for r in results], indent=2))
    else:
        sys.stdout.write(format_table(results))
    return 0


if __name__ == "__main__":
    sys.exit(main())
