"""The rule above each row of the compare table: the claim's label and its badges.

``─ g3 · fire duration ─────── ◆ duration · ○ not in Metro 24 · ✓ verified · ✎ 2 ─`` for a
claim; a dashed rule that says what the row is for the others: ``┄ g3, more passages ┄`` over
a claim's sub-row (an outlet states it in a second paragraph), ``┄ in no claim ┄`` over
passages no claim holds. The outlets that omit the claim
are named when the label still fits, else given by pane number (``○ not in #4``).
"""

from __future__ import annotations

from dataclasses import dataclass

from rich.style import Style
from rich.text import Text

from reader.text.safe import inert
from reader.ui.presenters.lookup import AnalysisLookup
from reader.ui.presenters.names import short_names, source_name
from reader.ui.presenters.passage import StyleFor
from reader.ui.presenters.rows import Row

CLAIM_MARK_LABEL = {"verified": "✓ verified", "disputed": "✗ disputed", "follow-up": "⚑ follow-up"}


@dataclass(frozen=True, slots=True)
class RowMarks:
    """What the user put on the row: the claim's mark and how many notes."""

    claim: str | None = None
    notes: int = 0


SHORT_NAME = 12  # a badge's outlet names when the full ones do not fit


def _missing(lookup: AnalysisLookup, missing: tuple[str, ...], by_name: int) -> str:
    """Full names (2), short distinct names (1), else the sources' numbers (0)."""
    if by_name == 2:
        return ", ".join(source_name(lookup.analysis, s) for s in missing)
    if by_name == 1:
        short = short_names(lookup.analysis, SHORT_NAME)
        return ", ".join(short[s] for s in missing)
    return ", ".join(f"#{lookup.source_number[s]}" for s in missing)


def _badges(
    row: Row, lookup: AnalysisLookup, marks: RowMarks, by_name: int
) -> list[tuple[str, str]]:
    badges: list[tuple[str, str]] = []
    if row.group is not None:
        kinds = sorted({f.kind for f in lookup.divergent_facts(row.group.id)})
        if kinds:
            badges.append((f"◆ {', '.join(kinds)}", "rule-divergent"))
        missing = lookup.missing_from(row.group)
        if missing:
            badges.append((f"○ not in {_missing(lookup, missing, by_name)}", "rule-omission"))
        if row.group.verbatim:
            badges.append(("≡ verbatim", "rule-verbatim"))
        mark = CLAIM_MARK_LABEL.get(marks.claim or "")
        if mark:
            badges.append((mark, "rule-mark"))
    if row.kind == "single" and any(
        lookup.exclusives_at(cell.paragraph.id, cell.start, cell.end) for cell in row.cells.values()
    ):
        badges.append(("◇ only here", "rule-omission"))
    if marks.notes:
        badges.append((f"✎ {marks.notes}", "rule-mark"))
    return badges


def sub_row_label(row: Row) -> str:
    """What a row that is no claim's own row holds."""
    if row.parent is not None:
        return f"{row.parent.id}, more passages"
    return "in no claim"


def rule_text(
    row: Row,
    lookup: AnalysisLookup,
    marks: RowMarks,
    width: int,
    base: Style,
    style: StyleFor,
    is_cursor: bool,
) -> Text:
    """One line of exactly ``width`` cells (the label is cut before the badges are)."""
    rule_style = base + style("cursor-rule" if is_cursor else "rule")
    dash = "─" if row.group is not None else "┄"
    left = Text(dash, style=rule_style)
    if row.group is not None:
        label = inert(f"{row.group.id} · {row.group.label}", keep_newlines=False)
        left.append(" ")
        left.append(label, rule_style + style("rule-label"))
        left.append(" ")
    elif row.kind in ("part", "single"):
        left.append(f" {sub_row_label(row)} ", rule_style + style("rule-sub"))
    right = _right(_badges(row, lookup, marks, by_name=2), dash, rule_style, style)
    for shorter in (1, 0):  # short distinct names, then numbers, while the label is cut
        if left.cell_len <= width - right.cell_len - 2:
            break
        right = _right(_badges(row, lookup, marks, by_name=shorter), dash, rule_style, style)
    room = width - right.cell_len
    if left.cell_len > room - 2:
        left.truncate(max(room - 3, 0))
        left.append("… ", rule_style)
    fill = Text(dash * max(room - left.cell_len, 0), style=rule_style)
    return Text.assemble(left, fill, right, no_wrap=True, overflow="crop")


def _right(badges: list[tuple[str, str]], dash: str, rule_style: Style, style: StyleFor) -> Text:
    right = Text()
    for n, (badge, name) in enumerate(badges):
        right.append(" · " if n else " ", rule_style)
        right.append(badge, rule_style + style(name))
    if badges:
        right.append(f" {dash}", rule_style)
    return right
