"""Overview screens: the coverage jump, triage marks, profiles, the command palette."""

from __future__ import annotations

from dataclasses import replace

from rich.text import Text
from textual.command import CommandList
from textual.widgets import DataTable

from reader.model import Analysis
from reader.ui.commands import NewsdiffProvider
from reader.ui.screens.compare import CompareScreen
from reader.ui.screens.overviews import CoverageScreen, ProfilesScreen, SourcesScreen
from tests.ui.conftest import fixture_app, pilot_test
from tests.ui.fixture_analysis import fixture_analysis


@pilot_test
async def test_selecting_a_coverage_cell_jumps_to_that_claim_in_that_pane() -> None:
    async with fixture_app() as (app, pilot, _screen, view):
        await pilot.press("c")
        assert isinstance(app.screen, CoverageScreen)
        await pilot.press("down", "down", "down", *["right"] * 4, "enter")
        await pilot.pause()
        assert isinstance(app.screen, CompareScreen)
        assert view.current is not None and view.current.key == "g4"
        assert "s4" in view.window.shown


@pilot_test
async def test_coverage_jump_on_a_narrow_terminal_pages_to_the_chosen_outlet() -> None:
    async with fixture_app(size=(80, 24)) as (_app, pilot, _screen, view):
        await pilot.press("c", "down", "down", *["right"] * 4, "enter")
        await pilot.pause()
        assert view.current is not None and view.current.key == "g3"
        assert "s4" in view.window.shown


@pilot_test
async def test_t_cycles_a_sources_triage_mark() -> None:
    async with fixture_app() as (app, pilot, _screen, _view):
        await pilot.press("s")
        assert isinstance(app.screen, SourcesScreen)
        seen = []
        for _ in range(4):
            await pilot.press("t")
            seen.append(app.store.source_marks().get("s1"))
        assert seen == ["trusted", "check", "discard", None]


@pilot_test
async def test_a_discarded_source_leaves_the_compare_screen_until_d_shows_it() -> None:
    async with fixture_app() as (_app, pilot, _screen, view):
        await pilot.press("s", "t", "t", "t", "escape")
        await pilot.pause()
        assert "s1" not in view.window.shown
        await pilot.press("d")
        assert "s1" in view.window.shown


@pilot_test
async def test_p_opens_the_profiles_and_escape_returns() -> None:
    async with fixture_app() as (app, pilot, _screen, _view):
        await pilot.press("p")
        assert isinstance(app.screen, ProfilesScreen)
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, CompareScreen)


@pilot_test
async def test_overview_keys_switch_between_overviews() -> None:
    async with fixture_app() as (app, pilot, _screen, _view):
        await pilot.press("c", "p")
        await pilot.pause()
        assert isinstance(app.screen, ProfilesScreen)
        assert len(app.screen_stack) == 3  # default, compare, one overview


@pilot_test
async def test_the_command_palette_runs_a_compare_action() -> None:
    async with fixture_app() as (app, pilot, screen, _view):
        await pilot.press("ctrl+p", *"Framing")
        for _ in range(200):  # the palette searches in a worker
            await pilot.pause(0.05)
            found = app.screen.query(CommandList)
            if found and found.first().option_count:
                break
        await pilot.press("enter")
        await pilot.pause()
        assert screen.framing


@pilot_test
async def test_discarding_every_source_shows_them_rather_than_nothing() -> None:
    async with fixture_app() as (_app, pilot, screen, view):
        await pilot.press("s")
        for _ in range(5):
            await pilot.press("t", "t", "t", "down")
        await pilot.press("escape")
        await pilot.pause()
        assert screen.show_discarded and len(view.window.shown) == 5


def _column_edge(table: DataTable[Text], key: str) -> int:
    """The x where a column ends, counted from the table's left edge."""
    edge = 0
    for column in table.ordered_columns:
        edge += column.get_render_width(table)
        if column.key.value == key:
            return edge
    raise KeyError(key)


@pilot_test
async def test_every_outlet_column_of_the_coverage_fits_an_80_column_terminal() -> None:
    async with fixture_app(size=(80, 24)) as (app, pilot, _screen, _view):
        await pilot.press("c")
        table = app.screen.query_one(DataTable)
        assert _column_edge(table, "s5") <= 78


@pilot_test
async def test_the_triage_mark_shows_on_an_80_column_terminal() -> None:
    async with fixture_app(size=(80, 24)) as (app, pilot, _screen, _view):
        await pilot.press("s", "t")
        table = app.screen.query_one(DataTable)
        assert _column_edge(table, "mark") <= 78


@pilot_test
async def test_a_triage_mark_shows_in_words_in_the_pane_header() -> None:
    async with fixture_app(size=(80, 24)) as (app, pilot, _screen, view):
        await pilot.press("s", "t", "t", "escape")
        await pilot.pause()
        assert isinstance(app.screen, CompareScreen)
        assert "? check" in view.render_line(0).text


