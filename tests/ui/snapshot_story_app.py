"""Snapshot apps for stories: the start screen, and the hand-made analysis as a story.

The data folder is a fresh temporary one with a fixed clock, so every time shown is fixed.
``START`` opens on the start screen with two stories; ``app`` opens story "fire".
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from reader.services.story_session import StorySession
from reader.store import SourceRecord, open_database
from reader.store.stories import StoryStore
from reader.ui.app import NewsdiffApp
from tests.ui.fixture_analysis import fixture_analysis
from tests.ui.notes_fixture import Clock


def _stories() -> StoryStore:
    folder = Path(tempfile.mkdtemp(prefix="newsdiff-snap-"))
    stories = StoryStore(open_database(folder), clock=Clock())
    analysis = fixture_analysis()
    stories.save("mine rescue", [SourceRecord(f"m{n}", f"/news/mine-{n}.txt") for n in range(4)])
    stories.save("harbour fire", [SourceRecord.of(s) for s in analysis.sources])
    return stories


START = NewsdiffApp(stories=_stories())

_STORY = _stories()
app = NewsdiffApp(
    analysis=fixture_analysis(), story=StorySession(_STORY, "harbour fire"), title="harbour fire"
)

if __name__ == "__main__":
    app.run()
