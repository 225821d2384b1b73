"""Every compare-screen key that changes state, driven through Pilot."""

from __future__ import annotations

from tests.ui.conftest import fixture_app, pilot_test


def _key(view) -> str:  # type: ignore[no-untyped-def]
    return view.current.key


@pilot_test
async def test_n_moves_the_cursor_to_the_next_divergent_fact() -> None:
    async with fixture_app() as (_app, pilot, _screen, view):
        assert _key(view) == "g1"
        await pilot.press("n")  # rows follow the first pane's reading order (Bay Herald)
        assert _key(view) == "g4"
        await pilot.press("n")
        assert _key(view) == "g5"


@pilot_test
async def test_shift_n_moves_back_to_the_previous_divergent_fact() -> None:
    async with fixture_app() as (_app, pilot, _screen, view):
        await pilot.press("n", "n", "N")
        assert _key(view) == "g4"


@pilot_test
async def test_o_and_shift_o_walk_the_omissions() -> None:
    async with fixture_app() as (_app, pilot, _screen, view):
        await pilot.press("o")
        assert _key(view) == "g7"
        await pilot.press("o")
        assert _key(view) == "g12"
        await pilot.press("O")
        assert _key(view) == "g7"


@pilot_test
async def test_j_and_k_move_one_row() -> None:
    async with fixture_app() as (_app, pilot, _screen, view):
        await pilot.press("j", "down")
        assert view.cursor == 2
        await pilot.press("k")
        assert view.cursor == 1


@pilot_test
async def test_digit_hides_then_shows_that_source_pane() -> None:
    async with fixture_app() as (_app, pilot, _screen, view):
        await pilot.press("2")
        assert view.window.shown == ("s1", "s3", "s4", "s5")
        await pilot.press("2")
        assert view.window.shown == ("s1", "s2", "s3", "s4", "s5")


@pilot_test
async def test_the_last_shown_pane_cannot_be_hidden() -> None:
    async with fixture_app() as (_app, pilot, _screen, view):
        await pilot.press("1", "2", "3", "4", "5")
        assert view.window.shown == ("s5",)


@pilot_test
async def test_f_toggles_the_framing_layer() -> None:
    async with fixture_app() as (_app, pilot, screen, view):
        await pilot.press("f")
        assert screen.framing and view.framing
        await pilot.press("f")
        assert not view.framing


@pilot_test
async def test_b_unfolds_and_refolds_boilerplate() -> None:
    async with fixture_app() as (_app, pilot, _screen, view):
        folded = [r for r in view.rows if r.kind == "folded"]
        assert folded and all(c.folded for r in folded for c in r.cells.values())
        await pilot.press("b")
        assert not [r for r in view.rows if r.kind == "folded"]
        assert any(
            c.paragraph.kind == "boilerplate" and not c.folded
            for r in view.rows
            for c in r.cells.values()
        )
        await pilot.press("b")
        assert [r for r in view.rows if r.kind == "folded"]


@pilot_test
async def test_m_cycles_the_focused_claims_mark() -> None:
    async with fixture_app() as (app, pilot, _screen, _view):
        await pilot.press("n")
        seen = []
        for _ in range(4):
            await pilot.press("m")
            seen.append(app.store.marks().get("g4"))
        assert seen == ["verified", "disputed", "follow-up", None]


@pilot_test
async def test_narrow_terminal_shows_two_panes_and_brackets_page_through() -> None:
    async with fixture_app(size=(80, 24)) as (_app, pilot, screen, view):
        assert view.window.shown == ("s1", "s2")
        assert "panes 1–2 of 5" in str(screen.query_one("#summary-right").render())
        await pilot.press("right_square_bracket")
        assert view.window.shown == ("s3", "s4")
        await pilot.press("right_square_bracket")
        assert view.window.shown == ("s4", "s5")
        await pilot.press("right_square_bracket")
        assert view.window.shown == ("s1", "s2")
        await pilot.press("left_square_bracket")
        assert view.window.shown == ("s4", "s5")


@pilot_test
async def test_showing_a_hidden_pane_on_a_narrow_terminal_pages_to_it() -> None:
    async with fixture_app(size=(80, 24)) as (_app, pilot, _screen, view):
        await pilot.press("5", "5")
        assert "s5" in view.window.shown


@pilot_test
async def test_search_jumps_to_a_match_and_steps_through_the_rest() -> None:
    async with fixture_app() as (_app, pilot, screen, view):
        await pilot.press("slash", *"cause", "enter")
        assert screen.search_text == "cause"
        assert _key(view) == "g10"
        await pilot.press("slash", *"warehouse", "enter")
        first = _key(view)
        while screen.match_at < len(view.occurrences) - 1 and _key(view) == first:
            await pilot.press("n")
        assert _key(view) != first
        while _key(view) != first:
            await pilot.press("N")
        assert _key(view) == first


