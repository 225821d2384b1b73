"""``e`` on the compare screen: the Markdown export, written where the user says.

The prompt offers ``newsdiff-<title>-<day>.md`` in the per-user export folder
(``reader.settings.export_dir``, never the working folder) and the user may edit the path
before anything is written. The title is the story's name, else the words most headlines
share (``reader.export.title``), as on the command line. Sources marked discard are left
out unless they are shown (``d``); the prompt says so. An existing file is replaced only
after a yes; the file is written atomically in a worker.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any, Protocol

from rich.text import Text

from reader.model import Analysis
from reader.services.notes import NotesError
from reader.ui.host import HostApp


class ExportingScreen(Protocol):
    """What the export needs of the compare screen (which calls it)."""

    analysis: Analysis
    show_discarded: bool

    @property
    def app(self) -> Any: ...

    @property
    def nd_app(self) -> HostApp: ...

    def notify(self, message: str, **kwargs: Any) -> None: ...

    def write_export(self, path: Path, text: str, unsaved: str = "", *, replace: bool) -> Any: ...


def start_export(screen: ExportingScreen) -> None:
    """Ask where to write the export (a default filled in), then write it."""
    from reader.export import export_title, without_sources
    from reader.export.title import export_filename
    from reader.settings import export_dir
    from reader.ui.screens.prompt import PromptScreen

    today = date.today().isoformat()
    story = getattr(screen.app, "story", None)
    title = export_title(screen.analysis, story.name if story is not None else None)
    folder = export_dir()
    default = str(folder / export_filename(title, today))
    marks = screen.nd_app.store.source_marks()
    left_out = (
        []
        if screen.show_discarded
        else [s.id for s in screen.analysis.sources if marks.get(s.id) == "discard"]
    )
    analysis = without_sources(screen.analysis, left_out)

    def chosen(path: str | None) -> None:
        if not path:
            return
        try:
            text = screen.nd_app.store.export_markdown(analysis, today, title)
        except NotesError as error:
            screen.notify(str(error), title="Export failed", severity="error", markup=False)
            return
        drafts = sum(1 for d in screen.nd_app.store.drafts() if not d.typed.empty)
        plural = "s are" if drafts > 1 else " is"
        unsaved = f" ({drafts} unsaved note{plural} not in it)" if drafts else ""
        target = Path(path).expanduser()
        if not (target.exists() or target.is_symlink()):
            if target.parent == folder:
                try:  # the default folder is made on first use; any other must exist
                    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
                except OSError as error:
                    reason = error.strerror or str(error)
                    screen.notify(f"Cannot make {folder}: {reason}", severity="error", markup=False)
                    return
            screen.write_export(target, text, unsaved, replace=False)
            return
        from reader.ui.screens.confirm import ConfirmScreen

        def answered(yes: bool | None) -> None:
            if yes:
                screen.write_export(target, text, unsaved, replace=True)
            else:
                screen.notify(f"Not exported: {target} is unchanged.", timeout=4, markup=False)

        question = Text("Replace ", style="bold")
        question.append(str(target), style="bold")
        question.append("?", style="bold")
        detail = Text("The file exists already. y replaces it; n leaves it as it is.")
        screen.app.push_screen(ConfirmScreen(question, detail), answered)

    prompt = Text("Export the claims, facts and your notes as Markdown to:", style="bold")
    if left_out:
        count = len(left_out)
        prompt.append(
            f"\n{count} source{'s' if count > 1 else ''} marked discard "
            f"{'are' if count > 1 else 'is'} left out (d shows them; then they are exported).",
            style="",
        )
    screen.app.push_screen(PromptScreen(prompt, value=default), chosen)
