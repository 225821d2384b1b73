"""``newsdiff [SOURCE...]``: open the app on the sources, a story (``--story NAME``), or the
start screen of the saved stories.

Start-up is what a user feels most, so this module imports only argparse and the settings
at load: the sources are read in a child process forked right after the command line is
parsed (``reader.services.read_ahead``), before the store, the readers or Textual load.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING

from reader import __version__
from reader.settings import DEFAULT_MAX_BYTES, DEFAULT_TIMEOUT

if TYPE_CHECKING:
    from reader.model import LoadError
    from reader.services.notes import NotesStore
    from reader.services.read_ahead import ReadAhead
    from reader.store.stories import StoryStore

# How long the command line waits, once Textual is loaded, for the sources read meanwhile
# before it opens the app: long enough for local files that all fail (they fail at once).
UNREADABLE_WAIT = 1.0

SOURCE_HELP = (
    "a file (.txt, .md, .html), a folder (its .txt/.md/.html files, sorted), "
    "an http(s):// URL, or - for standard input"
)
EPILOG = (
    "subcommands:\n"
    "  report    print the analysis as JSON (the newsdiff.report/1 contract) or Markdown\n"
    "  eval      score the analysis of a sample set against its expected.json\n"
    "  export    the notes on SOURCEs with the analysis, as Markdown or W3C JSON\n"
    "  stories   list the saved stories (newsdiff --story NAME SOURCE... saves one)\n"
    "  open      reopen a saved story: newsdiff open NAME\n"
    "  bundle    write a story to one file: newsdiff bundle NAME --output FILE\n"
    "  import    read a bundle into this data folder: newsdiff import FILE\n\n"
    "Run 'newsdiff SUBCOMMAND --help' for the options of each."
)


def add_ingest_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--max-bytes",
        type=int,
        default=DEFAULT_MAX_BYTES,
        metavar="N",
        help=f"refuse sources larger than N bytes (default {DEFAULT_MAX_BYTES})",
    )
    parser.add_argument(
        "--timeout",
        type=float,
        default=DEFAULT_TIMEOUT,
        metavar="SECONDS",
        help=f"give up on a URL after SECONDS (default {DEFAULT_TIMEOUT:g})",
    )


def add_story_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--story",
        metavar="NAME",
        help="save the SOURCEs as story NAME (creating or extending it) and use the whole "
        "story, with the corrections made on it",
    )
    add_refresh_option(parser)


def add_refresh_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--refresh",
        action="store_true",
        help="with --story: read the sources that came in a bundle from where they live "
        "(by default an imported story shows the bundled copies)",
    )


def parser() -> argparse.ArgumentParser:
    """The app's own command line: ``newsdiff [SOURCE...]``."""
    parser = argparse.ArgumentParser(
        prog="newsdiff",
        description="Compare news articles about one event side by side: aligned claims, "
        "divergent facts, omissions and framing, in the terminal.",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"newsdiff {__version__}")
    parser.add_argument("sources", nargs="*", metavar="SOURCE", help=SOURCE_HELP)
    parser.add_argument(
        "--divergences-first",
        action="store_true",
        help="open on the first divergent fact instead of the first passage",
    )
    add_story_option(parser)
    add_ingest_options(parser)
    from reader.settings import add_data_dir_option

    add_data_dir_option(parser)
    return parser


def main(argv: Sequence[str]) -> int:
    """``newsdiff [SOURCE...]``."""
    import gc

    gc.disable()  # no cyclic collection before the first frame: the app resumes it then
    try:
        return _run(parser().parse_args(argv))
    finally:
        gc.enable()


def run(args: argparse.Namespace) -> int:
    """Open the app with arguments already parsed (``sources``, ``story``, ``max_bytes``,
    ``timeout``, ``data_dir``): what ``newsdiff open NAME`` does."""
    import gc

    gc.disable()  # as main
    try:
        return _run(args)
    finally:
        gc.enable()