@pilot_test
async def test_sources_and_profiles_count_the_same_words() -> None:
    async with fixture_app() as (app, pilot, _screen, _view):
        await pilot.press("s")
        table = app.screen.query_one(DataTable)
        counted = [str(table.get_cell(s.id, "words")) for s in app.analysis.sources]
        profiles = {p.source: str(p.words) for p in app.analysis.profiles}
        assert counted == [profiles[s.id] for s in app.analysis.sources]


@pilot_test
async def test_profile_numbers_and_their_headings_are_right_aligned() -> None:
    analysis = fixture_analysis()
    long_read = replace(analysis.profiles[0], words=1234567)  # wider than its heading
    analysis = replace(analysis, profiles=(long_read, *analysis.profiles[1:]))
    async with fixture_app(analysis=analysis) as (app, pilot, _screen, _view):
        await pilot.press("p")
        await pilot.pause()
        lines = [strip.text for strip in app.screen._compositor.render_strips()]
        header = next(line for line in lines if " words " in line)
        row = lines[lines.index(header) + 1]
        for heading in ("words", "hedges", "claimed-type", "intensifiers", "unsourced"):
            end = header.index(heading) + len(heading)
            assert row[end - 1].isdigit() and row[end] == " ", heading


def _long_outlet() -> Analysis:
    analysis = fixture_analysis()
    renamed = replace(analysis.sources[1], outlet="The Coalfield Standard")
    return replace(analysis, sources=(analysis.sources[0], renamed, *analysis.sources[2:]))


@pilot_test
async def test_a_wide_coverage_shows_a_long_outlet_name_whole() -> None:
    async with fixture_app(size=(200, 50), analysis=_long_outlet()) as (app, pilot, _s, _v):
        await pilot.press("c")
        headers = [str(c.label) for c in app.screen.query_one(DataTable).ordered_columns]
        assert "2 The Coalfield Standard" in headers


@pilot_test
async def test_a_narrow_coverage_cuts_a_long_outlet_name_to_fit() -> None:
    async with fixture_app(size=(80, 24), analysis=_long_outlet()) as (app, pilot, _s, _v):
        await pilot.press("c")
        assert _column_edge(app.screen.query_one(DataTable), "s5") <= 78


@pilot_test
async def test_the_palette_names_keys_as_they_are_typed() -> None:
    async with fixture_app() as (_app, _pilot, screen, _view):
        helps = {name: help_text for name, _run, help_text in NewsdiffProvider(screen)._commands()}
        assert helps["Next panes"].endswith("(key: ])")
        assert "right_square_bracket" not in " ".join(helps.values())


@pilot_test
async def test_every_profile_number_fits_an_80_column_terminal() -> None:
    async with fixture_app(size=(80, 24)) as (app, pilot, _screen, _view):
        await pilot.press("p")
        table = app.screen.query_one(DataTable)
        assert table.header_height == 2  # the headings fold to make room
        assert _column_edge(table, "unsourced") <= table.scrollable_content_region.width


@pilot_test
async def test_a_wide_terminal_keeps_the_profile_headings_on_one_line() -> None:
    async with fixture_app(size=(200, 50)) as (app, pilot, _screen, _view):
        await pilot.press("p")
        assert app.screen.query_one(DataTable).header_height == 1


async def _palette_prompts(app, pilot, typed: str = "") -> list[str]:  # type: ignore[no-untyped-def]
    await pilot.press("ctrl+p", *typed)
    count = -1
    for _ in range(200):  # the palette gathers in a worker: wait until the list holds still
        await pilot.pause(0.05)
        found = app.screen.query(CommandList)
        if found and found.first().option_count and found.first().option_count == count:
            break
        count = found.first().option_count if found else -1
    listing = app.screen.query_one(CommandList)
    return [
        str(listing.get_option_at_index(n).prompt).split("\n")[0]
        for n in range(listing.option_count)
    ]


@pilot_test
async def test_the_palette_lists_newsdiffs_commands_before_textuals() -> None:
    async with fixture_app() as (app, pilot, screen, _view):
        prompts = await _palette_prompts(app, pilot)
        ours = [name for name, _run, _help in NewsdiffProvider(screen)._commands()]
        textuals = [c.title for c in app.get_system_commands(screen) if c.title not in ours]
        assert prompts[: len(ours)] == ours
        assert set(textuals) & set(prompts[len(ours) :])
        assert not set(textuals) & set(prompts[: len(ours)])
        assert prompts.count("Quit") == 1  # Textual's own quit is ours already


@pilot_test
async def test_a_search_ranks_our_commands_above_textuals() -> None:
    async with fixture_app() as (app, pilot, _screen, _view):
        prompts = await _palette_prompts(app, pilot, "s")
        assert "Screenshot" in prompts and prompts[0] != "Screenshot"
