"""A correction that would leave the claims as they are is told apart before it is saved
(issue 16 item 7: a merge said "Saved" and was listed in force while nothing changed)."""

from __future__ import annotations

from reader.analysis.corrections import would_change
from reader.model import Analysis, Group, Member
from reader.model.corrections import Correction
from reader.store import span_target
from tests.sources import make_source

A = make_source("a", ["Fire at the quay burned three hours.", "Crews came from the town."])
B = make_source("b", ["A quay fire burned for three hours.", "The town sent its crews."])
C = make_source("c", ["Nobody was hurt in the fire.", "A lone paragraph here."])


def _member(source, n: int) -> Member:  # type: ignore[no-untyped-def]
    p = source.paragraphs[n]
    return Member(source.id, p.id, p.start, p.end)


def _anchor(source, n: int):  # type: ignore[no-untyped-def]
    p = source.paragraphs[n]
    return span_target(source, p.start, p.end).anchors[0]


ANALYSIS = Analysis(
    sources=(A, B, C),
    groups=(
        Group("g1", (_member(A, 0), _member(B, 0)), "quay fire", 0.8),
        Group("g2", (_member(A, 1), _member(B, 1), _member(C, 0)), "crews", 0.6),
    ),
)


def test_merging_a_claim_with_itself_changes_nothing() -> None:
    same = Correction("", "merge", _anchor(A, 0), _anchor(B, 0))
    assert not would_change(ANALYSIS, same)
    assert would_change(ANALYSIS, Correction("", "merge", _anchor(A, 0), _anchor(C, 0)))


def test_a_link_already_made_or_an_ungrouped_unlink_changes_nothing() -> None:
    assert not would_change(ANALYSIS, Correction("", "link", _anchor(A, 1), _anchor(C, 0)))
    assert not would_change(ANALYSIS, Correction("", "unlink", _anchor(C, 1)))
    assert would_change(ANALYSIS, Correction("", "unlink", _anchor(C, 0)))
    assert would_change(ANALYSIS, Correction("", "link", _anchor(A, 0), _anchor(C, 1)))


def test_a_split_before_the_first_passage_changes_nothing() -> None:
    assert not would_change(ANALYSIS, Correction("", "split", _anchor(A, 1)))
    assert would_change(ANALYSIS, Correction("", "split", _anchor(B, 1)))


def test_a_passage_not_found_changes_nothing() -> None:
    other = make_source("z", ["Words found nowhere else at all."], path="/elsewhere/z.txt")
    lost = span_target(other, 0, 10).anchors[0]
    assert not would_change(ANALYSIS, Correction("", "unlink", lost))
