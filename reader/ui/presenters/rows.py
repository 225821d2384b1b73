"""Lay an Analysis out as aligned rows: the compare screen's table of passages.

One row per claim, in the reading order of the lead source (the first pane on screen):
claims that source reports come in its order, and a claim it leaves out comes right after
the claim that precedes it in the next source that reports it. A cell shows its whole
paragraph with the claim's own sentences marked (``Cell.claim``); when a source states the
claim in several paragraphs, the second and later ones sit in sub-rows right under the
claim's row (kind ``part``). A paragraph already printed in full in an earlier row is not
printed again: its cell refers to that row (``¶4 · in g4 above``) and keeps only the
claim's own words, when they are at most half of the paragraph.

A paragraph no claim holds gets a row of its own (kind ``single``), placed right after the
row of the paragraph that precedes it in its article, so every pane still reads roughly in
its article's order. Boilerplate can be folded: a run of boilerplate paragraphs becomes one
short row.

Pure Python (no Textual): the layout is unit-tested alone and computed once per analysis
and lead source.
"""

from __future__ import annotations

import bisect
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import Literal

from reader.model import Analysis, Group, Paragraph, Source

Moved = Literal["", "up", "down"]
RowKind = Literal["group", "part", "single", "folded"]
Span = tuple[int, int]


@dataclass(frozen=True, slots=True)
class Cell:
    """One source's passage in a row: one paragraph, and the claim's span in it.

    ``start``/``end`` is the claim's span in the paragraph (the whole paragraph in a row that
    is no claim's); ``claim`` the sentences that state it, marked when they are not all of it.
    """

    source: str
    paragraph: Paragraph
    start: int
    end: int
    moved: Moved = ""
    folded: int = 0  # > 0: this cell stands for that many folded boilerplate paragraphs
    claim: tuple[Span, ...] = ()
    seen_in: str = ""  # the claim whose row above prints this paragraph in full
    differs: bool = False  # holds a value of a divergent fact of the row's claim

    @property
    def shown(self) -> Span:
        """What the cell prints: its paragraph; for a paragraph printed above, only the
        claim's words, and nothing when they are most of the paragraph (unless they hold a
        value the outlets disagree on: the row must show it)."""
        p = self.paragraph
        if self.folded:
            return p.start, p.start
        if not self.seen_in:
            return p.start, p.end
        if (self.end - self.start) * 2 > len(p.text.strip()) and not self.differs:
            return self.start, self.start  # most of the paragraph: see above
        return self.start, self.end

    def shows(self, offset: int) -> bool:
        start, end = self.shown
        return start <= offset < end


@dataclass(frozen=True, slots=True)
class Row:
    """One row of the compare table: a claim's passages, more of a claim's passages (a
    sub-row), passages no claim holds, or folded boilerplate."""

    key: str  # group id, "<group id>+<n>" for a claim's sub-row, paragraph id, or "fold:<id>"
    kind: RowKind
    cells: Mapping[str, Cell] = field(default_factory=dict)  # source id -> cell
    group: Group | None = None
    parent: Group | None = None  # a sub-row: the claim it continues
    part: int = 0  # a sub-row: its number under the claim (1, 2, ...)

    def shows_any(self, panes: Sequence[str]) -> bool:
        return any(p in self.cells for p in panes)

    @property
    def claim_id(self) -> str:
        """The claim this row shows (its own or, for a sub-row, its parent's), else ""."""
        claim = self.group or self.parent
        return claim.id if claim is not None else ""


def _merged(spans: list[Span]) -> tuple[Span, ...]:
    out: list[Span] = []
    for start, end in sorted(spans):
        if out and start <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], end))
        else:
            out.append((start, end))
    return tuple(out)


def claim_cells(analysis: Analysis, group: Group) -> dict[str, list[Cell]]:
    """Per source, one cell per paragraph that states the claim, in article order."""
    spans: dict[str, dict[str, list[Span]]] = {}
    for member in group.members:
        spans.setdefault(member.source, {}).setdefault(member.paragraph, []).append(
            (member.start, member.end)
        )
    out: dict[str, list[Cell]] = {}
    for source_id, paragraphs in spans.items():
        source = analysis.source(source_id)
        cells = []
        for paragraph_id, found in paragraphs.items():
            paragraph = source.paragraph(paragraph_id)
            claim = _merged(found)
            cells.append(Cell(source_id, paragraph, claim[0][0], claim[-1][1], claim=claim))
        out[source_id] = sorted(cells, key=lambda c: (c.paragraph.index, c.start))
    return out


OrderKey = tuple[tuple[int, int], ...]
_BEFORE_ALL: OrderKey = ((-1, 0),)


def claim_order(
    analysis: Analysis, cells: Mapping[str, Mapping[str, list[Cell]]], lead: str | None
) -> dict[str, OrderKey]:
    """A sort key per claim: the lead source's reading order, the others slotted in.

    The lead's claims keep its order. Then, source by source, a claim not placed yet goes
    right after the last placed claim that precedes it in that source (before every claim
    when none does); claims a source slots after the same one keep that source's order.
    """
    ids = [s.id for s in analysis.sources]
    sources = ([lead] if lead in ids else []) + [s for s in ids if s != lead]
    number = {g.id: n for n, g in enumerate(analysis.groups)}
    keys: dict[str, OrderKey] = {}
    for rank, source in enumerate(sources):
        held = [g for g, per_source in cells.items() if source in per_source]
        held.sort(
            key=lambda g: (
                cells[g][source][0].paragraph.index,
                cells[g][source][0].start,
                number[g],
            )
        )
        anchor = _BEFORE_ALL
        for n, group in enumerate(held):
            if group in keys:
                anchor = keys[group]
                continue
            keys[group] = ((0, n),) if rank == 0 else (*anchor, (rank, n))
    return keys


