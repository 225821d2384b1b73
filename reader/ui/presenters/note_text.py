"""A note as terminal text: where it is, its words, label, tags, time, and DETACHED if so.

Every string from a note or a source goes through ``reader.text.safe.inert`` and into a
``rich.text.Text`` as plain text: notes and quotes are untrusted and never markup.
"""

from __future__ import annotations

from rich.text import Text

from reader.services.notes import Note
from reader.text.safe import inert

QUOTE_PREVIEW = 90  # characters of the annotated words shown on one line
NOTE_LINES = 3  # lines of the note's text shown in a list
OUTLETS_NAMED = 2  # a claim's outlets named before "+N more"
LABEL_STYLES = {"verified": "bold green", "disputed": "bold red", "follow-up": "bold yellow"}
DETACHED_STYLE = "bold white on dark_red"
UNSAVED_STYLE = "bold black on yellow"


def _one_line(value: str, limit: int) -> str:
    flat = " ".join(inert(value, keep_newlines=False).split())
    return flat if len(flat) <= limit else flat[: limit - 1].rstrip() + "…"


def when(stamp: str) -> str:
    """``2031-05-06 09:07`` from an ISO 8601 time (UTC, as stored)."""
    return stamp[:16].replace("T", " ")


def place(note: Note) -> Text:
    """What the note is on: the outlet and its words, or the claim or fact it names."""
    text = Text()
    names = [_one_line(o, 40) for o in note.outlets]
    outlets = ", ".join(names[:OUTLETS_NAMED]) or "unknown source"
    if len(names) > OUTLETS_NAMED:
        outlets += f" +{len(names) - OUTLETS_NAMED} more"
    if note.kind == "span":
        text.append(outlets, "bold")
        text.append(f": “{_one_line(note.quote, QUOTE_PREVIEW)}”")
    else:
        what = "claim" if note.kind == "group" else note.kind
        text.append(f"{what} “{_one_line(note.subject, QUOTE_PREVIEW)}”", "bold")
        text.append(f" · {outlets}")
    return text


def entry(note: Note, *, unsaved_edit: bool = False) -> Text:
    """The annotations screen's lines for one note (a few lines, wrapped by the list)."""
    line = Text()
    if unsaved_edit or note.unsaved:
        line.append(" UNSAVED EDIT " if unsaved_edit else " UNSAVED ", UNSAVED_STYLE)
        line.append(" ")
    if note.detached:
        line.append(" DETACHED ", DETACHED_STYLE)
        line.append(" ")
    line.append_text(place(note))
    if note.label:
        line.append("  ")
        line.append(note.label, LABEL_STYLES.get(note.label, "bold"))
    if note.tags:
        line.append("  " + " ".join(f"#{_one_line(t, 30)}" for t in note.tags), "cyan")
    line.append(f"  {when(note.updated or note.created)}", "dim")
    body = [ln for ln in inert(note.text).splitlines() if ln.strip()]
    for n, text_line in enumerate(body[:NOTE_LINES]):
        line.append("\n    " if n else "\n  ✎ ")
        line.append(text_line)
    if len(body) > NOTE_LINES:
        line.append(f"\n    … {len(body) - NOTE_LINES} more lines", "dim")
    if note.detached:
        line.append("\n  was on: ", "italic")
        line.append(f"“{_one_line(note.quote, QUOTE_PREVIEW * 2)}”", "italic")
        if note.reason:
            line.append(f" ({_one_line(note.reason, QUOTE_PREVIEW)})", "dim")
    return line
