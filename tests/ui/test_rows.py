"""The row layout of the compare table, without Textual."""

from __future__ import annotations

from rich.style import Style

from reader.model import Analysis, Group, Member, Source
from reader.ui.presenters.lookup import AnalysisLookup
from reader.ui.presenters.passage import Layers, passage_plain, passage_text
from reader.ui.presenters.rows import Row, build_rows
from reader.ui.presenters.rule import sub_row_label
from tests.sources import make_source
from tests.ui.hostile_fixture import SOURCES
from tests.ui.hostile_fixture import hostile_analysis as fixture_analysis


def _row(rows: list[Row], key: str) -> Row:
    return next(r for r in rows if r.key == key)


def test_a_groups_members_share_one_row() -> None:
    rows = build_rows(fixture_analysis())
    row = _row(rows, "g2")
    assert {c.paragraph.id for c in row.cells.values()} == {"s1:p3", "s2:p2", "s3:p2", "s4:p3"}


def test_an_unaligned_paragraph_follows_the_row_of_its_predecessor() -> None:
    keys = [r.key for r in build_rows(fixture_analysis())]
    assert keys.index("s1:p5") == keys.index("g4") + 1


def test_a_passage_far_from_its_row_order_is_marked_moved_up() -> None:
    row = _row(build_rows(fixture_analysis()), "g4")
    assert row.cells["s4"].moved == "up"


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


# --------------------------------------------------------------------------- one row per claim
# Two made-up outlets: the Ledger tells the story in the order A, B, C; the Courier in the
# order C, A, and it states B nowhere but tells D, which the Ledger leaves out.

LEDGER = make_source(
    "s1",
    [
        "The mill closed on Friday after ninety years on the river. Forty people lost their jobs.",
        "The owner blamed energy prices.",
        "A union meeting is set for Monday.",
    ],
)
COURIER = make_source(
    "s2",
    [
        "Union leaders will meet on Monday.",
        "Friday saw the mill shut its doors.",
        "Workers marched to the town hall.",
        "Forty jobs are gone, the union said.",
    ],
)


def _claim(group_id: str, *spans: tuple[Source, int, str]) -> Group:
    """A claim whose members are the given phrases (source, paragraph index, phrase)."""
    members = []
    for source, index, phrase in spans:
        p = source.paragraphs[index - 1]
        at = p.start + p.text.index(phrase)
        members.append(Member(source.id, p.id, at, at + len(phrase)))
    return Group(group_id, tuple(members), group_id, 0.5)


def _story(*groups: Group) -> Analysis:
    return Analysis(sources=(LEDGER, COURIER), groups=groups)


CLOSED = _claim("g1", (LEDGER, 1, "The mill closed on Friday"), (COURIER, 2, "Friday saw"))
MEETING = _claim("g2", (LEDGER, 3, "A union meeting"), (COURIER, 1, "Union leaders"))
JOBS = _claim(
    "g3", (LEDGER, 1, "Forty people lost their jobs."), (COURIER, 4, "Forty jobs are gone")
)
MARCH = _claim("g4", (COURIER, 3, "Workers marched"), (COURIER, 3, "town hall"))


def _claims(rows: list[Row]) -> list[str]:
    return [r.key for r in rows if r.kind == "group"]


def test_claim_rows_follow_the_reading_order_of_the_lead_source() -> None:
    analysis = _story(MEETING, JOBS, CLOSED)
    assert _claims(build_rows(analysis)) == ["g1", "g3", "g2"]
    assert _claims(build_rows(analysis, lead="s2")) == ["g2", "g1", "g3"]


def test_a_claim_the_lead_leaves_out_follows_its_predecessor_in_the_next_source() -> None:
    analysis = _story(MEETING, CLOSED, MARCH, JOBS)
    assert _claims(build_rows(analysis)) == ["g1", "g4", "g3", "g2"]


def test_a_paragraph_in_a_second_claim_is_a_reference_to_the_row_that_prints_it() -> None:
    rows = build_rows(_story(CLOSED, JOBS))
    printed, again = _row(rows, "g1").cells["s1"], _row(rows, "g3").cells["s1"]
    assert not printed.seen_in and printed.shown == (printed.paragraph.start, printed.paragraph.end)
    assert again.seen_in == "g1"
    start, end = again.shown  # the claim's own sentence, under half the paragraph
    assert LEDGER.text[start:end] == "Forty people lost their jobs."
    assert passage_plain(again, LEDGER).startswith("¶1 · in g1 above: … Forty people")


def test_a_repeat_that_is_most_of_its_paragraph_is_only_the_reference() -> None:
    whole = _claim(
        "g5",
        (LEDGER, 1, "The mill closed on Friday after ninety years on the river. Forty"),
        (COURIER, 2, "Friday"),
    )
    rows = build_rows(_story(CLOSED, whole))
    again = _row(rows, "g5").cells["s1"]
    assert again.shown[0] == again.shown[1]
    assert passage_plain(again, LEDGER) == "¶1 · in g1 above"
    assert not again.shows(again.start)


def test_a_claims_second_paragraph_in_one_source_is_a_sub_row_that_says_so() -> None:
    both = _claim("g1", (LEDGER, 1, "Friday"), (COURIER, 2, "Friday"), (COURIER, 4, "Forty"))
    rows = build_rows(_story(both))
    keys = [r.key for r in rows]
    part = _row(rows, "g1+1")
    assert keys.index("g1+1") == keys.index("g1") + 1
    assert part.kind == "part" and part.parent is both and part.claim_id == "g1"
    assert list(part.cells) == ["s2"] and part.cells["s2"].paragraph.index == 4
    assert sub_row_label(part) == "g1, more passages"


def test_a_paragraph_in_no_claim_says_so() -> None:
    rows = build_rows(_story(CLOSED))
    lone = next(r for r in rows if r.kind == "single")
    assert sub_row_label(lone) == "in no claim"


def test_the_claims_sentences_stand_out_from_the_rest_of_the_passage() -> None:
    analysis = _story(JOBS)
    cell = _row(build_rows(analysis), "g3").cells["s1"]
    dim = Style(dim=True)
    text = passage_text(
        cell,
        LEDGER,
        AnalysisLookup.build(analysis),
        lambda name: dim if name == "context" else Style(),
        Layers(),
    )
    dimmed = {text.plain[s.start : s.end].strip() for s in text.spans if s.style == dim}
    assert dimmed == {"The mill closed on Friday after ninety years on the river."}


def test_a_repeat_holding_a_value_the_outlets_disagree_on_still_shows_it() -> None:
    from dataclasses import replace as replaced

    from reader.model import Fact, FactValue

    whole = _claim(
        "g5",
        (LEDGER, 1, "The mill closed on Friday after ninety years on the river. Forty"),
        (COURIER, 4, "Forty"),
    )
    p, q = LEDGER.paragraphs[0], COURIER.paragraphs[3]
    at, other = p.start + p.text.index("Forty"), q.start + q.text.index("Forty")
    fact = Fact(
        "f1",
        "number",
        "g5",
        "jobs lost",
        True,
        (
            FactValue("s1", p.id, at, at + 5, "Forty", "40"),
            FactValue("s2", q.id, other, other + 5, "Forty", "45"),
        ),
    )
    rows = build_rows(replaced(_story(CLOSED, whole), facts=(fact,)))
    again = _row(rows, "g5").cells["s1"]
    assert again.seen_in == "g1" and again.differs
    assert again.shows(at)
