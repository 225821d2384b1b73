"""Article text reaches the screen as plain text: markup and escapes show literally."""

from __future__ import annotations

from rich.style import Style

from reader.ui.presenters.lookup import AnalysisLookup
from reader.ui.presenters.passage import Layers, passage_text
from reader.ui.presenters.rows import build_rows
from tests.ui.conftest import fixture_app, pilot_test
from tests.ui.hostile_fixture import hostile_analysis


def _cell_text(key: str, source: str) -> str:
    analysis = hostile_analysis()
    row = next(r for r in build_rows(analysis) if r.key == key)
    text = passage_text(
        row.cells[source],
        analysis.source(source),
        AnalysisLookup.build(analysis),
        lambda _n: Style(),
        Layers(),
    )
    return text.plain


def test_click_markup_in_an_article_is_shown_literally() -> None:
    assert "[@click=app.quit]click me[/]" in _cell_text("g2", "s4")


def test_an_escape_sequence_in_an_article_is_made_visible() -> None:
    plain = _cell_text("g5", "s4")
    assert "\x1b" not in plain and "\x07" not in plain
    assert "␛]0;pwned␇" in plain


@pilot_test
async def test_markup_in_a_title_shows_literally_in_the_pane_header() -> None:
    async with fixture_app(analysis=hostile_analysis()) as (app, _pilot, _screen, view):
        header = "".join(view.render_line(y).text for y in range(3))
        assert "[bold" in header
        assert app.is_running
