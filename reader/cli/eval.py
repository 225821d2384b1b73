"""``newsdiff eval``: the accuracy measurement of ``reader.eval``, whose own command line
reads every argument after ``eval`` (sample sets, or the real-news set with ``--real``)."""

from __future__ import annotations

import argparse


def add_parser(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    # No option of its own ("\0" is no option prefix): ``--help``, ``--real`` and the rest
    # all reach reader.eval's parser.
    parser = commands.add_parser("eval", add_help=False, prefix_chars="\0")
    parser.add_argument("arguments", nargs=argparse.REMAINDER)
    parser.set_defaults(run=run, parser=parser)


def run(args: argparse.Namespace) -> int:
    from reader.eval import main

    return main(args.arguments)
