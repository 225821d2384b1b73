"""``newsdiff export``: analyse SOURCEs, read the notes on them, write Markdown or JSON.

Reading only: the store is opened (read-only is fine) and never written by an export. The
output file is replaced atomically, so a failed export leaves the previous one intact.
"""

from __future__ import annotations

import argparse
import sys
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from reader.settings import DEFAULT_MAX_BYTES, DEFAULT_TIMEOUT, add_data_dir_option

if TYPE_CHECKING:
    from reader.model import Analysis, LoadResult
    from reader.store import AnnotationStore

SOURCE_HELP = "a file, a folder, an http(s):// URL, or - for standard input (as for report)"


def add_parser(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    from reader.export.output import add_output_options
    from reader.store import LABELS

    p = commands.add_parser(
        "export",
        description="Export the notes on SOURCEs with the analysis: Markdown (a briefing for "
        "a draft or Obsidian) or W3C Web Annotation JSON (for other tools). Writes to "
        "standard output unless --output is given.",
    )
    p.add_argument("--format", choices=("md", "json"), default="md", help="default: md")
    add_output_options(p)
    p.add_argument("--tag", metavar="T", help="only notes carrying tag T")
    p.add_argument("--label", choices=LABELS, help="only notes with this label")
    p.add_argument(
        "--annotated-only",
        action="store_true",
        help="Markdown: only the claims that carry a note",
    )
    p.add_argument(
        "--title",
        help="title of the export (default: the story's name with --story, else the words "
        "most headlines share)",
    )
    p.add_argument(
        "--include-discarded",
        action="store_true",
        help="keep the sources marked discard (t in the app's sources screen); by default "
        "they are left out, with their claims' passages, values and notes",
    )
    add_data_dir_option(p)
    p.add_argument(
        "--max-bytes",
        type=int,
        default=DEFAULT_MAX_BYTES,
        metavar="N",
        help=f"refuse sources larger than N bytes (default {DEFAULT_MAX_BYTES})",
    )
    p.add_argument(
        "--story",
        metavar="NAME",
        help="export the saved story NAME, with its corrections (reads only; no SOURCE then)",
    )
    p.add_argument(
        "--refresh",
        action="store_true",
        help="with --story: read the sources that came in a bundle from where they live",
    )
    p.add_argument("sources", nargs="*", metavar="SOURCE", help=SOURCE_HELP)
    p.set_defaults(run=run, parser=p)


def run(args: argparse.Namespace) -> int:
    if not args.sources and args.story is None:
        args.parser.error("give SOURCEs, or --story NAME")
    from reader.cli.sources import named
    from reader.export import (
        export_markdown,
        export_title,
        export_webannotation,
        gather,
        without_sources,
    )
    from reader.export.output import write_output
    from reader.store import AnnotationStore, StoreError

    if args.story is not None:  # the story's sources with its corrections
        from reader.cli.sources import story_output

        found: tuple[Analysis, LoadResult] | int | None = story_output(args)
    else:
        from reader.cli.sources import analyse_sources

        found = analyse_sources(args.sources, max_bytes=args.max_bytes, timeout=DEFAULT_TIMEOUT)
    if not isinstance(found, tuple):
        return 1 if found is None else found
    analysis, loaded = found
    try:
        with AnnotationStore.open(args.data_dir) as store:
            for notice in store.notices:
                print(f"newsdiff: {notice}", file=sys.stderr)
            analysis = named(store, analysis)
            if not args.include_discarded:
                analysis = without_sources(analysis, discarded(store, analysis))
            notes = gather(store, analysis, tag=args.tag, label=args.label)
            unsaved = len(store.drafts.on(analysis.sources))
    except StoreError as exc:
        print(f"newsdiff: {exc}", file=sys.stderr)
        return 1
    if unsaved:
        print(
            f"newsdiff: {unsaved} unsaved note(s) on these sources are not exported "
            "(the app's A lists them; ctrl+s saves one)",
            file=sys.stderr,
        )
    now = datetime.now(UTC)
    title = args.title or export_title(analysis, args.story)
    if args.format == "json":
        generated = now.isoformat(timespec="seconds")
        text = export_webannotation(analysis, notes, generated=generated, title=title)
    else:
        text = export_markdown(
            analysis,
            notes,
            date=now.date().isoformat(),
            title=title,
            annotated_only=args.annotated_only,
        )
    if args.output is None:
        sys.stdout.write(text)
    elif not write_output(
        args.output, text, force=args.force, follow_symlinks=args.follow_symlinks
    ):
        return 1
    return 1 if loaded.errors else 0


def discarded(store: AnnotationStore, analysis: Analysis) -> list[str]:
    """The ids of the sources the user marked discard."""
    out = []
    for source in analysis.sources:
        mark = store.get_triage(source)
        if mark is not None and mark.mark == "discard":
            out.append(source.id)
    return out
