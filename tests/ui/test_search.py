"""Search like less (issue 16 item 3): n/N step through every match while a search is
active, the screen says "match 2/5", escape ends it and n/N are divergences again."""

from __future__ import annotations

from rich.text import Text

from tests.ui.conftest import fixture_app, pilot_test


def _summary(screen) -> str:  # type: ignore[no-untyped-def]
    right = screen.query_one("#summary-right").render()
    return right.plain if isinstance(right, Text) else str(right)


@pilot_test
async def test_matches_are_counted_as_occurrences_and_n_steps_through_them() -> None:
    async with fixture_app() as (_app, pilot, screen, view):
        await pilot.press("slash", *"fire", "enter")
        total = len(view.occurrences)
        assert total > len(view.matches)  # some passages say "fire" twice
        assert screen.match_at == 0
        assert f"match 1/{total}" in _summary(screen)
        await pilot.press("n")
        assert screen.match_at == 1
        assert f"match 2/{total}" in _summary(screen)
        assert view.cursor == view.occurrences[1][0]
        await pilot.press("N", "N")
        assert screen.match_at == total - 1  # wraps around, as less does
        assert f"match {total}/{total}" in _summary(screen)


@pilot_test
async def test_n_after_a_search_moves_to_the_next_match_not_the_next_divergence() -> None:
    async with fixture_app() as (_app, pilot, screen, view):
        await pilot.press("slash", *"tanker", "enter")
        first = view.cursor
        rows = sorted({row for row, _, _ in view.occurrences})
        await pilot.press("n")
        assert view.cursor in rows
        assert view.cursor == view.occurrences[screen.match_at][0]
        assert first in rows


@pilot_test
async def test_escape_ends_the_search_and_n_goes_to_divergences_again() -> None:
    async with fixture_app() as (_app, pilot, screen, view):
        await pilot.press("slash", *"fire", "enter", "escape")
        assert screen.search_text == ""
        assert view.occurrences == []
        await pilot.press("g", "n")
        row = view.current
        assert row is not None and view.is_divergent(row)


@pilot_test
async def test_the_footer_says_which_mode_n_is_in() -> None:
    async with fixture_app() as (_app, pilot, screen, _view):

        def described() -> str:
            return screen.active_bindings["n"].binding.description

        assert described() == "Next diff"
        await pilot.press("slash", *"fire", "enter")
        assert described() == "Next match"
        await pilot.press("escape")
        assert described() == "Next diff"