def _run(args: argparse.Namespace) -> int:
    if "-" in args.sources:
        from reader.cli.terminal import take_piped_stdin

        problem = take_piped_stdin(args.max_bytes)
        if problem:
            print(problem, file=sys.stderr)
            return 2
    stories: StoryStore | None = None
    if args.story is not None:
        found = _story_sources(args)
        if isinstance(found, int):
            return found
        stories = found
    elif not args.sources:
        stories = _start_stories(args.data_dir)
    if not args.sources and stories is None:
        from reader.settings import sample_sets

        sets = sample_sets()
        args.sources = [str(sets[0])] if sets else []
    if not args.sources and stories is None:
        print("newsdiff: no source given and no bundled sample set found", file=sys.stderr)
        return 2
    reading = None if args.story is not None else _read_ahead(args)
    try:
        return _open_app(args, stories, reading)
    finally:
        if reading is not None:
            reading.close()


def _read_ahead(args: argparse.Namespace) -> ReadAhead | None:
    """Start reading the sources in a child process (reader.services.read_ahead), before
    Textual loads."""
    import shutil

    from reader.services.read_ahead import read_ahead
    from reader.settings import MIN_PANE_WIDTH

    fit = shutil.get_terminal_size().columns // MIN_PANE_WIDTH  # the panes of the first frame
    return read_ahead(
        args.sources, max_bytes=args.max_bytes, timeout=args.timeout, first=max(2, fit)
    )


def _open_app(
    args: argparse.Namespace, stories: StoryStore | None, reading: ReadAhead | None
) -> int:
    from reader.ui.app import NewsdiffApp  # Textual loads only when the app opens

    if reading is not None:  # read meanwhile: sources that all fail need no full screen
        done = reading.finished(UNREADABLE_WAIT)
        if done is not None and not done.sources:
            return _unreadable(done.errors, done.notices)
    store, notices = open_notes(args.data_dir)
    session = None
    if stories and args.story:
        from reader.services.story_session import StorySession  # analysis: only for a story

        session = StorySession(stories, args.story, refresh=args.refresh)
    app = NewsdiffApp(
        args.sources,
        store=store,
        max_bytes=args.max_bytes,
        timeout=args.timeout,
        title=args.story or _set_title(args.sources),
        notices=notices,
        story=session,
        stories=stories,
        read_ahead=reading,
        divergences_first=args.divergences_first,
    )
    app.run()
    if app.unreadable and not app.return_code:  # read in the app (a URL): said once it closed
        return _unreadable(app.unreadable)
    return app.return_code or 0


def _unreadable(errors: Sequence[LoadError], notices: Sequence[str] = ()) -> int:
    """No source could be read: each reason on standard error, exit code 1."""
    from reader.cli.sources import say

    for problem in (*errors, *notices):
        say(str(problem))
    say("no source could be read")
    return 1


def _start_stories(folder: str | None) -> StoryStore | None:
    """The stories for the start screen; None (open the first sample) when unreadable."""
    from reader.store import StoreError
    from reader.store.stories import StoryStore

    try:
        return StoryStore.open(folder)
    except (StoreError, OSError):
        return None


def _story_sources(args: argparse.Namespace) -> StoryStore | int:
    """Save the SOURCEs in the story; the story's sources become the ones opened."""
    from reader.cli.sources import save_story, say
    from reader.store import StoreError
    from reader.store.stories import StoryStore

    try:
        stories = StoryStore.open(args.data_dir)
        save_story(stories, args.story, args.sources, args.max_bytes)
        if args.refresh:
            from reader.cli.sources import say_refresh

            say_refresh(stories, args.story)
        args.sources = list(stories.get(args.story).paths)
    except StoreError as exc:
        say(str(exc))
        return 1
    if not args.sources:
        say(f"story {args.story} holds no source yet: newsdiff --story NAME SOURCE... adds some")
        return 2
    return stories


def open_notes(folder: str | None) -> tuple[NotesStore, tuple[str, ...]]:
    """The annotation store for the app; in memory (and say so) when it cannot be opened."""
    from reader.services.notes import MemoryStore
    from reader.services.store_notes import StoreNotes
    from reader.store import AnnotationStore, StoreError

    try:
        store = AnnotationStore.open(folder)
    except (StoreError, OSError) as error:
        return MemoryStore(), (f"Notes are kept in memory only: {error}",)
    return StoreNotes(store), store.notices


def _set_title(sources: Sequence[str]) -> str:
    """A name for the source set: the folder's name when one folder was given."""
    from pathlib import Path

    if len(sources) == 1 and Path(sources[0]).is_dir():
        return Path(sources[0]).resolve().name
    return ""
