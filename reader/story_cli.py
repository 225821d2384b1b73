"""The story commands: ``stories``, ``open``, ``bundle``, ``import``, and ``--story NAME`` for
the app, ``report`` and ``export``.

A story is read with ``reader.services.story_sources.load_story`` (live sources, else the copies
kept), analysed, and the reviewer's corrections are applied on top, so every output of a
story follows the corrections.
"""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from dataclasses import dataclass

from reader.cli_sources import say
from reader.ingest import DEFAULT_MAX_BYTES, DEFAULT_TIMEOUT
from reader.model import Analysis, LoadError, LoadResult
from reader.store import StoreError, add_data_dir_option
from reader.store.names import check_story_name
from reader.store.stories import StoryStore
from reader.text.safe import inert


@dataclass(frozen=True, slots=True)
class StoryAnalysis:
    analysis: Analysis | None  # None when no source could be read
    loaded: LoadResult


def save_story(
    stories: StoryStore, name: str, specs: Sequence[str], max_bytes: int
) -> tuple[LoadError, ...]:
    """Create or extend ``name`` with the sources ``specs`` stand for; the sources that
    could not be read (said on stderr, and returned so the exit code can tell)."""
    from reader.ingest import load_sources
    from reader.store import SourceRecord

    check_story_name(name)
    if not specs:
        return ()
    loaded = load_sources(specs, max_bytes=max_bytes)
    for problem in (*loaded.errors, *loaded.notices):
        say(str(problem))
    kept = [s for s in loaded.sources if s.path != "-"]
    if len(kept) != len(loaded.sources):
        say("standard input cannot be kept in a story: save it to a file first")
    stories.save(name, [SourceRecord.of(s) for s in kept])
    return loaded.errors


def say_refresh(stories: StoryStore, name: str) -> None:
    """Before ``--refresh`` reads them: which bundled sources will be read where they live."""
    for source in stories.get(name).sources:
        if source.origin == "bundle":
            say(f"--refresh: reading {source.path} where it lives")


def analyse_story(
    stories: StoryStore, name: str, *, max_bytes: int, timeout: float, refresh: bool = False
) -> StoryAnalysis:
    """The story's sources, analysed, with its corrections applied; notices on stderr."""
    from reader.analysis import analyze
    from reader.analysis.corrections import correct
    from reader.services.story_sources import load_story

    if refresh:
        say_refresh(stories, name)
    read = load_story(stories, name, max_bytes=max_bytes, timeout=timeout, refresh=refresh)
    for problem in (*read.loaded.errors, *read.notices):
        say(str(problem))
    if not read.loaded.sources:
        say("no source of the story could be read")
        return StoryAnalysis(None, read.loaded)
    analysis = analyze(read.loaded.sources, errors=read.loaded.errors)
    for notice in analysis.notices:
        say(notice)
    applied = correct(analysis, stories.corrections(name))
    if applied.detached:
        say(
            f"{len(applied.detached)} correction(s) no longer find their passages and are "
            "not applied"
        )
    return StoryAnalysis(applied.analysis, read.loaded)


def story_output(
    args: argparse.Namespace, *, timeout: float = DEFAULT_TIMEOUT
) -> tuple[Analysis, LoadResult] | None:
    """``newsdiff report|export --story NAME [SOURCE...]``: the corrected analysis with what
    was loaded, or None (after saying why)."""
    try:
        stories = StoryStore.open(args.data_dir)
        unread = save_story(stories, args.story, args.sources, args.max_bytes)
        done = analyse_story(
            stories,
            args.story,
            max_bytes=args.max_bytes,
            timeout=timeout,
            refresh=getattr(args, "refresh", False),
        )
    except StoreError as exc:
        say(str(exc))
        return None
    if done.analysis is None:
        return None
    loaded = done.loaded
    if unread:  # a SOURCE named on the command line that could not be read: exit code 1
        loaded = LoadResult(loaded.sources, (*unread, *loaded.errors), loaded.notices)
    return done.analysis, loaded


