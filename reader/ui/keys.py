"""One way to declare a key: every binding has an id (for keymaps) and a tooltip (why).

And one way to name keys to a person (help, palette): "]" rather than "right_square_bracket".
"""

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


KEY_NAMES = {
    "question_mark": "?",
    "slash": "/",
    "greater_than_sign": ">",
    "less_than_sign": "<",
    "right_square_bracket": "]",
    "left_square_bracket": "[",
    "enter": "enter",
    "escape": "esc",
    "pagedown": "pgdn",
    "pageup": "pgup",
}


def key_label(keys: str) -> str:
    """Every key of a binding as a person types it: "j,down" -> "j down"."""
    return " ".join(KEY_NAMES.get(k, k) for k in keys.split(","))
