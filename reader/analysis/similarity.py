"""How alike two units are, for every pair at once (vectorised).

Three views are blended, because each fails where another holds:

* content: TF-IDF cosine over normalised tokens (rare shared words weigh most);
* surface: ``rapidfuzz.process.cdist`` over the token-sorted normalised strings, which
  forgives stemming misses and spelling slips that exact tokens do not;
* anchors: IDF-weighted Jaccard over names, numbers, dates, weekdays and short quotes,
  the details that survive paraphrase and machine translation.

The weights are a plain average leaning on content; they were set on the bundled samples.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import numpy.typing as npt
from rapidfuzz import fuzz, process

from reader.analysis.normalize_text import Tokens

Matrix = npt.NDArray[np.float32]

CONTENT_WEIGHT = 0.5
SURFACE_WEIGHT = 0.2
ANCHOR_WEIGHT = 0.3
ENTITY_CONFLICT = 0.5  # factor for two units that name only different people and places
ANCHOR_FLOOR = 2.0  # anchors' union counts at least this many typical anchors
NEAR_NUMBER_RATIO = 1.5  # two figures this close (larger / smaller) may be one figure disputed
NEAR_NUMBER_MIN = 100.0  # ... both at least this (crowds, troops, money are estimates; a small
# count, or hours against minutes, matches another by chance)
YEARS = (1900.0, 2100.0)  # a year is an exact detail, never a disputed figure


def _index(items: Sequence[Sequence[str] | frozenset[str]]) -> dict[str, int]:
    vocabulary: dict[str, int] = {}
    for bag in items:
        for item in sorted(bag):
            vocabulary.setdefault(item, len(vocabulary))
    return vocabulary


def _idf(counts: Matrix) -> Matrix:
    df = (counts > 0).sum(axis=0).astype(np.float32)
    n = np.float32(counts.shape[0])
    idf: Matrix = np.log((n + 1.0) / (df + 1.0)).astype(np.float32) + np.float32(1.0)
    return idf


def _bag_matrix(bags: Sequence[Sequence[str] | frozenset[str]]) -> Matrix:
    vocabulary = _index(bags)
    counts = np.zeros((len(bags), max(1, len(vocabulary))), dtype=np.float32)
    for row, bag in enumerate(bags):
        for item in bag:
            counts[row, vocabulary[item]] += 1.0
    return counts


def content_similarity(units: Sequence[Tokens]) -> Matrix:
    counts = _bag_matrix([u.tokens for u in units])
    weighted = np.log1p(counts) * _idf(counts)
    norms = np.linalg.norm(weighted, axis=1, keepdims=True)
    weighted /= np.where(norms == 0, 1.0, norms)
    out: Matrix = weighted @ weighted.T
    return out


def _number(anchor: str) -> float | None:
    """The value of a number anchor worth comparing loosely: not a year, not a small count."""
    if not anchor.startswith("n:"):
        return None
    try:
        value = float(anchor[2:])
    except ValueError:
        return None
    is_year = value.is_integer() and YEARS[0] <= value <= YEARS[1]
    return None if is_year or value < NEAR_NUMBER_MIN else value


def close_numbers(units: Sequence[Tokens]) -> npt.NDArray[np.bool_]:
    """Units that state close but different numbers ("about 100,000" against "122,000").

    Two outlets reporting one claim often disagree on its figure: that disagreement is what
    newsdiff exists to show, so the figure must still tie the two passages together rather
    than count as two unshared details.
    """
    values: dict[str, float] = {}
    for u in units:
        for a in u.anchors:
            v = _number(a)
            if v is not None:
                values[a] = v
    if len(values) < 2:
        return np.zeros((len(units), len(units)), dtype=bool)
    names = sorted(values)
    column = {a: k for k, a in enumerate(names)}
    array = np.array([values[a] for a in names], dtype=np.float64)
    ratio = np.maximum(array[:, None], array[None, :]) / np.minimum(array[:, None], array[None, :])
    near = ((ratio <= NEAR_NUMBER_RATIO) & (ratio > 1.0)).astype(np.float32)
    present = np.zeros((len(units), len(names)), dtype=np.float32)
    for row, u in enumerate(units):
        for a in u.anchors:
            if a in column:
                present[row, column[a]] = 1.0
    out: npt.NDArray[np.bool_] = (present @ near @ present.T) > 0
    return out


def anchor_similarity(units: Sequence[Tokens]) -> Matrix:
    present = (_bag_matrix([u.anchors for u in units]) > 0).astype(np.float32)
    idf = _idf(present)
    weighted = present * idf
    inter = weighted @ present.T
    sizes = weighted.sum(axis=1)
    typical = np.float32(np.mean(idf)) if sizes.any() else np.float32(1.0)
    # Two close figures count as one shared detail (see close_numbers).
    near = close_numbers(units).astype(np.float32) * typical
    inter = inter + near
    # One shared weekday between two one-anchor sentences is not a perfect match: the
    # union is floored at a few typical anchors.
    floor = np.float32(ANCHOR_FLOOR) * typical
    union = np.maximum(sizes[:, None] + sizes[None, :] - inter, floor)
    out: Matrix = np.where(union > 0, inter / np.where(union > 0, union, 1.0), 0.0).astype(
        np.float32
    )
    return out


# fuzz.ratio costs length x length: beyond any real sentence or paragraph, a longer unit
# (a 10 MB line) would take hours against itself. Its first characters say enough.
SURFACE_CHARS = 4000


def surface_similarity(units: Sequence[Tokens]) -> Matrix:
    strings = [" ".join(sorted(u.tokens))[:SURFACE_CHARS] for u in units]
    scores = process.cdist(strings, strings, scorer=fuzz.ratio, workers=-1, dtype=np.float32)
    out: Matrix = (np.asarray(scores, dtype=np.float32) / np.float32(100.0)).astype(np.float32)
    return out


def entity_conflict(units: Sequence[Tokens]) -> npt.NDArray[np.bool_]:
    """Both units name people or places, and not one in common.

    Two outlets' anecdotes often share a template ("a shop owner from X said she had
    watched the lights disappear") while being about different people: the same words with
    other names are another claim, not a paraphrase.
    """
    names = [frozenset(a for a in u.anchors if a.startswith("e:")) for u in units]
    present = (_bag_matrix(names) > 0).astype(np.float32)
    shared = present @ present.T
    named = present.sum(axis=1) > 0
    out: npt.NDArray[np.bool_] = named[:, None] & named[None, :] & (shared == 0)
    return out


def participant_conflict(units: Sequence[Tokens]) -> npt.NDArray[np.bool_]:
    """Each unit names a person the other does not: two events, not one told twice.

    A shared name is not a shared claim: "Blinken spoke with Zelensky" and "Blinken spoke
    with Stoltenberg" share a minister, a verb and a phone, yet report two calls. A
    paraphrase may add a person (the spokeswoman who said it) on one side; when both sides
    add someone, the participants disagree.
    """
    present = (_bag_matrix([u.persons for u in units]) > 0).astype(np.float32)
    shared = present @ present.T
    sizes = present.sum(axis=1)
    out: npt.NDArray[np.bool_] = (sizes[:, None] > shared) & (sizes[None, :] > shared)
    return out


def similarity(units: Sequence[Tokens]) -> Matrix:
    """Blended similarity in 0..1 between every two units."""
    if not units:
        return np.zeros((0, 0), dtype=np.float32)
    blended = (
        CONTENT_WEIGHT * content_similarity(units)
        + SURFACE_WEIGHT * surface_similarity(units)
        + ANCHOR_WEIGHT * anchor_similarity(units)
    )
    blended = np.where(entity_conflict(units), blended * ENTITY_CONFLICT, blended)
    empty = np.array([not u.tokens for u in units], dtype=bool)
    blended[empty, :] = 0.0  # no content word, nothing to report: never alike
    blended[:, empty] = 0.0
    out: Matrix = np.clip(blended, 0.0, 1.0).astype(np.float32)
    return out
