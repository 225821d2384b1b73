"""``newsdiff keys``: every key binding with the user's key map applied. The binding ids
live with the UI's bindings, so ``reader.ui.keymap`` reads every argument after ``keys``."""

from __future__ import annotations

import argparse


def add_parser(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    # No option of its own ("\0" is no option prefix): --help and the rest reach keys_main.
    parser = commands.add_parser("keys", add_help=False, prefix_chars="\0")
    parser.add_argument("arguments", nargs=argparse.REMAINDER)
    parser.set_defaults(run=run, parser=parser)


def run(args: argparse.Namespace) -> int:
    from reader.ui.keymap import keys_main

    return keys_main(args.arguments)
