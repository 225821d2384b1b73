"""The app on the hostile sample set, for the snapshot test (tests/hostile/test_injection)."""

from __future__ import annotations

from reader.ui.app import NewsdiffApp
from tests.hostile.hostile_analysis import hostile_analysis

app = NewsdiffApp(analysis=hostile_analysis(), title="Kerrow ferry")

if __name__ == "__main__":
    app.run()