@pilot_test
async def test_escape_clears_the_search() -> None:
    async with fixture_app() as (_app, pilot, screen, view):
        await pilot.press("slash", *"fire", "enter", "escape")
        assert screen.search_text == "" and view.matches == []


@pilot_test
async def test_enter_opens_the_detail_of_the_focused_claim_and_escape_closes_it() -> None:
    from reader.ui.screens.detail import DetailScreen

    async with fixture_app() as (app, pilot, screen, _view):
        await pilot.press("n", "enter")
        assert isinstance(app.screen, DetailScreen) and app.screen.row.key == "g4"
        await pilot.press("escape")
        await pilot.pause()
        assert app.screen is screen


@pilot_test
async def test_question_mark_opens_help_listing_the_keys() -> None:
    from reader.ui.screens.help import HelpScreen

    async with fixture_app() as (app, pilot, _screen, _view):
        await pilot.press("question_mark")
        assert isinstance(app.screen, HelpScreen)
        assert any(b.key == "n" for b in app.screen.screen_bindings)


@pilot_test
async def test_q_quits_with_status_zero() -> None:
    async with fixture_app() as (app, pilot, _screen, _view):
        await pilot.press("q")
    assert app.return_code == 0


@pilot_test
async def test_escape_while_typing_a_search_closes_the_box_without_searching() -> None:
    async with fixture_app() as (_app, pilot, screen, view):
        await pilot.press("slash", *"fire", "escape")
        assert not screen.query_one("#search-input").display
        assert screen.search_text == ""
        assert view.has_focus


@pilot_test
async def test_the_search_box_is_mounted_at_the_first_search_not_with_the_screen() -> None:
    async with fixture_app() as (_app, pilot, screen, _view):
        assert not screen.query("#search-input")  # its styles cost the first frame
        await pilot.press("slash")
        assert screen.query_one("#search-input").has_focus


@pilot_test
async def test_clicking_a_row_moves_the_cursor_there() -> None:
    async with fixture_app() as (_app, pilot, _screen, view):
        target = 3
        await pilot.click(view, offset=(10, 3 + view._tops[target] + 1))
        assert view.cursor == target


def _summary(screen) -> tuple[str, str]:  # type: ignore[no-untyped-def]
    left = str(screen.query_one("#summary-left").render())
    right = str(screen.query_one("#summary-right").render())
    return left, right


@pilot_test
async def test_the_summary_keeps_every_count_on_an_80_column_terminal() -> None:
    async with fixture_app(size=(80, 24)) as (_app, pilot, screen, _view):
        await pilot.press("f", "slash", *"fire", "enter")
        left, right = _summary(screen)
        assert "claims" in left and "divergent" in left and "omissions" in left
        assert "…" not in left
        assert "/fire" in right and "framing" in right and "panes 1–2" in right
        assert len(left) + len(right) <= 80


@pilot_test
async def test_the_summary_names_the_story_when_there_is_room() -> None:
    async with fixture_app(size=(200, 50)) as (_app, _pilot, screen, _view):
        left, _right = _summary(screen)
        assert left.startswith(" newsdiff · Harbour fire · 5 sources")


@pilot_test
async def test_help_explains_the_triage_marks() -> None:
    from rich.style import Style

    from reader.ui.screens.help import HelpScreen

    async with fixture_app() as (app, pilot, _screen, _view):
        await pilot.press("question_mark")
        assert isinstance(app.screen, HelpScreen)
        samples = app.screen._legend(lambda _name: Style()).columns[0].cells
        assert any("? check" in str(sample) for sample in samples)


@pilot_test
async def test_o_also_reaches_a_passage_only_one_outlet_reports() -> None:
    from dataclasses import replace

    from reader.model import Exclusive
    from tests.ui.fixture_analysis import fixture_analysis

    analysis = fixture_analysis()
    paragraph = analysis.source("s4").paragraph("s4:p6")
    only = Exclusive("s4", paragraph.id, paragraph.start, paragraph.end, "only s4 reports this")
    analysis = replace(analysis, omissions=(), exclusives=(only,))
    async with fixture_app(analysis=analysis) as (_app, pilot, _screen, view):
        stops = []
        for _ in range(len(view.rows)):
            await pilot.press("o")
            stops.append(_key(view))
        assert "s4:p6" in stops
