"""Lay an Analysis out as aligned rows: the compare screen's table of passages.

A row holds at most one passage per source. A group's members share a row; a paragraph that
no group claims gets a row of its own, placed right after the row of the paragraph that
precedes it in its article, so every pane still reads roughly in its article's order.
Boilerplate can be folded: a run of boilerplate paragraphs becomes one short row.

Pure Python (no Textual): the layout is unit-tested alone and computed once per analysis.
"""

from __future__ import annotations

import bisect
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Literal

from reader.model import Analysis, Group, Paragraph, Source

Moved = Literal["", "up", "down"]
RowKind = Literal["group", "single", "folded"]


@dataclass(frozen=True, slots=True)
class Cell:
    """One source's passage in a row: a span of one paragraph (absolute offsets)."""

    source: str
    paragraph: Paragraph
    start: int
    end: int
    moved: Moved = ""
    folded: int = 0  # > 0: this cell stands for that many folded boilerplate paragraphs


@dataclass(frozen=True, slots=True)
class Row:
    """One row of the compare table: a claim's passages, one paragraph, or folded boilerplate."""

    key: str  # group id, paragraph id, or "fold:<first paragraph id>"
    kind: RowKind
    cells: Mapping[str, Cell] = field(default_factory=dict)  # source id -> cell
    group: Group | None = None

    def shows_any(self, panes: Sequence[str]) -> bool:
        return any(p in self.cells for p in panes)


def _relative_position(source: Source, paragraph: Paragraph) -> float:
    count = len(source.paragraphs)
    return (paragraph.index - 1) / max(count - 1, 1)


def _group_keys(analysis: Analysis) -> dict[str, float]:
    """Where a group sits in the story: the mean relative position of its members."""
    keys: dict[str, float] = {}
    for group in analysis.groups:
        positions = []
        for member in group.members:
            source = analysis.source(member.source)
            positions.append(_relative_position(source, source.paragraph(member.paragraph)))
        keys[group.id] = sum(positions) / len(positions) if positions else 0.0
    return keys


SortKey = tuple[float, int, int, int, int]


def _ordered_rows(analysis: Analysis) -> list[Row]:
    group_key = _group_keys(analysis)
    order = {s.id: n for n, s in enumerate(analysis.sources)}
    keyed: list[tuple[SortKey, Row]] = []
    groups_of: dict[str, list[Group]] = {}
    for n, group in enumerate(analysis.groups):
        cells: dict[str, Cell] = {}
        for member in group.members:
            if member.source in cells:  # one cell per source: keep the earliest span
                continue
            paragraph = analysis.source(member.source).paragraph(member.paragraph)
            cells[member.source] = Cell(member.source, paragraph, member.start, member.end)
            groups_of.setdefault(member.paragraph, []).append(group)
        keyed.append(((group_key[group.id], 0, 0, 0, n), Row(group.id, "group", cells, group)))
    # Unaligned paragraphs wait in slots (after / before a group row); each slot is packed
    # into layers: the k-th waiting paragraph of every source shares the k-th row.
    slots: dict[tuple[float, int, bool], dict[str, list[Paragraph]]] = {}
    for source in analysis.sources:
        grouped = [p for p in source.paragraphs if p.id in groups_of]
        for paragraph in source.paragraphs:
            if paragraph.id in groups_of:
                continue
            before = [p for p in grouped if p.index < paragraph.index]
            after = [p for p in grouped if p.index > paragraph.index]
            if before:
                anchor, side = max(group_key[g.id] for g in groups_of[before[-1].id]), 1
            elif after:
                anchor, side = min(group_key[g.id] for g in groups_of[after[0].id]), -1
            else:
                anchor, side = _relative_position(source, paragraph), 1
            slot = slots.setdefault((anchor, side, paragraph.kind == "boilerplate"), {})
            slot.setdefault(source.id, []).append(paragraph)
    for (anchor, side, boilerplate), waiting in slots.items():
        depth = max(len(ps) for ps in waiting.values())
        for layer in range(depth):
            cells = {
                sid: Cell(sid, ps[layer], ps[layer].start, ps[layer].end)
                for sid in sorted(waiting, key=order.__getitem__)
                if layer < len(ps := waiting[sid])
            }
            first = next(iter(cells.values())).paragraph.id
            rank = layer + (10_000 if boilerplate else 0)
            keyed.append(((anchor, side, rank, 0, 0), Row(first, "single", cells)))
    keyed.sort(key=lambda item: item[0])
    return [row for _, row in keyed]


