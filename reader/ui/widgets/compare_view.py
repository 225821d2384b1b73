"""The aligned table of passages: one pane per source, one vertical scroll for all.

A Line API widget: rows are sized once per layout (width, panes, folding) by wrapping
plain text, and each row is styled only when it scrolls into view, then cached, so a
keypress repaints a screenful of cached lines instead of re-rendering every source.
The pane headings are fixed lines at the top, like a DataTable's header.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from rich.console import Console
from rich.segment import Segment
from rich.style import Style
from rich.text import Text
from textual import events
from textual.geometry import Size
from textual.message import Message
from textual.reactive import Reactive, reactive
from textual.scroll_view import ScrollView
from textual.strip import Strip

from reader.model import Analysis
from reader.text.safe import inert
from reader.ui.presenters.line_count import wrapped_line_count
from reader.ui.presenters.lookup import AnalysisLookup
from reader.ui.presenters.names import source_name
from reader.ui.presenters.panes import PaneWindow, split_widths, window_for
from reader.ui.presenters.passage import Layers, cell_occurrences, passage_plain, passage_text
from reader.ui.presenters.rows import Cell, Row, build_rows
from reader.ui.presenters.rule import RowMarks, rule_text
from reader.ui.widgets.compare_styles import CompareStyles

HEADER_HEIGHT = 3
GUTTER = 1
SOURCE_MARK_LABEL = {"trusted": "✓ trusted", "check": "? check", "discard": "✗ discard"}
# What happened to a story's source since it was last opened (StorySession.states).
SOURCE_STATE_LABEL = {"changed": "△ changed", "gone": "⚠ gone: kept copy"}


class CompareView(ScrollView, can_focus=True, inherit_bindings=False):
    """Aligned rows of passages with a row cursor."""

    framing: Reactive[bool] = reactive(False)
    show_boilerplate: Reactive[bool] = reactive(False)
    search_text: Reactive[str] = reactive("")
    cursor: Reactive[int] = reactive(0, always_update=True)

    @dataclass
    class WindowChanged(Message):
        """The panes on screen changed (width, hiding, paging)."""

        window: PaneWindow

    def __init__(
        self,
        analysis: Analysis,
        *,
        claim_mark: Callable[[str], str | None] = lambda _g: None,
        source_mark: Callable[[str], str | None] = lambda _s: None,
        source_state: Callable[[str], str | None] = lambda _s: None,
        note_count: Callable[[str], int] = lambda _a: 0,
        painted: Callable[[], None] | None = None,
        component_styles: CompareStyles,
        id: str | None = None,
    ) -> None:
        """``painted``: called after the first frame that shows rows (the analysis worker
        waits for it, so that it does not compete with that frame for the interpreter).
        ``component_styles``: the mounted sibling that holds the view's component styles."""
        super().__init__(id=id)
        self.component_styles = component_styles
        component_styles.on_change(self.restyle)
        self._painted = painted
        self.note_count = note_count
        self.claim_mark = claim_mark
        self.source_mark = source_mark
        self.source_state = source_state
        self.analysis = analysis
        self.lookup = AnalysisLookup.build(analysis)
        self._row_sets: dict[tuple[bool, str | None], list[Row]] = {}
        self._eligible: tuple[str, ...] = tuple(s.id for s in analysis.sources)
        self._page_start = 0
        self.window = PaneWindow((), (), 0)
        self.rows: list[Row] = []
        self._tops: list[int] = []
        self._heights: list[int] = []
        self._widths: list[int] = []
        self._laid_out_for: tuple[object, ...] | None = None
        self._strips: dict[tuple[int, bool], list[Strip]] = {}
        self._line_counts: dict[tuple[Cell, int], int] = {}
        self._header: list[Strip] | None = None
        self._moved = False  # has the user moved the cursor yet (else: the first passage)
        self._height_wanted: int | None = None  # see place()
        self.matches: list[int] = []  # the rows holding a match
        self.occurrences: list[tuple[int, str, int]] = []  # (row, pane, offset) of each match

    # ------------------------------------------------------------------ public intents

    def first_passage(self) -> int:
        """The first row that shows a passage: not folded boilerplate, not boilerplate alone
        (where the first keys, a or x, had nothing to act on)."""
        for n, row in enumerate(self.rows):
            if row.kind != "folded" and any(
                c.paragraph.kind != "boilerplate" for c in row.cells.values()
            ):
                return n
        return 0

    def _place_first(self) -> None:
        """Until the user moves, the cursor sits on the first passage."""
        if not self._moved and self.rows:
            self.cursor = self.first_passage()

    def set_analysis(self, analysis: Analysis) -> None:
        """Swap in a new analysis (e.g. the aligned one after the first unaligned paint)."""
        key = self.rows[self.cursor].key if self.rows and self._moved else None
        self.analysis = analysis
        self.lookup = AnalysisLookup.build(analysis)
        self._row_sets.clear()
        self._line_counts.clear()
        self._laid_out_for = None
        known = {s.id for s in analysis.sources}
        self._eligible = tuple(s for s in self._eligible if s in known)
        self.relayout()
        self._restore_cursor(key)
        self._place_first()

    def set_eligible(self, eligible: Sequence[str], *, reveal: str | None = None) -> None:
        """Sources that may take a pane; ``reveal`` pages so that source is on screen."""
        key = self.rows[self.cursor].key if self.rows else None
        self._eligible = tuple(eligible)
        if reveal is not None and reveal in self._eligible:
            self._page_start = self._eligible.index(reveal)
        self.relayout()
        self._restore_cursor(key)

    def page(self, step: int) -> None:
        """Show the next (step 1) or previous (step -1) page of panes, wrapping round."""
        if not self.window.paged:
            return
        count, per_page = len(self.window.eligible), len(self.window.shown)
        start = self.window.start
        if step > 0:
            start = 0 if start + per_page >= count else min(start + per_page, count - per_page)
        else:
            start = count - per_page if start == 0 else max(0, start - per_page)
        key = self.rows[self.cursor].key if self.rows else None
        self._page_start = start
        self.relayout()
        self._restore_cursor(key)

    def move(self, delta: int) -> None:
        self._moved = True
        if self.rows:
            self.cursor = max(0, min(len(self.rows) - 1, self.cursor + delta))

    def jump(self, index: int) -> None:
        """Put the cursor on a row and scroll it near the top of the view."""
        self._moved = True
        if 0 <= index < len(self.rows):
            self.cursor = index
            self.scroll_cursor(near_top=True)

    def place(self, index: int, lines_above: int) -> None:
        """Put the cursor on a row that sits ``lines_above`` lines below the top of the view
        (a story reopened where the reader left it); applied once the rows are sized."""
        self.jump(index)
        self._height_wanted = lines_above
        self._apply_height()

    def _apply_height(self, tries: int = 20) -> None:
        if self._height_wanted is None or not self._tops or self.cursor >= len(self._tops):
            return
        y = max(0, self._tops[self.cursor] - self._height_wanted)
        if y > self.max_scroll_y or (y and not self.allow_vertical_scroll):
            # not laid out at full size, or its scrollbar not placed yet: scrolling would be
            # ignored, so try again after the next frame (a few times at most)
            if tries:
                self.call_after_refresh(self._apply_height, tries - 1)
            return
        self._height_wanted = None
        self.scroll_to(y=y, animate=False, immediate=True)

    def jump_to_key(self, key: str) -> bool:
        for n, row in enumerate(self.rows):
            if row.key == key:
                self.jump(n)
                return True
        return False

    def find(self, predicate: Callable[[Row], bool], direction: int) -> int | None:
        """The next row (wrapping round) after the cursor that satisfies ``predicate``."""
        count = len(self.rows)
        for step in range(1, count + 1):
            n = (self.cursor + direction * step) % count
            if predicate(self.rows[n]):
                return n
        return None

    def is_divergent(self, row: Row) -> bool:
        if row.kind == "group" and self.lookup.is_divergent(row.key):
            return True
        return any(
            self.lookup.holds_loose_divergence(cell.paragraph.id, cell.start, cell.end)
            for cell in row.cells.values()
        )

    def has_omission(self, row: Row) -> bool:
        """A claim some shown outlet leaves out, or a passage only its outlet reports."""
        if row.group is not None and self.lookup.missing_from(row.group):
            return True
        return any(
            self.lookup.exclusives_at(cell.paragraph.id, cell.start, cell.end)
            for cell in row.cells.values()
        )

    @property
    def current(self) -> Row | None:
        return self.rows[self.cursor] if self.rows else None

    def restyle(self) -> None:
        """Forget styled lines (marks changed, theme changed); sizes stay."""
        self._strips.clear()
        self._header = None
        self.refresh()

    # ------------------------------------------------------------------ reactives

    def watch_framing(self) -> None:
        self.restyle()

    def watch_search_text(self, query: str) -> None:
        self._find_matches()
        self.restyle()

    def watch_show_boilerplate(self) -> None:
        key = self.rows[self.cursor].key if self.rows else None
        self.relayout()
        self._restore_cursor(key)

    def watch_cursor(self, old: int, new: int) -> None:
        for n in (old, new):
            self._strips.pop((n, True), None)
            self._strips.pop((n, False), None)
        self.refresh()
        self.scroll_cursor()

    def notify_style_update(self) -> None:
        super().notify_style_update()
        self._strips.clear()
        self._header = None

    # ------------------------------------------------------------------ layout

    @property
    def _width(self) -> int:
        return max(self.scrollable_content_region.width, 20)

    def on_resize(self, event: events.Resize) -> None:
        self.relayout()
        self.scroll_cursor()
        self._apply_height()

    def relayout(self) -> None:
        """Choose the rows for the panes on screen and size them by wrapping plain text.

        Sizing wraps every visible cell, so it waits until the widget has a width (the
        mount, set_eligible and the reactive watchers all run before the first resize,
        which lays out for real), and is skipped when width, folding and panes are what
        they were at the last relayout.
        """
        width = self._width
        sized = self.scrollable_content_region.width > 0
        fold = not self.show_boilerplate
        window = window_for(self._eligible, self._page_start, width - GUTTER)
        lead = window.shown[0] if window.shown else None  # claims in its reading order
        if (fold, lead) not in self._row_sets:
            self._row_sets[fold, lead] = build_rows(self.analysis, fold_boilerplate=fold, lead=lead)
        layout_key = (width, fold, window) if sized else None
        if layout_key is not None and layout_key == self._laid_out_for:
            return
        self._laid_out_for = layout_key
        self._page_start = window.start
        panes = window.shown
        self.rows = [row for row in self._row_sets[fold, lead] if row.shows_any(panes)]
        self._widths = split_widths(width - GUTTER, len(panes))
        console = self.app.console
        self._tops, self._heights = [], []
        top = 0
        for row in self.rows if sized else ():
            tallest = 1
            for pane, pane_width in zip(panes, self._widths, strict=True):
                cell = row.cells.get(pane)
                if cell is not None:
                    tallest = max(tallest, self._line_count(cell, pane_width - 2, console))
            height = tallest + 1  # the rule above the row
            self._tops.append(top)
            self._heights.append(height)
            top += height
        self._strips.clear()
        self._header = None
        self.virtual_size = Size(width, top + HEADER_HEIGHT)
        if self.cursor >= len(self.rows):
            self.cursor = max(0, len(self.rows) - 1)
        if sized:
            self._place_first()
        self._find_matches()
        if window != self.window:
            self.window = window
            self.post_message(self.WindowChanged(window))
        self.refresh()
        if sized and self._painted is not None:
            self.call_after_refresh(self._painted)
            self._painted = None

    def _line_count(self, cell: Cell, width: int, console: Console) -> int:
        """Wrapped height of a cell, remembered: paging and folding re-ask the same cells."""
        key = (cell, width)
        count = self._line_counts.get(key)
        if count is None:
            plain = passage_plain(cell, self.analysis.source(cell.source))
            count = wrapped_line_count(plain, width)
            if count is None:  # characters only rich can measure
                count = len(Text(plain, overflow="fold").wrap(console, max(width, 1)))
            self._line_counts[key] = count
        return count

    def _restore_cursor(self, key: str | None) -> None:
        if key is None:
            return
        for n, row in enumerate(self.rows):
            if row.key == key:
                self.cursor = n
                return

    def _find_matches(self) -> None:
        query = self.search_text
        self.matches = []
        self.occurrences = []
        if not query:
            return
        for n, row in enumerate(self.rows):
            found = [
                (n, pane, offset)
                for pane in self.window.shown or self._eligible
                if (cell := row.cells.get(pane)) is not None
                for offset in cell_occurrences(cell, self.analysis.source(pane), query)
            ]
            if found:
                self.matches.append(n)
                self.occurrences += found

    def scroll_cursor(self, *, near_top: bool = False) -> None:
        if not self.rows or not self._tops:
            return
        top, height = self._tops[self.cursor], self._heights[self.cursor]
        view = max(self.scrollable_content_region.height - HEADER_HEIGHT, 1)
        y = self.scroll_y
        if near_top:  # a jump: the row near the top, with some context on tall screens
            context = view // 5 if view >= 30 and height < view * 3 // 4 else 0
            target = top - context
        elif top < y:
            target = top
        elif top + height > y + view:
            target = top + height - view if height <= view else top
        else:
            return
        self.scroll_to(y=max(0, target), animate=False, immediate=True)

    # ------------------------------------------------------------------ rendering

    def style_for(self, name: str) -> Style:
        """A component's style to lay over text (see CompareStyles.style_for)."""
        return self.component_styles.style_for(name)

    def render_line(self, y: int) -> Strip:
        if self._laid_out_for is None and self.scrollable_content_region.width > 0:
            # The first frame after mounting is rendered at the real size before the Resize
            # event reaches on_resize: lay out now, so that frame shows the passages instead
            # of an empty view followed by a second frame (cold, 20 sources: ~40 ms sooner).
            self.relayout()
        width = self._width
        if y < HEADER_HEIGHT:
            if self._header is None:
                self._header = self._render_header(width)
            return self._header[y]
        line = int(self.scroll_y) + y - HEADER_HEIGHT
        if not self._tops or line < 0 or line >= self._tops[-1] + self._heights[-1]:
            return Strip.blank(width, self.rich_style)
        index = bisect.bisect_right(self._tops, line) - 1
        is_cursor = index == self.cursor
        key = (index, is_cursor)
        if key not in self._strips:
            self._strips[key] = self._render_row(index, is_cursor, width)
        return self._strips[key][line - self._tops[index]]

    def _render_header(self, width: int) -> list[Strip]:
        base = self.rich_style + self.style_for("header")
        outlet_style = self.style_for("header-outlet")
        title_style = self.style_for("header-title")
        columns: list[list[Strip]] = []
        for pane, pane_width in zip(self.window.shown, self._widths, strict=True):
            source = self.analysis.source(pane)
            inner = max(pane_width - 2, 1)
            first = Text(no_wrap=True, overflow="ellipsis")
            first.append(f"{self.lookup.source_number[pane]} ", self.style_for("para-number"))
            first.append(source_name(self.analysis, pane, headline=False), outlet_style)
            mark = SOURCE_MARK_LABEL.get(self.source_mark(pane) or "")
            if mark:  # before the date: the reviewer's own verdict is the last to be cut
                first.append(f" {mark}", self.style_for("rule-mark"))
            state = SOURCE_STATE_LABEL.get(self.source_state(pane) or "")
            if state:  # changed or gone since the story was last opened: kept all session
                first.append(f" {state}", self.style_for("rule-divergent"))
            if source.published:
                first.append(f" · {inert(source.published, keep_newlines=False)}")
            title = Text(inert(source.title or "", keep_newlines=False), style=title_style)
            wrapped = list(title.wrap(self.app.console, inner))
            title_lines = wrapped[:2]
            if len(wrapped) > 2:
                title_lines[1].truncate(inner - 1)
                title_lines[1].append("…", title_style)
            first.truncate(inner, overflow="ellipsis")
            lines = [first, *title_lines]
            columns.append([_pad_line(self, t, inner, base) for t in lines])
        return self._join_columns(columns, HEADER_HEIGHT, base, gutter=Strip.blank(GUTTER, base))

    def _join_columns(
        self, columns: list[list[Strip]], height: int, base: Style, gutter: Strip
    ) -> list[Strip]:
        separator = Strip([Segment("│", base + self.style_for("separator"))])
        out = []
        for y in range(height):
            parts: list[Strip] = [gutter]
            for n, column in enumerate(columns):
                if n:
                    parts.append(separator)
                parts.append(column[y] if y < len(column) else Strip.blank(self._widths[n], base))
            out.append(Strip.join(parts))
        return out

    def _render_row(self, index: int, is_cursor: bool, width: int) -> list[Strip]:
        row = self.rows[index]
        height = self._heights[index]
        base = self.rich_style
        if is_cursor:
            base = base + self.style_for("cursor-row")
        gutter_style = self.style_for("cursor-gutter") if is_cursor else Style()
        gutter = Strip([Segment("▌" if is_cursor else " ", base + gutter_style)])
        layers = Layers(framing=self.framing, query=self.search_text)
        lines = [Strip.join([gutter, self._rule(row, width - GUTTER, is_cursor, base)])]
        body_height = height - len(lines)
        columns: list[list[Strip]] = []
        for pane, pane_width in zip(self.window.shown, self._widths, strict=True):
            inner = max(pane_width - 2, 1)
            cell = row.cells.get(pane)
            if cell is None:
                gap = Text()
                if row.group is not None:
                    label = "· not reported ·"
                    gap = Text(" " * max((inner - len(label)) // 2, 0))
                    gap.append(label, self.style_for("gap"))
                columns.append([_pad_line(self, gap, inner, base)])
                continue
            text = passage_text(
                cell, self.analysis.source(pane), self.lookup, self.style_for, layers
            )
            wrapped = text.wrap(self.app.console, inner)
            columns.append([_pad_line(self, line, inner, base) for line in wrapped])
        lines += self._join_columns(columns, body_height, base, gutter)
        return lines

    def _rule(self, row: Row, width: int, is_cursor: bool, base: Style) -> Strip:
        marks = RowMarks(
            claim=self.claim_mark(row.group.id) if row.group is not None else None,
            notes=self.note_count(row.key) if row.kind != "folded" else 0,
        )
        line = rule_text(row, self.lookup, marks, width, base, self.style_for, is_cursor)
        return _pad_line(self, line, width, base, pad=False)

    # ------------------------------------------------------------------ mouse

    def on_click(self, event: events.Click) -> None:
        line = int(self.scroll_y) + event.y - HEADER_HEIGHT
        if event.y < HEADER_HEIGHT or not self.rows or line < 0:
            return
        index = bisect.bisect_right(self._tops, line) - 1
        if 0 <= index < len(self.rows):
            self.cursor = index


def _pad_line(view: CompareView, text: Text, inner: int, base: Style, *, pad: bool = True) -> Strip:
    """One rendered line of ``inner`` cells, with a space either side when ``pad``."""
    segments = list(text.render(view.app.console))
    strip = Strip(segments).adjust_cell_length(inner).apply_style(base)
    if not pad:
        return strip
    space = Strip([Segment(" ", base)])
    return Strip.join([space, strip, space])
