"""SOURCEs, or a story, read and analysed for the command-line outputs (``report``,
``export``, ``--story NAME``), with every problem told on standard error as one inert line.

A story is read with ``reader.services.story_sources.load_story`` (live sources, else the
copies kept), analysed, and the reviewer's corrections are applied on top, so every output
of a story follows the corrections.

A path or a notice may hold escape sequences or a newline, so nothing reaches the terminal
without ``inert``; both outputs read the same way, so they warn and fail the same way.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date
from typing import TYPE_CHECKING

from reader.model import Analysis, LoadError, LoadResult
from reader.settings import DEFAULT_TIMEOUT
from reader.text.safe import inert

if TYPE_CHECKING:
    from reader.store import AnnotationStore
    from reader.store.stories import StoryStore


def say(message: str) -> None:
    """One inert line on standard error (a path may hold escape sequences)."""
    print(f"newsdiff: {inert(message, keep_newlines=False)}", file=sys.stderr)


def parse_dates(given: Sequence[str]) -> list[tuple[str, str]]:
    """``--date`` values as (source, YYYY-MM-DD) pairs; source '' for a bare date. Raises
    ValueError with a one-line reason for a malformed one."""
    out = []
    for spec in given:
        where, _, day = spec.rpartition("=")
        try:
            date.fromisoformat(day)
        except ValueError:
            raise ValueError(f"--date {spec!r}: give YYYY-MM-DD or SOURCE=YYYY-MM-DD") from None
        if len(day) != 10:
            raise ValueError(f"--date {spec!r}: give YYYY-MM-DD or SOURCE=YYYY-MM-DD")
        out.append((where, day))
    return out


def with_dates(loaded: LoadResult, dates: Sequence[tuple[str, str]]) -> LoadResult:
    """Sources with the publication date the user gave: ``SOURCE=DAY`` for the source whose
    path or file name is SOURCE, a bare ``DAY`` for every source that has none. A weekday is
    resolved only from a known publication date, so this is how an undated copy gets one."""
    sources = []
    used: set[str] = set()
    for source in loaded.sources:
        tail = source.path.rstrip("/").rsplit("/", 1)[-1]
        day = next(
            (d for w, d in dates if w and w in (source.path, tail, source.id)),
            None,
        )
        if day is not None:
            used.update(w for w, d in dates if w in (source.path, tail, source.id))
        elif source.published is None:
            day = next((d for w, d in dates if not w), None)
        sources.append(replace(source, published=day) if day else source)
    for where, _ in dates:
        if where and where not in used:
            say(f"--date {where}: no such source")
    return replace(loaded, sources=tuple(sources))


def analyse_sources(
    specs: Sequence[str],
    *,
    max_bytes: int,
    timeout: float,
    dates: Sequence[tuple[str, str]] = (),
    quiet: bool = True,
) -> tuple[Analysis, LoadResult] | None:
    """The analysis of the SOURCEs that could be read, with what was loaded; None (after
    saying so) when none could be read. ``dates``: the user's publication dates (--date).
    Unless ``quiet``, a progress bar shows on a terminal's standard error (``cli.progress``)."""
    from reader.analysis import analyze
    from reader.ingest import load_sources

    loaded = with_dates(load_sources(specs, max_bytes=max_bytes, timeout=timeout), dates)
    for problem in (*loaded.errors, *loaded.notices):
        say(str(problem))
    if not loaded.sources:
        say("no source could be read")
        return None
    from reader.cli.progress import progress_bar

    bar = None if quiet else progress_bar(sys.stderr, quiet=False)
    try:
        analysis = analyze(loaded.sources, errors=loaded.errors, progress=bar)
    finally:
        if bar is not None:
            bar.close()
    for notice in analysis.notices:
        say(notice)
    return analysis, loaded


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
    from reader.store.names import check_story_name

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
    stories: StoryStore,
    name: str,
    *,
    max_bytes: int,
    timeout: float,
    refresh: bool = False,
    remember: bool = True,
) -> StoryAnalysis:
    """The story's sources, analysed, with its corrections applied and the user's names for
    its sources; notices on stderr. Without ``remember`` nothing is written (a read command).
    The story is read and corrected by the app's own ``StorySession``."""
    from reader.analysis import analyze
    from reader.services.story_session import StorySession

    if refresh:
        say_refresh(stories, name)
    session = StorySession(stories, name, refresh=refresh)
    loaded = session.load(max_bytes=max_bytes, timeout=timeout, remember=remember)
    for problem in (*loaded.errors, *loaded.notices):
        say(str(problem))
    if not loaded.sources:
        say("no source of the story could be read")
        return StoryAnalysis(None, loaded)
    analysis = analyze(loaded.sources, errors=loaded.errors)
    for notice in analysis.notices:
        say(notice)
    corrected = session.apply(analysis)
    if session.detached:
        say(
            f"{len(session.detached)} correction(s) no longer find their passages and are "
            "not applied"
        )
    from reader.store import AnnotationStore

    notes = AnnotationStore(stories.database)  # the same database: not closed apart
    return StoryAnalysis(named(notes, corrected), loaded)


def named(notes: AnnotationStore, analysis: Analysis) -> Analysis:
    """``analysis`` with the user's names for its sources (``r`` in the sources screen),
    read from the notes database; as it is when they cannot be read."""
    from reader.model.names import with_user_names
    from reader.store import StoreError

    names: dict[str, str] = {}
    try:
        for source in analysis.sources:
            name = notes.get_source_name(source)
            if name:
                names[source.id] = name
    except StoreError:  # a database older than names, opened read-only
        return analysis
    return with_user_names(analysis, names)


def story_output(
    args: argparse.Namespace, *, timeout: float = DEFAULT_TIMEOUT
) -> tuple[Analysis, LoadResult] | int:
    """``newsdiff report|export --story NAME``: the corrected analysis of the saved story
    with what was loaded, or the exit code (after saying why): 2 when no story has that
    name, 1 when none of its sources could be read. Reads only: the story is never created
    or changed (its sources are not saved again, its opening time stays)."""
    from reader.settings import user_data_dir
    from reader.store import StoreError
    from reader.store.names import StoryNameError, check_story_name
    from reader.store.paths import DB_NAME
    from reader.store.stories import StoryNotFoundError, StoryStore

    command = args.parser.prog.removeprefix("newsdiff ")  # say() says "newsdiff: " first
    if args.sources:
        say(
            f"{command} --story reads a saved story and never changes it: give no SOURCE "
            "(newsdiff --story NAME SOURCE... adds sources to a story)"
        )
        return 2
    try:
        check_story_name(args.story)
        if not os.path.lexists(user_data_dir(args.data_dir) / DB_NAME):  # create none
            raise StoryNotFoundError(args.story)
        stories = StoryStore.open(args.data_dir)
        stories.get(args.story)
    except (StoryNameError, StoryNotFoundError) as exc:
        say(f"{command}: {exc}")
        return 2
    except StoreError as exc:
        say(str(exc))
        return 1
    try:
        done = analyse_story(
            stories,
            args.story,
            max_bytes=args.max_bytes,
            timeout=timeout,
            refresh=getattr(args, "refresh", False),
            remember=False,
        )
    except StoreError as exc:
        say(str(exc))
        return 1
    finally:
        stories.close()
    if done.analysis is None:
        return 1
    return done.analysis, done.loaded
