"""Whatever the text, the framing lens returns spans that spell their terms in place."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from reader.analysis.framing import frame
from tests.analysis.framing.helpers import make_source

WORDS = st.sampled_from(
    [
        "Kiev",
        "Kyiv",
        "claims",
        "the",
        "alleged",
        "said",
        "“reforms”",
        '"so-called"',
        "regime",
        "firmly",
        "He",
        "officials",
        "warned",
        "that",
        "Tarnov",
        "Tarniv",
        "100,000",
        ".",
        ",",
        "’",
        "'",
        "\n",
        "according to",
        "Biden",
    ]
)
PARAGRAPH = st.lists(WORDS, min_size=1, max_size=30).map(" ".join)


@settings(max_examples=60, deadline=None)
@given(st.lists(PARAGRAPH, min_size=1, max_size=4), st.lists(PARAGRAPH, min_size=1, max_size=4))
def test_marks_and_attributions_stay_inside_their_paragraphs(
    first: list[str], second: list[str]
) -> None:
    sources = [make_source("s1", *first), make_source("s2", *second)]
    result = frame(sources)
    by_id = {s.id: s for s in sources}
    for mark in result.marks:
        source = by_id[mark.source]
        paragraph = source.paragraph(mark.paragraph)
        assert source.text[mark.start : mark.end] == mark.term
        assert paragraph.start <= mark.start < mark.end <= paragraph.end
    for a in result.attributions:
        paragraph = by_id[a.source].paragraph(a.paragraph)
        assert paragraph.start <= a.start < a.end <= paragraph.end
    assert [p.source for p in result.profiles] == ["s1", "s2"]
