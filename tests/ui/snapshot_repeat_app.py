"""The app on the harbour-fire analysis where one paragraph states two claims."""

from __future__ import annotations

from reader.ui.app import NewsdiffApp
from tests.ui.repeat_fixture import repeat_analysis

app = NewsdiffApp(analysis=repeat_analysis(), title="Harbour fire")

if __name__ == "__main__":
    app.run()
