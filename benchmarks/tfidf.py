"""The fast reference: a plain TF-IDF paragraph matcher, as a data scientist would write it.

Every paragraph of every ``.txt`` file (split on blank lines) becomes a scikit-learn TF-IDF
vector of word 1- and 2-grams (sublinear term frequency, English stop words); two
paragraphs of two sources are linked when each is the other's best match in the other
source and their cosine reaches ``THRESHOLD``. It finds pairs of paragraphs only: no claims
inside paragraphs, no facts, no omissions, no framing. scikit-learn is a benchmark extra
(``pip install -e '.[bench]'``), never a dependency of newsdiff.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

THRESHOLD = 0.2

Link = frozenset[tuple[str, int]]  # two (file name, 1-based paragraph) pairs


@dataclass(frozen=True, slots=True)
class TfidfRun:
    cpu_seconds: float  # process CPU of reading + vectorising + matching, in this process
    links: frozenset[Link]


def _paragraphs(folder: Path) -> list[tuple[str, list[str]]]:
    return [
        (
            path.name,
            [c.strip() for c in path.read_text(encoding="utf-8").split("\n\n") if c.strip()],
        )
        for path in sorted(folder.glob("*.txt"))
    ]


def match(folder: Path, threshold: float = THRESHOLD) -> TfidfRun:
    from sklearn.feature_extraction.text import TfidfVectorizer

    started = time.process_time()
    sources = _paragraphs(folder)
    texts = [p for _, paragraphs in sources for p in paragraphs]
    owner = np.repeat(np.arange(len(sources)), [len(p) for _, p in sources])
    vectors: Any = TfidfVectorizer(
        ngram_range=(1, 2), sublinear_tf=True, stop_words="english"
    ).fit_transform(texts)
    starts = np.concatenate([[0], np.cumsum([len(p) for _, p in sources])])
    links: set[Link] = set()
    for a in range(len(sources)):
        rows = vectors[starts[a] : starts[a + 1]]
        # one sparse product per source against all later paragraphs, densified per source
        block = (rows @ vectors[starts[a + 1] :].T).toarray()
        later = owner[starts[a + 1] :]
        for b in range(a + 1, len(sources)):
            cols = np.nonzero(later == b)[0]
            if not cols.size or not block.shape[0]:
                continue
            pair = block[:, cols]
            best_col = pair.argmax(axis=1)
            best_row = pair.argmax(axis=0)
            for r, c in enumerate(best_col):
                if best_row[c] == r and pair[r, c] >= threshold:
                    links.add(frozenset(((sources[a][0], r + 1), (sources[b][0], int(c) + 1))))
    return TfidfRun(time.process_time() - started, frozenset(links))


def f1(found: frozenset[Link] | set[Link], gold: set[Link]) -> float:
    hits = len(found & gold)
    if not hits:
        return 0.0
    precision, recall = hits / len(found), hits / len(gold)
    return 2 * precision * recall / (precision + recall)
