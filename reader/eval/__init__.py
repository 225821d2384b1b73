"""Accuracy measurement: sample sets against their planted truth (``samples``)."""

from __future__ import annotations

from reader.eval.samples import (
    EvalResult,
    analyse_set,
    cross_pairs,
    format_table,
    group_paragraphs,
    main,
    score,
)

__all__ = [
    "EvalResult",
    "analyse_set",
    "cross_pairs",
    "format_table",
    "group_paragraphs",
    "main",
    "score",
]
