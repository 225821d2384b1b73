"""Every key binding of newsdiff, declared here and nowhere else.

One way to declare a key (every binding has an id, which the user's key map rebinds:
``reader.ui.keymap``, ``newsdiff keys``; and a tooltip, the why) and one way to name keys
to a person (help, palette): "]" rather than "right_square_bracket". The footer, the help
screen and the command palette read these lists.
"""

from __future__ import annotations

from textual.binding import Binding, BindingType


def key(
    keys: str,
    action: str,
    description: str,
    tooltip: str,
    *,
    show: bool = True,
    id: str | None = None,
) -> Binding:
    """A Binding whose id defaults to the action's name, e.g. ``divergence-1`` (and
    ``divergence-back-1`` for ``divergence(-1)``)."""
    if id is None:
        named = action.replace("(-", "(back ")  # move(-1) and move(1) need two ids
        id = "".join(c if c.isalnum() else "-" for c in named).strip("-")
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


APP_BINDINGS: list[BindingType] = [
    key("q", "quit", "Quit", "Leave newsdiff"),
    key("question_mark", "help", "Help", "Every key, what it does, what the colours mean"),
    key(
        "c",
        "overview('coverage')",
        "Coverage",
        "Claims x outlets: who reports, who diverges, who omits",
        show=False,
    ),
    key(
        "p",
        "overview('profiles')",
        "Profiles",
        "Per-outlet framing profiles and shared wire copy",
        show=False,
    ),
    key(
        "s",
        "overview('sources')",
        "Sources",
        "The loaded sources and their triage marks",
        show=False,
    ),
]

PALETTE = Binding(
    "ctrl+p",
    "command_palette",
    "Commands",
    tooltip="Find any command by name (newsdiff's first, then Textual's)",
)

# Vim keys in every table (overviews, divergences): rows with j/k, columns with h/l, the
# first and last row with g/G, half a screen with ctrl+d/ctrl+u.
TABLE_BINDINGS: list[BindingType] = [
    key("j", "cursor_down", "Down", "Next row", show=False, id="table-down"),
    key("k", "cursor_up", "Up", "Previous row", show=False, id="table-up"),
    key("h", "cursor_left", "Left", "Previous column", show=False, id="table-left"),
    key("l", "cursor_right", "Right", "Next column", show=False, id="table-right"),
    key("g", "scroll_top", "First row", "Go to the first row", show=False, id="table-first"),
    key("G", "scroll_bottom", "Last row", "Go to the last row", show=False, id="table-last"),
    key(
        "ctrl+d",
        "half_page(1)",
        "Half page down",
        "Half a screen down",
        show=False,
        id="table-half-down",
    ),
    key(
        "ctrl+u",
        "half_page(-1)",
        "Half page up",
        "Half a screen up",
        show=False,
        id="table-half-up",
    ),
]

LIST_BINDINGS: list[BindingType] = [
    key("j", "cursor_down", "Down", "Next item", show=False, id="list-down"),
    key("k", "cursor_up", "Up", "Previous item", show=False, id="list-up"),
    key("g", "first", "First", "Go to the first item", show=False, id="list-first"),
    key("G", "last", "Last", "Go to the last item", show=False, id="list-last"),
    key(
        "ctrl+d",
        "half_page(1)",
        "Half page down",
        "Half a screen down",
        show=False,
        id="list-half-down",
    ),
    key(
        "ctrl+u", "half_page(-1)", "Half page up", "Half a screen up", show=False, id="list-half-up"
    ),
]

# Vim keys in every scrolled text (help, detail panel), bound on its screen so they work
# whatever has the focus.
SCROLL_BINDINGS: list[BindingType] = [
    key("j,down", "body('down')", "Down", "Scroll down a line", show=False, id="scroll-down"),
    key("k,up", "body('up')", "Up", "Scroll up a line", show=False, id="scroll-up"),
    key("g,home", "body('top')", "Top", "Go to the top", show=False, id="scroll-top"),
    key("G,end", "body('bottom')", "Bottom", "Go to the bottom", show=False, id="scroll-bottom"),
    key(
        "ctrl+d,pagedown",
        "body('half-down')",
        "Half page down",
        "Half a screen down",
        show=False,
        id="scroll-half-down",
    ),
    key(
        "ctrl+u,pageup",
        "body('half-up')",
        "Half page up",
        "Half a screen up",
        show=False,
        id="scroll-half-up",
    ),
]


COMPARE_BINDINGS: list[BindingType] = [
    key("j,down", "move(1)", "Next row", "Move the cursor to the next row", show=False),
    key("k,up", "move(-1)", "Previous row", "Move the cursor to the previous row", show=False),
    key("pagedown,space", "move_page(1)", "Page down", "One screen down", show=False),
    key("pageup", "move_page(-1)", "Page up", "One screen up", show=False),
    key("ctrl+d", "move_half(1)", "Half page down", "Half a screen down", show=False),
    key("ctrl+u", "move_half(-1)", "Half page up", "Half a screen up", show=False),
    key("home,g", "jump_end(0)", "First row", "Go to the first row", show=False),
    key("end,G", "jump_end(1)", "Last row", "Go to the last row", show=False),
    # n and N step through divergences, or through the matches while a search is active
    # (as in less); the footer shows which.
    key("n", "divergence(1)", "Next diff", "Jump to the next row with a divergent fact"),
    key("N", "divergence(-1)", "Prev diff", "Jump to the previous divergent fact", show=False),
    key("n", "match(1)", "Next match", "While searching: the next match", id="match-next"),
    key(
        "N",
        "match(-1)",
        "Prev match",
        "While searching: the previous match",
        show=False,
        id="match-previous",
    ),
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
        "escape",
        "clear_search",
        "End search",
        "End the search: n and N go to divergences again",
        show=False,  # the summary line says "esc ends"; in the footer it pushed Quit off
        id="search-end",
    ),
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
    key(
        "D",
        "divergences",
        "Divergences",
        "Every divergent fact, one row each: each outlet's value; enter jumps to it",
        show=False,
    ),
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

