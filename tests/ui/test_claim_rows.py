"""One row per claim on the compare screen, driven through Pilot (issue 16, item 5)."""

from __future__ import annotations

from reader.ui.presenters.rows import Row
from tests.ui.conftest import fixture_app, pilot_test
from tests.ui.repeat_fixture import repeat_analysis


def _claims_of(rows: list[Row], source: str) -> list[str]:
    """The claims of ``source``'s passages, in row order (a claim once)."""
    out: list[str] = []
    for row in rows:
        cell = row.cells.get(source)
        if row.group is not None and cell is not None and row.group.id not in out:
            out.append(row.group.id)
    return out


def _in_reading_order(rows: list[Row], source: str) -> bool:
    where = [
        (row.cells[source].paragraph.index, row.cells[source].start)
        for row in rows
        if row.group is not None and source in row.cells
    ]
    return where == sorted(where)


def _row_text(view, key: str) -> str:  # type: ignore[no-untyped-def]
    index = next(n for n, r in enumerate(view.rows) if r.key == key)
    strips = view._render_row(index, False, view._width)
    return "\n".join("".join(s.text for s in strip) for strip in strips)


@pilot_test
async def test_a_paragraph_printed_in_one_claims_row_is_a_reference_in_the_next() -> None:
    async with fixture_app(analysis=repeat_analysis()) as (_app, pilot, _screen, view):
        await pilot.press("n", "j")
        assert view.current.key == "g6"
        cell = view.current.cells["s2"]
        assert cell.seen_in == "g4"
        shown = _row_text(view, "g6")
        assert "¶5 · in g4 above: … about 60" in shown
        assert "The blaze burned for" not in shown
        assert "The blaze burned for" in _row_text(view, "g4")


@pilot_test
async def test_claim_rows_follow_the_first_panes_reading_order_and_paging_changes_it() -> None:
    async with fixture_app(size=(80, 24)) as (_app, pilot, _screen, view):
        assert view.window.shown[0] == "s1"
        assert _in_reading_order(view.rows, "s1")
        before = _claims_of(view.rows, "s3")
        await pilot.press("right_square_bracket")
        assert view.window.shown[0] == "s3"
        assert _in_reading_order(view.rows, "s3")
        assert _claims_of(view.rows, "s3") != before


@pilot_test
async def test_a_referred_paragraph_still_shows_the_value_its_claim_diverges_on() -> None:
    """Harbour Wire's ¶3 states the start (g2) and the duration (g4): printed in g2's row,
    it is a reference in g4's, which still shows its words, "three hours" among them (the
    duration is divergent), so n and enter in D land on g4 with the value in view."""
    async with fixture_app() as (_app, pilot, screen, view):
        fact = next(f for f in screen.analysis.facts if f.group == "g4")
        wire = next(v for v in fact.values if v.source == "s3")
        cell = view.rows[next(n for n, r in enumerate(view.rows) if r.key == "g4")].cells["s3"]
        assert cell.seen_in == "g2" and cell.differs and cell.shows(wire.start)
        assert "¶3 · in g2 above: The blaze started" in _row_text(view, "g4")
        screen.jump_to_value(("g4", wire))
        await pilot.pause()
        assert view.current.key == "g4"
