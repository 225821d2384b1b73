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

Cost: no paragraphs x paragraphs matrix is built. Scores are worked out by blocks of whole
sources (``reader/analysis/bags.py``), keeping the links and each paragraph's best match per
source; the grouping asks again for the blocks it needs (two clusters' members, a group
against the paragraphs linked to it), from the rows it kept (``KEPT_CELLS``) or worked out
anew. The groups are the same as with the whole matrix.

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
from reader.analysis.bags import Bags, Indices, blocks, runs
from reader.analysis.normalize_text import Tokens, fold_aliases
from reader.analysis.row_cache import RowCache
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
    prune: float  # a sentence group's paragraph with no partner this alike leaves it (0: off)


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
        prune=get("prune") if semantic else 0.0,
    )


LEXICAL = _weights("paragraph_claims", semantic=False)  # the default install: wording only
SEMANTIC = _weights("paragraph_claims_semantic", semantic=True)  # optional model: semantic.py
NUMBERS_CAP = threshold("paragraph_claims.numbers_cap")
OTHER_NAMES = threshold("paragraph_claims.other_names")
LINK = LEXICAL.link
MIN_PARAGRAPHS = int(threshold("paragraph_claims.min_paragraphs"))
CELLS = 400_000  # paragraph pairs scored in one block (a block is whole sources)
KEPT_CELLS = 40_000_000  # pair scores kept for the grouping (float32: 160 MB); others recomputed

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


class _Scores:
    """Pair scores of a story's paragraphs, worked out by blocks of whole sources.

    No paragraphs x paragraphs matrix is kept: one pass over row blocks (whole sources, so
    that both best matches of a pair are known inside the block) keeps the links (pairs of
    at least ``LINK``) and each paragraph's best cosine in each source; any other block of
    scores (the members of two clusters, a group against the paragraphs linked to it) is
    worked out again when asked for.
    """

    def __init__(
        self,
        texts: Sequence[str],
        sources: Sequence[str],
        names: Sequence[frozenset[str]],
        meaning: Matrix | None = None,
    ) -> None:
        self.w = LEXICAL if meaning is None else SEMANTIC
        self.meaning = meaning
        tokens = [paragraph_tokens(t) for t in texts]
        self.source: npt.NDArray[np.intp] = np.unique(np.array(sources), return_inverse=True)[1]
        self.stems = Bags([frozenset(t) for t in tokens])
        self.bigrams = Bags([frozenset(pairwise(t)) for t in tokens])
        numbers = [frozenset(w for w in t if w.startswith("#")) for t in tokens]
        self.numbers = Bags(numbers, weighted=False)
        self.names = Bags(names, weighted=False) if names else None
        self.named = np.array([bool(x) for x in names], dtype=bool)
        norms = np.sqrt(self.stems.norms2)
        self.norms: Matrix = np.where(norms == 0, 1.0, norms).astype(np.float32)
        n, count = len(texts), int(self.source.max()) + 1 if len(texts) else 0
        self.best: Matrix = np.zeros((n, count), dtype=np.float32)  # best cosine per source
        self._columns = np.arange(n, dtype=np.intp)
        self._rows = RowCache(n, KEPT_CELLS, self._computed)

    def _cosine(self, rows: Indices, columns: Indices) -> tuple[Matrix, Matrix]:
        """(cosine, shared stem mass) of ``rows`` x ``columns``."""
        mass, dot = self.stems.cross(rows, columns)
        cosine: Matrix = dot / self.norms[rows][:, None] / self.norms[columns][None, :]
        return cosine, mass

    def _score(
        self, rows: Indices, columns: Indices, cosine: Matrix, shared: Matrix, best: Matrix
    ) -> Matrix:
        bigrams = self.bigrams.cross(rows, columns, squares=False)[0]
        numbers = np.minimum(self.numbers.cross(rows, columns, squares=False)[0], NUMBERS_CAP)
        w = self.w
        z = (
            w.bias
            + w.cosine * cosine
            + w.best_match * best
            + w.shared * shared
            + w.bigrams * bigrams
            + w.numbers * numbers
        )
        if self.meaning is not None:
            z = z + w.meaning * self.meaning[np.ix_(rows, columns)]
        score = 1.0 / (1.0 + np.exp(-z))
        if self.names is not None:
            common = self.names.cross(rows, columns, squares=False)[0] > 0
            other = self.named[rows][:, None] & self.named[columns][None, :] & ~common
            score = np.where(other, score * OTHER_NAMES, score)
        score[self.source[rows][:, None] == self.source[columns][None, :]] = 0.0
        out: Matrix = score.astype(np.float32)
        return out

    def links(self) -> list[tuple[float, int, int]]:
        """Pairs (score, i, j), i < j, scoring at least ``LINK``, strongest first; fills in
        each paragraph's best cosine in each source on the way."""
        n = len(self.source)
        found: list[tuple[Indices, Indices, Matrix]] = []
        column_runs, column_codes = runs(self.source)
        for rows in blocks(self.source, CELLS, n):
            cosine, shared = self._cosine(rows, self._columns)
            row_best = np.zeros((self.best.shape[1], len(rows)), dtype=np.float32)
            run_best = np.maximum.reduceat(cosine, column_runs, axis=1)
            np.maximum.at(row_best, column_codes, run_best.T)
            self.best[rows] = row_best.T
            row_runs, row_codes = runs(self.source[rows])
            local, of_run = np.unique(row_codes, return_inverse=True)
            column_best = np.zeros((len(local), n), dtype=np.float32)
            np.maximum.at(column_best, of_run, np.maximum.reduceat(cosine, row_runs, axis=0))
            of_row = np.searchsorted(local, self.source[rows])
            best = np.minimum(
                cosine / np.maximum(row_best.T[:, self.source], 1e-6),
                cosine / np.maximum(column_best[of_row], 1e-6),
            )
            score = self._score(rows, self._columns, cosine, shared, best)
            for k, row in enumerate(rows.tolist()[: self._rows.free()]):
                self._rows.keep(row, score[k].copy())
            r, c = np.nonzero((score >= self.w.link) & (rows[:, None] < self._columns[None, :]))
            found.append((rows[r], c.astype(np.intp), score[r, c]))
        if not found:
            return []
        first = np.concatenate([f[0] for f in found])
        second = np.concatenate([f[1] for f in found])
        value = np.concatenate([f[2] for f in found])
        order = np.lexsort((second, first, -value))
        return [(float(value[k]), int(first[k]), int(second[k])) for k in order]

    def _computed(self, rows: Indices, columns: Indices) -> Matrix:
        cosine, shared = self._cosine(rows, columns)
        best = np.minimum(
            cosine / np.maximum(self.best[rows][:, self.source[columns]], 1e-6),
            cosine / np.maximum(self.best[columns][:, self.source[rows]].T, 1e-6),
        )
        return self._score(rows, columns, cosine, shared, best)

    def block(self, rows: Indices, columns: Indices) -> Matrix:
        """Scores of ``rows`` x ``columns`` (after ``links``, which finds the best matches):
        from the rows kept (the most recently used, up to ``KEPT_CELLS``), the others worked
        out against every paragraph and kept in turn."""
        return self._rows.block(rows, columns)


