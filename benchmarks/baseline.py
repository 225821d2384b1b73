"""The reference a scripter would write: difflib all-pairs paragraph matching.

For every pair of sources, for every pair of paragraphs, ``SequenceMatcher(None, a, b)
.ratio() > threshold`` marks the two as reporting the same thing. Its cost is exactly one
``ratio()`` per cross-source paragraph pair, so it grows with the square of the number of
sources. Run in full it takes minutes on 40 sources; the benchmark times a fixed sample of
source pairs and scales by the number of pairs (the work per pair does not depend on the
other pairs), and says so in the results.
"""

from __future__ import annotations

import random
import time
from dataclasses import dataclass
from difflib import SequenceMatcher
from itertools import combinations
from pathlib import Path

THRESHOLD = 0.6


def read_paragraphs(folder: Path) -> list[list[str]]:
    """What the script would do to load: every .txt file, split on blank lines."""
    return [
        [chunk.strip() for chunk in path.read_text(encoding="utf-8").split("\n\n") if chunk.strip()]
        for path in sorted(folder.glob("*.txt"))
    ]


def match_pair(
    left: list[str], right: list[str], threshold: float = THRESHOLD
) -> list[tuple[int, int]]:
    """Every (i, j) with paragraph i of ``left`` and j of ``right`` similar enough."""
    return [
        (i, j)
        for i, a in enumerate(left)
        for j, b in enumerate(right)
        if SequenceMatcher(None, a, b).ratio() > threshold
    ]


def match_all(sources: list[list[str]], threshold: float = THRESHOLD) -> int:
    """The full baseline; returns the number of matched paragraph pairs."""
    return sum(len(match_pair(a, b, threshold)) for a, b in combinations(sources, 2))


@dataclass(frozen=True, slots=True)
class BaselineTiming:
    seconds: float  # estimated time of the full all-pairs run (load included)
    source_pairs: int  # pairs in the full run
    sampled_pairs: int  # pairs actually timed
    paragraph_pairs: int  # ratio() calls in the full run


def time_baseline(folder: Path, max_pairs: int = 8, seed: int = 0) -> BaselineTiming:
    """Time loading in full and ``max_pairs`` source pairs, then scale to all pairs."""
    started = time.perf_counter()
    sources = read_paragraphs(folder)
    load_seconds = time.perf_counter() - started
    pairs = list(combinations(range(len(sources)), 2))
    sample = pairs if len(pairs) <= max_pairs else random.Random(seed).sample(pairs, max_pairs)
    started = time.perf_counter()
    for i, j in sample:
        match_pair(sources[i], sources[j])
    per_pair = (time.perf_counter() - started) / max(len(sample), 1)
    paragraph_pairs = sum(len(sources[i]) * len(sources[j]) for i, j in pairs)
    return BaselineTiming(
        seconds=load_seconds + per_pair * len(pairs),
        source_pairs=len(pairs),
        sampled_pairs=len(sample),
        paragraph_pairs=paragraph_pairs,
    )
