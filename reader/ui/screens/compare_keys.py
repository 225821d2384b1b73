"""The compare screen's keys: each with an id (for keymaps) and a tooltip (the why).

The footer, the help screen and the command palette all read this one list.
"""

from __future__ import annotations

from textual.binding import BindingType

from reader.ui.keys import key

COMPARE_BINDINGS: list[BindingType] = [
    key("j,down", "move(1)", "Next row", "Move the cursor to the next row", show=False),
    key("k,up", "move(-1)", "Previous row", "Move the cursor to the previous row", show=False),
    key("pagedown,space", "move_page(1)", "Page down", "One screen down", show=False),
    key("pageup", "move_page(-1)", "Page up", "One screen up", show=False),
    key("home,g", "jump_end(0)", "First row", "Go to the first row", show=False),
    key("end,G", "jump_end(1)", "Last row", "Go to the last row", show=False),
    key("n", "divergence(1)", "Next diff", "Jump to the next row with a divergent fact"),
    key("N", "divergence(-1)", "Prev diff", "Jump to the previous divergent fact", show=False),
    key("o", "omission(1)", "Omission", "Jump to the next claim some sources omit"),
    key("O", "omission(-1)", "Prev omission", "Jump to the previous omission", show=False),
    key(
        "f",
        "toggle('framing')",
        "Framing",
        "Show or hide framing marks (hedges, loaded words, attribution verbs)",
    ),
    key(
        "b",
        "toggle('show_boilerplate')",
        "Boilerplate",
        "Show or fold boilerplate (share prompts, navigation, see-also)",
        show=False,
    ),
    key(
        "enter",
        "detail",
        "Detail",
        "Every outlet's wording of the focused claim, its facts, framing and notes",
    ),
    key("slash", "search", "Search", "Search the shown panes"),
    key(
        "greater_than_sign",
        "match(1)",
        "Next match",
        "Jump to the next search match",
        show=False,
    ),
    key(
        "less_than_sign",
        "match(-1)",
        "Prev match",
        "Jump to the previous search match",
        show=False,
    ),
    key("escape", "clear_search", "Clear search", "Forget the search", show=False),
    key(
        "right_square_bracket",
        "page(1)",
        "Next panes",
        "Narrow terminal: show the next panes",
        show=False,
    ),
    key(
        "left_square_bracket",
        "page(-1)",
        "Prev panes",
        "Narrow terminal: show the previous panes",
        show=False,
    ),
    key(
        "d",
        "toggle('show_discarded')",
        "Discarded",
        "Show or hide the sources marked discard",
        show=False,
    ),
    key("a", "annotate", "Annotate", "Annotate the focused passage", show=False),
    key(
        "A",
        "annotations",
        "Notes",
        "Every note of this story: filter by tag, label, outlet, detached; jump, edit, delete",
        show=False,
    ),
    key(
        "m",
        "mark",
        "Mark claim",
        "Cycle the focused claim's mark: verified, disputed, follow-up, none",
        show=False,
    ),
    key("e", "export", "Export", "Export the analysis with its annotations", show=False),
    *(
        key(
            str(n),
            f"toggle_pane({n})",
            f"Pane {n}",
            f"Show or hide the pane of source {n}",
            show=False,
            id=f"pane-{n}",
        )
        for n in range(1, 10)
    ),
]