def _positional_rows(analysis: Analysis) -> list[Row]:
    """Before alignment: row n holds every source's n-th paragraph, side by side."""
    longest = max((len(s.paragraphs) for s in analysis.sources), default=0)
    rows = []
    for n in range(longest):
        cells = {
            s.id: Cell(s.id, p, p.start, p.end)
            for s in analysis.sources
            if n < len(s.paragraphs)
            for p in (s.paragraphs[n],)
        }
        rows.append(Row(f"row:{n + 1}", "single", cells))
    return rows


def _fold_boilerplate(rows: list[Row]) -> list[Row]:
    """Replace runs of unaligned boilerplate rows by one folded row per run."""
    out: list[Row] = []
    run: dict[str, Cell] = {}
    first_key = ""

    def flush() -> None:
        if run:
            out.append(Row(f"fold:{first_key}", "folded", dict(run)))
            run.clear()

    for row in rows:
        boilerplate = row.kind == "single" and all(
            c.paragraph.kind == "boilerplate" for c in row.cells.values()
        )
        if not boilerplate:
            flush()
            out.append(row)
            continue
        for cell in row.cells.values():
            if not run:
                first_key = cell.paragraph.id
            held = run.get(cell.source)
            count = held.folded + 1 if held else 1
            first = held.paragraph if held else cell.paragraph
            run[cell.source] = Cell(cell.source, first, first.start, first.end, folded=count)
    flush()
    return out


def _longest_non_decreasing(values: Sequence[int]) -> set[int]:
    """Positions of one longest non-decreasing subsequence of ``values``."""
    tails: list[int] = []  # position of the smallest tail for each length
    previous: list[int] = [-1] * len(values)
    tail_values: list[int] = []
    for i, v in enumerate(values):
        k = bisect.bisect_right(tail_values, v)
        if k > 0:
            previous[i] = tails[k - 1]
        if k == len(tails):
            tails.append(i)
            tail_values.append(v)
        else:
            tails[k] = i
            tail_values[k] = v
    keep: set[int] = set()
    i = tails[-1] if tails else -1
    while i >= 0:
        keep.add(i)
        i = previous[i]
    return keep


def _mark_moved(rows: list[Row], sources: Sequence[Source]) -> list[Row]:
    """Flag passages that sit far from where the row order puts them in their article.

    Per source, the passages in row order should read in paragraph order; those outside
    one longest in-order run are moved, unless they are only one paragraph off their
    neighbours (a swap of two adjacent paragraphs is not worth a mark).
    """
    moved: dict[tuple[int, str], Moved] = {}
    for source in sources:
        where = [
            (r, row.cells[source.id].paragraph.index)
            for r, row in enumerate(rows)
            if source.id in row.cells and row.cells[source.id].paragraph.kind != "boilerplate"
        ]
        values = [v for _, v in where]
        keep = _longest_non_decreasing(values)
        for i, (r, v) in enumerate(where):
            if i in keep:
                continue
            prev = max((values[j] for j in keep if j < i), default=None)
            nxt = min((values[j] for j in keep if j > i), default=None)
            if prev is not None and v < prev - 1:
                moved[(r, source.id)] = "up"
            elif nxt is not None and v > nxt + 1:
                moved[(r, source.id)] = "down"
    if not moved:
        return rows
    out = []
    for r, row in enumerate(rows):
        cells = {sid: _with_moved(cell, moved.get((r, sid), "")) for sid, cell in row.cells.items()}
        out.append(Row(row.key, row.kind, cells, row.group))
    return out


def _with_moved(cell: Cell, moved: Moved) -> Cell:
    if not moved:
        return cell
    return Cell(cell.source, cell.paragraph, cell.start, cell.end, moved, cell.folded)


def build_rows(analysis: Analysis, *, fold_boilerplate: bool = True) -> list[Row]:
    """Every row of the compare table, in display order, for all sources."""
    if analysis.groups:
        rows = _mark_moved(_ordered_rows(analysis), analysis.sources)
    else:
        rows = _positional_rows(analysis)
    if fold_boilerplate:
        rows = _fold_boilerplate(rows)
    return rows
