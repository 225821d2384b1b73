"""Score newsdiff on the real-news set against hand-made readings (issue 14 item 3, issue 15).

``newsdiff eval --real DIR`` analyses every event folder ``DIR/<event>/`` that has a reading
and prints one row per split (``dev``, ``heldout``), micro-averaged over events: counts are
summed over the events of a split, then divided. Readings are JSON files
``<event>.json`` (format: ``benchmarks/realdata/READINGS.md``), looked up in
``benchmarks/realdata/readings/`` of the source tree, then in ``DIR/_readings/``, or in
``--readings FOLDER``. The split of each event comes from ``DIR/manifest.json`` (written by
the build), else from ``benchmarks/realdata/events.json``.

Measures (paragraphs the reading lists as boilerplate are ignored throughout):

* links: a predicted link is an unordered pair of paragraphs of two sources in one predicted
  group. It is correct when both paragraphs are in one gold group (core or also). Recall is
  over the gold core-core pairs: how many of them are predicted links.
* divergences: a gold divergent slot is found when a predicted divergent fact has, for at
  least two of the slot's sources, a value in the slot's paragraph whose text overlaps the
  slot's text for that source. Divergence precision is the share of predicted divergent
  facts that match a gold slot; look-alike false alarms count predicted divergent facts that
  match a look-alike slot (the same test).
* omissions: a predicted omission (group, source) is right when the gold group that best
  matches the predicted group (Jaccard over paragraphs) has no paragraph of that source.
* exclusives (when the report has them): a predicted exclusive is right when its paragraph
  is in no gold group; a gold exclusive is found when a predicted exclusive of its source
  falls in one of its paragraphs.

Only figures are printed: never a group, fact or text of the articles.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import asdict, dataclass, fields
from functools import cache
from itertools import combinations
from pathlib import Path
from typing import Any

from reader.analysis import semantic
from reader.eval.samples import analyse_set
from reader.text.data import load_json

Para = tuple[str, int]  # (file name, 1-based paragraph index)
Pair = frozenset[Para]

SPLITS = ("dev", "heldout")
_TREE = Path(__file__).resolve().parents[2] / "benchmarks" / "realdata"


@cache
def _stop() -> frozenset[str]:
    """English function words (the language detector's list): shared, they prove nothing."""
    return frozenset(load_json("stopwords.json")["stopwords"]["en"]) | {"a"}


class ReadingError(ValueError):
    """A reading that does not follow the format."""


@dataclass(frozen=True, slots=True)
class Slot:
    """A divergence or look-alike slot: per source, the paragraph and text of its value."""

    values: Mapping[str, tuple[int, str]]


@dataclass(frozen=True, slots=True)
class Reading:
    event: str
    boilerplate: frozenset[Para]
    groups: tuple[frozenset[Para], ...]  # core + also
    cores: tuple[frozenset[Para], ...]
    divergences: tuple[Slot, ...]
    look_alikes: tuple[Slot, ...]
    exclusives: tuple[tuple[str, frozenset[int]], ...]


@dataclass(frozen=True, slots=True)
class Counts:
    """What one event (or a sum of events) scored; ratios are taken over sums."""

    events: int = 0
    predicted_links: int = 0
    correct_links: int = 0
    gold_links: int = 0
    found_links: int = 0
    gold_divergences: int = 0
    found_divergences: int = 0
    predicted_divergent: int = 0
    matching_divergent: int = 0
    look_alike_alarms: int = 0
    predicted_omissions: int = 0
    correct_omissions: int = 0
    predicted_exclusives: int = 0
    correct_exclusives: int = 0
    gold_exclusives: int = 0
    found_exclusives: int = 0
    reports_with_exclusives: int = 0

    def __add__(self, other: Counts) -> Counts:
        return Counts(*(getattr(self, f.name) + getattr(other, f.name) for f in fields(Counts)))


@dataclass(frozen=True, slots=True)
class Row:
    name: str
    events: int
    link_precision: float
    link_recall: float
    link_f1: float
    divergence_recall: float
    divergences_found: int
    divergences_gold: int
    divergence_precision: float
    predicted_divergent: int
    look_alike_false_alarms: int
    omission_precision: float
    predicted_omissions: int
    exclusive_precision: float | None
    exclusive_recall: float | None


def _ratio(a: int, b: int) -> float:
    return round(a / b, 3) if b else 1.0


def row(name: str, c: Counts) -> Row:
    p = c.correct_links / c.predicted_links if c.predicted_links else 1.0
    r = c.found_links / c.gold_links if c.gold_links else 1.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    has_excl = c.reports_with_exclusives > 0
    return Row(
        name=name,
        events=c.events,
        link_precision=round(p, 3),
        link_recall=round(r, 3),
        link_f1=round(f1, 3),
        divergence_recall=_ratio(c.found_divergences, c.gold_divergences),
        divergences_found=c.found_divergences,
        divergences_gold=c.gold_divergences,
        divergence_precision=_ratio(c.matching_divergent, c.predicted_divergent),
        predicted_divergent=c.predicted_divergent,
        look_alike_false_alarms=c.look_alike_alarms,
        omission_precision=_ratio(c.correct_omissions, c.predicted_omissions),
        predicted_omissions=c.predicted_omissions,
        exclusive_precision=(
            _ratio(c.correct_exclusives, c.predicted_exclusives) if has_excl else None
        ),
        exclusive_recall=_ratio(c.found_exclusives, c.gold_exclusives) if has_excl else None,
    )


# --- readings ---------------------------------------------------------------------------


def _para(item: Any, where: str) -> Para:
    if (
        not isinstance(item, list | tuple)
        or len(item) != 2
        or not isinstance(item[0], str)
        or not isinstance(item[1], int)
    ):
        raise ReadingError(f"{where}: want [file, paragraph], got {item!r}")
    return (item[0], item[1])


def _slots(items: Any, where: str) -> tuple[Slot, ...]:
    slots: list[Slot] = []
    for n, item in enumerate(items or []):
        values = item.get("values") if isinstance(item, dict) else None
        if not isinstance(values, dict):
            raise ReadingError(f"{where}[{n}]: no values")
        parsed: dict[str, tuple[int, str]] = {}
        for file, value in values.items():
            if not isinstance(value, dict) or not isinstance(value.get("paragraph"), int):
                raise ReadingError(f"{where}[{n}].values.{file}: want paragraph and text")
            parsed[str(file)] = (int(value["paragraph"]), str(value.get("text", "")))
        slots.append(Slot(parsed))
    return tuple(slots)


def parse_reading(doc: Mapping[str, Any]) -> Reading:
    """A reading from its JSON; raises ReadingError when it does not follow the format."""
    if not isinstance(doc, Mapping) or not isinstance(doc.get("event"), str):
        raise ReadingError("no event id")
    boilerplate: set[Para] = set()
    for file, source in (doc.get("sources") or {}).items():
        for n in source.get("boilerplate") or []:
            boilerplate.add((str(file), int(n)))
    groups: list[frozenset[Para]] = []
    cores: list[frozenset[Para]] = []
    for n, group in enumerate(doc.get("groups") or []):
        core = {_para(p, f"groups[{n}].core") for p in group.get("core") or []}
        also = {_para(p, f"groups[{n}].also") for p in group.get("also") or []}
        groups.append(frozenset((core | also) - boilerplate))
        cores.append(frozenset(core - boilerplate))
    exclusives = tuple(
        (str(e["source"]), frozenset(int(p) for p in e.get("paragraphs") or []))
        for e in doc.get("exclusives") or []
        if isinstance(e, dict) and "source" in e
    )
    return Reading(
        event=str(doc["event"]),
        boilerplate=frozenset(boilerplate),
        groups=tuple(groups),
        cores=tuple(cores),
        divergences=_slots(doc.get("divergences"), "divergences"),
        look_alikes=_slots(doc.get("look_alikes"), "look_alikes"),
        exclusives=exclusives,
    )


# --- scoring ----------------------------------------------------------------------------


def _file(path: str) -> str:
    return path.replace("\\", "/").rstrip("/").rsplit("/", 1)[-1]


def _pairs(groups: Iterable[Iterable[Para]]) -> set[Pair]:
    out: set[Pair] = set()
    for members in groups:
        for a, b in combinations(sorted(set(members)), 2):
            if a[0] != b[0]:
                out.add(frozenset((a, b)))
    return out


def _words(text: str) -> set[str]:
    return {w for w in re.findall(r"[^\W_]+", text.casefold()) if w not in _stop()}


def overlaps(predicted: str, gold: str) -> bool:
    """Whether a predicted value's text and a reading's text name the same words."""
    a, b = predicted.casefold().strip(), gold.casefold().strip()
    if not a or not b:
        return False
    return a in b or b in a or bool(_words(a) & _words(b))


def matches(values: Sequence[tuple[str, int, str]], slot: Slot) -> bool:
    """A predicted fact's (file, paragraph, text) values fit a slot for two of its sources."""
    hit = {
        file
        for file, index, text in values
        if file in slot.values
        and slot.values[file][0] == index
        and overlaps(text, slot.values[file][1])
    }
    return len(hit) >= 2


def _best_group(target: set[Para], groups: Sequence[frozenset[Para]]) -> int | None:
    best, best_score = None, 0.0
    for i, members in enumerate(groups):
        union = target | members
        jaccard = len(target & members) / len(union) if union else 0.0
        if jaccard > best_score:
            best, best_score = i, jaccard
    return best


def score_event(report: Mapping[str, Any], reading: Reading) -> Counts:
    """One event's counts: the report of its folder against its reading."""
    files = {s["id"]: _file(s["path"]) for s in report["sources"]}
    where: dict[str, Para] = {}
    for source in report["sources"]:
        for paragraph in source["paragraphs"]:
            where[paragraph["id"]] = (files[source["id"]], int(paragraph["index"]))
    skip = reading.boilerplate

    predicted_groups = [
        {where[m["paragraph"]] for m in g["members"]} - skip for g in report["groups"]
    ]
    predicted = _pairs(predicted_groups)
    allowed = _pairs(reading.groups)
    gold = _pairs(reading.cores)

    divergent = [f for f in report["facts"] if f.get("divergent")]
    fact_values = [
        [
            (files.get(v["source"], v["source"]), where.get(v["paragraph"], ("", 0))[1], v["text"])
            for v in f["values"]
        ]
        for f in divergent
    ]
    found = sum(1 for slot in reading.divergences if any(matches(v, slot) for v in fact_values))
    matching = sum(1 for v in fact_values if any(matches(v, s) for s in reading.divergences))
    alarms = sum(1 for v in fact_values if any(matches(v, s) for s in reading.look_alikes))

    group_index = {g["id"]: i for i, g in enumerate(report["groups"])}
    predicted_omissions = correct_omissions = 0
    for omission in report.get("omissions", []):
        i = group_index.get(omission["group"])
        if i is None:
            continue
        best = _best_group(predicted_groups[i], reading.groups)
        for source in omission["sources"]:
            predicted_omissions += 1
            file = files.get(source, source)
            if best is not None and all(f != file for f, _ in reading.groups[best]):
                correct_omissions += 1

    exclusives = report.get("exclusives")
    predicted_excl = correct_excl = found_excl = 0
    if exclusives is not None:
        in_groups = set().union(*reading.groups) if reading.groups else set()
        spots = [where.get(e["paragraph"]) for e in exclusives]
        spots_ok = [s for s in spots if s is not None and s not in skip]
        predicted_excl = len(spots_ok)
        correct_excl = sum(1 for s in spots_ok if s not in in_groups)
        found_excl = sum(
            1
            for source, paragraphs in reading.exclusives
            if any(f == source and n in paragraphs for f, n in spots_ok)
        )
    return Counts(
        events=1,
        predicted_links=len(predicted),
        correct_links=len(predicted & allowed),
        gold_links=len(gold),
        found_links=len(gold & predicted),
        gold_divergences=len(reading.divergences),
        found_divergences=found,
        predicted_divergent=len(divergent),
        matching_divergent=matching,
        look_alike_alarms=alarms,
        predicted_omissions=predicted_omissions,
        correct_omissions=correct_omissions,
        predicted_exclusives=predicted_excl,
        correct_exclusives=correct_excl,
        gold_exclusives=len(reading.exclusives) if exclusives is not None else 0,
        found_exclusives=found_excl,
        reports_with_exclusives=1 if exclusives is not None else 0,
    )


# --- the set ----------------------------------------------------------------------------


def splits_of(data_dir: Path) -> dict[str, str]:
    """Event id -> split, from the build's manifest, else from events.json in the tree."""
    manifest = data_dir / "manifest.json"
    if manifest.is_file():
        doc = json.loads(manifest.read_text(encoding="utf-8"))
        return {str(e["id"]): str(e["split"]) for e in doc.get("events", [])}
    events = _TREE / "events.json"
    if events.is_file():
        doc = json.loads(events.read_text(encoding="utf-8"))
        return {str(e["id"]): str(e["split"]) for e in doc.get("events", [])}
    return {}


def find_readings(data_dir: Path, readings_dir: Path | None = None) -> dict[str, Path]:
    """Event id -> reading file: ``readings_dir`` alone when given, else tree then DIR."""
    folders = (
        [readings_dir] if readings_dir is not None else [_TREE / "readings", data_dir / "_readings"]
    )
    found: dict[str, Path] = {}
    for folder in folders:
        if folder.is_dir():
            for path in sorted(folder.glob("*.json")):
                found.setdefault(path.stem, path)
    return found


@dataclass(frozen=True, slots=True)
class Result:
    rows: tuple[Row, ...]
    per_event: tuple[Row, ...]
    skipped: tuple[str, ...]


def evaluate(
    data_dir: Path,
    *,
    split: str = "all",
    readings_dir: Path | None = None,
    reports_dir: Path | None = None,
    analyse: Callable[[Path], Mapping[str, Any]] = analyse_set,
) -> Result:
    """Score every event of ``data_dir`` that has a reading; rows per split."""
    splits = splits_of(data_dir)
    readings = find_readings(data_dir, readings_dir)
    wanted = SPLITS if split == "all" else (split,)
    totals = {name: Counts() for name in wanted}
    per_event: list[Row] = []
    skipped: list[str] = []
    for event, path in sorted(readings.items()):
        event_split = splits.get(event)
        if event_split is None:
            skipped.append(f"{event}: not an event of the set")
            continue
        if event_split not in wanted:
            continue
        folder = data_dir / event
        if not folder.is_dir():
            skipped.append(f"{event}: no folder {folder}")
            continue
        try:
            reading = parse_reading(json.loads(path.read_text(encoding="utf-8")))
        except (ValueError, TypeError, AttributeError, KeyError) as exc:
            skipped.append(f"{event}: unreadable reading {path}: {exc}")
            continue
        if reports_dir is not None:
            report_path = reports_dir / f"{event}.json"
            if not report_path.is_file():
                skipped.append(f"{event}: no report {report_path}")
                continue
            report: Mapping[str, Any] = json.loads(report_path.read_text(encoding="utf-8"))
        else:
            report = analyse(folder)
        counts = score_event(report, reading)
        totals[event_split] = totals[event_split] + counts
        per_event.append(row(event, counts))
    return Result(
        rows=tuple(row(name, totals[name]) for name in wanted),
        per_event=tuple(per_event),
        skipped=tuple(skipped),
    )


def _cell(value: float | None) -> str:
    return "-" if value is None else f"{value:.2f}"


def format_rows(rows: Sequence[Row]) -> str:
    head = (
        "split",
        "events",
        "link P",
        "link R",
        "link F1",
        "div. found",
        "div. P",
        "look-alike FA",
        "omis. P",
        "excl. P",
        "excl. R",
    )
    body = [
        (
            r.name,
            str(r.events),
            _cell(r.link_precision),
            _cell(r.link_recall),
            _cell(r.link_f1),
            f"{r.divergences_found}/{r.divergences_gold}",
            f"{_cell(r.divergence_precision)} ({r.predicted_divergent})",
            str(r.look_alike_false_alarms),
            f"{_cell(r.omission_precision)} ({r.predicted_omissions})",
            _cell(r.exclusive_precision),
            _cell(r.exclusive_recall),
        )
        for r in rows
    ]
    widths = [max(len(line[i]) for line in (head, *body)) for i in range(len(head))]
    return (
        "\n".join(
            "  ".join(c.ljust(w) for c, w in zip(line, widths, strict=True)).rstrip()
            for line in (head, *body)
        )
        + "\n"
    )


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="newsdiff eval --real",
        description="Score newsdiff on the real-news set (DIR from make realdata) "
        "against hand-made readings; one row per split.",
    )
    parser.add_argument("--real", required=True, metavar="DIR", help="the built real-news set")
    parser.add_argument("--split", choices=("dev", "heldout", "all"), default="all")
    parser.add_argument("--per-event", action="store_true", help="also print one row per event")
    parser.add_argument("--readings", metavar="FOLDER", help="read readings from FOLDER only")
    parser.add_argument("--reports", metavar="FOLDER", help="score saved reports <event>.json")
    parser.add_argument("--json", action="store_true", help="print the scores as JSON")
    args = parser.parse_args(argv)
    data_dir = Path(args.real)
    if not data_dir.is_dir():
        print(f"newsdiff eval: {data_dir}: no such folder", file=sys.stderr)
        return 2
    result = evaluate(
        data_dir,
        split=args.split,
        readings_dir=Path(args.readings) if args.readings else None,
        reports_dir=Path(args.reports) if args.reports else None,
    )
    for line in result.skipped:
        print(f"newsdiff eval: skipped {line}", file=sys.stderr)
    if args.reports is None and semantic.enabled():
        print(f"newsdiff eval: semantic backend on ({semantic.PACKAGE})", file=sys.stderr)
    if args.json:
        doc: dict[str, Any] = {"rows": [asdict(r) for r in result.rows]}
        if args.per_event:
            doc["events"] = [asdict(r) for r in result.per_event]
        print(json.dumps(doc, indent=2))
    else:
        sys.stdout.write(format_rows(result.rows))
        if args.per_event:
            sys.stdout.write("\n" + format_rows(result.per_event))
    return 0
