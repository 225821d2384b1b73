"""``newsdiff report``: analyse SOURCEs (or a story) without opening the app and print the
report (the ``newsdiff.report/1`` JSON contract, or a Markdown briefing) on standard output."""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

from reader.cli.app import SOURCE_HELP, add_ingest_options, add_refresh_option
from reader.settings import add_data_dir_option

if TYPE_CHECKING:
    from reader.model import Analysis, LoadResult


def add_parser(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = commands.add_parser(
        "report",
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
    parser.add_argument(
        "--story",
        metavar="NAME",
        help="report on the saved story NAME, with its corrections and source names (reads "
        "only: the story is never created or changed; no SOURCE then)",
    )
    add_refresh_option(parser)
    add_ingest_options(parser)
    add_data_dir_option(parser)
    parser.set_defaults(run=run, parser=parser)


def run(args: argparse.Namespace) -> int:
    if args.story is not None:  # the story's sources with its corrections
        from reader.cli.sources import story_output

        found: tuple[Analysis, LoadResult] | int | None = story_output(args, timeout=args.timeout)
    elif not args.sources:
        args.parser.error("give SOURCEs, or --story NAME")
    else:
        from reader.cli.sources import analyse_sources, parse_dates

        try:
            dates = parse_dates(args.date)
        except ValueError as problem:
            args.parser.error(str(problem))
        found = analyse_sources(
            args.sources,
            max_bytes=args.max_bytes,
            timeout=args.timeout,
            dates=dates,
            quiet=args.quiet,
        )
    if not isinstance(found, tuple):
        return 1 if found is None else found
    analysis, loaded = found
    from reader.report import report_json, report_markdown

    sys.stdout.write(report_json(analysis) if args.format == "json" else report_markdown(analysis))
    return 1 if loaded.errors else 0
