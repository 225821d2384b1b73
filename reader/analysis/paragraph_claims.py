"""Claims two outlets tell in whole paragraphs: a paragraph pair score and its groups.

The sentence aligner (``align``) finds claims told in alike sentences; on real coverage
(long articles, many quotes) it misses paragraphs that tell one claim in other sentences and
joins passages on a single shared word. This module scores every two paragraphs of two
sources at once and groups them; ``align`` adds the groups it has no group for.

Pair score: a logistic blend of five measures of the two paragraphs' shared wording.

* ``C``: cosine of the paragraphs' stem sets, each stem weighed by its IDF over the story's
  paragraphs (in 0..1: a word of every paragraph weighs nothing, so the story's topic,
  its names included, never makes a link by itself);
* ``rmin``: how close the pair comes to being each other's best match in the other source
  (``C`` over the best ``C`` of the row within that source, and of the column; 1 for a mutual
  best match): one outlet's paragraph tells a claim once in another outlet;
* ``shared``: the summed IDF of the shared stems (evidence mass, not a count of words);
* ``bigrams``: the summed IDF of shared adjacent content-word pairs (a phrase, not a topic);
* ``numbers``: shared figures, at most ``NUMBERS_CAP``.

With the optional semantic backend installed (``semantic.py``, ``newsdiff[semantic]``), a
sixth measure joins them: how alike the two paragraphs are in meaning once the story's
topic is removed; the score is then a second fit (``SEMANTIC``, its own weights and grouping
thresholds); without it the wording-only fit (``LEXICAL``) is used, unchanged.

Groups: links of at least ``LINK`` are taken strongest first and join two clusters only when
the clusters are alike on average (``AVERAGE``, average linkage: no chaining) and have no
source in common. Then every paragraph also joins each group it is, on average, alike enough
(``ATTACH``) and linked to one member of: a paragraph can state several claims, and an outlet
can tell one claim in two paragraphs (a third of the hand readings' groups have one).

Only a story of ``MIN_PARAGRAPHS`` or more gets paragraph groups: in a few paragraphs every
word is rare, so IDF cannot tell the story's topic from a claim, and the weights were never
measured there.

Measured on (values and figures in reader/data/thresholds.json, section paragraph_claims):
the dev part (18 events, NewsWCL50 and ECB+) of the real-news set
(benchmarks/realdata, issue 14); the weights are one logistic regression fitted on all dev
cross-source paragraph pairs (target: both paragraphs in one claim of the hand reading);
leave-one-event-out, the fit scores within 0.01 of the in-sample figures. ``LINK``,
``AVERAGE`` and ``ATTACH`` are the best dev link F1 of a grid among the settings that keep
every sample set within 0.01 of its link F1 and the generated 20 x 40 benchmark within 0.02
(lower ones find more on dev and link the generator's template paragraphs). Neither a
general word-frequency list (wordfreq) nor WordNet synonyms improved the score.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import pairwise
from typing import NamedTuple

import numpy as np
import numpy.typing as npt

from reader.analysis import semantic
from reader.analysis.normalize_text import Tokens, fold_aliases
from reader.analysis.sentences import Sentence
from reader.model import Source
from reader.text.thresholds import threshold
from reader.text.words import stem, stop_words, weak_words

Matrix = npt.NDArray[np.float32]


class Weights(NamedTuple):
    """One fitted pair score and the grouping thresholds measured with it."""

    bias: float
    cosine: float
    best_match: float
    shared: float
    bigrams: float
    numbers: float
    meaning: float  # the semantic backend's topic-removed cosine (0 in the lexical score)
    link: float
    average: float
    attach: float


def _weights(section: str, semantic: bool) -> Weights:
    def get(name: str) -> float:
        return threshold(f"{section}.{name}")

    return Weights(
        bias=get("bias"),
        cosine=get("weight_cosine"),
        best_match=get("weight_best_match"),
        shared=get("weight_shared"),
        bigrams=get("weight_bigrams"),
        numbers=get("weight_numbers"),
        meaning=get("weight_meaning") if semantic else 0.0,
        link=get("link"),
        average=get("average"),
        attach=get("attach"),
    )


LEXICAL = _weights("paragraph_claims", semantic=False)  # the default install: wording only
SEMANTIC = _weights("paragraph_claims_semantic", semantic=True)  # optional model: semantic.py
NUMBERS_CAP = threshold("paragraph_claims.numbers_cap")
OTHER_NAMES = threshold("paragraph_claims.other_names")
LINK = LEXICAL.link
MIN_PARAGRAPHS = int(threshold("paragraph_claims.min_paragraphs"))
COLUMNS = 2048  # vocabulary items per block of the overlap products (memory: paragraphs x this)
DENSE_SHARE = 0.05  # an item of this share of the paragraphs goes into a dense product
PAIRS_AT_ONCE = 8_000_000  # paragraph pairs of the other items added up in one bincount

_WORD = re.compile(r"\d[\d,.:]*\d|\d|[A-Za-z\u00C0-\u024F][A-Za-z\u00C0-\u024F'\u2019-]*")


def paragraph_tokens(text: str) -> tuple[str, ...]:
    """Content stems in reading order; a number is ``#`` and its digits (no separators)."""
    stop = stop_words() | weak_words()
    out: list[str] = []
    for match in _WORD.finditer(fold_aliases(text)):
        word = match.group(0).replace("\u2019", "'").lower().strip("'-")
        if not word or word in stop:
            continue
        if word[0].isdigit():
            out.append("#" + word.replace(",", ""))
        elif len(word) >= 2:
            out.append(stem(word))
    return tuple(out)