class _Given:
    """Scores given as a matrix (tests, or any caller holding one)."""

    def __init__(self, scores: Matrix, w: Weights) -> None:
        self.scores = scores
        self.w = w

    def links(self) -> list[tuple[float, int, int]]:
        first, second = np.nonzero(np.triu(self.scores >= self.w.link, 1))
        order = np.argsort(-self.scores[first, second], kind="stable")
        return [
            (float(self.scores[first[k], second[k]]), int(first[k]), int(second[k])) for k in order
        ]

    def block(self, rows: Indices, columns: Indices) -> Matrix:
        out: Matrix = self.scores[np.ix_(rows, columns)]
        return out


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
    A whole matrix: the grouping itself works by blocks (``_Scores``).
    """
    if not texts:
        return np.zeros((0, 0), dtype=np.float32)
    scores = _Scores(texts, sources, names, meaning)
    scores.links()
    everything = np.arange(len(texts), dtype=np.intp)
    return scores.block(everything, everything)


def _average_linkage(
    scores: Matrix | _Scores | _Given,
    source: npt.NDArray[np.intp],
    w: Weights,
    links: Sequence[tuple[float, int, int]] | None = None,
) -> list[list[int]]:
    """Links taken strongest first join two clusters with no source in common that are alike
    on average; a refused pair is not checked again until one of its clusters grows."""
    if isinstance(scores, np.ndarray):
        scores = _Given(scores, w)
    owner = list(range(len(source)))
    members: dict[int, list[int]] = {i: [i] for i in range(len(source))}
    outlets: dict[int, set[int]] = {i: {int(source[i])} for i in range(len(source))}
    refused: dict[tuple[int, int], tuple[int, int]] = {}
    for _, i, j in scores.links() if links is None else links:
        a, b = owner[i], owner[j]
        if a == b:
            continue
        if outlets[a] & outlets[b]:  # one source twice: only by attaching
            continue
        state = (len(members[a]), len(members[b]))
        if refused.get((a, b)) == state:
            continue
        left, right = np.array(members[a]), np.array(members[b])
        if float(scores.block(left, right).mean()) < w.average:
            refused[(a, b)] = state
            continue
        members[a].extend(members.pop(b))
        outlets[a] |= outlets.pop(b)
        for k in members[a]:
            owner[k] = a
    return [sorted(m) for key, m in members.items() if len(outlets[key]) >= 2]


def _attach(
    groups: Sequence[list[int]],
    scores: Matrix | _Scores | _Given,
    source: npt.NDArray[np.intp],
    w: Weights,
    links: Sequence[tuple[float, int, int]] | None = None,
) -> list[tuple[int, ...]]:
    """Each paragraph also joins each group it is alike on average and linked to one member
    of (only a paragraph linked to a member can: the others are never worked out)."""
    if isinstance(scores, np.ndarray):
        scores = _Given(scores, w)
    linked: dict[int, set[int]] = {}
    for _, i, j in scores.links() if links is None else links:
        linked.setdefault(i, set()).add(j)
        linked.setdefault(j, set()).add(i)
    out: list[tuple[int, ...]] = []
    for group in groups:
        core = np.array(group)
        near = sorted(set().union(*(linked.get(k, set()) for k in group)) - set(group))
        if not near:
            out.append(tuple(sorted(group)))
            continue
        candidates = np.array(near, dtype=np.intp)
        other = source[candidates][:, None] != source[core][None, :]
        block = np.where(other, scores.block(candidates, core), 0.0)
        count = other.sum(axis=1)
        mean = block.sum(axis=1) / np.maximum(count, 1)
        joins = (count > 0) & (mean >= w.attach) & (block.max(axis=1) >= w.link)
        out.append(tuple(sorted({*group, *(int(i) for i in candidates[joins])})))
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
    return _groups(_Scores(texts, sources, names, meaning))


def _groups(scores: _Scores) -> list[tuple[int, ...]]:
    links = scores.links()
    w, source = scores.w, scores.source
    return _attach(_average_linkage(scores, source, w, links), scores, source, w, links)


def _prune(
    clusters: Sequence[tuple[int, ...]],
    sentences: Sequence[Sentence],
    paragraph_ids: Sequence[str],
    scores: _Scores,
    floor: float,
) -> list[tuple[int, ...]]:
    """The sentence clusters without the paragraphs that tell none of them's claim.

    A paragraph of a cluster whose best pair score with the cluster's paragraphs of other
    sources is below ``floor`` leaves it (its sentences do); a cluster left with one source
    is dropped. The sentence aligner joins passages on shared topic words; the pair score
    (with the semantic signal) tells a claim from its topic better. ``scores``: after
    ``links`` (``_groups``).
    """
    row = {pid: i for i, pid in enumerate(paragraph_ids)}
    source = np.unique(np.array([s.source for s in sentences]), return_inverse=True)[1]
    out: list[tuple[int, ...]] = []
    for cluster in clusters:
        held = sorted(
            {row[sentences[k].paragraph] for k in cluster if sentences[k].paragraph in row}
        )
        if len(held) < 2:
            out.append(cluster)
            continue
        rows = np.array(held, dtype=np.intp)
        block = scores.block(rows, rows)  # 0 within one source
        weak = {
            paragraph_ids[i]
            for i, best in zip(held, block.max(axis=1), strict=True)
            if best < floor
        }
        kept = tuple(k for k in cluster if sentences[k].paragraph not in weak)
        if len(set(source[list(kept)].tolist())) >= 2:
            out.append(kept)
    return out


def add_paragraph_claims(
    clusters: Sequence[tuple[int, ...]],
    sentences: Sequence[Sentence],
    sources: Sequence[Source],
    tokens: Sequence[Tokens] = (),
) -> tuple[tuple[int, ...], ...]:
    """The sentence clusters plus a cluster for each paragraph group they do not cover.

    A paragraph group becomes the cluster of all its paragraphs' sentences (so its members
    are whole paragraphs). One whose paragraphs all sit in one existing cluster adds
    nothing and is left out. With the semantic backend, the sentence clusters first lose
    the paragraphs that have no partner in them (``_prune``); the wording-only score is
    too weak for that in a short story (it split the samples' paraphrased claims).
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
    scores = _Scores(texts, [s for s, _ in paragraphs], names, meaning)
    groups = _groups(scores)
    if scores.w.prune > 0:
        clusters = _prune(
            clusters, sentences, [p.id for _, p in paragraphs], scores, scores.w.prune
        )
    covered = [frozenset(sentences[k].paragraph for k in c) for c in clusters]
    out = list(clusters)
    for group in groups:
        ids = frozenset(paragraphs[i][1].id for i in group)
        if any(ids <= held for held in covered):
            continue
        covered.append(ids)
        out.append(tuple(sorted(k for pid in ids for k in by_paragraph[pid])))
    return tuple(sorted(out))
