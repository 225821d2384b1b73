"""e exports: offered in the per-user export folder, the path editable, an existing file
replaced only after a yes, titled by the story's name (else the headlines' shared words) as
on the command line, claims under the app's ids, discarded sources left out unless shown
(issue 16 item 8)."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import Input

from reader.services.store_notes import StoreNotes
from reader.services.story_session import StorySession
from reader.store import AnnotationStore, SourceRecord
from reader.store.stories import StoryStore
from reader.ui.app import NewsdiffApp
from reader.ui.screens.compare import CompareScreen
from reader.ui.screens.confirm import ConfirmScreen
from reader.ui.screens.prompt import PromptScreen
from tests.ui.conftest import pilot_test, settled
from tests.ui.fixture_analysis import fixture_analysis

BASE = fixture_analysis()


async def _export_to(app: NewsdiffApp, pilot, target: Path | None = None) -> str:  # type: ignore[no-untyped-def]
    """Press e, put ``target`` in the prompt (or keep the default), press enter."""
    await pilot.press("e")
    await settled(pilot)
    assert isinstance(app.screen, PromptScreen)
    field = app.screen.query_one("#prompt-input", Input)
    if target is not None:
        field.value = str(target)
    shown = field.value
    await pilot.press("enter")
    await settled(pilot)
    return shown


@pilot_test
async def test_an_existing_file_is_replaced_only_after_a_yes(tmp_path: Path) -> None:
    target = tmp_path / "briefing.md"
    target.write_text("my own draft\n", encoding="utf-8")
    app = NewsdiffApp(analysis=BASE, title="Harbour fire")
    async with app.run_test(size=(120, 35)) as pilot:
        await _export_to(app, pilot, target)
        assert isinstance(app.screen, ConfirmScreen)
        await pilot.press("n")
        await settled(pilot)
        assert isinstance(app.screen, CompareScreen)
        assert target.read_text(encoding="utf-8") == "my own draft\n"
        assert any("is unchanged" in n.message for n in app._notifications)
        await _export_to(app, pilot, target)
        assert isinstance(app.screen, ConfirmScreen)
        await pilot.press("y")
        await settled(pilot)
    assert target.read_text(encoding="utf-8").startswith("---\ntitle: ")


@pilot_test
async def test_the_title_is_the_headlines_shared_words_and_claims_keep_the_apps_ids(
    tmp_path: Path,
) -> None:
    app = NewsdiffApp(analysis=BASE, title="harbour-fire")  # a folder's name is no title
    async with app.run_test(size=(120, 35)) as pilot:
        shown = await _export_to(app, pilot)
        compare = app.screen
        assert isinstance(compare, CompareScreen)
        ids = [g.id for g in compare.analysis.groups]
    assert Path(shown).name.startswith("newsdiff-fire-guts-warehouses-on-portvale-s-east-quay-")
    markdown = Path(shown).read_text(encoding="utf-8")
    assert "# Fire guts warehouses on Portvale's east quay" in markdown
    for group in BASE.groups:
        assert f"### {group.id} \u00b7 " in markdown
    assert ids


@pilot_test
async def test_a_story_is_exported_under_its_name(tmp_path: Path) -> None:
    notes = AnnotationStore.open(tmp_path / "data")
    stories = StoryStore.open(tmp_path / "data")
    stories.save("Portvale blaze", [SourceRecord.of(s) for s in BASE.sources])
    session = StorySession(stories, "Portvale blaze")
    app = NewsdiffApp(analysis=BASE, store=StoreNotes(notes), story=session, title="x")
    async with app.run_test(size=(120, 35)) as pilot:
        shown = await _export_to(app, pilot)
    notes.close()
    stories.close()
    assert Path(shown).name.startswith("newsdiff-portvale-blaze-")
    assert "# Portvale blaze" in Path(shown).read_text(encoding="utf-8")


@pilot_test
async def test_a_discarded_source_is_left_out_unless_shown(tmp_path: Path) -> None:
    notes = AnnotationStore.open(tmp_path / "data")
    notes.set_triage(BASE.sources[1], "discard")  # Coast Times
    app = NewsdiffApp(analysis=BASE, store=StoreNotes(notes), title="x")
    async with app.run_test(size=(120, 35)) as pilot:
        await pilot.press("e")
        await settled(pilot)
        assert isinstance(app.screen, PromptScreen)
        said = str(app.screen.prompt_title)
        assert "1 source marked discard is left out (d shows them" in said
        await pilot.press("escape")
        await _export_to(app, pilot, tmp_path / "without.md")
        await pilot.press("d")  # shows the discarded sources: the export follows
        await _export_to(app, pilot, tmp_path / "with.md")
    notes.close()
    without = (tmp_path / "without.md").read_text(encoding="utf-8")
    with_it = (tmp_path / "with.md").read_text(encoding="utf-8")
    assert "Coast Times" not in without
    assert "Coast Times" in with_it
