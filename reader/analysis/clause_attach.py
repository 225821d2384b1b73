"""A sentence stating two claims also joins the group of the claim it was not clustered with.

"A fire tore through the east quay on Monday, destroying 12 warehouses" tells when the fire
broke out and how many warehouses it destroyed; other outlets tell the two apart, and a
reader files the sentence under both. Clustering puts each sentence in one group, and the
attach step (``align._attach``) lets it join another only when the whole sentence is alike
that group, which a two-claim sentence rarely is: half of it speaks of something else.

So each sentence is cut into clauses (``sentences.clause_spans``) and every clause is
compared with every group's sentences. A clause is filed under the one group it is most
alike on average (its other outlets' body members; headlines round the claims off, and a
group told by one outlet's body alone is no claim to file under); when that group is not
one its sentence is already in, and the clause is as alike it as a second passage of an
outlet must be to join a group (``align.ATTACH_PRESENT``, with one member at least a
candidate link, ``align.LINK``), the sentence joins it. Only the best group counts: the clause that
restates the sentence's own claim files it where it already is, and a short clause that
shares one name with many groups files it nowhere new. An attribution tail ("officials
said on Friday evening") has too few words of its own (``CLAUSE_CONTENT``) to file
anything, and a clause keeps its sentence's participants: "..., said she had made the
crossing many times" told by another person is another claim. It runs after all merges,
so a sentence joining a second group never chains two groups into one.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import numpy.typing as npt

from reader.analysis.normalize_text import Tokens, Vocabulary, content_tokens, normalise
from reader.analysis.sentences import Sentence, clause_spans
from reader.analysis.similarity import Matrix, Units

CLAUSE_CONTENT = 3  # words and figures (not names or weekdays) for a clause to file anything
CELLS = 2_000_000  # clause x sentence pairs compared at once (float32 blocks: memory)


def _content_words(unit: Tokens) -> int:
    """Distinct words and figures of a clause that are no name or weekday."""
    figures = {a for a in unit.anchors if a.startswith("n:")}
    return len(content_tokens(unit) | figures)


def _clauses(
    sentences: Sequence[Sentence], is_headline: npt.NDArray[np.bool_]
) -> tuple[list[str], list[int]]:
    """The clauses of every body sentence that has two or more, and their sentences."""
    texts: list[str] = []
    owners: list[int] = []
    for k, sentence in enumerate(sentences):
        if is_headline[k]:
            continue
        spans = clause_spans(sentence.text)
        if len(spans) > 1:
            texts.extend(sentence.text[a:b] for a, b in spans)
            owners.extend([k] * len(spans))
    return texts, owners


def attach_clauses(
    clusters: Sequence[tuple[int, ...]],
    sentences: Sequence[Sentence],
    tokens: Sequence[Tokens],
    vocabulary: Vocabulary,
    is_headline: npt.NDArray[np.bool_],
    *,
    join: float,
    link: float,
    participants: float,
) -> list[tuple[int, ...]]:
    """Each sentence also joins the group its clause is filed under (see module docstring).

    ``join`` is the mean similarity of a clause to a group's members for its sentence to
    join it, ``link`` what one member at least must reach, ``participants`` the share of
    similarity a clause keeps against a sentence naming other participants (the values of
    ``align``, passed in so that one number has one home).
    """
    texts, owner_list = _clauses(sentences, is_headline)
    if not texts or not clusters:
        return list(clusters)
    source_of = np.unique(np.array([s.source for s in sentences]), return_inverse=True)[1]
    bodies = [
        np.array([k for k in members if not is_headline[k]], dtype=np.intp) for members in clusters
    ]
    targets = [n for n, body in enumerate(bodies) if len(set(source_of[body].tolist())) >= 2]
    columns = np.unique(np.concatenate([bodies[n] for n in targets])) if targets else None
    if columns is None:
        return list(clusters)
    clauses = [normalise(t, vocabulary) for t in texts]
    kept = [c for c, unit in enumerate(clauses) if _content_words(unit) >= CLAUSE_CONTENT]
    if not kept:
        return list(clusters)
    owners = np.array([owner_list[c] for c in kept], dtype=np.intp)
    units = Units([clauses[c] for c in kept] + [tokens[k] for k in columns])
    # A clause keeps its sentence's participants: "said she had made the crossing many
    # times" is no paraphrase of another person's same words.
    whole = Units([tokens[k] for k in owners] + [tokens[k] for k in columns])
    split = len(kept)
    right = np.arange(split, split + len(columns), dtype=np.intp)
    place = {int(k): n for n, k in enumerate(columns)}
    best_mean = np.full(split, -1.0)
    best_group = np.full(split, -1, dtype=np.intp)
    best_max = np.zeros(split)
    step = max(1, CELLS // max(1, len(columns)))  # clauses compared at once (memory)
    for start in range(0, split, step):
        rows = np.arange(start, min(split, start + step), dtype=np.intp)
        sim: Matrix = units.similarity(rows, right)
        conflict = units.participant_conflict(rows, right) | whole.participant_conflict(rows, right)
        sim = np.where(conflict, sim * participants, sim)
        for n in targets:
            body = bodies[n]
            block = sim[:, [place[int(k)] for k in body]]
            other = source_of[owners[rows]][:, None] != source_of[body][None, :]
            count = other.sum(axis=1)
            mean = np.where(other, block, 0.0).sum(axis=1) / np.maximum(count, 1)
            better = (count > 0) & (mean > best_mean[rows])
            best_mean[rows] = np.where(better, mean, best_mean[rows])
            best_group[rows] = np.where(better, n, best_group[rows])
            best_max[rows] = np.where(
                better, np.where(other, block, 0.0).max(axis=1), best_max[rows]
            )
    joined: dict[int, set[int]] = {}
    for clause in np.nonzero((best_group >= 0) & (best_mean >= join) & (best_max >= link))[0]:
        joined.setdefault(int(best_group[clause]), set()).add(int(owners[clause]))
    return [tuple(sorted({*members, *joined.get(n, ())})) for n, members in enumerate(clusters)]
