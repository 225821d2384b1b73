"""The story the app has open: where its corrections are saved and how they are applied.

The app keeps the analysis the algorithm computed (``base``) and shows
``apply_corrections(base, corrections)``; each correction is saved in the store first, so
what the screen shows after a correction, an undo or a restart is always the same function
of what is saved.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from reader.analysis.corrections import correct
from reader.model import Analysis, LoadResult, Source
from reader.model.anchors import SourceRecord, TextAnchor
from reader.model.corrections import Correction, CorrectionKind
from reader.services.notes import NotesStore
from reader.store.errors import StoreError
from reader.store.stories import StoryPosition, StoryStore
from reader.store.targets import span_target


@dataclass(frozen=True, slots=True)
class Place:
    """Where to put the reader back: a row key to prefer, and the passage's source and
    offset in the analysis shown now."""

    row_key: str
    source: str
    offset: int
    lines_above: int


def place_in(position: StoryPosition, analysis: Analysis) -> Place | None:
    """The remembered passage in ``analysis``: the source with the same bytes (same offsets),
    else the one at the same path holding the same words (the nearest occurrence)."""
    anchor = position.passage
    for source in analysis.sources:
        if source.sha256 == anchor.source.sha256 and anchor.start <= len(source.text):
            return Place(position.row_key, source.id, anchor.start, position.lines_above)
    for source in analysis.sources:
        if source.path != anchor.source.path or not anchor.exact:
            continue
        found, at = -1, source.text.find(anchor.exact)
        while at >= 0:
            if found < 0 or abs(at - anchor.start) < abs(found - anchor.start):
                found = at
            at = source.text.find(anchor.exact, at + 1)
        if found >= 0:
            return Place(position.row_key, source.id, found, position.lines_above)
    return None


@dataclass(eq=False)
class StorySession:
    stories: StoryStore
    name: str
    base: Analysis | None = None
    notices: tuple[str, ...] = field(default=())
    detached: frozenset[str] = field(default=frozenset())  # ids whose passages are lost
    refresh: bool = False  # read bundled sources where they live (--refresh)
    # path -> "changed" / "gone" since the story was last opened (marks kept on screen)
    states: dict[str, str] = field(default_factory=dict)

    def load(self, *, max_bytes: int, timeout: float, remember: bool = True) -> LoadResult:
        """The story's sources (live, else their kept copies), with what changed as notices.
        Without ``remember`` nothing is written (``reader.services.story_sources``)."""
        from reader.services.story_sources import load_story

        read = load_story(
            self.stories,
            self.name,
            max_bytes=max_bytes,
            timeout=timeout,
            remember=remember,
            refresh=self.refresh,
        )
        loaded = read.loaded
        self.states = dict(read.states)
        return LoadResult(loaded.sources, loaded.errors, (*read.notices, *loaded.notices))

    def remember_place(
        self, row_key: str, source: Source, start: int, end: int, lines_above: int
    ) -> None:
        """Keep where the reader is (the focused row's passage); a store that cannot be
        written keeps nothing and says nothing: leaving must not fail on it."""
        anchor = span_target(source, start, end).anchors[0]
        try:
            self.stories.save_position(self.name, StoryPosition(row_key, anchor, lines_above))
        except StoreError:
            return

    def place(self, analysis: Analysis) -> Place | None:
        """Where the reader left this story, in ``analysis``, if it was remembered."""
        try:
            position = self.stories.position(self.name)
        except StoreError:
            return None
        return place_in(position, analysis) if position is not None else None

    def corrections(self) -> tuple[Correction, ...]:
        return self.stories.corrections(self.name)

    def apply(self, analysis: Analysis | None = None) -> Analysis:
        """The analysis with the saved corrections on it (``analysis`` becomes the base)."""
        if analysis is not None:
            self.base = analysis
        assert self.base is not None, "no analysis to correct yet"
        applied = correct(self.base, self.corrections())
        self.detached = frozenset(applied.detached)
        self.notices = (
            (f"{len(applied.detached)} correction(s) no longer find their passages",)
            if applied.detached
            else ()
        )
        return applied.analysis

    def add(
        self, kind: CorrectionKind, passage: TextAnchor, other: TextAnchor | None = None
    ) -> Correction:
        return self.stories.add_correction(self.name, kind, passage, other)

    def undo(self) -> Correction | None:
        return self.stories.undo(self.name)

    def redo(self) -> Correction | None:
        return self.stories.redo(self.name)


def start_story(notes: NotesStore, name: str, analysis: Analysis) -> StorySession:
    """Save the sources of ``analysis`` (the analysis on screen, no story yet) as the new
    story ``name`` in the notes' database, and the session on it, so corrections can be
    kept. Raises ``StoreError`` saying why not (notes in memory only, a bad or taken name,
    standard input among the sources)."""
    from reader.services.store_notes import StoreNotes

    if not isinstance(notes, StoreNotes):
        raise StoreError("notes are kept in memory only here: no story can be saved")
    if any(s.path == "-" for s in analysis.sources):
        raise StoreError("standard input cannot be kept in a story: save it to a file first")
    stories = StoryStore(notes.store.database)
    story = stories.save(name, [SourceRecord.of(s) for s in analysis.sources], new=True)
    return StorySession(stories, story.name, base=analysis)
