"""Open the overview screens (coverage, profiles, sources) from anywhere."""

from __future__ import annotations

from textual.app import App


def open_overview(app: App[int], name: str) -> None:
    app.notify(f"{name} arrives in the next step", markup=False)
