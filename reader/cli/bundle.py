"""``newsdiff bundle NAME --output FILE`` writes a story (sources, corrections, notes) to one
file; ``newsdiff import FILE`` reads one into this data folder."""

from __future__ import annotations

import argparse

from reader.settings import DEFAULT_MAX_BYTES, DEFAULT_TIMEOUT, add_data_dir_option


def add_bundle_parser(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    from reader.export.output import add_output_options

    parser = commands.add_parser(
        "bundle", description="Write a story (sources, corrections, notes) to one file."
    )
    add_data_dir_option(parser)
    parser.add_argument("name", metavar="NAME")
    add_output_options(parser, required=True)
    parser.set_defaults(run=run_bundle, parser=parser)


def run_bundle(args: argparse.Namespace) -> int:
    from reader.cli.sources import say
    from reader.cli.stories import open_stories
    from reader.export.output import write_output
    from reader.services.story_sources import load_story
    from reader.store import StoreError
    from reader.store.bundle import bundle_document, bundle_summary, bundle_text

    try:
        stories = open_stories(args.data_dir)
        read = load_story(stories, args.name, max_bytes=DEFAULT_MAX_BYTES, timeout=DEFAULT_TIMEOUT)
        for problem in (*read.loaded.errors, *read.notices):
            say(str(problem))
        document = bundle_document(stories, args.name)
    except StoreError as exc:
        say(str(exc))
        return 1
    text = bundle_text(document)
    if not write_output(args.output, text, force=args.force, follow_symlinks=args.follow_symlinks):
        return 1
    from reader.text.safe import inert

    print(
        f"wrote story {inert(document['story']['name'], keep_newlines=False)} to "
        f"{inert(args.output, keep_newlines=False)}: {bundle_summary(document)} "
        f"({_size(len(text.encode('utf-8')))})"
    )
    return 0


def _size(n: int) -> str:
    if n < 1024:
        return f"{n} bytes"
    if n < 1024 * 1024:
        return f"{n / 1024:.0f} KB"
    return f"{n / 1024 / 1024:.1f} MB"


def add_import_parser(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = commands.add_parser(
        "import", description="Import a story bundle into the data folder."
    )
    add_data_dir_option(parser)
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
    parser.set_defaults(run=run_import, parser=parser)


def run_import(args: argparse.Namespace) -> int:
    from reader.cli.sources import say
    from reader.cli.stories import open_stories
    from reader.ingest.errors import IngestError
    from reader.ingest.read import read_file
    from reader.store import StoreError
    from reader.store.bundle import read_bundle
    from reader.text.safe import inert

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
            open_stories(args.data_dir), text, rename=args.rename, max_bytes=args.max_bytes
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
