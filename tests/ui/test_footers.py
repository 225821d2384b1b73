"""Every full screen's footer fits an 80-column terminal: Quit and Help are never cut."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.services.store_notes import StoreNotes
from reader.ui.app import NewsdiffApp
from tests.ui.conftest import pilot_test, settled
from tests.ui.fixture_analysis import fixture_analysis
from tests.ui.notes_fixture import annotated_store

SCREENS = {
    "compare": "CompareScreen",
    "c": "CoverageScreen",
    "p": "ProfilesScreen",
    "s": "SourcesScreen",
    "A": "AnnotationsScreen",
}


@pytest.mark.parametrize("opened_with", list(SCREENS))
@pilot_test
async def test_the_footer_keeps_quit_and_help_at_80_columns(
    opened_with: str, tmp_path: Path
) -> None:
    store = annotated_store(tmp_path)
    app = NewsdiffApp(analysis=fixture_analysis(), store=StoreNotes(store), title="Harbour fire")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        if opened_with != "compare":
            await pilot.press(opened_with)
        wanted = SCREENS[opened_with]
        await settled(pilot)
        assert type(app.screen).__name__ == wanted
        await pilot.pause()
        footer = app.screen._compositor.render_strips()[-1].text
        assert "q Quit" in footer and "? Help" in footer and "palette" in footer
    store.close()
