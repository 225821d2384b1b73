"""The app on sources that try markup and escape sequences: they must show literally."""

from __future__ import annotations

from reader.ui.app import NewsdiffApp
from tests.ui.hostile_fixture import hostile_analysis

app = NewsdiffApp(analysis=hostile_analysis(), title="Hostile text")

if __name__ == "__main__":
    app.run()
