"""``newsdiff stories`` lists the saved stories; ``newsdiff open NAME`` reopens one in the app.

A story is saved with ``newsdiff --story NAME SOURCE...`` (``reader.cli.app``); its reading
and analysis for the other outputs are in ``reader.cli.sources``.
"""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from reader.cli.app import SOURCE_HELP, add_ingest_options, add_refresh_option
from reader.settings import add_data_dir_option

if TYPE_CHECKING:
    from reader.store.stories import StoryStore


def open_stories(folder: str | None) -> StoryStore:
    """The story store, its notices said on standard error."""
    from reader.cli.sources import say
    from reader.store.stories import StoryStore

    stories = StoryStore.open(folder)
    for notice in stories.database.notices:
        say(notice)
    return stories


def add_stories_parser(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = commands.add_parser(
        "stories", description="List the saved stories, last opened first."
    )
    add_data_dir_option(parser)
    parser.set_defaults(run=run_stories, parser=parser)


def run_stories(args: argparse.Namespace) -> int:
    from reader.cli.sources import say
    from reader.store import StoreError
    from reader.text.safe import inert

    try:
        stories = open_stories(args.data_dir)
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


def add_open_parser(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = commands.add_parser("open", description="Reopen a saved story in the app.")
    add_data_dir_option(parser)
    parser.add_argument("story", metavar="NAME")
    # As for ``newsdiff --story NAME``: SOURCEs given here join the story.
    parser.add_argument("sources", nargs="*", metavar="SOURCE", help=SOURCE_HELP)
    parser.add_argument(
        "--divergences-first",
        action="store_true",
        help="open on the first divergent fact instead of where you left the story",
    )
    add_refresh_option(parser)
    add_ingest_options(parser)
    parser.set_defaults(run=run_open, parser=parser)


def run_open(args: argparse.Namespace) -> int:
    """The app on the story: ``newsdiff --story NAME [SOURCE...]``, without a second parse."""
    from reader.cli import app

    return app.run(args)
