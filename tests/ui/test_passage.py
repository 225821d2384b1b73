"""Inline Markdown emphasis in a .md article: markers dimmed, the words between styled."""

from __future__ import annotations

from rich.style import Style
from rich.text import Text

from reader.ui.presenters.lookup import AnalysisLookup
from reader.ui.presenters.passage import Layers, passage_text
from reader.ui.presenters.rows import build_rows
from tests.ui.fixture_analysis import fixture_analysis

STYLES = {
    "md-marker": Style(dim=True),
    "md-strong": Style(bold=True),
    "md-em": Style(italic=True),
}


def _style(text: Text, offset: int) -> Style:
    return Style.combine(
        Style.parse(str(s.style)) if isinstance(s.style, str) else s.style
        for s in text.spans
        if s.start <= offset < s.end
    )


def _styles_at(phrase: str, word: str) -> tuple[Style, Style]:
    """The style of the first marker character before ``word`` and of ``word`` itself."""
    analysis = fixture_analysis()
    lookup = AnalysisLookup.build(analysis)
    for row in build_rows(analysis):
        for cell in row.cells.values():
            source = analysis.source(cell.source)
            if phrase not in source.text[cell.start : cell.end]:
                continue
            text = passage_text(cell, source, lookup, lambda n: STYLES.get(n, Style()), Layers())
            at = text.plain.index(phrase)
            inner = at + text.plain[at:].index(word)
            return _style(text, at), _style(text, inner)
    raise AssertionError(phrase)


def test_strong_emphasis_is_bold_between_dimmed_markers() -> None:
    marker, word = _styles_at("**Ana Ruiz**", "Ana")
    assert marker.dim and word.bold and not word.dim


def test_single_stars_are_italic() -> None:
    marker, word = _styles_at("*Marisol Dawn*", "Marisol")
    assert marker.dim and word.italic
