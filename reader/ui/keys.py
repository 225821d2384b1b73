"""One way to declare a key: every binding has an id (for keymaps) and a tooltip (why)."""

from __future__ import annotations

from textual.binding import Binding


def key(
    keys: str,
    action: str,
    description: str,
    tooltip: str,
    *,
    show: bool = True,
    id: str | None = None,
) -> Binding:
    """A Binding whose id defaults to the action's name, e.g. ``divergence-1``."""
    if id is None:
        id = "".join(c if c.isalnum() else "-" for c in action).strip("-")
        id = "-".join(part for part in id.split("-") if part)
    return Binding(keys, action, description, show=show, tooltip=tooltip, id=id)
