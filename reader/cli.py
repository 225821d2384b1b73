"""Command line: ``newsdiff [SOURCE...]`` opens the app; subcommands run headless.

Exit codes follow the report contract: 0 success, 1 some source could not be read (the
rest were still used), 2 usage error.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from reader import __version__
from reader.limits import DEFAULT_MAX_BYTES, DEFAULT_TIMEOUT

if TYPE_CHECKING:
    from reader.read_ahead import ReadAhead
    from reader.services.notes import NotesStore
    from reader.store.stories import StoryStore

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


def _add_ingest_options(parser: argparse.ArgumentParser) -> None:
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


def _add_story_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--story",
        metavar="NAME",
        help="save the SOURCEs as story NAME (creating or extending it) and use the whole "
        "story, with the corrections made on it",
    )
    parser.add_argument(
        "--refresh",
        action="store_true",
        help="with --story: read the sources that came in a bundle from where they live "
        "(by default an imported story shows the bundled copies)",
    )


def _app_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="newsdiff",
        description="Compare news articles about one event side by side: aligned claims, "
        "divergent facts, omissions and framing, in the terminal.",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"newsdiff {__version__}")
    parser.add_argument("sources", nargs="*", metavar="SOURCE", help=SOURCE_HELP)
    _add_story_option(parser)
    _add_ingest_options(parser)
    from reader.data_dir import add_data_dir_option

    add_data_dir_option(parser)
    return parser


def _report_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="newsdiff report",
        description="Analyse SOURCEs without opening the app and print the report on standard "
        "output. Unreadable sources are listed on standard error (exit code 1); the report "
        "covers the rest.",
    )
    parser.add_argument(
        "--format",
        choices=("json", "md"),
        default="json",
        help="json: the newsdiff.report/1 contract (default); md: a readable briefing",
    )
    parser.add_argument("sources", nargs="*", metavar="SOURCE", help=SOURCE_HELP)
    parser.add_argument(
        "--date",
        action="append",
        default=[],
        metavar="[SOURCE=]YYYY-MM-DD",
        help="the publication date of SOURCE (its path or file name), or of every source "
        "that has none; weekdays ('on Thursday') are resolved only from a known date "
        "(repeatable)",
    )
    parser.add_argument(
        "--quiet",
        action="store_true",
        help="no progress bar (it shows only on a terminal, after a second of analysis)",
    )
    _add_story_option(parser)
    _add_ingest_options(parser)
    from reader.data_dir import add_data_dir_option

    add_data_dir_option(parser)
    return parser


def _report(argv: Sequence[str]) -> int:
    parser = _report_parser()
    args = parser.parse_args(argv)
    if args.story is not None:  # the story's sources with its corrections (reader.story_cli)
        from reader.story_cli import story_output

        found = story_output(args, timeout=args.timeout)
    elif not args.sources:
        parser.error("give SOURCEs, or --story NAME")
    else:
        from reader.cli_sources import analyse_sources, parse_dates

        try:
            dates = parse_dates(args.date)
        except ValueError as problem:
            parser.error(str(problem))
        found = analyse_sources(
            args.sources,
            max_bytes=args.max_bytes,
            timeout=args.timeout,
            dates=dates,
            quiet=args.quiet,
        )
    if found is None:
        return 1
    analysis, loaded = found
    from reader.report import report_json, report_markdown

    sys.stdout.write(report_json(analysis) if args.format == "json" else report_markdown(analysis))
    return 1 if loaded.errors else 0


def _app(argv: Sequence[str]) -> int:
    import gc

    gc.disable()  # no cyclic collection before the first frame: the app resumes it then
    try:
        return _run_app(argv)
    finally:
        gc.enable()


def _run_app(argv: Sequence[str]) -> int:
    args = _app_parser().parse_args(argv)
    if "-" in args.sources:
        from reader.ui.terminal import take_piped_stdin

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
        from reader.resources import sample_sets

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
    """Start reading the sources in a child process (reader.read_ahead), before Textual loads."""
    import shutil

    from reader.limits import MIN_PANE_WIDTH
    from reader.read_ahead import read_ahead

    fit = shutil.get_terminal_size().columns // MIN_PANE_WIDTH  # the panes of the first frame
    return read_ahead(
        args.sources, max_bytes=args.max_bytes, timeout=args.timeout, first=max(2, fit)
    )


def _open_app(
    args: argparse.Namespace, stories: StoryStore | None, reading: ReadAhead | None
) -> int:
    from reader.ui.app import NewsdiffApp  # Textual loads only when the app opens

    store, notices = _open_notes(args.data_dir)
    session = None
    if stories and args.story:
        from reader.services.story_session import StorySession  # analysis modules: only for a story

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
    )
    app.run()
    return app.return_code or 0


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
    from reader.cli_sources import say
    from reader.store import StoreError
    from reader.store.stories import StoryStore
    from reader.story_cli import save_story

    try:
        stories = StoryStore.open(args.data_dir)
        save_story(stories, args.story, args.sources, args.max_bytes)
        if args.refresh:
            from reader.story_cli import say_refresh

            say_refresh(stories, args.story)
        args.sources = list(stories.get(args.story).paths)
    except StoreError as exc:
        say(str(exc))
        return 1
    if not args.sources:
        say(f"story {args.story} holds no source yet: newsdiff --story NAME SOURCE... adds some")
        return 2
    return stories


def _open_notes(folder: str | None) -> tuple[NotesStore, tuple[str, ...]]:
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


def _eval(argv: Sequence[str]) -> int:
    from reader.eval import main as eval_main

    return eval_main(argv)


def _export(argv: Sequence[str]) -> int:
    from reader.export.command import main as export_main

    return export_main(argv)


def _keys(argv: Sequence[str]) -> int:
    from reader.ui.keymap import keys_main  # binding ids live with the UI's bindings

    return keys_main(argv)


def _story_command(name: str) -> Callable[[Sequence[str]], int]:
    def run(argv: Sequence[str]) -> int:
        from reader import story_cli

        handler: Callable[[Sequence[str]], int] = getattr(story_cli, f"{name}_main")
        return handler(argv)

    return run


COMMANDS = {
    "report": _report,
    "eval": _eval,
    "keys": _keys,
    "export": _export,
    "stories": _story_command("stories"),
    "open": _story_command("open"),
    "bundle": _story_command("bundle"),
    "import": _story_command("import"),
}


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    try:
        if args and args[0] in COMMANDS:
            return COMMANDS[args[0]](args[1:])
        return _app(args)
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0


if __name__ == "__main__":
    sys.exit(main())
