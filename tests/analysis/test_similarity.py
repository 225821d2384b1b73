"""Similarity details that decide whether two passages tell one claim."""

from __future__ import annotations

from reader.analysis.normalize_text import normalise_all
from reader.analysis.similarity import anchor_similarity, close_numbers, participant_conflict


def _close(a: str, b: str) -> bool:
    units, _ = normalise_all([a, b])
    return bool(close_numbers(units)[0, 1])


def test_two_estimates_of_one_crowd_are_close_numbers() -> None:
    assert _close(
        "Police put the crowd at about 40,000 people.", "Organisers counted 52,000 marchers."
    )


def test_figures_far_apart_are_not_close() -> None:
    assert not _close("About 300 volunteers searched.", "Some 900 volunteers searched.")


def test_small_counts_and_durations_are_never_loosely_matched() -> None:
    assert not _close("The men were trapped for 52 hours.", "Each ascent took 45 minutes.")


def test_years_are_exact_details_not_disputed_figures() -> None:
    assert not _close("The bridge opened in 2019.", "The tunnel opened in 2021.")


def test_a_disputed_figure_still_ties_two_passages() -> None:
    units, _ = normalise_all(
        [
            "About 40,000 people marched through Velmora.",
            "Some 52,000 marchers filled the avenues.",
            "The mayor spoke at noon.",
        ]
    )
    scores = anchor_similarity(units)
    assert scores[0, 1] > 0.0
    assert scores[0, 2] == 0.0


def _conflict(a: str, b: str) -> bool:
    units, _ = normalise_all([a, b])
    return bool(participant_conflict(units)[0, 1])


def test_one_shared_person_with_other_participants_on_each_side_is_a_conflict() -> None:
    assert _conflict(
        "Minister Anna Korven spoke by phone with Tomas Brell on Tuesday.",
        "Minister Anna Korven spoke by phone with Maria Marrow on Tuesday.",
    )


def test_a_person_added_on_one_side_only_is_no_conflict() -> None:
    assert not _conflict(
        "Minister Anna Korven spoke by phone with Tomas Brell on Tuesday.",
        "Korven and Brell spoke on Tuesday, spokesman Peter Olsen said.",
    )