class _Overlap(NamedTuple):
    """Per pair of paragraphs: summed weight of the items both hold, and of weight squared;
    per paragraph: the squared norm of its weighted items."""

    mass: Matrix
    dot: Matrix
    norms2: Matrix


def _overlap(bags: Sequence[frozenset[object]], weighted: bool = True) -> _Overlap:
    """Items weighed by IDF over the story's paragraphs (0..1, 0 for an item of every one).

    Sparse by hand, without a paragraphs x vocabulary matrix: an item of one paragraph only
    adds to that paragraph's norm; an item of a few paragraphs adds to each pair of them
    (counted with one ``bincount`` per paragraph count); an item of many paragraphs
    (``DENSE_SHARE`` of them or more) goes into a dense product, ``COLUMNS`` items at a time.
    """
    n = len(bags)
    holders: dict[object, list[int]] = {}
    for row, bag in enumerate(bags):
        for item in bag:
            holders.setdefault(item, []).append(row)
    lists = list(holders.values())
    df = np.array([len(rows) for rows in lists], dtype=np.intp)
    idf = np.log((n + 1.0) / (df + 1.0)) / np.log(n + 1.0) if weighted else np.ones(len(df))
    norms2 = np.zeros(n, dtype=np.float64)
    if lists:
        np.add.at(norms2, np.concatenate(lists), np.repeat(idf * idf, df))
    mass = np.zeros(n * n, dtype=np.float64)
    dot = np.zeros(n * n, dtype=np.float64)
    dense_from = max(2, int(DENSE_SHARE * n))
    cells: list[npt.NDArray[np.intp]] = []
    weights: list[npt.NDArray[np.float64]] = []
    pending = 0
    for count in range(2, dense_from):
        items = np.nonzero(df == count)[0]
        if items.size:
            rows = np.array([lists[k] for k in items], dtype=np.intp)  # items x count
            cells.append((rows[:, :, None] * n + rows[:, None, :]).ravel())
            weights.append(np.repeat(idf[items], count * count))
            pending += cells[-1].size
        if cells and (pending >= PAIRS_AT_ONCE or count == dense_from - 1):
            flat, weight = np.concatenate(cells), np.concatenate(weights)
            mass += np.bincount(flat, weights=weight, minlength=n * n)
            dot += np.bincount(flat, weights=weight * weight, minlength=n * n)
            cells, weights, pending = [], [], 0
    out_mass = mass.reshape(n, n).astype(np.float32)
    out_dot = dot.reshape(n, n).astype(np.float32)
    many = np.nonzero(df >= dense_from)[0]
    for start in range(0, len(many), COLUMNS):
        chunk = many[start : start + COLUMNS]
        block = np.zeros((n, len(chunk)), dtype=np.float32)
        for column, k in enumerate(chunk):
            block[lists[k], column] = 1.0
        scaled = block * idf[chunk].astype(np.float32)
        out_mass += scaled @ block.T
        out_dot += scaled @ scaled.T
    return _Overlap(out_mass, out_dot, norms2.astype(np.float32))


