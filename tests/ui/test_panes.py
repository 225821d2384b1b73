"""Which panes fit: all of them, or a page of at least two."""

from __future__ import annotations

from reader.services.notes import CLAIM_MARKS, next_in_cycle
from reader.settings import MIN_PANE_WIDTH
from reader.ui.presenters.panes import split_widths, window_for

FIVE = ("s1", "s2", "s3", "s4", "s5")


def test_every_pane_shows_when_all_fit() -> None:
    window = window_for(FIVE, 0, 5 * MIN_PANE_WIDTH)
    assert window.shown == FIVE and not window.paged


def test_a_narrow_terminal_shows_a_page_of_two() -> None:
    window = window_for(FIVE, 0, 79)
    assert window.shown == ("s1", "s2") and window.paged


def test_the_last_page_is_kept_full() -> None:
    assert window_for(FIVE, 4, 79).shown == ("s4", "s5")


def test_pane_widths_fill_the_row_with_separators() -> None:
    widths = split_widths(79, 2)
    assert sum(widths) + 1 == 79 and max(widths) - min(widths) <= 1


def test_claim_marks_cycle_back_to_none() -> None:
    seen = [None]
    for _ in CLAIM_MARKS:
        seen.append(next_in_cycle(CLAIM_MARKS, seen[-1]))
    assert seen[1:] == list(CLAIM_MARKS)
    assert next_in_cycle(CLAIM_MARKS, CLAIM_MARKS[-1]) is None
