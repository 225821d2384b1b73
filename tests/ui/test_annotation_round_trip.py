"""Issue 6's round trip: annotate in the app, quit, relaunch, the note is there, export it."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import Input, Select

from reader.cli.app import open_notes
from reader.export import mdtext
from reader.settings import DATA_DIR_ENV
from reader.ui.app import NewsdiffApp
from reader.ui.screens.compare import CompareScreen
from reader.ui.screens.detail import DetailScreen
from reader.ui.screens.notes.editor import AnnotationEditor
from reader.ui.screens.passage_chooser import PassageChooser
from reader.ui.screens.prompt import PromptScreen
from tests.ui.conftest import pilot_test, settled


def _launch(samples_dir: Path) -> NewsdiffApp:
    """The app as ``newsdiff samples/harbour-fire`` builds it (store from NEWSDIFF_DATA_DIR)."""
    store, notices = open_notes(None)
    return NewsdiffApp([str(samples_dir / "harbour-fire")], store=store, notices=notices)


async def _analysed(app: NewsdiffApp, pilot) -> CompareScreen:  # type: ignore[no-untyped-def]
    await settled(pilot)
    screen = app.screen
    assert isinstance(screen, CompareScreen) and not screen.pending
    return screen


@pilot_test
async def test_a_note_made_in_the_app_survives_a_restart_and_reaches_the_markdown(
    tmp_path: Path, samples_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(DATA_DIR_ENV, str(tmp_path / "data"))
    # 1. Annotate a passage (a paragraph no other source reports) and quit.
    app = _launch(samples_dir)
    async with app.run_test(size=(200, 50)) as pilot:
        compare = await _analysed(app, pilot)
        view = compare.compare_view
        while view.current is None or len(view.current.cells) < 2 or view.current.group:
            await pilot.press("j")  # to a row of lone passages (datelines) of several outlets
        cell = list(view.current.cells.values())[-1]
        words = compare.analysis.source(cell.source).text[cell.paragraph.start : cell.paragraph.end]
        await pilot.press("a")
        await settled(pilot)
        assert isinstance(app.screen, PassageChooser)
        await pilot.press("end", "enter")  # the last outlet's passage
        await settled(pilot)
        assert isinstance(app.screen, AnnotationEditor)
        await pilot.press(*"Call the harbourmaster", "tab", *"call-back", "tab")
        app.screen.query_one("#annotation-label", Select).value = "follow-up"
        await pilot.press("ctrl+s")
        await settled(pilot)
        assert app.screen is compare
        await pilot.press("q")
    # 2. A new app on the same sources and data folder shows the note on the same words.
    again = _launch(samples_dir)
    async with again.run_test(size=(200, 50)) as pilot:
        compare = await _analysed(again, pilot)
        [note] = again.store.all_notes()
        assert (note.text, note.tags, note.label) == (
            "Call the harbourmaster",
            ("call-back",),
            "follow-up",
        )
        assert note.quote == words and not note.detached
        await pilot.press("A", "enter")  # jump to it, open its detail panel
        await settled(pilot)
        assert isinstance(again.screen, CompareScreen)
        row = compare.compare_view.current
        assert row is not None and row.cells[cell.source].paragraph.id == cell.paragraph.id
        await pilot.press("enter")
        await settled(pilot)
        assert isinstance(again.screen, DetailScreen)
        section = again.screen._notes_section()
        shown = " ".join(getattr(r, "plain", "") for r in section.renderables)
        assert "Call the harbourmaster" in shown
        # 3. e exports the Markdown, with the note, its tag, label and the words it is on.
        await pilot.press("escape", "e")
        await settled(pilot)
        assert isinstance(again.screen, PromptScreen)
        target = tmp_path / "briefing.md"
        again.screen.query_one("#prompt-input", Input).value = str(target)
        await pilot.press("enter")
        await settled(pilot)
        assert target.exists()
    markdown = target.read_text(encoding="utf-8")
    assert "Call the harbourmaster" in markdown
    assert "#call-back" in markdown
    assert "**follow-up**" in markdown
    first_words = " ".join(words.split()[:4])
    assert mdtext.inline(first_words) in markdown