def _parser(prog: str, description: str) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog=f"newsdiff {prog}", description=description)
    add_data_dir_option(parser)
    return parser


def _open_stories(folder: str | None) -> StoryStore:
    stories = StoryStore.open(folder)
    for notice in stories.database.notices:
        say(notice)
    return stories


def stories_main(argv: Sequence[str]) -> int:
    args = _parser("stories", "List the saved stories, last opened first.").parse_args(argv)
    try:
        stories = _open_stories(args.data_dir)
        summaries = stories.summaries()
    except StoreError as exc:
        say(str(exc))
        return 1
    if not summaries:
        print("no story yet: newsdiff --story NAME SOURCE... saves one")
        return 0
    width = max(len(s.name) for s in summaries)
    for s in summaries:
        name = inert(s.name, keep_newlines=False)
        print(
            f"{name:<{width}}  {s.sources:>3} sources  {s.annotations:>3} notes  "
            f"last opened {s.opened[:16].replace('T', ' ')}"
        )
    return 0


def open_main(argv: Sequence[str]) -> int:
    parser = _parser("open", "Reopen a saved story in the app.")
    parser.add_argument("name", metavar="NAME")
    args, rest = parser.parse_known_args(argv)
    from reader.cli import main as cli_main

    extra = ["--data-dir", args.data_dir] if args.data_dir else []
    return cli_main([f"--story={args.name}", *extra, *rest])  # a name may start with '-'


def bundle_main(argv: Sequence[str]) -> int:
    from reader.export.output import add_output_options

    parser = _parser("bundle", "Write a story (sources, corrections, notes) to one file.")
    parser.add_argument("name", metavar="NAME")
    add_output_options(parser, required=True)
    args = parser.parse_args(argv)
    from reader.export.output import write_output
    from reader.services.story_sources import load_story
    from reader.store.bundle import write_bundle

    try:
        stories = _open_stories(args.data_dir)
        read = load_story(stories, args.name, max_bytes=DEFAULT_MAX_BYTES, timeout=DEFAULT_TIMEOUT)
        for problem in (*read.loaded.errors, *read.notices):
            say(str(problem))
        text = write_bundle(stories, args.name)
    except StoreError as exc:
        say(str(exc))
        return 1
    if not write_output(args.output, text, force=args.force, follow_symlinks=args.follow_symlinks):
        return 1
    return 0


def import_main(argv: Sequence[str]) -> int:
    parser = _parser("import", "Import a story bundle into the data folder.")
    parser.add_argument("file", metavar="FILE")
    parser.add_argument("--as", dest="rename", metavar="NAME", help="save it under NAME")
    parser.add_argument(
        "--max-bytes",
        type=int,
        default=DEFAULT_MAX_BYTES,
        metavar="N",
        help=f"refuse a source copy larger than N bytes, and a bundle larger than 4N "
        f"(default {DEFAULT_MAX_BYTES})",
    )
    args = parser.parse_args(argv)
    from reader.ingest.errors import IngestError
    from reader.ingest.read import read_file
    from reader.store.bundle import read_bundle

    try:
        raw = read_file(args.file, 4 * args.max_bytes + 2**20, DEFAULT_TIMEOUT)
        text = raw.decode("utf-8")
    except IngestError as exc:
        say(f"cannot read {args.file}: {exc.reason}")
        return 1
    except UnicodeDecodeError:
        say(f"cannot read {args.file}: this file is not a newsdiff bundle (not UTF-8 text)")
        return 1
    try:
        done = read_bundle(
            _open_stories(args.data_dir), text, rename=args.rename, max_bytes=args.max_bytes
        )
    except StoreError as exc:
        say(str(exc))
        return 1
    kept = f" ({done.kept} already here, kept as they are)" if done.kept else ""
    print(
        f"imported story {inert(done.name, keep_newlines=False)}: {done.sources} sources, "
        f"{done.corrections} corrections, {done.annotations} notes{kept}; its sources are "
        "shown from the bundled copies (--refresh reads them where they live)"
    )
    return 0
