"""Where the reader left a story, found again in a new analysis (reader.services.story_session)."""

from __future__ import annotations

from dataclasses import replace

from reader.model import Analysis
from reader.services.story_session import place_in
from reader.store.stories import StoryPosition
from reader.store.targets import span_target
from tests.sources import make_source

TEXT = ["The quay burned for three hours.", "Crews came from two towns.", "The port shut."]


def _position(row_key: str = "g2") -> tuple[StoryPosition, Analysis]:
    source = make_source("s1", TEXT, path="/news/a.txt")
    at = source.text.index("Crews")
    anchor = span_target(source, at, at + len(TEXT[1])).anchors[0]
    return StoryPosition(row_key, anchor, 7), Analysis(sources=(source,))


def test_the_same_bytes_give_the_same_offset() -> None:
    position, analysis = _position()
    place = place_in(position, analysis)
    assert place is not None
    assert (place.row_key, place.source, place.lines_above) == ("g2", "s1", 7)
    assert analysis.sources[0].text[place.offset :].startswith("Crews")


def test_an_edited_source_at_the_same_path_is_found_by_its_words() -> None:
    position, _ = _position()
    edited = make_source("s1", ["A new first line.", *TEXT], path="/news/a.txt")
    place = place_in(position, Analysis(sources=(edited,)))
    assert place is not None and edited.text[place.offset :].startswith("Crews")


def test_words_that_are_gone_give_no_place() -> None:
    position, _ = _position()
    other = make_source("s1", ["Nothing here is the same."], path="/news/a.txt")
    assert place_in(position, Analysis(sources=(other,))) is None
    moved = replace(other, path="/news/b.txt")
    assert place_in(position, Analysis(sources=(moved,))) is None
