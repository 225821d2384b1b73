"""The row layout of the compare table, without Textual."""

from __future__ import annotations

from reader.model import Analysis
from reader.ui.presenters.rows import build_rows
from tests.ui.hostile_fixture import SOURCES
from tests.ui.hostile_fixture import hostile_analysis as fixture_analysis


def _row(rows, key):  # type: ignore[no-untyped-def]
    return next(r for r in rows if r.key == key)


def test_a_groups_members_share_one_row() -> None:
    rows = build_rows(fixture_analysis())
    row = _row(rows, "g2")
    assert {c.paragraph.id for c in row.cells.values()} == {"s1:p3", "s2:p2", "s3:p2", "s4:p3"}


def test_an_unaligned_paragraph_follows_the_row_of_its_predecessor() -> None:
    keys = [r.key for r in build_rows(fixture_analysis())]
    assert keys.index("s1:p5") == keys.index("g4") + 1


def test_a_passage_far_from_its_row_order_is_marked_moved_up() -> None:
    row = _row(build_rows(fixture_analysis()), "g5")
    assert row.cells["s3"].moved == "up"


def test_an_adjacent_swap_is_not_marked_moved() -> None:
    row = _row(build_rows(fixture_analysis()), "g3")
    assert row.cells["s1"].moved == ""


def test_boilerplate_runs_fold_into_one_row_with_their_count() -> None:
    rows = build_rows(fixture_analysis(), fold_boilerplate=True)
    folded = [c for r in rows if r.kind == "folded" for c in r.cells.values()]
    assert sorted((c.source, c.folded) for c in folded) == [("s1", 2), ("s4", 1)]


def test_unaligned_paragraphs_waiting_in_one_place_share_rows() -> None:
    from tests.ui.fixture_analysis import fixture_analysis as samples_analysis

    rows = build_rows(samples_analysis())
    datelines = next(r for r in rows if r.kind == "single")
    assert {c.paragraph.kind for c in datelines.cells.values()} == {"dateline"}
    assert len(datelines.cells) == 3


def test_unfolded_rows_keep_every_boilerplate_paragraph() -> None:
    rows = build_rows(fixture_analysis(), fold_boilerplate=False)
    assert "s1:p6" in [r.key for r in rows] and "s1:p7" in [r.key for r in rows]


def test_before_alignment_row_n_holds_every_sources_nth_paragraph() -> None:
    rows = build_rows(Analysis(sources=SOURCES), fold_boilerplate=False)
    assert {c.paragraph.index for c in rows[1].cells.values()} == {2}
    assert len(rows[1].cells) == len(SOURCES)
