"""Accuracy measurement: sample sets against their planted truth (``samples``), the real-news
set against hand-made readings (``realnews``, ``newsdiff eval --real DIR``)."""

from __future__ import annotations

from collections.abc import Sequence

from reader.eval.samples import (
    EvalResult,
    analyse_set,
    cross_pairs,
    format_table,
    group_paragraphs,
    score,
)
from reader.eval.samples import main as samples_main


def main(argv: Sequence[str] | None = None) -> int:
    """``newsdiff eval``: sample sets, or the real-news set with ``--real DIR``."""
    import sys

    args = list(sys.argv[1:] if argv is None else argv)
    if any(a == "--real" or a.startswith("--real=") for a in args):
        from reader.eval import realnews

        return realnews.main(args)
    return samples_main(args)


__all__ = [
    "EvalResult",
    "analyse_set",
    "cross_pairs",
    "format_table",
    "group_paragraphs",
    "main",
    "score",
]
