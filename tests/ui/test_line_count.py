"""The row sizes counted without rich are the line counts rich draws."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from rich.console import Console
from rich.text import Text

from reader.ui.presenters.line_count import wrapped_line_count

CONSOLE = Console(width=200)
# Words, runs of spaces, a long word, the marks the passages carry, and characters the count
# must leave to rich: wide (CJK, emoji), combining, zero-width, tab, line break.
COUNTED = ["a", "Bb", "word ", "  ", " ", "x" * 23, "¶3 ", "… ", "↑moved ", "—", "é", "Жд", "ß"]
LEFT_TO_RICH = ["漢", "🙂", "e\u0301", "\u200b", "\t", "\n", "🇫🇷"]
ALPHABET = st.sampled_from([*COUNTED, *LEFT_TO_RICH])


def rich_count(text: str, width: int) -> int:
    return len(Text(text, overflow="fold").wrap(CONSOLE, width))


def test_a_passage_of_plain_words_counts_the_lines_rich_draws() -> None:
    text = "¶12 The river bridge closed on Tuesday after inspectors found cracks, officials said."
    for width in range(1, 90):
        assert wrapped_line_count(text, width) == rich_count(text, width)


def test_a_word_longer_than_the_width_is_folded_as_rich_folds_it() -> None:
    text = "see " + "a" * 50 + " then more"
    for width in (3, 7, 10, 49, 50, 51):
        assert wrapped_line_count(text, width) == rich_count(text, width)


def test_wide_and_combining_characters_are_left_to_rich() -> None:
    for text in ("漢字 are wide", "cafe\u0301", "tab\there", "two\nlines", "flag 🇫🇷"):
        assert wrapped_line_count(text, 20) is None


@settings(max_examples=300, deadline=None)
@given(st.lists(ALPHABET, max_size=40).map("".join), st.integers(min_value=1, max_value=60))
def test_whenever_it_counts_the_count_is_the_one_rich_draws(text: str, width: int) -> None:
    counted = wrapped_line_count(text, width)
    if counted is not None:
        assert counted == rich_count(text, width)