def pair_scores(
    texts: Sequence[str],
    sources: Sequence[str],
    names: Sequence[frozenset[str]] = (),
    meaning: Matrix | None = None,
) -> Matrix:
    """Score in 0..1 of every two paragraphs telling one claim; 0 within one source.

    ``meaning``, when given: the semantic backend's topic-removed cosine of every two
    paragraphs (``semantic.paragraph_similarity``); the score is then the one fitted with it
    (``SEMANTIC``), else the wording-only one (``LEXICAL``).

    ``names``, one set per paragraph (people and places it names), when given: two
    paragraphs that both name someone or somewhere, and nothing in common, keep only
    ``OTHER_NAMES`` of their score (the same words about other people are another claim).
    """
    n = len(texts)
    if n == 0:
        return np.zeros((0, 0), dtype=np.float32)
    tokens = [paragraph_tokens(t) for t in texts]
    source = np.unique(np.array(sources), return_inverse=True)[1]
    stems = _overlap([frozenset(t) for t in tokens])
    shared = stems.mass
    norms = np.sqrt(stems.norms2)
    norms = np.where(norms == 0, 1.0, norms)
    cosine = stems.dot / norms[:, None] / norms[None, :]
    row_best = np.zeros_like(cosine)
    column_best = np.zeros_like(cosine)
    for code in np.unique(source):
        mask = source == code
        row_best[:, mask] = cosine[:, mask].max(axis=1, keepdims=True)
        column_best[mask, :] = cosine[mask, :].max(axis=0, keepdims=True)
    best = np.minimum(cosine / np.maximum(row_best, 1e-6), cosine / np.maximum(column_best, 1e-6))
    bigrams = _overlap([frozenset(pairwise(t)) for t in tokens]).mass
    numbers = [frozenset(w for w in t if w.startswith("#")) for t in tokens]
    shared_numbers = np.minimum(_overlap(numbers, weighted=False).mass, NUMBERS_CAP)
    w = LEXICAL if meaning is None else SEMANTIC
    z = (
        w.bias
        + w.cosine * cosine
        + w.best_match * best
        + w.shared * shared
        + w.bigrams * bigrams
        + w.numbers * shared_numbers
    )
    if meaning is not None:
        z = z + w.meaning * meaning
    score = 1.0 / (1.0 + np.exp(-z))
    score = (score + score.T) / 2.0
    if names:
        named = np.array([bool(x) for x in names])
        common = _overlap(names, weighted=False).mass > 0
        score = np.where(named[:, None] & named[None, :] & ~common, score * OTHER_NAMES, score)
    score[source[:, None] == source[None, :]] = 0.0
    out: Matrix = score.astype(np.float32)
    return out


