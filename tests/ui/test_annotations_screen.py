"""The notes screen (A): every note of the story, filters, jump, edit and delete."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

import pytest
from textual.pilot import Pilot
from textual.widgets import OptionList, TextArea

from reader.services.store_notes import StoreNotes
from reader.store import AnnotationStore
from reader.ui.app import NewsdiffApp
from reader.ui.screens.compare import CompareScreen
from reader.ui.screens.confirm import ConfirmScreen
from reader.ui.screens.detail import DetailScreen
from reader.ui.screens.notes.editor import AnnotationEditor
from reader.ui.screens.notes.list import AnnotationsScreen
from tests.ui.conftest import pilot_test, settled
from tests.ui.fixture_analysis import fixture_analysis
from tests.ui.notes_fixture import GONE_WORDS, annotated_store

Harness = tuple[NewsdiffApp, Pilot[int], AnnotationsScreen, AnnotationStore]


@asynccontextmanager
async def notes_screen(folder: Path, size: tuple[int, int] = (120, 40)) -> AsyncIterator[Harness]:
    """The app on the annotated store, with the notes screen open (A)."""
    store = annotated_store(folder)
    app = NewsdiffApp(analysis=fixture_analysis(), store=StoreNotes(store), title="Harbour fire")
    async with app.run_test(size=size) as pilot:
        await pilot.pause()
        await pilot.press("A")
        await settled(pilot)
        assert isinstance(app.screen, AnnotationsScreen)
        screen = app.screen
        assert isinstance(screen, AnnotationsScreen)
        yield app, pilot, screen, store
    store.close()


def _shown(screen: AnnotationsScreen) -> list[str]:
    return [n.id for n in screen.shown]


def _highlight(screen: AnnotationsScreen, note_id: str) -> None:
    listing = screen.query_one("#annotations-list", OptionList)
    listing.highlighted = listing.get_option_index(note_id)


@pilot_test
async def test_A_lists_every_note_and_no_claim_mark(tmp_path: Path) -> None:
    async with notes_screen(tmp_path) as (_app, _pilot, screen, _store):
        assert _shown(screen) == ["note01", "note02", "note03", "note04"]
        kinds = [n.kind for n in screen.shown]
        assert kinds == ["span", "group", "fact", "span"]


@pilot_test
async def test_a_detached_note_is_marked_and_shows_its_saved_words(tmp_path: Path) -> None:
    async with notes_screen(tmp_path) as (_app, _pilot, screen, _store):
        listing = screen.query_one("#annotations-list", OptionList)
        prompt = listing.get_option("note04").prompt
        plain = getattr(prompt, "plain", str(prompt))
        assert "DETACHED" in plain and GONE_WORDS in plain
        attached = listing.get_option("note01").prompt
        assert "DETACHED" not in getattr(attached, "plain", str(attached))


@pilot_test
async def test_t_filters_by_each_tag_in_turn_then_shows_all(tmp_path: Path) -> None:
    async with notes_screen(tmp_path) as (_app, pilot, screen, _store):
        await pilot.press("t")
        assert screen.filter.tag == "call" and _shown(screen) == ["note01", "note03"]
        await pilot.press("t")
        assert screen.filter.tag == "cargo" and _shown(screen) == ["note01"]
        await pilot.press("t", "t")
        assert screen.filter.tag is None and len(_shown(screen)) == 4


@pilot_test
async def test_l_filters_by_label_including_notes_without_one(tmp_path: Path) -> None:
    async with notes_screen(tmp_path) as (_app, pilot, screen, _store):
        await pilot.press("l")
        assert screen.filter.label == "disputed" and _shown(screen) == ["note04"]
        await pilot.press("l", "l")
        assert screen.filter.label == "no label" and _shown(screen) == ["note03"]


@pilot_test
async def test_o_filters_by_outlet(tmp_path: Path) -> None:
    async with notes_screen(tmp_path) as (_app, pilot, screen, _store):
        await pilot.press("o")
        assert screen.filter.outlet == "Port Gazette"
        assert _shown(screen) == ["note01", "note02", "note03"]


@pilot_test
async def test_x_shows_only_detached_notes_and_again_all(tmp_path: Path) -> None:
    async with notes_screen(tmp_path) as (_app, pilot, screen, _store):
        await pilot.press("x")
        assert _shown(screen) == ["note04"]
        await pilot.press("x")
        assert len(_shown(screen)) == 4


@pilot_test
async def test_slash_filters_by_typed_words(tmp_path: Path) -> None:
    async with notes_screen(tmp_path) as (_app, pilot, screen, _store):
        await pilot.press("slash", *"BRIGADE", "enter")
        assert _shown(screen) == ["note03"]


@pilot_test
async def test_escape_clears_the_filters_then_closes(tmp_path: Path) -> None:
    async with notes_screen(tmp_path) as (app, pilot, screen, _store):
        await pilot.press("x", "t", "escape")
        assert not screen.filter.active and len(_shown(screen)) == 4
        await pilot.press("escape")
        await settled(pilot)
        assert isinstance(app.screen, CompareScreen)


@pilot_test
async def test_enter_on_a_claim_note_jumps_to_its_claim(tmp_path: Path) -> None:
    async with notes_screen(tmp_path) as (app, pilot, screen, _store):
        _highlight(screen, "note02")
        await pilot.press("enter")
        await settled(pilot)
        assert isinstance(app.screen, CompareScreen)
        assert app.screen.compare_view.current.key == "g5"


@pilot_test
async def test_enter_on_a_passage_note_jumps_to_its_passage(tmp_path: Path) -> None:
    async with notes_screen(tmp_path) as (app, pilot, screen, _store):
        _highlight(screen, "note01")
        await pilot.press("enter")
        await settled(pilot)
        assert isinstance(app.screen, CompareScreen)
        row = app.screen.compare_view.current
        assert row is not None and row.cells["s4"].paragraph.id == "s4:p6"


@pilot_test
async def test_enter_on_a_detached_note_stays_and_says_why(tmp_path: Path) -> None:
    async with notes_screen(tmp_path) as (app, pilot, screen, _store):
        _highlight(screen, "note04")
        await pilot.press("enter")
        await pilot.pause()
        assert app.screen is screen
        assert any("detached" in n.message for n in app._notifications)


@pilot_test
async def test_e_edits_the_note_and_saves_it_at_once(tmp_path: Path) -> None:
    async with notes_screen(tmp_path) as (app, pilot, screen, store):
        _highlight(screen, "note03")
        await pilot.press("e")
        await settled(pilot)
        assert isinstance(app.screen, AnnotationEditor)
        text = app.screen.query_one("#annotation-text", TextArea)
        assert text.text == "Hours differ: ask the brigade."
        await pilot.press(*" Done.", "ctrl+s")
        await settled(pilot)
        assert app.screen is screen
        assert store.get("note03").note == "Hours differ: ask the brigade. Done."
        assert screen.current is not None and screen.current.id == "note03"


@pilot_test
async def test_an_edit_draft_survives_leaving_the_notes_screen(tmp_path: Path) -> None:
    async with notes_screen(tmp_path) as (app, pilot, screen, store):
        _highlight(screen, "note01")
        await pilot.press("e")
        await settled(pilot)
        assert isinstance(app.screen, AnnotationEditor)
        await pilot.press(*" Or the union.", "escape")
        await settled(pilot)
        assert app.screen is screen
        await pilot.press("escape")  # back to the comparison, then open the list again
        await settled(pilot)
        assert isinstance(app.screen, CompareScreen)
        await pilot.press("A")
        await settled(pilot)
        assert isinstance(app.screen, AnnotationsScreen)
        await pilot.press("e")
        await settled(pilot)
        assert isinstance(app.screen, AnnotationEditor)
        text = app.screen.query_one("#annotation-text", TextArea).text
        assert text.endswith("packaging. Or the union.")
        assert store.get("note01").note.endswith("packaging.")  # a draft is not a save


@pytest.mark.parametrize(
    ("answer", "left"),
    [
        ("y", ["note01", "note03", "note04"]),
        ("enter", ["note01", "note03", "note04"]),
        ("n", ["note01", "note02", "note03", "note04"]),
        ("escape", ["note01", "note02", "note03", "note04"]),
    ],
)
@pilot_test
async def test_d_deletes_only_when_the_question_is_answered_yes(
    tmp_path: Path, answer: str, left: list[str]
) -> None:
    async with notes_screen(tmp_path) as (app, pilot, screen, store):
        _highlight(screen, "note02")
        await pilot.press("d")
        await settled(pilot)
        assert isinstance(app.screen, ConfirmScreen)
        await pilot.press(answer)
        await settled(pilot)
        assert app.screen is screen
        assert [a.id for a in store.list(role="note")] == left
        assert _shown(screen) == left
        # After a delete the highlight moves to the next note; after a no it stays.
        assert screen.current is not None
        assert screen.current.id == ("note03" if len(left) == 3 else "note02")


@pilot_test
async def test_a_new_note_draft_survives_other_screens(tmp_path: Path) -> None:
    async with notes_screen(tmp_path) as (app, pilot, _screen, _store):
        await pilot.press("escape")
        await settled(pilot)
        assert isinstance(app.screen, CompareScreen)
        await pilot.press("n", "a")
        await settled(pilot)
        assert isinstance(app.screen, AnnotationEditor)
        await pilot.press(*"half a thought", "escape")
        await settled(pilot)
        assert isinstance(app.screen, CompareScreen)
        await pilot.press("A", "escape", "c", "escape", "enter", "escape")  # list, matrix, detail
        await settled(pilot)
        assert isinstance(app.screen, CompareScreen)
        await pilot.press("a")
        await settled(pilot)
        assert isinstance(app.screen, AnnotationEditor)
        assert app.screen.query_one("#annotation-text", TextArea).text == "half a thought"


@pilot_test
async def test_the_detail_panels_A_lists_its_notes_and_deletes_one(tmp_path: Path) -> None:
    async with notes_screen(tmp_path) as (app, pilot, screen, store):
        _highlight(screen, "note02")
        await pilot.press("enter")  # to claim g5
        await settled(pilot)
        assert isinstance(app.screen, CompareScreen)
        await pilot.press("enter", "A")
        await settled(pilot)
        assert isinstance(app.screen, AnnotationsScreen)
        assert _shown(app.screen) == ["note02"]
        await pilot.press("d", "y")
        await settled(pilot)
        assert isinstance(app.screen, AnnotationsScreen)
        assert "note02" not in [a.id for a in store.list()]
        await pilot.press("escape")
        await settled(pilot)
        assert isinstance(app.screen, DetailScreen)
        notes = app.screen._notes_section()
        assert "Harbourmaster" not in " ".join(getattr(r, "plain", "") for r in notes.renderables)


def _plain(screen: AnnotationsScreen, note_id: str) -> str:
    prompt = screen.query_one("#annotations-list", OptionList).get_option(note_id).prompt
    return getattr(prompt, "plain", str(prompt))


@pilot_test
async def test_a_note_with_an_unsaved_edit_is_marked_in_the_list(tmp_path: Path) -> None:
    async with notes_screen(tmp_path) as (app, pilot, screen, _store):
        _highlight(screen, "note03")
        await pilot.press("e")
        await settled(pilot)
        assert isinstance(app.screen, AnnotationEditor)
        await pilot.press(*" maybe", "escape")
        await settled(pilot)
        assert app.screen is screen
        assert "UNSAVED EDIT" in _plain(screen, "note03")
        assert "UNSAVED EDIT" not in _plain(screen, "note01")


@pilot_test
async def test_an_unsaved_new_note_is_listed_first_and_counted_apart(tmp_path: Path) -> None:
    async with notes_screen(tmp_path) as (app, pilot, _screen, _store):
        await pilot.press("escape", "n", "a")
        await settled(pilot)
        assert isinstance(app.screen, AnnotationEditor)
        await pilot.press(*"not yet", "escape")
        await settled(pilot)
        assert isinstance(app.screen, CompareScreen)
        await pilot.press("A")
        await settled(pilot)
        assert isinstance(app.screen, AnnotationsScreen)
        title = app.screen.query_one("#annotations-title").render()
        plain = str(getattr(title, "plain", title))
        assert "4 of 4 shown" in plain and "1 unsaved draft" in plain
        assert app.screen.shown[0].unsaved and app.screen.shown[0].text == "not yet"


@pilot_test
async def test_help_on_the_notes_screen_lists_its_keys(tmp_path: Path) -> None:
    from reader.ui.screens.help import HelpScreen

    async with notes_screen(tmp_path) as (app, pilot, _screen, _store):
        await pilot.press("question_mark")
        await settled(pilot)
        assert isinstance(app.screen, HelpScreen)
        actions = {b.action for b in app.screen.screen_bindings}
        assert {"cycle('tag')", "detached", "delete", "edit", "jump"} <= actions


@pilot_test
async def test_A_reads_notes_another_terminal_saved_meanwhile(tmp_path: Path) -> None:
    async with notes_screen(tmp_path) as (app, pilot, _screen, store):
        await pilot.press("escape")
        await settled(pilot)
        assert isinstance(app.screen, CompareScreen)
        other = AnnotationStore.open(tmp_path)  # a second connection, as another process
        (mine,) = [a for a in store.list() if a.id == "note01"]
        other.add(mine.target, "from the other terminal")
        other.close()
        await pilot.press("A")
        await settled(pilot)
        assert isinstance(app.screen, AnnotationsScreen)
        assert "from the other terminal" in [n.text for n in app.screen.shown]


@pilot_test
async def test_escape_in_the_words_box_cancels_without_filtering(tmp_path: Path) -> None:
    async with notes_screen(tmp_path) as (_app, pilot, screen, _store):
        await pilot.press("slash", *"brigade", "escape")
        assert not screen.query_one("#words").display
        assert not screen.filter.active and len(_shown(screen)) == 4


@pilot_test
async def test_closing_an_unchanged_edit_keeps_no_draft(tmp_path: Path) -> None:
    async with notes_screen(tmp_path) as (app, pilot, screen, _store):
        _highlight(screen, "note01")
        await pilot.press("e")
        await settled(pilot)
        assert isinstance(app.screen, AnnotationEditor)
        await pilot.press("escape")
        await settled(pilot)
        assert app.screen is screen
        assert app.store.drafts() == () and "UNSAVED EDIT" not in _plain(screen, "note01")
