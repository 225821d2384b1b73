"""Stories remember their sources and the reviewer's corrections across restarts."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.store import AnnotationStore, SourceRecord, span_target
from reader.store.stories import StoryNotFoundError, StoryStore, source_changes
from tests.store.conftest import TickingClock, make_source


def _stories(data_dir: Path) -> StoryStore:
    return StoryStore.open(data_dir, clock=TickingClock())


def test_saving_twice_extends_a_story_without_duplicating_a_source(data_dir: Path) -> None:
    stories = _stories(data_dir)
    stories.save("fire", [SourceRecord("h1", "/n/a.txt")])
    story = stories.save("fire", [SourceRecord("h1", "/n/a.txt"), SourceRecord("h2", "/n/b.txt")])
    assert story.paths == ("/n/a.txt", "/n/b.txt")


def test_summaries_count_sources_and_annotations_on_them(data_dir: Path) -> None:
    source = make_source("The quay burned for three hours.", "/n/a.txt")
    with AnnotationStore.open(data_dir) as notes:
        notes.add(span_target(source, 4, 8), "check")
    stories = _stories(data_dir)
    stories.save("fire", [SourceRecord.of(source)])
    stories.save("other", [SourceRecord("zz", "/n/z.txt")])
    by_name = {s.name: s for s in stories.summaries()}
    assert (by_name["fire"].sources, by_name["fire"].annotations) == (1, 1)
    assert by_name["other"].annotations == 0


def test_opening_names_changed_and_vanished_sources(data_dir: Path) -> None:
    stories = _stories(data_dir)
    story = stories.save("fire", [SourceRecord("h1", "/n/a.txt"), SourceRecord("h2", "/n/b.txt")])
    said = source_changes(story, [SourceRecord("h1-new", "/n/a.txt")])
    assert len(said) == 2
    assert "a.txt: changed" in said[0]
    assert "b.txt: vanished" in said[1]


def test_corrections_survive_a_restart_and_undo_marks_the_latest(data_dir: Path) -> None:
    source = make_source("The quay burned for three hours. Crews came.", "/n/a.txt")
    anchor = span_target(source, 0, 20).anchors[0]
    stories = _stories(data_dir)
    stories.save("fire", [SourceRecord.of(source)])
    stories.add_correction("fire", "unlink", anchor)
    stories.add_correction("fire", "link", anchor, span_target(source, 33, 44).anchors[0])
    stories.close()
    again = _stories(data_dir)
    undone = again.undo("fire")
    assert undone is not None and undone.kind == "link"
    kinds = [(c.kind, c.undone is None) for c in again.corrections("fire")]
    assert kinds == [("unlink", True), ("link", False)]
    assert again.corrections("fire")[0].passage == anchor


def test_an_unknown_story_says_how_to_list_them(data_dir: Path) -> None:
    with pytest.raises(StoryNotFoundError, match="newsdiff stories"):
        _stories(data_dir).get("nope")


def test_a_correction_kind_from_a_newer_newsdiff_is_kept_but_not_read(data_dir: Path) -> None:
    source = make_source("The quay burned for three hours. Crews came.", "/n/a.txt")
    stories = _stories(data_dir)
    stories.save("fire", [SourceRecord.of(source)])
    stories.add_correction("fire", "unlink", span_target(source, 0, 20).anchors[0])
    with stories.database.write() as conn:
        conn.execute("UPDATE corrections SET kind = 'rephrase'")
    assert stories.corrections("fire") == ()


def test_redo_brings_back_what_undo_took_last_first_until_a_new_correction(
    data_dir: Path,
) -> None:
    source = make_source("The quay burned for three hours. Crews came.", "/n/a.txt")
    first = span_target(source, 0, 20).anchors[0]
    second = span_target(source, 33, 44).anchors[0]
    clock = TickingClock()  # one clock across the restart: times only go forward
    stories = StoryStore.open(data_dir, clock=clock)
    stories.save("fire", [SourceRecord.of(source)])
    stories.add_correction("fire", "unlink", first)
    stories.add_correction("fire", "split", second)
    assert stories.redo("fire") is None  # nothing undone
    stories.undo("fire")  # split
    stories.undo("fire")  # unlink
    stories.close()
    again = StoryStore.open(data_dir, clock=clock)  # the redo survives a restart
    redone = again.redo("fire")
    assert redone is not None and redone.kind == "unlink"
    redone = again.redo("fire")
    assert redone is not None and redone.kind == "split"
    assert again.redo("fire") is None
    assert [c.undone for c in again.corrections("fire")] == [None, None]
    again.undo("fire")
    again.add_correction("fire", "unlink", second)  # a new correction ends the redo
    assert again.redo("fire") is None
    assert [c.undone is None for c in again.corrections("fire")] == [True, False, True]


def test_a_new_story_under_a_taken_name_is_refused_even_from_another_instance(
    data_dir: Path,
) -> None:
    from reader.store.stories import StoryExistsError

    here, there = _stories(data_dir), _stories(data_dir)  # two newsdiffs, one database
    here.save("fire", [SourceRecord("h1", "/n/a.txt")], new=True)
    with pytest.raises(StoryExistsError, match="exists already"):
        there.save("fire", [SourceRecord("h2", "/n/b.txt")], new=True)
    assert there.get("fire").paths == ("/n/a.txt",)