def _average_linkage(scores: Matrix, source: npt.NDArray[np.intp], w: Weights) -> list[list[int]]:
    first, second = np.nonzero(np.triu(scores >= w.link, 1))
    order = np.argsort(-scores[first, second], kind="stable")
    cross = source[:, None] != source[None, :]
    owner = list(range(len(source)))
    members: dict[int, list[int]] = {i: [i] for i in range(len(source))}
    for k in order:
        a, b = owner[int(first[k])], owner[int(second[k])]
        if a == b:
            continue
        left, right = np.array(members[a]), np.array(members[b])
        if not cross[np.ix_(left, right)].all():  # one source twice: only by attaching
            continue
        if float(scores[np.ix_(left, right)].mean()) < w.average:
            continue
        members[a].extend(members.pop(b))
        for i in members[a]:
            owner[i] = a
    return [sorted(m) for m in members.values() if len(set(source[m].tolist())) >= 2]


def _attach(
    groups: Sequence[list[int]], scores: Matrix, source: npt.NDArray[np.intp], w: Weights
) -> list[tuple[int, ...]]:
    out: list[tuple[int, ...]] = []
    for group in groups:
        core = np.array(group)
        other = source[:, None] != source[core][None, :]
        block = np.where(other, scores[:, core], 0.0)
        count = other.sum(axis=1)
        mean = block.sum(axis=1) / np.maximum(count, 1)
        joins = (count > 0) & (mean >= w.attach) & (block.max(axis=1) >= w.link)
        joins[core] = False
        out.append(tuple(sorted({*group, *(int(i) for i in np.nonzero(joins)[0])})))
    return out


def paragraph_groups(
    texts: Sequence[str],
    sources: Sequence[str],
    names: Sequence[frozenset[str]] = (),
    meaning: Matrix | None = None,
) -> list[tuple[int, ...]]:
    """Groups (paragraph indices) of paragraphs of two or more sources telling one claim
    (``meaning``: see ``pair_scores``)."""
    if not texts:
        return []
    scores = pair_scores(texts, sources, names, meaning)
    source = np.unique(np.array(sources), return_inverse=True)[1]
    w = LEXICAL if meaning is None else SEMANTIC
    return _attach(_average_linkage(scores, source, w), scores, source, w)


def add_paragraph_claims(
    clusters: Sequence[tuple[int, ...]],
    sentences: Sequence[Sentence],
    sources: Sequence[Source],
    tokens: Sequence[Tokens] = (),
) -> tuple[tuple[int, ...], ...]:
    """The sentence clusters plus a cluster for each paragraph group they do not cover.

    A paragraph group becomes the cluster of all its paragraphs' sentences (so its members
    are whole paragraphs). One whose paragraphs all sit in one existing cluster adds
    nothing and is left out.
    """
    by_paragraph: dict[str, list[int]] = {}
    for k, sentence in enumerate(sentences):
        by_paragraph.setdefault(sentence.paragraph, []).append(k)
    paragraphs = [(s.id, p) for s in sources for p in s.paragraphs if p.id in by_paragraph]
    if len(paragraphs) < MIN_PARAGRAPHS:
        return tuple(clusters)
    names: list[frozenset[str]] = []
    if tokens:  # a paragraph names what its sentences name (people, places: "e:" anchors)
        named: dict[str, set[str]] = {}
        for sentence, unit in zip(sentences, tokens, strict=True):
            held = named.setdefault(sentence.paragraph, set())
            held.update(a for a in unit.anchors if a.startswith("e:"))
        names = [frozenset(named.get(p.id, ())) for _, p in paragraphs]
    texts = [p.text for _, p in paragraphs]
    meaning = semantic.paragraph_similarity(texts)  # None unless the optional model is here
    groups = paragraph_groups(texts, [s for s, _ in paragraphs], names, meaning)
    covered = [frozenset(sentences[k].paragraph for k in c) for c in clusters]
    out = list(clusters)
    for group in groups:
        ids = frozenset(paragraphs[i][1].id for i in group)
        if any(ids <= held for held in covered):
            continue
        covered.append(ids)
        out.append(tuple(sorted(k for pid in ids for k in by_paragraph[pid])))
    return tuple(sorted(out))
