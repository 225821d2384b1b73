"""The reference for first paint: the least a Textual app can show, one static text.

``python -m benchmarks.bare_app`` runs it in a terminal (the cold, whole-process
measurement in benchmarks/cold.py starts it this way); ``benchmarks.tui`` builds the same
app in-process for the warm measurement.
"""

from __future__ import annotations

from typing import Any

TEXT = "A static text, the least a Textual app can show."


def bare_app() -> Any:
    from textual.app import App, ComposeResult
    from textual.widgets import Static

    class BareApp(App[None]):
        def compose(self) -> ComposeResult:
            yield Static(TEXT)

    return BareApp()


if __name__ == "__main__":
    bare_app().run()
