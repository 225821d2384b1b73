"""The main screen: outlets side by side, aligned rows, keys to walk divergences."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, ClassVar, cast

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import BindingType
from textual.containers import Horizontal
from textual.reactive import Reactive, reactive
from textual.screen import Screen
from textual.widgets import Input, Static

from reader.model import Analysis, FactValue
from reader.services.notes import CLAIM_MARKS, Note, NotesError, next_in_cycle, notes_on
from reader.text.safe import inert
from reader.ui.bindings import COMPARE_BINDINGS, CORRECTION_BINDINGS
from reader.ui.presenters.names import source_name
from reader.ui.presenters.rows import Row
from reader.ui.screens.correction_actions import CorrectionActions
from reader.ui.widgets.compare_styles import CompareStyles
from reader.ui.widgets.compare_view import CompareView
from reader.ui.widgets.lean_footer import LeanFooter
from reader.ui.widgets.stage_panel import StagePanel

if TYPE_CHECKING:
    from reader.ui.host import HostApp


class CompareScreen(CorrectionActions, Screen[None]):
    """Renders one Analysis; every key is an intent the view or the app carries out."""

    BINDINGS: ClassVar[list[BindingType]] = [*COMPARE_BINDINGS, *CORRECTION_BINDINGS]

    framing: Reactive[bool] = reactive(False)
    show_boilerplate: Reactive[bool] = reactive(False)
    show_discarded: Reactive[bool] = reactive(False)
    search_text: Reactive[str] = reactive("", bindings=True)  # n/N: matches while set
    hidden: Reactive[frozenset[str]] = reactive(frozenset())

    def __init__(
        self,
        analysis: Analysis,
        *,
        pending: bool = False,
        title: str = "",
        painted: Callable[[], None] | None = None,
        reading: int = 0,
        divergences_first: bool = False,
    ) -> None:
        """``painted`` is called once the passages are on screen (the first frame);
        ``reading``: the number of sources being read, when ``analysis`` has the first few."""
        super().__init__()
        self.analysis = analysis
        self.reading = reading
        self.pending = pending
        self.set_title = title
        self.painted = painted
        self.match_at = -1  # which occurrence of the search n/N last went to
        self.divergences_first = divergences_first
        self._place_restored = False  # a story's reading place is restored once

    @property
    def nd_app(self) -> HostApp:
        return cast("HostApp", self.app)

    def compose(self) -> ComposeResult:
        store = self.nd_app.store
        with Horizontal(id="summary"):
            yield Static(id="summary-left")
            yield Static(id="summary-right")
        component_styles = CompareStyles()
        yield component_styles
        yield CompareView(
            self.analysis,
            component_styles=component_styles,
            claim_mark=lambda g: store.marks().get(g),
            source_mark=lambda s: store.source_marks().get(s),
            source_state=self.source_state,
            note_count=lambda key: len(notes_on(store, self.row_anchors(key))),
            painted=self._passages_painted,
            id="compare",
        ).data_bind(
            CompareScreen.framing, CompareScreen.show_boilerplate, CompareScreen.search_text
        )
        yield LeanFooter(compact=True)

    def remember_place(self) -> None:
        """Keep, with the open story, the focused row's passage (in the first pane that shows
        one) and how far down the view it sits, for ``newsdiff open`` (the app calls this
        when it quits)."""
        story = getattr(self.app, "story", None)
        views = self.query(CompareView)
        if story is None or self.pending or not views:
            return
        view = views.first()
        row = view.current
        if row is None or row.kind == "folded" or not view._tops:
            return
        shown = [row.cells[p] for p in view.window.shown if p in row.cells]
        cells = [c for c in shown if not c.seen_in] or shown or list(row.cells.values())
        cell = cells[0]
        above = view._tops[view.cursor] - int(view.scroll_y)
        source = self.analysis.source(cell.source)
        story.remember_place(row.key, source, cell.start, cell.end, above)

    def _restore_place(self) -> None:
        """Put the cursor back where the reader left the story, at the same height."""
        story = getattr(self.app, "story", None)
        if story is None or self.pending or self._place_restored:
            return
        self._place_restored = True
        place = story.place(self.analysis)
        if place is None:
            return
        self.reveal(place.source)
        view = self.compare_view

        def holds(row: Row) -> bool:
            cell = row.cells.get(place.source)
            return (
                cell is not None
                and row.kind != "folded"
                and cell.paragraph.start <= place.offset < cell.paragraph.end
            )

        rows = list(enumerate(view.rows))
        found = next((n for n, r in rows if r.key == place.row_key and holds(r)), None)
        if found is None:
            found = next((n for n, r in rows if holds(r)), None)
        if found is None:
            return
        view.place(found, place.lines_above)

    def source_state(self, source_id: str) -> str | None:
        """ "changed" or "gone" for a story's source that is so since it was last opened."""
        story = getattr(self.app, "story", None)
        if story is None:
            return None
        try:
            path = self.analysis.source(source_id).path
        except KeyError:
            return None
        state: str | None = story.states.get(path)
        return state

    def _passages_painted(self) -> None:
        """The first frame with passages is out: the analysis progress panel follows it (its
        widgets and their styles were a cost of that frame), then ``painted`` is called."""
        footer = self.query(LeanFooter)  # none once the screen is being closed
        if self.pending and self.is_attached and footer and not self.query(StagePanel):
            self.mount(StagePanel(id="stages"), before=footer.first())
        if self.painted is not None:
            self.painted()

    @property
    def compare_view(self) -> CompareView:
        return self.query_one("#compare", CompareView)

    def on_mount(self) -> None:
        self._apply_eligible()
        self.compare_view.focus()
        self.refresh_summary()
        if not self.pending:
            self.call_after_refresh(self._first_divergence)

    def _first_divergence(self) -> None:
        """With --divergences-first, the first focus is the first divergent fact (until the
        user moves), once the analysis is shown; else, for a story, where the reader left it."""
        view = self.compare_view
        if not self.divergences_first and not view._moved:
            self._restore_place()
            return
        if not self.divergences_first or view._moved:
            return
        found = next((n for n, row in enumerate(view.rows) if view.is_divergent(row)), None)
        if found is not None:
            view.jump(found)

    def on_screen_resume(self) -> None:
        self._apply_eligible()
        self.compare_view.restyle()
        self.refresh_summary()

    # ------------------------------------------------------------------ state -> view

    def eligible(self) -> list[str]:
        marks = self.nd_app.store.source_marks()
        return [
            s.id
            for s in self.analysis.sources
            if s.id not in self.hidden and (self.show_discarded or marks.get(s.id) != "discard")
        ]

    def _apply_eligible(self, reveal: str | None = None) -> None:
        if not self.is_mounted:
            return
        eligible = self.eligible()
        if not eligible and self.analysis.sources and not self.show_discarded:
            self.notify(
                "Every shown source is marked discard: showing them (d hides them).",
                timeout=5,
                markup=False,
            )
            self.show_discarded = True  # its watcher applies the panes again
            return
        self.compare_view.set_eligible(eligible, reveal=reveal)

    def watch_hidden(self) -> None:
        self._apply_eligible()
        self.refresh_summary()

    def watch_show_discarded(self) -> None:
        self._apply_eligible()
        self.refresh_summary()

    def watch_framing(self) -> None:
        self.refresh_summary()

    def watch_search_text(self) -> None:
        self.call_after_refresh(self.refresh_summary)  # after the view counted the matches

    @on(CompareView.WindowChanged)
    def _window_changed(self) -> None:
        self.refresh_summary()

    def on_resize(self) -> None:
        self.refresh_summary()

    def set_analysis(self, analysis: Analysis) -> None:
        """Show the finished analysis; on a screen being torn down (the user quit while the
        analysis ran, so its widgets are already gone) there is nothing left to show it in."""
        self.analysis = analysis
        views = self.query(CompareView)
        if not self.is_mounted or not views:
            return
        self.pending = False
        views.first().set_analysis(analysis)
        for panel in self.query(StagePanel):
            panel.remove()
        self.call_after_refresh(self._first_divergence)
        self.refresh_summary()

    def rename_sources(self, analysis: Analysis) -> None:
        """The same analysis with the user's names for its sources: panes, badges redrawn."""
        if self.pending:
            self.show_sources(analysis)
        else:
            self.set_analysis(analysis)

    def show_aligned(self, analysis: Analysis) -> None:
        """The aligned claims before facts, omissions and framing: the passages line up at
        once, and the stage panel stays until the whole analysis comes (``set_analysis``)."""
        views = self.query(CompareView)
        if not self.is_mounted or not views:
            return
        self.analysis = analysis
        views.first().set_analysis(analysis)
        self.refresh_summary()

    def show_sources(self, analysis: Analysis) -> None:
        """Every source, still unaligned, after the first few: panes added once, in order."""
        self.analysis = analysis
        self.reading = 0
        for view in self.query(CompareView):
            view.set_analysis(analysis)
        self._apply_eligible()
        self.refresh_summary()

    def update_stage(self, stage: str, fraction: float) -> None:
        for panel in self.query(StagePanel):
            panel.update_stage(stage, fraction)

    def refresh_summary(self) -> None:
        """The summary line, in the longest form that fits the width (counts come last to go)."""
        if not self.is_mounted:
            return
        a = self.analysis
        title = inert(self.set_title, keep_newlines=False) if self.set_title else ""
        sources = f"{len(a.sources)} sources"
        if self.reading:
            sources = f"loading {len(a.sources)} of {self.reading} sources"
        elif len(a.stories) > 1:  # claims are compared within each story only
            sources = f"{len(a.sources)} sources in {len(a.stories)} stories"
        if self.pending:
            counts = [f"{len(a.groups)} claims", "finding facts…"] if a.groups else ["aligning…"]
        else:
            divergent = sum(1 for f in a.facts if f.divergent)
            counts = [
                f"{len(a.groups)} claims",
                f"{divergent} divergent",
                f"{len(a.omissions)} omissions",
            ]
        forms = [
            ["newsdiff", title, sources, *counts],
            [title, sources, *counts],
            [title, *counts],
            counts,
        ]
        parts, right = self._fitting(forms, self._status(), self.size.width)
        left = Text(" ")
        for n, part in enumerate(parts):
            if n:
                left.append(" · ")
            left.append(part, style="bold" if part == "newsdiff" else "")
        self.query_one("#summary-left", Static).update(left)
        self.query_one("#summary-right", Static).update(Text(right))

    @staticmethod
    def _fitting(forms: list[list[str]], status: list[str], width: int) -> tuple[list[str], str]:
        """The first (left parts, right status) pair whose line fits ``width``, else the last.

        The long status (with its key hints) is kept while the left side can shrink.
        """
        for right in status:
            for parts in forms:
                shown = [p for p in parts if p]
                if len(" " + " · ".join(shown)) + len(right) <= width:
                    return shown, right
        return [p for p in forms[-1] if p], status[-1]

    def _status(self) -> list[str]:
        """What the view shows (search, framing, hidden and paged panes): long and short."""
        view = self.compare_view
        long: list[str] = []
        short: list[str] = []
        if self.search_text:
            count = len(view.occurrences)
            text = inert(self.search_text, keep_newlines=False)
            if not count:
                long.append(f"/{text}: no match (esc ends)")
                short.append(f"/{text} 0")
            elif 0 <= self.match_at < count:
                long.append(f"/{text}: match {self.match_at + 1}/{count} (n N · esc ends)")
                short.append(f"/{text} {self.match_at + 1}/{count}")
            else:
                plural = "" if count == 1 else "es"
                long.append(f"/{text}: {count} match{plural} (n N · esc ends)")
                short.append(f"/{text} {count}")
        if self.framing:
            long.append("framing on")
            short.append("framing")
        hidden = len(self.analysis.sources) - len(view.window.eligible)
        if hidden:
            long.append(f"{hidden} hidden")
            short.append(f"{hidden} hidden")
        window = view.window
        if window.paged:
            first = window.start + 1
            last = window.start + len(window.shown)
            long.append(f"panes {first}–{last} of {len(window.eligible)} ([ ] more)")
            short.append(f"panes {first}–{last}/{len(window.eligible)}")
        return [f"  {' · '.join(p)} " if p else "" for p in (long, short)]

    # ------------------------------------------------------------------ actions

    def action_move(self, delta: int) -> None:
        self.compare_view.move(delta)

    def action_move_page(self, direction: int) -> None:
        view = self.compare_view
        height = max(view.scrollable_content_region.height - 3, 1)
        lines = 0
        target = view.cursor
        while 0 <= target + direction < len(view.rows) and lines < height:
            target += direction
            lines += view._heights[target]
        view.move(target - view.cursor)

    def action_move_half(self, direction: int) -> None:
        """Half a screen of rows down (1) or up (-1), as ctrl+d and ctrl+u do in vim."""
        view = self.compare_view
        height = max(view.scrollable_content_region.height // 2, 1)
        lines = 0
        target = view.cursor
        while 0 <= target + direction < len(view.rows) and lines < height:
            target += direction
            lines += view._heights[target]
        view.move(target - view.cursor)

    def action_jump_end(self, last: int) -> None:
        view = self.compare_view
        view.jump(len(view.rows) - 1 if last else 0)

    def action_divergence(self, direction: int) -> None:
        self._jump(
            self.compare_view.is_divergent, direction, "No divergent fact in the shown panes."
        )

    def action_omission(self, direction: int) -> None:
        self._jump(self.compare_view.has_omission, direction, "No omission in the shown panes.")

    def _jump(self, predicate: Callable[[Row], bool], direction: int, none_found: str) -> None:
        if self.pending:
            self.notify("Still analysing: claims appear when it ends.", timeout=3, markup=False)
            return
        view = self.compare_view
        found = view.find(predicate, direction)
        if found is None:
            self.notify(none_found, timeout=3, markup=False)
        else:
            view.jump(found)

    def action_toggle_pane(self, number: int) -> None:
        if number > len(self.analysis.sources):
            self.notify(f"There is no source {number}.", timeout=3, markup=False)
            return
        source = self.analysis.sources[number - 1].id
        if source in self.hidden:
            self.hidden = self.hidden - {source}
            self._apply_eligible(reveal=source)
        elif len(self.eligible()) <= 1:
            self.notify("At least one pane stays shown.", timeout=3, markup=False)
        else:
            self.hidden = self.hidden | {source}

    def action_page(self, step: int) -> None:
        if not self.compare_view.window.paged:
            self.notify(
                "All panes fit; [ and ] page through them on narrow terminals.",
                timeout=3,
                markup=False,
            )
            return
        self.compare_view.page(step)

    def action_search(self) -> None:
        """Open the search box; it is mounted at the first search, not with the screen (a
        hidden Input cost the first frame its style sheet and two style passes)."""
        found = self.query("#search-input")
        if found:
            box = found.first(Input)
            box.display = True
            box.value = self.search_text
        else:
            box = Input(
                self.search_text,
                placeholder="search the visible panes (enter: find, escape: cancel)",
                id="search-input",
            )
            self.mount(box, after=self.compare_view)
        box.focus()
        self.refresh_bindings()

    @on(Input.Submitted, "#search-input")
    def _search_submitted(self, event: Input.Submitted) -> None:
        event.input.display = False
        self.compare_view.focus()
        self.match_at = -1
        self.search_text = event.value.strip()
        if self.search_text:
            self.action_match(1)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """n/N: the matches while a search is active, else the divergences; escape ends
        a search only when there is one (else it is free for the screens above)."""
        if action == "match":
            return bool(self.search_text)
        if action == "divergence":
            return not self.search_text
        if action == "clear_search":
            return bool(self.search_text) or any(box.display for box in self.query("#search-input"))
        return True

    def action_match(self, direction: int) -> None:
        """The next (1) or previous (-1) occurrence of the search; the first one goes to
        the first match at or after the cursor. Wraps around at either end, as less does."""
        view = self.compare_view
        found = view.occurrences
        if not found:
            self.notify(
                f"No match for {inert(self.search_text, keep_newlines=False)!r}.",
                timeout=3,
                markup=False,
            )
            return
        if not 0 <= self.match_at < len(found):
            at = next((n for n, (row, _, _) in enumerate(found) if row >= view.cursor), 0)
            self.match_at = at if direction > 0 else (at - 1) % len(found)
        else:
            self.match_at = (self.match_at + direction) % len(found)
        view.jump(found[self.match_at][0])
        self.refresh_summary()

    def action_clear_search(self) -> None:
        open_box = [box for box in self.query("#search-input") if box.display]
        if open_box:
            open_box[0].display = False
            self.compare_view.focus()
        else:
            self.search_text = ""
            self.match_at = -1
        self.refresh_bindings()

    def action_detail(self) -> None:
        row = self.compare_view.current
        if row is None:
            return
        from reader.ui.screens.detail import DetailScreen

        view = self.compare_view
        self.app.push_screen(DetailScreen(self.analysis, view.lookup, row, view.style_for))

    def action_mark(self) -> None:
        row = self.compare_view.current
        if row is None or row.group is None:
            self.notify(
                "Marks go on claims: move to a row that several sources report.",
                timeout=3,
                markup=False,
            )
            return
        store = self.nd_app.store
        mark = next_in_cycle(CLAIM_MARKS, store.marks().get(row.group.id))
        try:
            store.set_mark(row.group.id, mark)
        except NotesError as error:
            self.notify(str(error), title="Mark not saved", severity="error", markup=False)
            return
        self.compare_view.restyle()
        self.notify(f"{row.group.id}: {mark or 'mark cleared'}", timeout=2, markup=False)

    def row_anchors(self, key: str) -> list[str]:
        """What a row's notes hang on: its claim, or each of the paragraphs it packs."""
        if not self.is_mounted:
            return [key]
        row = next((r for r in self.compare_view.rows if r.key == key), None)
        if row is None or row.group is not None:
            return [key]
        return [cell.paragraph.id for cell in row.cells.values()]

    def action_annotate(self) -> None:
        row = self.compare_view.current
        if row is None or row.kind == "folded":
            self.notify("Move to a passage or a claim to annotate it.", timeout=3, markup=False)
            return
        if row.group is not None:
            what = f"Note on claim {row.group.id} · {inert(row.group.label, keep_newlines=False)}"
            self._annotate(row.group.id, what)
            return
        shown = self.compare_view.window.shown
        cells = [c for c in row.cells.values() if c.source in shown] or list(row.cells.values())
        if len(cells) == 1:
            self._annotate_paragraph(cells[0].source, cells[0].paragraph.id)
            return
        from reader.ui.screens.passage_chooser import Choice, PassageChooser

        def picked(choice: Choice | None) -> None:
            chosen = next((c for c in cells if choice and c.source == choice.source), None)
            if chosen is not None:
                self._annotate_paragraph(chosen.source, chosen.paragraph.id)

        choices = [Choice(c.source, c.paragraph.start, c.paragraph.end) for c in cells]
        title = "Annotate which passage of this row? (enter picks, escape cancels)"
        self.app.push_screen(PassageChooser(title, self.analysis, choices), picked)

    def _annotate_paragraph(self, source_id: str, paragraph_id: str) -> None:
        source = self.analysis.source(source_id)
        index = source.paragraph(paragraph_id).index
        self._annotate(paragraph_id, f"Note on ¶{index} of {source_name(self.analysis, source_id)}")

    def _annotate(self, anchor: str, what: str) -> None:
        """Open the editor on a claim or paragraph, with its draft if one was kept."""
        from reader.ui.screens.notes.editing import open_editor

        open_editor(self.nd_app, anchor, Text(what, style="bold"), done=self.compare_view.restyle)

    def action_annotations(self) -> None:
        from reader.ui.screens.notes.list import AnnotationsScreen

        self.app.push_screen(AnnotationsScreen(), self.jump_to_note)

    def jump_to_note(self, note: Note | None) -> None:
        """Put the cursor on the row holding a note's claim or words (the notes list's enter)."""
        if note is None or not note.source:
            return
        self.reveal(note.source)
        view = self.compare_view
        if note.kind != "span" and note.anchor and view.jump_to_key(note.anchor):
            return
        if self._jump_to_offset(note.source, note.start):
            return
        if not self.show_boilerplate:  # it may sit in a fold of boilerplate
            self.show_boilerplate = True
            if self._jump_to_offset(note.source, note.start):
                return
        self.notify("That passage is not on the compare screen.", timeout=3, markup=False)

    def _jump_to_offset(self, source: str, offset: int) -> bool:
        view = self.compare_view
        for n, row in enumerate(view.rows):
            cell = row.cells.get(source)
            if cell is not None and cell.paragraph.start <= offset < cell.paragraph.end:
                if row.kind == "folded":
                    return False
                view.jump(n)
                return True
        return False

    def action_export(self) -> None:
        from reader.ui.screens.export_flow import start_export

        start_export(self)

    @work(thread=True, exclusive=True, exit_on_error=False, group="export")
    def write_export(self, path: Path, text: str, unsaved: str = "", *, replace: bool) -> None:
        """Write the export atomically (an existing file only with ``replace``: the user
        said yes); ``unsaved`` says which drafts it leaves out."""
        from reader.export import write_atomic

        try:
            write_atomic(path, text, replace=replace)
        except OSError as error:
            reason = error.strerror or str(error)
            if isinstance(error, FileExistsError):
                reason = "it was created meanwhile; export again to replace it"
            self.app.call_from_thread(
                self.notify, f"Cannot write {path}: {reason}", severity="error", markup=False
            )
            return
        self.app.call_from_thread(
            self.notify, f"Exported to {path}{unsaved}", timeout=6, markup=False
        )

    def action_divergences(self) -> None:
        if self.pending:
            self.notify("Still analysing: divergences appear when it ends.", timeout=3)
            return
        from reader.ui.screens.divergences import DivergencesScreen

        screen = DivergencesScreen(self.analysis, self.compare_view.style_for)
        self.app.push_screen(screen, self.jump_to_value)

    def jump_to_value(self, chosen: tuple[str | None, FactValue] | None) -> None:
        """Focus the row holding a fact's value, its outlet's pane shown (from ``D``): the
        fact's claim row when it shows the value (a paragraph may sit in two rows)."""
        if chosen is None:
            return
        group, value = chosen
        self.reveal(value.source)
        view = self.compare_view
        rows = list(enumerate(view.rows))
        rows.sort(key=lambda item: item[1].claim_id != group)  # the claim's own rows first
        for n, row in rows:
            cell = row.cells.get(value.source)
            if cell is not None and cell.shows(value.start):
                view.jump(n)
                return
        if not self._jump_to_offset(value.source, value.start):
            self.notify("That passage is not on the compare screen.", timeout=3, markup=False)

    def overview_result(self, result: tuple[str, str | None] | None) -> None:
        """An overview was left by selecting something: show it here."""
        if result is None:
            return
        group, source = result
        if group:
            self.jump_to(group, source)
        elif source is not None:
            self.reveal(source)

    def reveal(self, source: str) -> None:
        """Make a source's pane visible: unhide it, show discarded ones, page to it."""
        if self.nd_app.store.source_marks().get(source) == "discard":
            self.show_discarded = True
        if source in self.hidden:
            self.hidden = self.hidden - {source}
        self._apply_eligible(reveal=source)

    def jump_to(self, group: str, source: str | None) -> None:
        """Coverage matrix selection: make the source's pane visible, then focus the claim."""
        if source is not None:
            self.reveal(source)
        if not self.compare_view.jump_to_key(group):
            self.notify(f"{group} is not on the compare screen.", timeout=3, markup=False)
