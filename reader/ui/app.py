"""The newsdiff Textual app: load and analyse in a worker, then compare side by side.

The app renders an Analysis and sends intents down (marks to the store, exports); it never
computes analysis itself. Give it ``analysis=`` (tests, snapshots) or source specs.
"""

from __future__ import annotations

import asyncio
import contextlib
import gc
import signal
import threading
from collections.abc import Callable, Sequence
from pathlib import PurePath
from typing import TYPE_CHECKING, ClassVar

from textual import on, work
from textual.binding import Binding, BindingType
from textual.command import Provider
from textual.worker import Worker, WorkerState

from reader.model import Analysis, LoadError, LoadResult
from reader.model.names import with_user_names
from reader.services.notes import MemoryStore, NotesError, NotesStore
from reader.settings import DEFAULT_MAX_BYTES, DEFAULT_TIMEOUT, MIN_PANE_WIDTH, styles_dir
from reader.text.safe import inert
from reader.ui.bindings import APP_BINDINGS
from reader.ui.commands import NewsdiffProvider
from reader.ui.host import HostApp
from reader.ui.messages import AnalysisFailed, AnalysisReady, SourcesLoaded, StageProgressed
from reader.ui.screens.compare import CompareScreen
from reader.ui.screens.loading import LoadingScreen

if TYPE_CHECKING:  # the note editor (TextArea) loads when it first opens
    from textual.notifications import SeverityLevel

    from reader.services.read_ahead import ReadAhead
    from reader.services.story_session import StorySession
    from reader.store.stories import StoryStore

PAINT_WAIT = 2.0  # seconds the analysis waits at most for the sources' first paint
GC_PAUSE_LIMIT = 1.0  # seconds at most without cyclic garbage collection at start-up
LOADING_SCREEN_DELAY = 0.25  # seconds of reading local files before the loading screen shows
STYLE_FILES = ("app.tcss", "compare.tcss")  # what the loading and compare screens need
LATER_STYLE_FILES = ("overviews.tcss", "annotations.tcss")  # the other screens


