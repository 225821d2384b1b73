"""The app as the snapshot tests see it: the hand-made harbour-fire analysis."""

from __future__ import annotations

from reader.ui.app import NewsdiffApp
from tests.ui.fixture_analysis import fixture_analysis

app = NewsdiffApp(analysis=fixture_analysis(), title="Harbour fire")

if __name__ == "__main__":
    app.run()
