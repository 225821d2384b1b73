"""Overview screens, one key each: coverage matrix (c), framing profiles (p), sources (s).

Each is a table over the Analysis; coverage and sources lead back to the compare screen
(enter jumps to the passage or the source's pane).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar, cast, get_args

from rich.text import Text
from textual import on
from textual.app import App, ComposeResult
from textual.binding import BindingType
from textual.containers import Vertical
from textual.screen import Screen
from textual.widgets import DataTable, Footer, Static

from reader.model import Analysis, FramingCategory
from reader.model.names import names_of
from reader.services.notes import SOURCE_MARKS, NotesError, next_in_cycle
from reader.text.safe import inert
from reader.ui.bindings import OVERVIEW_BINDINGS, SOURCES_BINDINGS
from reader.ui.presenters.lookup import AnalysisLookup
from reader.ui.presenters.names import fit_name, link_text, short_names, source_name
from reader.ui.presenters.passage import StyleFor
from reader.ui.widgets.compare_view import SOURCE_MARK_LABEL, SOURCE_STATE_LABEL
from reader.ui.widgets.vim_table import VimTable

if TYPE_CHECKING:
    from reader.ui.host import HostApp

REPORTED, DIVERGENT, OMITTED = "●", "◆", "·"
CATEGORIES: tuple[FramingCategory, ...] = get_args(FramingCategory)  # the profile columns
CATEGORY_HEADERS = ("hedges", "loaded", "claimed-type", "naming", "scare quotes", "intensifiers")
NUMBER_HEADERS = ("words", *CATEGORY_HEADERS, "unsourced")  # the profiles' number columns
FOLDED_HEADERS = (  # the same, folded in two for a narrow terminal; one word sits low
    "\nwords",
    "\nhedges",
    "\nloaded",
    "claimed-\ntype",
    "\nnaming",
    "scare\nquotes",
    "intensi-\nfiers",
    "un-\nsourced",
)
PROFILE_NAME_WIDTH = (8, 24)  # outlet names on the profiles: narrowest and widest
CLAIM_WIDTH = (20, 50)  # coverage claim column: narrowest and widest
NAME_WIDTH = (6, 14)  # outlet names: narrowest, and widest before the claims give way


def _plain(text: str) -> str:
    return inert(text, keep_newlines=False)


def _short(label: str, width: int = 14) -> str:
    label = _plain(label)
    return label if len(label) <= width else label[: width - 1] + "…"


class OverviewScreen(Screen[tuple[str, str | None] | None]):
    """A full screen over the compare screen; escape goes back, c/p/s switch overviews."""

    TITLE_TEXT = ""
    BINDINGS: ClassVar[list[BindingType]] = OVERVIEW_BINDINGS

    def __init__(self, analysis: Analysis, style: StyleFor) -> None:
        super().__init__()
        self.analysis = analysis
        self.style_for = style
        self.lookup = AnalysisLookup.build(analysis)

    @property
    def nd_app(self) -> HostApp:
        return cast("HostApp", self.app)

    def compose(self) -> ComposeResult:
        with Vertical(classes="overview"):
            yield Static(Text(self.TITLE_TEXT, style="bold"), classes="overview-title")
            yield VimTable(zebra_stripes=True, id="overview-table")
            yield Static(classes="overview-legend")
        yield Footer()

    @property
    def table(self) -> DataTable[Text]:
        return cast("DataTable[Text]", self.query_one("#overview-table", DataTable))

    def legend(self, text: Text) -> None:
        self.query_one(".overview-legend", Static).update(text)


class CoverageScreen(OverviewScreen):
    """Claims x outlets: reported, reported with a divergent value, or not reported."""

    TITLE_TEXT = " Coverage: which outlet reports which claim · enter jumps to the passage"

    def _widths(self) -> tuple[int, int]:
        """Claim and outlet column widths: as wide as their text, as narrow as the screen needs.

        When the columns do not fit, outlet names give way first down to NAME_WIDTH[1], then
        the claim labels down to CLAIM_WIDTH[0], then the names down to NAME_WIDTH[0].
        """
        room = self.app.size.width - 4  # the table's scrollbar and the claim column padding
        count = max(len(self.analysis.sources), 1)
        labels = [len(f"{g.id} {_plain(g.label)}") for g in self.analysis.groups]
        names = [len(n) for n in names_of(self.analysis).values()]
        claim = min(max(max(labels, default=0), CLAIM_WIDTH[0]), CLAIM_WIDTH[1])
        name = max(max(names, default=0), NAME_WIDTH[0])

        def over() -> bool:
            return claim + count * (name + 4) > room

        while name > NAME_WIDTH[1] and over():
            name -= 1
        while claim > CLAIM_WIDTH[0] and over():
            claim -= 1
        while name > NAME_WIDTH[0] and over():
            name -= 1
        return claim, name

    def on_mount(self) -> None:
        table = self.table
        table.cursor_type = "cell"
        table.fixed_columns = 1
        claim_width, name_width = self._widths()
        table.add_column(Text("claim"), key="claim", width=claim_width)
        short = short_names(self.analysis, name_width)
        for source in self.analysis.sources:
            number = self.lookup.source_number[source.id]
            name = short[source.id]
            table.add_column(Text(f"{number} {name}"), key=source.id)
        for group in self.analysis.groups:
            present = {m.source for m in group.members}
            divergent = {v.source for f in self.lookup.divergent_facts(group.id) for v in f.values}
            cells = [Text(f"{group.id} {_plain(group.label)}", overflow="ellipsis", no_wrap=True)]
            for source in self.analysis.sources:
                if source.id in divergent:
                    cells.append(
                        Text(DIVERGENT, self.style_for("rule-divergent"), justify="center")
                    )
                elif source.id in present:
                    cells.append(Text(REPORTED, justify="center"))
                else:
                    cells.append(Text(OMITTED, self.style_for("gap"), justify="center"))
            table.add_row(*cells, key=group.id)
        self.legend(
            Text(f"{REPORTED} reported   {DIVERGENT} reported, divergent   {OMITTED} not reported")
        )
        if not self.analysis.groups:
            self.legend(Text("No claim is reported by two sources (yet)."))
        table.focus()

    @on(DataTable.CellSelected)
    def _jump(self, event: DataTable.CellSelected) -> None:
        group = str(event.cell_key.row_key.value)
        column = str(event.cell_key.column_key.value)
        self.dismiss((group, None if column == "claim" else column))


class ProfilesScreen(OverviewScreen):
    """How each outlet tells the story: framing rates, attribution, who it quotes."""

    TITLE_TEXT = " Framing profiles: marks per 1000 words, attribution and sources quoted"

    def _number_headers(self) -> tuple[tuple[str, ...], int]:
        """The number columns' headings and the outlet names' width for this terminal.

        When the outlets and every number do not fit on one line of headings, the headings
        fold in two and the names narrow, so an 80-column terminal shows every number.
        """
        room = self.app.size.width - 4  # the outlet column's padding and its "N "
        if len(self.analysis.sources) > self.app.size.height - 10:  # rows overflow: a scrollbar
            room -= 2
        wide = room - sum(len(h) + 2 for h in NUMBER_HEADERS)
        if wide >= PROFILE_NAME_WIDTH[1]:
            return NUMBER_HEADERS, PROFILE_NAME_WIDTH[1]
        self.table.header_height = 2
        folded = room - sum(max(map(len, h.split("\n"))) + 2 for h in FOLDED_HEADERS)
        return FOLDED_HEADERS, max(PROFILE_NAME_WIDTH[0], min(folded, PROFILE_NAME_WIDTH[1]))

    def on_mount(self) -> None:
        table = self.table
        table.cursor_type = "row"
        table.fixed_columns = 1
        headers, name_width = self._number_headers()
        low = "\n" * (table.header_height - 1)  # the text headings sit low too
        table.add_column(Text(f"{low}outlet"))
        # numbers and their headings right-aligned, so a column reads down its last digit
        for key_, header in zip(NUMBER_HEADERS, headers, strict=True):
            table.add_column(Text(header, justify="right"), key=key_)
        table.add_column(Text(f"{low}attribution verbs"))
        table.add_column(Text(f"{low}quotes"))
        table.add_column(Text(f"{low}names used"))
        by_source = {p.source: p for p in self.analysis.profiles}
        for source in self.analysis.sources:
            profile = by_source.get(source.id)
            number = self.lookup.source_number[source.id]
            name = Text(f"{number} {fit_name(source_name(self.analysis, source.id), name_width)}")
            if profile is None:
                table.add_row(name, Text("—"), *[Text("") for _ in range(len(CATEGORIES) + 4)])
                continue
            rates = [
                Text(
                    f"{profile.per_thousand.get(c, 0.0):.1f}",
                    justify="right",
                    style="" if profile.per_thousand.get(c, 0.0) else "dim",
                )
                for c in CATEGORIES
            ]
            verbs = ", ".join(
                f"{_plain(v)} {n}"
                for v, n in sorted(profile.attribution_verbs.items(), key=lambda i: -i[1])[:4]
            )
            quoted = ", ".join(
                f"{_plain(w)} {n}"
                for w, n in sorted(profile.quoted.items(), key=lambda i: -i[1])[:3]
            )
            naming = ", ".join(f"{_plain(c)}: {_plain(f)}" for c, f in profile.naming.items())
            table.add_row(
                name,
                Text(str(profile.words), justify="right"),
                *rates,
                Text(str(profile.unattributed), justify="right"),
                Text(verbs),
                Text(quoted),
                Text(naming),
            )
        legend = Text(
            "Marks per 1000 words. claimed-type: verbs that colour what a source said "
            "(claimed, insisted); unsourced: statements with no attribution.\n"
        )
        if not self.analysis.profiles:
            legend.append("No framing profile yet (the framing analysis did not run).\n")
        for link in self.analysis.provenance:
            legend.append(link_text(link, self.analysis) + "\n")
        self.legend(legend)
        table.focus()


class SourcesScreen(OverviewScreen):
    """The loaded sources with their triage marks; t cycles, enter shows the source."""

    TITLE_TEXT = " Sources · t cycles trusted / check / discard · enter shows its pane"
    BINDINGS: ClassVar[list[BindingType]] = SOURCES_BINDINGS

    def on_mount(self) -> None:
        table = self.table
        table.cursor_type = "row"
        for label in (
            "#",
            "outlet",
            "mark",
            "date",
            "words",
            "¶",
            "shares text with",
            "language",
            "format",
            "path",
        ):
            table.add_column(Text(label), key=label)
        for source in self.analysis.sources:
            table.add_row(*self._cells(source.id), key=source.id)
        legend = Text()
        for error in self.analysis.errors:
            legend.append(f"✗ {_plain(str(error))}\n", style="dim")
        self.legend(legend)
        table.focus()

    def _cells(self, source_id: str) -> list[Text]:
        source = self.analysis.source(source_id)
        profile = next((p for p in self.analysis.profiles if p.source == source_id), None)
        # the profiles' count when there is one, so the two screens never disagree
        words = profile.words if profile else sum(len(p.text.split()) for p in source.body)
        shares = []
        for link in self.analysis.provenance:
            other = link.b if link.a == source_id else link.a if link.b == source_id else None
            if other is not None:
                number = self.lookup.source_number[other]
                shares.append(f"{number} ({link.shared:.0%} {link.kind})")
        mark = self.nd_app.store.source_marks().get(source_id)
        marked = Text(SOURCE_MARK_LABEL.get(mark or "", "—"), style="bold" if mark else "dim")
        story = getattr(self.app, "story", None)
        state = SOURCE_STATE_LABEL.get(story.states.get(source.path, "") if story else "")
        if state:  # changed or gone since the story was last opened
            marked.append(f" {state}", style="bold")
        return [
            Text(str(self.lookup.source_number[source_id])),
            Text(fit_name(source_name(self.analysis, source_id), 28)),
            marked,
            Text(_plain(source.published or "—")),
            Text(str(words), justify="right"),
            Text(str(len(source.paragraphs)), justify="right"),
            Text(", ".join(shares) or "—"),
            Text(_plain(source.language or "—")),
            Text(_plain(source.format)),
            Text(_short(source.path, 40), style="dim"),
        ]

    def action_rename(self) -> None:
        table = self.table
        if table.row_count == 0:
            return
        row_key, _ = table.coordinate_to_cell_key(table.cursor_coordinate)
        source_id = str(row_key.value)
        current = self.analysis.source(source_id).name or ""
        from reader.ui.screens.prompt import PromptScreen

        number = self.lookup.source_number[source_id]
        title = Text(
            f"Name source {number}, now {source_name(self.analysis, source_id)}:",
            style="bold",
        )

        def renamed(name: str | None) -> None:
            if name is None:
                return
            self.nd_app.rename_source(source_id, name)
            self.analysis = self.nd_app.compare_screen().analysis  # type: ignore[union-attr]
            self.lookup = AnalysisLookup.build(self.analysis)
            for source in self.analysis.sources:
                cells = self._cells(source.id)
                self.table.update_cell(source.id, "outlet", cells[1], update_width=True)

        self.app.push_screen(PromptScreen(title, value=current, placeholder="a name"), renamed)

    def action_cycle_mark(self) -> None:
        table = self.table
        if table.row_count == 0:
            return
        row_key, _ = table.coordinate_to_cell_key(table.cursor_coordinate)
        source_id = str(row_key.value)
        store = self.nd_app.store
        mark = next_in_cycle(SOURCE_MARKS, store.source_marks().get(source_id))
        try:
            store.set_source_mark(source_id, mark)
        except NotesError as error:
            self.notify(str(error), title="Mark not saved", severity="error", markup=False)
            return
        table.update_cell(source_id, "mark", self._cells(source_id)[2], update_width=True)

    @on(DataTable.RowSelected)
    def _show(self, event: DataTable.RowSelected) -> None:
        self.dismiss(("", str(event.row_key.value)))


OVERVIEWS: dict[str, type[OverviewScreen]] = {
    "coverage": CoverageScreen,
    "profiles": ProfilesScreen,
    "sources": SourcesScreen,
}


def open_overview(app: App[int], name: str) -> None:
    """Push an overview over the compare screen (replacing another overview)."""
    from reader.ui.screens.compare import CompareScreen

    compare = next((s for s in reversed(app.screen_stack) if isinstance(s, CompareScreen)), None)
    if compare is None:
        app.notify("The sources are still loading.", timeout=3, markup=False)
        return
    if isinstance(app.screen, OVERVIEWS[name]):
        return
    if isinstance(app.screen, OverviewScreen):
        app.pop_screen()
    screen = OVERVIEWS[name](compare.analysis, compare.compare_view.style_for)
    app.push_screen(screen, compare.overview_result)