SortKey = tuple[OrderKey, int, int, int]


def _ordered_rows(analysis: Analysis, lead: str | None) -> list[Row]:
    cells = {g.id: claim_cells(analysis, g) for g in analysis.groups}
    order = claim_order(analysis, cells, lead)
    source_rank = {s.id: n for n, s in enumerate(analysis.sources)}
    keyed: list[tuple[SortKey, Row]] = []
    claims_of: dict[str, list[str]] = {}  # paragraph id -> the claims it states
    for group in analysis.groups:
        per_source = cells[group.id]
        first = {s: per_source[s][0] for s in sorted(per_source, key=source_rank.__getitem__)}
        keyed.append(((order[group.id], 0, 0, 0), Row(group.id, "group", first, group)))
        for part in range(1, max(len(c) for c in per_source.values())):
            more = {s: c[part] for s, c in per_source.items() if part < len(c)}
            more = dict(sorted(more.items(), key=lambda item: source_rank[item[0]]))
            row = Row(f"{group.id}+{part}", "part", more, parent=group, part=part)
            keyed.append(((order[group.id], 0, 1, part), row))
        for source_cells in per_source.values():
            for cell in source_cells:
                claims_of.setdefault(cell.paragraph.id, []).append(group.id)
    # Unaligned paragraphs wait in slots (after / before a claim's rows); each slot is packed
    # into layers: the k-th waiting paragraph of every source shares the k-th row.
    end: OrderKey = ((1 << 30, 0),)  # sources that hold no claim: after every claim
    slots: dict[tuple[OrderKey, int, bool], dict[str, list[Paragraph]]] = {}
    for source in analysis.sources:
        claimed = [p for p in source.paragraphs if p.id in claims_of]
        for paragraph in source.paragraphs:
            if paragraph.id in claims_of:
                continue
            before = [p for p in claimed if p.index < paragraph.index]
            after = [p for p in claimed if p.index > paragraph.index]
            if before:
                anchor, side = max(order[g] for g in claims_of[before[-1].id]), 1
            elif after:
                anchor, side = min(order[g] for g in claims_of[after[0].id]), -1
            else:
                anchor, side = end, 1
            slot = slots.setdefault((anchor, side, paragraph.kind == "boilerplate"), {})
            slot.setdefault(source.id, []).append(paragraph)
    for (anchor, side, boilerplate), waiting in slots.items():
        depth = max(len(ps) for ps in waiting.values())
        for layer in range(depth):
            row_cells = {
                sid: Cell(sid, ps[layer], ps[layer].start, ps[layer].end)
                for sid in sorted(waiting, key=source_rank.__getitem__)
                if layer < len(ps := waiting[sid])
            }
            first_id = next(iter(row_cells.values())).paragraph.id
            rank = layer + (10_000 if boilerplate else 0)
            keyed.append(((anchor, side, 2, rank), Row(first_id, "single", row_cells)))
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


def _divergent_values(analysis: Analysis) -> dict[str, list[tuple[str, int]]]:
    """Per claim, where its divergent facts' values stand (paragraph id, offset)."""
    out: dict[str, list[tuple[str, int]]] = {}
    for fact in analysis.facts:
        if fact.divergent and fact.group:
            out.setdefault(fact.group, []).extend((v.paragraph, v.start) for v in fact.values)
    return out


def _fold_repeats(rows: list[Row], analysis: Analysis) -> list[Row]:
    """A paragraph printed in full in an earlier row becomes a reference to that row."""
    values = _divergent_values(analysis)
    printed: dict[str, str] = {}  # paragraph id -> the claim whose row prints it
    out = []
    for row in rows:
        if row.kind == "folded":
            out.append(row)
            continue
        cells = dict(row.cells)
        for source, cell in row.cells.items():
            where = printed.get(cell.paragraph.id)
            if where is None:
                printed[cell.paragraph.id] = row.claim_id or cell.paragraph.id
            else:
                differs = any(
                    paragraph == cell.paragraph.id and cell.start <= at < cell.end
                    for paragraph, at in values.get(row.claim_id, ())
                )
                cells[source] = replace(cell, seen_in=where, differs=differs)
        out.append(replace(row, cells=cells) if cells != row.cells else row)
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
            if (cell := row.cells.get(source.id)) is not None
            and cell.paragraph.kind != "boilerplate"
            and not cell.seen_in
            and not cell.folded
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
        out.append(replace(row, cells=cells))
    return out


def _with_moved(cell: Cell, moved: Moved) -> Cell:
    return replace(cell, moved=moved) if moved else cell


def build_rows(
    analysis: Analysis, *, fold_boilerplate: bool = True, lead: str | None = None
) -> list[Row]:
    """Every row of the compare table, in display order, for all sources; claims in the
    reading order of ``lead`` (the first pane on screen; by default the first source)."""
    if not analysis.groups:
        rows = _positional_rows(analysis)
        return _fold_boilerplate(rows) if fold_boilerplate else rows
    rows = _ordered_rows(analysis, lead)
    if fold_boilerplate:
        rows = _fold_boilerplate(rows)
    return _mark_moved(_fold_repeats(rows, analysis), analysis.sources)
