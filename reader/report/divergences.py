"""The divergences of an analysis as one list: one row per divergent fact.

The unit a journalist works through on deadline: what it is about, each outlet's value as
written (the outlier(s) marked), how sure the method is. The Divergences screen (``D``), the
Markdown report and the Markdown export all read these rows, so the three never disagree.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Mapping
from dataclasses import dataclass

from reader.model import Analysis, Fact, FactValue

OUTLIER = "\u2691"  # ⚑ beside a value most outlets do not give


@dataclass(frozen=True, slots=True)
class OutletValue:
    """One outlet's words for the fact (several when it states it more than once)."""

    source: str
    texts: tuple[str, ...]
    value: FactValue  # the first, where enter jumps to
    outlier: bool


@dataclass(frozen=True, slots=True)
class Divergence:
    fact: Fact
    about: str  # the fact's subject, and the claim's label when that says something else
    group: str | None
    group_label: str
    values: tuple[OutletValue, ...]  # in the order of the sources

    @property
    def kind(self) -> str:
        return self.fact.kind

    @property
    def confidence(self) -> float | None:
        return self.fact.confidence


def _outliers(fact: Fact) -> set[str]:
    """The sources whose value differs from the one most sources give; none on a tie."""
    by_source: dict[str, str] = {}
    for value in fact.values:
        by_source.setdefault(value.source, value.normalized.casefold())
    counts = Counter(by_source.values()).most_common()
    if len(counts) < 2 or counts[0][1] == counts[1][1]:
        return set()
    top = counts[0][0]
    return {s for s, v in by_source.items() if v != top}


def divergences(analysis: Analysis) -> list[Divergence]:
    """Every divergent fact, in the reading order of its first value."""
    order = {s.id: n for n, s in enumerate(analysis.sources)}
    labels = {g.id: g.label for g in analysis.groups}
    rows: list[tuple[tuple[int, int], Divergence]] = []
    for fact in analysis.facts:
        if not fact.divergent or not fact.values:
            continue
        outliers = _outliers(fact)
        values: dict[str, list[FactValue]] = {}
        for value in fact.values:
            values.setdefault(value.source, []).append(value)
        outlets = tuple(
            OutletValue(source, tuple(v.text for v in vs), vs[0], source in outliers)
            for source, vs in sorted(values.items(), key=lambda i: order.get(i[0], len(order)))
        )
        first = min(fact.values, key=lambda v: (order.get(v.source, len(order)), v.start))
        label = labels.get(fact.group or "", "")
        rows.append(
            (
                (order.get(first.source, len(order)), first.start),
                Divergence(fact, fact.subject, fact.group, label, outlets),
            )
        )
    return [row for _, row in sorted(rows, key=lambda r: r[0])]


def markdown_list(
    analysis: Analysis, names: Mapping[str, str], escape: Callable[[str], str]
) -> list[str]:
    """The divergences as a Markdown table (``escape`` makes untrusted text one safe cell)."""
    rows = divergences(analysis)
    lines = ["## Divergences", ""]
    if not rows:
        return [*lines, "No fact is stated differently by the outlets.", ""]
    lines += [
        f"{len(rows)} fact{'s' if len(rows) != 1 else ''} the outlets state differently; "
        f"{OUTLIER} marks a value most outlets do not give.",
        "",
        "| # | kind | about | claim | values | confidence |",
        "| --- | --- | --- | --- | --- | --- |",
    ]
    for number, row in enumerate(rows, start=1):
        values = "; ".join(
            f"{escape(names.get(v.source, v.source))}: "
            + " / ".join(f"\u201c{escape(t)}\u201d" for t in v.texts)
            + (f" {OUTLIER}" if v.outlier else "")
            for v in row.values
        )
        claim = row.group or ""
        if row.group and row.group_label and row.group_label != row.about:
            claim += f": {escape(row.group_label)}"
        sure = f"{row.confidence:.2f}" if row.confidence is not None else ""
        lines.append(
            f"| {number} | {row.kind} | {escape(row.about)} | {claim} | {values} | {sure} |"
        )
    return [*lines, ""]
