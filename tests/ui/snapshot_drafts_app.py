"""Snapshot app for the notes screen after a restart with an unsaved draft: the annotated
store of snapshot_notes_app.py plus a draft on a claim, as the last session left it."""

from __future__ import annotations

import tempfile
from pathlib import Path

from reader.services.store_notes import StoreNotes
from reader.store import Draft, group_target
from reader.ui.app import NewsdiffApp
from tests.ui.fixture_analysis import fixture_analysis
from tests.ui.notes_fixture import annotated_store

_ANALYSIS = fixture_analysis()
_STORE = annotated_store(Path(tempfile.mkdtemp(prefix="newsdiff-snap-drafts-")))
_STORE.drafts.save(
    Draft(
        group_target(_ANALYSIS, _ANALYSIS.group("g3")),
        text="Nine or eleven warehouses?\nCall the port authority",
        tags="call, count",
    )
)
app = NewsdiffApp(analysis=_ANALYSIS, store=StoreNotes(_STORE), title="Harbour fire")

if __name__ == "__main__":
    app.run()
