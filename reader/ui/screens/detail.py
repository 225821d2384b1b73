"""Detail panel for the focused row: each outlet's wording side by side, then what differs.

Everything shown is read from the Analysis (facts, framing marks, attributions,
provenance) and from the annotation store; nothing is computed here.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar, cast

from rich.console import Console, ConsoleOptions, RenderResult
from rich.console import Group as RichGroup
from rich.measure import Measurement
from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import BindingType
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Footer, Static

from reader.model import Analysis, Fact
from reader.model.names import names_of, with_names
from reader.services.notes import Note, notes_on
from reader.settings import MIN_PANE_WIDTH
from reader.text.safe import inert
from reader.ui.bindings import DETAIL_BINDINGS
from reader.ui.presenters.lookup import AnalysisLookup
from reader.ui.presenters.names import link_text, named, source_name
from reader.ui.presenters.passage import Layers, StyleFor, passage_text
from reader.ui.presenters.rows import Cell, Row
from reader.ui.presenters.rule import CLAIM_MARK_LABEL
from reader.ui.widgets.vim_keys import ScrollKeys, VimScroll

if TYPE_CHECKING:
    from reader.ui.host import HostApp


def _state(fact: Fact) -> str:
    """How a fact reads in the panel: agree, spelled differently, or divergent with the kind
    of difference and how sure the method is."""
    if not fact.divergent:
        return "spelled differently" if fact.spelling_differs else "agree"
    kind = "divergent (precision)" if fact.divergence == "precision" else "divergent"
    if fact.confidence is None:
        return kind
    return f"{kind} · confidence {fact.confidence:.0%}"


def _plain(value: str) -> str:
    return inert(value, keep_newlines=False)


class CardHead:
    """One line: the source's name, cut to leave room for its date (which used to wrap onto
    a line of its own, starting with its "·", when cards stand side by side)."""

    def __init__(self, name: Text, tail: Text) -> None:
        self.name, self.tail = name, tail

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        line = self.name.copy()
        line.truncate(max(options.max_width - self.tail.cell_len, 1), overflow="ellipsis")
        line.append_text(self.tail)
        line.no_wrap = True
        yield line

    def __rich_measure__(self, console: Console, options: ConsoleOptions) -> Measurement:
        return Measurement(1, self.name.cell_len + self.tail.cell_len)


class DetailScreen(ScrollKeys, ModalScreen[None]):
    """Read-only; escape returns to the compare screen on the same row."""

    BINDINGS: ClassVar[list[BindingType]] = DETAIL_BINDINGS
    AUTO_FOCUS = "#detail-body"  # j/k/ctrl+d scroll the text at once

    def __init__(
        self, analysis: Analysis, lookup: AnalysisLookup, row: Row, style: StyleFor
    ) -> None:
        super().__init__()
        self.analysis = analysis
        self.lookup = lookup
        self.row = row
        self.style_for = style

    @property
    def nd_app(self) -> HostApp:
        return cast("HostApp", self.app)

    def _source_name(self, source_id: str) -> str:
        return source_name(self.analysis, source_id)

    def _names(self) -> dict[str, str]:
        return names_of(self.analysis)

    def compose(self) -> ComposeResult:
        with Vertical(id="detail"):
            yield Static(self._title(), id="detail-title")
            with VimScroll(id="detail-body"):
                stacked = self.app.size.width < MIN_PANE_WIDTH * max(len(self._wording()), 1)
                with Horizontal(id="wordings", classes="-stacked" if stacked else ""):
                    for source_id, cell in self._wording():
                        yield Static(self._card(source_id, cell), classes="wording")
                for section in self._sections():
                    yield Static(section, classes="detail-section")
        yield Footer()

    def action_notes(self) -> None:
        from reader.ui.screens.notes.list import AnnotationsScreen

        notes = self._notes()
        if not notes:
            self.notify("No note here yet: a on the comparison adds one.", timeout=3, markup=False)
            return

        def closed(note: Note | None) -> None:
            compare = self.nd_app.compare_screen()
            if note is not None and compare is not None:
                self.dismiss()
                compare.jump_to_note(note)

        scope = self._title().plain.strip().split(" · ")[0]
        only = frozenset(n.id for n in notes)
        self.app.push_screen(AnnotationsScreen(only=only, scope=scope), closed)

    def on_screen_resume(self) -> None:
        self.refresh(recompose=True)  # notes may have been edited or deleted meanwhile

    # ------------------------------------------------------------------ content

    def _title(self) -> Text:
        row = self.row
        title = Text(" ")
        if row.group is None:
            cell = next(iter(row.cells.values()))
            title.append(f"¶{cell.paragraph.index} of {self._source_name(cell.source)}", "bold")
            title.append(" · not aligned with another source")
            if self.lookup.exclusives_at(cell.paragraph.id, cell.start, cell.end):
                title.append(" · ◇ only this outlet reports it", self.style_for("rule-omission"))
            return title
        group = row.group
        title.append(f"{group.id} · {_plain(group.label)}", "bold")
        title.append(f" · same-claim confidence {group.score:.0%}")
        kinds = sorted({f.kind for f in self.lookup.divergent_facts(group.id)})
        if kinds:
            title.append(f" · ◆ divergent: {', '.join(kinds)}", self.style_for("rule-divergent"))
        missing = self.lookup.missing_from(group)
        if missing:
            names = ", ".join(self._source_name(s) for s in missing)
            title.append(f" · ○ not reported by {names}", self.style_for("rule-omission"))
        if group.verbatim:
            title.append(" · ≡ near-verbatim copies", self.style_for("rule-verbatim"))
        mark = CLAIM_MARK_LABEL.get(self.nd_app.store.marks().get(group.id) or "")
        if mark:
            title.append(f" · {mark}", self.style_for("rule-mark"))
        return title

    def _wording(self) -> list[tuple[str, Cell | None]]:
        if self.row.group is None:
            return list(self.row.cells.items())
        return [(s.id, self.row.cells.get(s.id)) for s in self.analysis.sources]

    def _card(self, source_id: str, cell: Cell | None) -> RichGroup:
        source = self.analysis.source(source_id)
        name = Text()
        name.append(f"{self.lookup.source_number[source_id]} ", self.style_for("para-number"))
        name.append(self._source_name(source_id), "bold")
        date = Text(f" · {_plain(source.published)}" if source.published else "")
        if cell is None:
            body = Text("· not reported ·", self.style_for("gap"))
        else:
            layers = Layers(framing=True)
            body = passage_text(cell, source, self.lookup, self.style_for, layers)
        return RichGroup(CardHead(name, date), body)

    def _facts(self) -> list[Fact]:
        if self.row.group is not None:
            return self.lookup.facts_of.get(self.row.group.id, [])
        facts: list[Fact] = []
        for cell in self.row.cells.values():
            for placed in self.lookup.values_in.get(cell.paragraph.id, []):
                if placed.fact not in facts:
                    facts.append(placed.fact)
        return facts

    def _spans(self) -> list[tuple[str, str, int, int]]:
        return [(c.source, c.paragraph.id, c.start, c.end) for c in self.row.cells.values()]

    def _inside(self, source: str, paragraph: str, start: int, end: int) -> bool:
        return any(
            s == source and p == paragraph and start < e and end > b for s, p, b, e in self._spans()
        )

    def _sections(self) -> list[RichGroup | Text]:
        return [
            self._facts_section(),
            self._framing_section(),
            self._provenance_section(),
            self._notes_section(),
        ]

    def _heading(self, label: str) -> Text:
        return Text(label, style="bold underline")

    def _facts_section(self) -> RichGroup:
        parts: list[Table | Text] = [self._heading("Facts")]
        facts = self._facts()
        if not facts:
            parts.append(Text("No checkable fact found in this passage.", style="dim"))
        for n, fact in enumerate(facts):
            if n:
                parts.append(Text(""))
            state = _state(fact)
            style = self.style_for(f"fact-{fact.kind}" if fact.divergent else "agree")
            parts.append(
                Text.assemble((f"{fact.kind}", style), f" · {_plain(fact.subject)} · {state}")
            )
            if fact.divergent and fact.evidence:
                parts.append(Text(f"why: {_plain(with_names(fact.evidence, self._names()))}"))
            table = Table(box=None, padding=(0, 2), show_header=True, header_style="dim")
            table.add_column("outlet")
            table.add_column("as written")
            table.add_column("normalised")
            if fact.kind == "quote" and fact.differing_words:
                table.add_column("words that differ")
            for n, value in enumerate(fact.values):
                cells = [
                    Text(self._source_name(value.source)),
                    Text(f"“{_plain(value.text)}”"),
                    Text(_plain(value.normalized)),
                ]
                if fact.kind == "quote" and fact.differing_words:
                    words = fact.differing_words[n] if n < len(fact.differing_words) else ()
                    cells.append(
                        Text(", ".join(_plain(w) for w in words), self.style_for("quote-diff"))
                    )
                table.add_row(*cells)
            parts.append(table)
        return RichGroup(*parts)

    def _framing_section(self) -> RichGroup:
        parts: list[Text] = [self._heading("Framing")]
        for mark in self.analysis.framing:
            if not self._inside(mark.source, mark.paragraph, mark.start, mark.end):
                continue
            line = Text(f"{self._source_name(mark.source)}: ")
            line.append(f"“{_plain(mark.term)}”", self.style_for("framing"))
            note = named(mark.note, self.analysis)
            line.append(f" ({mark.category}) {note}")
            # the note often names the other form already ("UNN writes 'firmly'"): once is enough
            for label, word in (("neutral", mark.neutral), ("elsewhere", mark.contrast)):
                if word and word.casefold() not in note.casefold():
                    line.append(f" · {label}: {_plain(word)}", "dim")
            parts.append(line)
        for who in self.analysis.attributions:
            if self._inside(who.source, who.paragraph, who.start, who.end) and who.who:
                verb = f" ({_plain(who.verb)})" if who.verb else ""
                parts.append(
                    Text(f"{self._source_name(who.source)} credits {_plain(who.who)}{verb}")
                )
        if len(parts) == 1:
            parts.append(Text("No framing mark in this passage.", style="dim"))
        return RichGroup(*parts)

    def _provenance_section(self) -> RichGroup:
        present = {c.source for c in self.row.cells.values()}
        parts: list[Text] = [self._heading("Shared copy")]
        for link in self.analysis.provenance:
            if link.a in present and link.b in present:
                parts.append(Text(link_text(link, self.analysis)))
        if len(parts) == 1:
            parts.append(Text("No shared wire copy among these outlets.", style="dim"))
        return RichGroup(*parts)

    def _notes(self) -> tuple[Note, ...]:
        """This row's notes: its claim's, or those of each paragraph it packs."""
        if self.row.group is not None:
            return tuple(self.nd_app.store.list_for(self.row.key))
        anchors = [cell.paragraph.id for cell in self.row.cells.values()]
        return notes_on(self.nd_app.store, anchors)

    def _notes_section(self) -> RichGroup:
        parts: list[Text] = [self._heading("Notes")]
        for note in self._notes():
            line = Text(f"✎ {_plain(note.text)}")
            if note.tags:
                line.append("  " + " ".join(f"#{_plain(t)}" for t in note.tags), "dim")
            if note.created:
                line.append(f"  {note.created[:10]}", "dim")
            if note.detached:
                line.append("  (its words changed in the source)", self.style_for("gap"))
            parts.append(line)
        if len(parts) == 1:
            parts.append(
                Text(f"No note yet: a adds one (kept {self.nd_app.store.where}).", style="dim")
            )
        else:
            parts.append(Text("A: edit or delete these notes", style="dim"))
        return RichGroup(*parts)
