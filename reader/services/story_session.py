"""The story the app has open: where its corrections are saved and how they are applied.

The app keeps the analysis the algorithm computed (``base``) and shows
``apply_corrections(base, corrections)``; each correction is saved in the store first, so
what the screen shows after a correction, an undo or a restart is always the same function
of what is saved.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from reader.analysis.corrections import correct
from reader.model import Analysis, LoadResult
from reader.model.anchors import TextAnchor
from reader.model.corrections import Correction, CorrectionKind
from reader.store.stories import StoryStore


@dataclass(eq=False)
class StorySession:
    stories: StoryStore
    name: str
    base: Analysis | None = None
    notices: tuple[str, ...] = field(default=())
    detached: frozenset[str] = field(default=frozenset())  # ids whose passages are lost
    refresh: bool = False  # read bundled sources where they live (--refresh)

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
        return LoadResult(loaded.sources, loaded.errors, (*read.notices, *loaded.notices))

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
