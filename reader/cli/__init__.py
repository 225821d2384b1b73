"""Command line: ``newsdiff [SOURCE...]`` opens the app; subcommands run headless.

Exit codes follow the report contract: 0 success, 1 some source could not be read (the
rest were still used), 2 usage error.

One module per command: ``app`` (the default), ``report``, ``export``, ``stories`` (with
``open``), ``bundle`` (with ``import``), ``eval`` and ``keys``. Each adds its argparse
subparser and sets the function that runs it. Only the subparser of the command given is
built: the options of some need the store (``export --label``), and the app's start-up must
load nothing it does not use (``reader.cli.app``).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    Subparsers = argparse._SubParsersAction[argparse.ArgumentParser]

COMMANDS = ("report", "eval", "keys", "export", "stories", "open", "bundle", "import")


def _adder(command: str) -> Callable[[Subparsers], None]:
    """The function adding ``command``'s subparser (its module is imported only now)."""
    if command == "report":
        from reader.cli import report

        return report.add_parser
    if command == "eval":
        from reader.cli import eval as evaluate

        return evaluate.add_parser
    if command == "keys":
        from reader.cli import keys

        return keys.add_parser
    if command == "export":
        from reader.cli import export

        return export.add_parser
    if command in ("stories", "open"):
        from reader.cli import stories

        return stories.add_stories_parser if command == "stories" else stories.add_open_parser
    from reader.cli import bundle

    return bundle.add_bundle_parser if command == "bundle" else bundle.add_import_parser


def _run_command(argv: Sequence[str]) -> int:
    parser = argparse.ArgumentParser(prog="newsdiff")
    _adder(argv[0])(parser.add_subparsers(metavar="COMMAND", required=True))
    args, unknown = parser.parse_known_args(argv)
    if unknown:  # told by the command's parser, as "newsdiff report: error: ..."
        args.parser.error(f"unrecognized arguments: {' '.join(unknown)}")
    run: Callable[[argparse.Namespace], int] = args.run
    return run(args)


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    try:
        if args and args[0] in COMMANDS:
            return _run_command(args)
        from reader.cli.app import main as app_main

        return app_main(args)
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0
