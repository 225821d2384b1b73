"""Re-anchoring a note on a source's changed text: found again when certain, else detached."""

from __future__ import annotations

import pytest

from reader.model.anchors import CONTEXT, SourceRecord, TextAnchor, make_anchor, reanchor

RECORD = SourceRecord("0" * 64, "/news/coast-times.txt")
ARTICLE = (
    "Harbour fire contained after night of work\n\n"
    "PORT ELLEN, May 6 - A fire at the harbour warehouse burned for three hours before "
    "crews brought it under control, the fire service said.\n\n"
    "About 40 firefighters attended. Nobody was hurt, a spokesman said.\n\n"
    "The warehouse stored rope, paint and fishing nets."
)
QUOTE = "burned for three hours before crews brought it under control"


def _anchor_on(text: str, quote: str, nth: int = 0) -> tuple[int, int]:
    start = -1
    for _ in range(nth + 1):
        start = text.index(quote, start + 1)
    return start, start + len(quote)


def _anchor(quote: str = QUOTE, text: str = ARTICLE, nth: int = 0) -> TextAnchor:
    start, end = _anchor_on(text, quote, nth)
    return make_anchor(RECORD, text, start, end)


def test_an_anchor_keeps_the_quote_its_context_and_offsets() -> None:
    anchor = _anchor()
    assert ARTICLE[anchor.start : anchor.end] == QUOTE == anchor.exact
    assert len(anchor.prefix) == len(anchor.suffix) == CONTEXT
    assert ARTICLE.endswith(anchor.suffix + ARTICLE[anchor.end + CONTEXT :])


def test_context_is_cut_short_at_the_edges_of_the_text() -> None:
    anchor = _anchor("Harbour fire")
    assert anchor.prefix == ""
    assert _anchor("fishing nets.").suffix == ""


def test_an_empty_or_outside_span_is_refused() -> None:
    with pytest.raises(ValueError):
        make_anchor(RECORD, ARTICLE, 5, 5)
    with pytest.raises(ValueError):
        make_anchor(RECORD, ARTICLE, 10, len(ARTICLE) + 1)


def test_unchanged_text_anchors_at_the_same_offsets() -> None:
    anchor = _anchor()
    placed = reanchor(anchor, ARTICLE)
    assert (placed.start, placed.end, placed.method) == (anchor.start, anchor.end, "position")


def test_text_inserted_before_the_quote_moves_it_by_its_context() -> None:
    anchor = _anchor()
    changed = "UPDATED 10:40\n\n" + ARTICLE
    placed = reanchor(anchor, changed)
    assert placed.method == "context"
    assert changed[placed.start : placed.end] == QUOTE
    assert placed.start == anchor.start + len("UPDATED 10:40\n\n")


def test_a_typo_fixed_elsewhere_re_anchors() -> None:
    anchor = _anchor()
    changed = ARTICLE.replace("Harbour fire contained", "Harbour fire is contained")
    placed = reanchor(anchor, changed)
    assert placed.method == "context"
    assert placed.start == anchor.start + len("is ")
    assert changed[placed.start : placed.end] == QUOTE


def test_a_unique_quote_re_anchors_when_both_sides_changed() -> None:
    anchor = _anchor()
    changed = ARTICLE.replace("warehouse burned", "warehouse store burned").replace(
        "control, the fire service", "control, the county fire service"
    )
    changed = "Correction appended.\n\n" + changed
    placed = reanchor(anchor, changed)
    assert placed.method == "quote"
    assert changed[placed.start : placed.end] == QUOTE


def test_a_vanished_quote_is_detached() -> None:
    anchor = _anchor()
    changed = ARTICLE.replace(
        "A fire at the harbour warehouse burned for three hours before crews brought it under "
        "control, the fire service said.",
        "Crews put out a warehouse fire.",
    )
    placed = reanchor(anchor, changed)
    assert (placed.start, placed.method) == (None, "detached")
    assert "no longer" in placed.reason


def test_a_look_alike_sentence_is_refused_not_matched() -> None:
    anchor = _anchor()
    look_alike = ARTICLE.replace("for three hours before", "for four hours before")
    placed = reanchor(anchor, look_alike)
    assert (placed.start, placed.method) == (None, "detached")


def test_several_occurrences_without_matching_context_are_detached() -> None:
    anchor = _anchor("a spokesman said")
    rewritten = (
        "Lead paragraph rewritten entirely, a spokesman said. Second claim, a spokesman said. "
        "Third claim of the day, a spokesman said."
    )
    placed = reanchor(anchor, rewritten)
    assert (placed.start, placed.method) == (None, "detached")
    assert "3 times" in placed.reason


def test_among_several_occurrences_the_one_with_matching_context_is_chosen() -> None:
    anchor = _anchor("the fire service said")
    changed = "Evacuation was not needed, the fire service said.\n\n" + ARTICLE
    placed = reanchor(anchor, changed)
    assert placed.method == "context"
    assert placed.start == changed.index("under control, the fire service said") + len(
        "under control, "
    )


def test_a_repeated_passage_with_identical_context_keeps_its_offsets() -> None:
    paragraph = "Crews worked through the night at the harbour warehouse site."
    text = "\n\n".join([paragraph, "Between the two.", paragraph])
    anchor = _anchor("through the night", text, nth=1)
    placed = reanchor(anchor, text)
    assert (placed.start, placed.method) == (anchor.start, "position")


def test_a_short_quote_whose_surroundings_both_changed_is_detached() -> None:
    anchor = _anchor("three hours")
    changed = ARTICLE.replace(
        "warehouse burned for three hours before crews",
        "warehouse store burned three hours until the crews",
    )
    placed = reanchor(anchor, changed)
    assert (placed.start, placed.method) == (None, "detached")
