"""Save a story in a test as ``newsdiff --story NAME SOURCE...`` does before the app opens,
then read it once as the app's first opening does (which keeps a copy of every source, so it
can be bundled). ``newsdiff report --story`` only reads a saved story."""

from __future__ import annotations

import os
from pathlib import Path

from reader.cli.sources import save_story as save_sources
from reader.services.story_sources import load_story
from reader.store.stories import StoryStore


def save_story(data: str | os.PathLike[str], name: str, *sources: str | Path) -> None:
    with StoryStore.open(data) as stories:
        save_sources(stories, name, [str(s) for s in sources], 10**7)
        load_story(stories, name, max_bytes=10**7, timeout=5)
