"""Snapshot app for the notes screen: the hand-made analysis with one note of every kind.

A fresh temporary data folder with a fixed clock and ids (tests/ui/notes_fixture.py), so
every time and id shown is the same on every run.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from reader.services.store_notes import StoreNotes
from reader.ui.app import NewsdiffApp
from tests.ui.fixture_analysis import fixture_analysis
from tests.ui.notes_fixture import annotated_store

_STORE = annotated_store(Path(tempfile.mkdtemp(prefix="newsdiff-snap-notes-")))
app = NewsdiffApp(analysis=fixture_analysis(), store=StoreNotes(_STORE), title="Harbour fire")

if __name__ == "__main__":
    app.run()
