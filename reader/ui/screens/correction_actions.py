"""The reviewer's corrections from the compare screen's keyboard (a mixin of CompareScreen).

``x`` unlinks a passage from the focused claim, ``l`` links the focused passage to a passage
of another outlet picked in a chooser ranked by similarity, ``M`` merges the focused claim
with another picked in a chooser (the next one first), ``S`` splits it before a chosen
passage, ``u`` undoes the latest correction, ``U`` redoes what ``u`` undid and ``C`` lists
them. Each correction is saved with the story first, then the screen shows the analysis with
every saved correction applied. Without a story, ``x``/``l``/``M``/``S`` offer to save the
open sources as one (a name prompt) and go on; a correction that would leave the claims as
they are says so and is not saved.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from rich.text import Text

from reader.model import Analysis, Group, Member
from reader.model.anchors import TextAnchor
from reader.store.errors import StoreError
from reader.store.targets import span_target
from reader.text.safe import inert
from reader.ui.presenters.rows import Row

if TYPE_CHECKING:  # the analysis modules (numpy) load in the worker, after the first paint
    from reader.model.corrections import CorrectionKind
    from reader.services.story_session import StorySession
    from reader.ui.screens.passage_chooser import Choice  # the chooser loads when it opens


def _snippet(text: str, limit: int = 40) -> str:
    words = inert(" ".join(text.split()), keep_newlines=False)
    return words if len(words) <= limit else words[: limit - 1] + "…"


class CorrectionActions:
    """Actions mixed into CompareScreen; they use its ``analysis`` and ``compare_view``."""

    analysis: Analysis
    app: Any
    compare_view: Any

    if TYPE_CHECKING:  # provided by the Screen and CompareScreen

        def notify(self, message: str, **kwargs: Any) -> None: ...

        def set_analysis(self, analysis: Analysis) -> None: ...

    # ------------------------------------------------------------------ helpers

    def _session(self, go_on: Callable[[], None] | None = None) -> StorySession | None:
        """The story the corrections are kept with. Without one, a correction key
        (``go_on``: the action to go on with) offers to save the open sources as a story."""
        session: StorySession | None = getattr(self.app, "story", None)
        if session is not None and session.base is not None:
            return session
        if session is not None or getattr(self, "pending", False):
            self.notify("Still analysing: corrections wait for it.", timeout=3, markup=False)
        elif go_on is not None:
            self._offer_story(go_on)
        else:
            self.notify(
                "No correction yet: corrections are kept with a story (x, l, M or S offers "
                "to save these sources as one).",
                timeout=4,
                markup=False,
            )
        return None

    def _offer_story(self, go_on: Callable[[], None]) -> None:
        """Ask for a story name, save the open sources under it, then ``go_on``."""
        from reader.ui.screens.prompt import PromptScreen

        def named(name: str | None) -> None:
            if not name:
                return
            from reader.services.story_session import start_story

            try:
                session = start_story(self.app.store, name, self.analysis)
            except StoreError as error:
                self.notify(str(error), title="No story saved", severity="error", markup=False)
                return
            self.app.story = session
            shown = inert(session.name, keep_newlines=False)
            self.notify(
                f"Saved as story {shown} (newsdiff open {shown} reopens it).",
                timeout=4,
                markup=False,
            )
            go_on()

        title = Text("Corrections are kept with a story. Save these sources as:", style="bold")
        self.app.push_screen(PromptScreen(title, placeholder="a story name"), named)

    def _anchor(self, choice: Choice) -> TextAnchor:
        source = self.analysis.source(choice.source)
        return span_target(source, choice.start, choice.end).anchors[0]

    def _row_choices(self, row: Row) -> list[Choice]:
        from reader.ui.screens.passage_chooser import Choice

        order = [s.id for s in self.analysis.sources]
        cells = sorted(row.cells.values(), key=lambda c: (order.index(c.source), c.start))
        return [Choice(c.source, c.start, c.end) for c in cells if not c.folded]

    def _save(
        self, kind: CorrectionKind, passage: TextAnchor, other: TextAnchor | None = None
    ) -> None:
        session = self._session()
        if session is None:
            return
        from reader.analysis.corrections import would_change
        from reader.model.corrections import Correction

        meant = Correction("", kind, passage, other)
        if not would_change(self.analysis, meant):
            self.notify(
                f"Nothing changes: {inert(meant.describe(), keep_newlines=False)} leaves the "
                "claims as they are. Not saved.",
                timeout=4,
                markup=False,
            )
            return
        try:
            done = session.add(kind, passage, other)
        except StoreError as error:
            self.notify(str(error), title="Correction not saved", severity="error", markup=False)
            return
        self._show(session)
        self.notify(
            f"Saved: {inert(done.describe(), keep_newlines=False)} (u undoes)",
            timeout=4,
            markup=False,
        )

    def _show(self, session: StorySession) -> None:
        corrected = session.apply()
        self.app.analysis = corrected
        self.app.attach_notes(corrected)
        self.set_analysis(corrected)

    def _pick(self, title: str, choices: list[Choice], then: Any) -> None:
        if not choices:
            self.notify("Nothing to choose from here.", timeout=3, markup=False)
            return
        if len(choices) == 1:
            then(choices[0])
            return
        from reader.ui.screens.passage_chooser import PassageChooser

        self.app.push_screen(PassageChooser(title, self.analysis, choices), then)

    def _claim_row(self) -> Row | None:
        row: Row | None = self.compare_view.current
        if row is None or row.group is None:
            self.notify("Move to a claim (a row several outlets report).", timeout=3, markup=False)
            return None
        return row

    # ------------------------------------------------------------------ actions

    def action_unlink(self) -> None:
        row = self._claim_row()
        if row is None or self._session(self.action_unlink) is None:
            return

        def unlink(choice: Choice | None) -> None:
            if choice is not None:
                self._save("unlink", self._anchor(choice))

        self._pick("Unlink which passage from this claim?", self._row_choices(row), unlink)

    def action_link(self) -> None:
        row: Row | None = self.compare_view.current
        if row is None or self._session(self.action_link) is None:
            return
        mine = self._row_choices(row)
        if not mine:
            self.notify("Move to a passage to link it.", timeout=3, markup=False)
            return
        first = mine[0]
        text = self.analysis.source(first.source).text[first.start : first.end]
        from reader.ui.screens.passage_chooser import PassageChooser, rank_candidates

        candidates = rank_candidates(self.analysis, text, exclude=list(row.cells))

        def link(choice: Choice | None) -> None:
            if choice is not None:
                self._save("link", self._anchor(first), self._anchor(choice))

        if not candidates:
            self.notify("Every outlet already holds a passage in this row.", timeout=3)
            return
        self.app.push_screen(
            PassageChooser(
                f"Link “{_snippet(text)}” to which passage? (most similar first)",
                self.analysis,
                candidates,
            ),
            link,
        )

    def action_merge(self) -> None:
        row = self._claim_row()
        if row is None or self._session(self.action_merge) is None:
            return
        group = row.group
        assert group is not None  # _claim_row gives claim rows only
        rows: list[Row] = self.compare_view.rows
        at = rows.index(row)
        nearest = [*rows[at + 1 :], *reversed(rows[:at])]  # the claims below first, then above
        pairs: dict[tuple[str, int, int], Choice] = {}  # the other claim's passage -> mine
        choices = []
        seen = {group.id}
        for other in (r.group for r in nearest if r.group is not None):
            if other.id in seen:
                continue
            seen.add(other.id)
            theirs, mine = self._own_passage(other, group), self._own_passage(group, other)
            if theirs is None or mine is None:
                continue  # every passage of one is in the other: nothing tells them apart
            choices.append(replace(theirs, claim=f"{other.id} · {other.label}"))
            pairs[(theirs.source, theirs.start, theirs.end)] = mine
        if not choices:
            self.notify("No other claim to merge with.", timeout=3, markup=False)
            return

        def merge(choice: Choice | None) -> None:
            if choice is not None:
                mine = pairs[(choice.source, choice.start, choice.end)]
                self._save("merge", self._anchor(mine), self._anchor(choice))

        title = f"Merge {group.id} · {group.label} with which claim? (next one first)"
        from reader.ui.screens.passage_chooser import PassageChooser

        self.app.push_screen(PassageChooser(inert(title), self.analysis, choices), merge)

    def _own_passage(self, group: Group, other: Group) -> Choice | None:
        """A passage of ``group`` that ``other`` does not hold (so a merge's two passages say
        which two claims): one no other claim holds first, else one ``other`` does not
        overlap; in reading order. A paragraph may sit in several claims."""
        from reader.ui.screens.passage_chooser import Choice

        order = {s.id: n for n, s in enumerate(self.analysis.sources)}
        members = sorted(group.members, key=lambda m: (order.get(m.source, 0), m.start))

        def overlaps(m: Member, g: Group) -> bool:
            return any(
                o.source == m.source and o.start < m.end and m.start < o.end for o in g.members
            )

        others = [g for g in self.analysis.groups if g.id != group.id]
        for wanted in (others, [other]):
            for m in members:
                if not any(overlaps(m, g) for g in wanted):
                    return Choice(m.source, m.start, m.end)
        return None

    def action_split(self) -> None:
        row = self._claim_row()
        if row is None or self._session(self.action_split) is None:
            return
        choices = self._row_choices(row)[1:]

        def split(choice: Choice | None) -> None:
            if choice is not None:
                self._save("split", self._anchor(choice))

        self._pick("Split this claim before which passage?", choices, split)

    def action_undo_correction(self) -> None:
        session = self._session()
        if session is None:
            return
        try:
            undone = session.undo()
        except StoreError as error:
            self.notify(str(error), title="Undo not saved", severity="error", markup=False)
            return
        if undone is None:
            self.notify("No correction to undo.", timeout=3, markup=False)
            return
        self._show(session)
        self.notify(
            f"Undone: {inert(undone.describe(), keep_newlines=False)}", timeout=4, markup=False
        )

    def action_redo_correction(self) -> None:
        session = self._session()
        if session is None:
            return
        try:
            redone = session.redo()
        except StoreError as error:
            self.notify(str(error), title="Redo not saved", severity="error", markup=False)
            return
        if redone is None:
            self.notify("Nothing to redo (u undoes; a new correction ends redo).", timeout=3)
            return
        self._show(session)
        self.notify(
            f"Redone: {inert(redone.describe(), keep_newlines=False)} (u undoes)",
            timeout=4,
            markup=False,
        )

    def action_corrections(self) -> None:
        session = self._session()
        if session is None:
            return
        from reader.ui.screens.corrections_list import CorrectionsScreen

        self.app.push_screen(
            CorrectionsScreen(session.name, session.corrections(), session.detached)
        )