CORRECTION_BINDINGS: list[BindingType] = [
    key(
        "x",
        "unlink",
        "Unlink passage",
        "Take a passage out of the focused claim: the reviewer's word beats the aligner's",
        show=False,
    ),
    key(
        "l",
        "link",
        "Link passage",
        "Link the focused passage to a passage of another outlet, picked by similarity",
        show=False,
    ),
    key(
        "M",
        "merge",
        "Merge claims",
        "Merge the focused claim with another, picked from a list (the next claim first)",
        show=False,
    ),
    key(
        "S",
        "split",
        "Split claim",
        "Split the focused claim in two, before a passage you pick",
        show=False,
    ),
    key("u", "undo_correction", "Undo correction", "Undo the latest correction", show=False),
    key("U", "redo_correction", "Redo correction", "Redo the correction u undid", show=False),
    key(
        "C",
        "corrections",
        "Corrections",
        "List the corrections made on this story (undone ones too)",
        show=False,
    ),
]


# The filter keys are named on the filter line above the list (and in help and the
# palette): in the footer they pushed Quit off an 80-column terminal.
ANNOTATIONS_BINDINGS: list[BindingType] = [
    key("enter", "jump", "Jump", "Show the note's passage or claim on the compare screen"),
    key("e", "edit", "Edit", "Edit the highlighted note or unsaved draft (ctrl+s saves it)"),
    key("d", "delete", "Delete", "Delete the note (or discard the draft), after a question"),
    key("t", "cycle('tag')", "Tag", "Filter by tag: cycles the tags in use", show=False),
    key("l", "cycle('label')", "Label", "Filter by label: verified, disputed...", show=False),
    key("o", "cycle('outlet')", "Outlet", "Filter by outlet: cycles the outlets", show=False),
    key("x", "detached", "Detached", "Show only the detached notes, or all", show=False),
    key("slash", "words", "Find", "Filter by words in the note, its quote, tags or outlet"),
    key("escape", "back", "Back", "Clear the filters; with none, back to the comparison"),
]


NOTE_EDITOR_BINDINGS: list[BindingType] = [
    Binding(
        "ctrl+s",
        "save",
        "Save",
        tooltip="Save the note and close",
        priority=True,
        id="annotation-save",
    ),
    key(
        "escape", "close", "Close", "Close and keep the draft for next time", id="annotation-close"
    ),
]

DETAIL_BINDINGS: list[BindingType] = [
    *SCROLL_BINDINGS,
    key("escape,enter", "dismiss", "Close", "Back to the compare screen", id="detail-close"),
    key(
        "A",
        "notes",
        "Edit notes",
        "The notes of this passage in the notes list: edit, delete, jump",
        id="detail-notes",
    ),
]

HELP_BINDINGS: list[BindingType] = [
    *SCROLL_BINDINGS,
    key("escape,question_mark", "dismiss", "Close", "Back to where you were", id="help-close"),
]

OVERVIEW_BINDINGS: list[BindingType] = [
    key("escape", "dismiss", "Back", "Back to the compare screen", id="overview-back"),
]

SOURCES_BINDINGS: list[BindingType] = [
    *OVERVIEW_BINDINGS,
    key(
        "t,space",
        "cycle_mark",
        "Triage mark",
        "Cycle the source's mark: trusted, check, "
        "discard, none (discarded sources leave the compare screen; d there shows them)",
    ),
    key(
        "r",
        "rename",
        "Rename",
        "Give the source the name you want: shown in panes, badges, matrix and export",
    ),
]

CORRECTIONS_LIST_BINDINGS: list[BindingType] = [
    key("escape,C,q", "close", "Close", "Back to the comparison", id="corrections-close"),
]

CONFIRM_BINDINGS: list[BindingType] = [
    key("y,enter", "answer(True)", "Yes", "Confirm", id="confirm-yes"),
    key("n,escape", "answer(False)", "No", "Cancel: change nothing", id="confirm-no"),
]

PROMPT_BINDINGS: list[BindingType] = [
    key("escape", "cancel", "Cancel", "Close without saving", id="prompt-cancel"),
]

CHOOSER_BINDINGS: list[BindingType] = [
    key("escape", "cancel", "Cancel", "Close without choosing", id="chooser-cancel"),
]

START_BINDINGS: list[BindingType] = [
    key("q,escape", "leave", "Quit", "Leave newsdiff", id="start-quit"),
]

DIVERGENCES_BINDINGS: list[BindingType] = [
    key("escape,q", "dismiss", "Back", "Back to the compare screen", id="divergences-back"),
    key("enter", "jump", "Jump", "Show the passage with the focused value on the compare screen"),
    key(
        "f",
        "cycle_kind",
        "Filter kind",
        "Show only one kind of fact (number, date, quote...): cycles the kinds listed",
    ),
]