class NewsdiffApp(HostApp):
    """Compare news articles about one event, from the keyboard."""

    TITLE = "newsdiff"
    CSS_PATH: ClassVar[list[str | PurePath]] = [styles_dir() / name for name in STYLE_FILES]
    COMMANDS: ClassVar[set[type[Provider] | Callable[[], type[Provider]]]] = {
        NewsdiffProvider  # ours first, then Textual's (reader.ui.commands)
    }
    ENABLE_COMMAND_PALETTE = True
    BINDINGS: ClassVar[list[BindingType]] = APP_BINDINGS

    def __init__(
        self,
        specs: Sequence[str] = (),
        *,
        analysis: Analysis | None = None,
        store: NotesStore | None = None,
        max_bytes: int = DEFAULT_MAX_BYTES,
        timeout: float = DEFAULT_TIMEOUT,
        title: str = "",
        notices: Sequence[str] = (),
        story: StorySession | None = None,
        stories: StoryStore | None = None,
        read_ahead: ReadAhead | None = None,
        divergences_first: bool = False,
    ) -> None:
        """``story``: the open story (its sources, corrections); ``stories``: with no
        specs, no analysis and no story, a start screen lists them and the samples;
        ``read_ahead``: a child process already reading the specs (reader.services.read_ahead)."""
        super().__init__()
        self.story = story
        self.stories = stories
        self.specs = tuple(specs)
        self.analysis = analysis
        self.store: NotesStore = store if store is not None else MemoryStore()
        self.max_bytes = max_bytes
        self.timeout = timeout
        self.set_title = title
        self.notices = tuple(notices)
        self.read_ahead = read_ahead
        self.unreadable: tuple[LoadError, ...] = ()  # every source failed: their reasons
        self.divergences_first = divergences_first  # the first focus: a divergence
        self._sources_painted = threading.Event()
        self._later_styles_read = False
        self._drafts_looked_for = False

    def notify(
        self,
        message: str,
        *,
        title: str = "",
        severity: SeverityLevel = "information",
        timeout: float | None = None,
        markup: bool = True,
    ) -> None:
        """Every toast of the app, made inert here once: a message or title may carry a
        path, a story name or a server's words (``reader.text.safe.inert``)."""
        super().notify(
            inert(message),
            title=inert(title, keep_newlines=False),
            severity=severity,
            timeout=timeout,
            markup=markup,
        )

    def on_mount(self) -> None:
        # `newsdiff` pauses the cyclic garbage collector while it starts (50-80 ms of
        # collections over the start-up objects); it resumes at the first frame of the
        # compare screen, or after GC_PAUSE_LIMIT whatever is on screen.
        self.set_timer(GC_PAUSE_LIMIT, self._start_up_done)
        if not self.is_headless:  # a real terminal, which can be closed under us
            loop = asyncio.get_running_loop()
            for stop in (signal.SIGHUP, signal.SIGTERM):
                with contextlib.suppress(NotImplementedError, RuntimeError, ValueError):
                    loop.add_signal_handler(stop, self._stopped_from_outside)
        if self.analysis is not None or not self.specs:  # else after the first compare frame
            self.load_later_styles()
        for notice in self.notices:
            self.notify(notice, title="Notes", severity="warning", timeout=10, markup=False)
        self.apply_keymap()
        if self.analysis is not None:
            if self.story is not None:
                self.analysis = self.story.apply(self.analysis)
            self.analysis = self.attach_notes(self.analysis)
            self.push_screen(
                CompareScreen(
                    self.analysis,
                    title=self.set_title,
                    divergences_first=self.divergences_first,
                )
            )
            return
        if not self.specs and self.story is None and self.stories is not None:
            from reader.ui.screens.start import StartScreen

            self.push_screen(StartScreen(self.stories), self.start_chosen)
            return
        self.begin_loading()

    def apply_keymap(self) -> None:
        """The user's key map (``reader.ui.keymap``), over the bindings' ids."""
        from reader.ui.keymap import load_keymap

        keymap, problems = load_keymap()
        if keymap:
            self.set_keymap(keymap)
        for problem in problems:
            self.notify(problem, title="Key map", severity="warning", timeout=10, markup=False)

    def begin_loading(self) -> None:
        """Read and analyse the specs in the worker. Files usually read in a few
        milliseconds, so their compare screen is the first one painted; the loading screen
        shows at once only for URLs and standard input, else if reading takes a while."""
        self.load_and_analyse()
        if any(_is_remote(spec) for spec in self.specs):
            self.show_loading()
        else:
            self.set_timer(LOADING_SCREEN_DELAY, self.show_loading)

    def show_loading(self, failure: str = "") -> None:
        """The loading screen, unless the sources (or the loading screen) are up already."""
        if not self.screen_stack:  # the app is closing
            return
        if isinstance(self.screen, LoadingScreen):
            if failure:
                self.screen.show_failure(failure)
            return
        if self.compare_screen() is None:
            self.push_screen(LoadingScreen(self.specs, failure=failure))

    def start_chosen(self, choice: tuple[str, str] | None) -> None:
        """The start screen's pick: ("story", name) or ("sample", folder)."""
        if choice is None:
            self.exit(0)
            return
        kind, value = choice
        if kind == "story" and self.stories is not None:
            from reader.services.story_session import StorySession

            self.story = StorySession(self.stories, value)
            self.set_title = value
            self.specs = self.stories.get(value).paths  # what the loading screen lists
        else:
            self.specs = (value,)
            self.set_title = PurePath(value).name
        self.begin_loading()

    # ------------------------------------------------------------------ worker

    @work(
        thread=True,
        exclusive=True,
        exit_on_error=False,
        group="analysis",
        description="load and analyse the sources",
    )
    def load_and_analyse(self) -> None:
        """Read every source, paint them unaligned, then analyse; posts messages only.
        The sources that fit on screen are posted as soon as they are read (reading and
        classifying 20 files took 70-100 ms before the first frame); the rest are read after
        that first frame and posted all at once. A child process may be reading them
        already (reader.services.read_ahead): then its replies are posted the same way."""
        self.post_message(StageProgressed("read", 0.0))
        result = None
        reading, self.read_ahead = self.read_ahead, None  # its replies can be read once
        if self.story is not None:
            result = self.story.load(max_bytes=self.max_bytes, timeout=self.timeout)
        elif reading is not None and reading.specs == self.specs:
            result = reading.result(on_first=self._post_first_sources)
        if result is None:  # no child read them, or it failed: read them here
            from reader.ingest import load_sources

            result = load_sources(
                self.specs,
                max_bytes=self.max_bytes,
                timeout=self.timeout,
                first=max(2, self.size.width // MIN_PANE_WIDTH),
                on_first=self._post_first_sources,
            )
        self.post_message(StageProgressed("read", 1.0))
        self.post_message(SourcesLoaded(result))
        if not result.sources:
            return
        # Let the compare screen paint the sources first: analysing now would take the GIL
        # from the UI thread while it builds that screen (seeds: 1.2 s to first paint
        # instead of 0.3 s). Bounded, so a screen that never paints cannot stall the work.
        self._sources_painted.wait(timeout=PAINT_WAIT)
        from reader.analysis import analyze  # numpy and the rest load after the first paint

        def progress(stage: str, done: float) -> None:
            self.post_message(StageProgressed(stage, done))

        def aligned(partial: Analysis) -> None:
            if self.story is None:  # a reviewer's corrections apply to the whole analysis
                self.post_message(AnalysisReady(partial, partial=True))

        analysis = analyze(
            result.sources, errors=result.errors, progress=progress, on_aligned=aligned
        )
        if self.story is not None:  # the reviewer's corrections on top
            analysis = self.story.apply(analysis)
        self.post_message(AnalysisReady(analysis))

    def _post_first_sources(self, early: LoadResult, total: int) -> None:
        """In the worker: show the first sources, and read on once they are painted (reading
        on would take the GIL from the UI thread as it builds the screen). Bounded wait."""
        self.post_message(SourcesLoaded(early, total=total))
        self._sources_painted.wait(timeout=PAINT_WAIT)

    @on(Worker.StateChanged)
    def _worker_failed(self, event: Worker.StateChanged) -> None:
        if event.state == WorkerState.ERROR and event.worker.group == "analysis":
            self.post_message(
                AnalysisFailed(f"{type(event.worker.error).__name__}: {event.worker.error}")
            )

    @on(StageProgressed)
    def _stage(self, message: StageProgressed) -> None:
        if not self.screen_stack:  # a report from the worker as the app closes
            return
        screen = self.screen
        if isinstance(screen, CompareScreen | LoadingScreen):
            screen.update_stage(message.stage, message.fraction)

    @on(SourcesLoaded)
    def _sources_loaded(self, message: SourcesLoaded) -> None:
        if not self.screen_stack:  # the app is closing
            return
        result = message.result
        if message.total:  # an early batch: its errors and notices come again in the whole
            self._show_sources(Analysis(sources=result.sources), reading=message.total)
            return
        for error in result.errors:
            self.notify(
                inert(str(error), keep_newlines=False),
                title="Source skipped",
                severity="warning",
                timeout=10,
                markup=False,
            )
        for notice in result.notices:
            self.notify(inert(notice, keep_newlines=False), timeout=6, markup=False)
        if not result.sources:
            self.unreadable = result.errors  # the command line says them once the app closed
            self.show_loading("No source could be read. Press q to quit.")
            return
        self._show_sources(Analysis(sources=result.sources, errors=result.errors))

    def _show_sources(self, first_paint: Analysis, reading: int = 0) -> None:
        """The unaligned panes: a new compare screen, or the early one given every source."""
        first_paint = self.attach_notes(first_paint)
        shown = self.compare_screen()
        if shown is not None:
            shown.show_sources(first_paint)
            return
        compare = CompareScreen(
            first_paint,
            pending=True,
            title=self.set_title,
            painted=self._first_frame,
            reading=reading,
            divergences_first=self.divergences_first,
        )
        if isinstance(self.screen, LoadingScreen):
            self.switch_screen(compare)
        else:
            self.push_screen(compare)

    def _first_frame(self) -> None:
        """The sources are on screen: the analysis may start, and the collector resume."""
        self._sources_painted.set()
        self._start_up_done()

    def _start_up_done(self) -> None:
        gc.enable()
        self.load_later_styles()

    def load_later_styles(self) -> None:
        """Read the style sheets of the screens opened later (overviews, detail, notes...):
        parsing them cost the first paint about a tenth of its time in a warm start."""
        if self._later_styles_read:
            return
        self._later_styles_read = True
        paths = [styles_dir() / name for name in LATER_STYLE_FILES]
        if self.css_monitor is not None:
            self.css_monitor.add_paths(paths)
        for path in paths:
            if not self.stylesheet.has_source(str(path), ""):
                self.stylesheet.read(path)
        self.stylesheet.reparse()
        self.stylesheet.update(self)

    @on(AnalysisReady)
    def _analysis_ready(self, message: AnalysisReady) -> None:
        if not self.screen_stack:  # a result that arrives as the app closes
            return
        if message.partial:  # the aligned claims, shown while the rest is worked out
            partial = message.analysis
            with contextlib.suppress(NotesError):  # told with the whole analysis instead
                # the user's names for the sources, as the whole analysis will have them
                partial = with_user_names(partial, self.store.source_names())
            for screen in self.screen_stack:
                if isinstance(screen, CompareScreen) and screen.pending:
                    screen.show_aligned(partial)
            return
        self.analysis = self.attach_notes(message.analysis)
        for notice in message.analysis.notices:
            self.notify(inert(notice, keep_newlines=False), timeout=10, markup=False)
        for notice in self.story.notices if self.story is not None else ():
            self.notify(notice, title="Corrections", severity="warning", timeout=10, markup=False)
        for screen in self.screen_stack:
            if isinstance(screen, CompareScreen):
                screen.set_analysis(self.analysis)

    @on(AnalysisFailed)
    def _analysis_failed(self, message: AnalysisFailed) -> None:
        self.notify(
            "Analysis failed, showing the sources unaligned. "
            + inert(message.reason, keep_newlines=False),
            severity="error",
            timeout=15,
            markup=False,
        )
        for screen in self.screen_stack:
            if isinstance(screen, CompareScreen):
                screen.pending = False
                screen.refresh_summary()
        if self.compare_screen() is None:
            self.show_loading(message.reason)

    def attach_notes(self, analysis: Analysis) -> Analysis:
        """Place the stored notes and marks on the analysis now on screen; returns it with
        the user's names for its sources (r in the sources screen)."""
        try:
            self.store.attach(analysis)
            analysis = with_user_names(analysis, self.store.source_names())
        except NotesError as error:
            self.notify(str(error), title="Notes unavailable", severity="error", markup=False)
        if not self._drafts_looked_for:  # the first sources shown: drafts left last time
            self._drafts_looked_for = True
            restored = len(self.store.drafts())
            if restored:
                plural = "s" if restored > 1 else ""
                self.notify(
                    f"{restored} unsaved note{plural} kept from last time: A lists them first "
                    "(e reopens, d discards).",
                    title="Drafts",
                    timeout=10,
                    markup=False,
                )
        return analysis

    def rename_source(self, source: str, name: str | None) -> None:
        """Save the user's name for a source and show it on every screen."""
        try:
            self.store.set_source_name(source, name)
        except NotesError as error:
            self.notify(str(error), title="Name not saved", severity="error", markup=False)
            return
        names = self.store.source_names()
        if self.analysis is not None:
            self.analysis = with_user_names(self.analysis, names)
        compare = self.compare_screen()
        if compare is not None:
            compare.rename_sources(with_user_names(compare.analysis, names))

    # ------------------------------------------------------------------ screens

    def compare_screen(self) -> CompareScreen | None:
        for screen in reversed(self.screen_stack):
            if isinstance(screen, CompareScreen):
                return screen
        return None

    def flush_drafts(self) -> None:
        """Save what an open note editor holds now, without waiting for its autosave."""
        for screen in self.screen_stack:
            flush = getattr(screen, "flush_draft", None)  # the note editor (loaded when first used)
            if callable(flush):
                flush()

    def _stopped_from_outside(self) -> None:
        """The terminal was closed (SIGHUP) or newsdiff was told to stop (SIGTERM): save the
        open editor's draft, then leave. By default either signal ends the process at once,
        losing what was typed since the last autosave."""
        self.flush_drafts()
        self.remember_place()
        self.exit()

    def remember_place(self) -> None:
        """Keep where the reader is in the open story (``newsdiff open`` goes back there)."""
        screen = self.compare_screen()
        if screen is not None:
            screen.remember_place()

    async def action_quit(self) -> None:
        """Quit. An open editor saves its draft first; drafts that could be kept in memory
        only (no database, or a read-only one) would be lost, so ask first about those."""
        from reader.ui.screens.confirm import ConfirmScreen
        from reader.ui.screens.notes.editing import unsaved_drafts

        self.flush_drafts()
        self.remember_place()
        count = unsaved_drafts(self)
        if not count or isinstance(self.screen, ConfirmScreen):
            self.exit()
            return
        from rich.text import Text

        plural = "s" if count > 1 else ""
        question = Text(f"Quit and lose {count} unsaved note{plural}?", style="bold")
        detail = Text(
            "They could not be saved to disk. n / escape stays: a on the passage (or e in the "
            "notes list, A) reopens it."
        )

        def answered(confirmed: bool | None) -> None:
            if confirmed:
                self.exit()

        self.push_screen(ConfirmScreen(question, detail), answered)

    def action_help(self) -> None:
        from reader.ui.screens.help import HelpScreen

        screen = self.screen
        if isinstance(screen, HelpScreen):
            return
        bindings = [b for b in getattr(screen, "BINDINGS", []) if isinstance(b, Binding)]
        style = None
        compare = self.compare_screen()
        if compare is not None and compare.is_mounted:
            style = compare.compare_view.style_for
        self.push_screen(HelpScreen(bindings, style))

    def action_overview(self, name: str) -> None:
        from reader.ui.screens.overviews import open_overview

        open_overview(self, name)


def _is_remote(spec: str) -> bool:
    """A URL or standard input: reading it may take seconds."""
    return spec == "-" or spec.lower().startswith(("http://", "https://"))
