"""How alike two units are, for every pair at once (vectorised).

Three views are blended, because each fails where another holds:

* content: TF-IDF cosine over normalised tokens (rare shared words weigh most);
* surface: ``rapidfuzz.process.cdist`` over the token-sorted normalised strings, which
  forgives stemming misses and spelling slips that exact tokens do not;
* anchors: IDF-weighted Jaccard over names, numbers, dates, weekdays and short quotes,
  the details that survive paraphrase and machine translation.

The weights are a plain average leaning on content; they were set on the bundled samples.

Every function compares all units with all units; given ``split``, it compares the units
before ``split`` (rows) with those from ``split`` on (columns) only, weighing words by how
rare they are among all of them: a sentence's clauses against the groups' sentences.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np
import numpy.typing as npt
from rapidfuzz import fuzz, process

from reader.analysis.normalize_text import Tokens
from reader.text.thresholds import threshold

Matrix = npt.NDArray[np.float32]

CONTENT_WEIGHT = threshold("similarity.content_weight")
SURFACE_WEIGHT = threshold("similarity.surface_weight")
ANCHOR_WEIGHT = threshold("similarity.anchor_weight")
ENTITY_CONFLICT = threshold("similarity.entity_conflict")
ANCHOR_FLOOR = threshold("similarity.anchor_floor")
NEAR_NUMBER_RATIO = threshold("similarity.near_number_ratio")
NEAR_NUMBER_MIN = threshold("similarity.near_number_min")
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


def _halves(values: npt.NDArray[Any], split: int | None) -> tuple[npt.NDArray[Any], ...]:
    """(rows, columns) of a per-unit array: all and all, or before and from ``split``."""
    return (values, values) if split is None else (values[:split], values[split:])


def content_similarity(units: Sequence[Tokens], split: int | None = None) -> Matrix:
    counts = _bag_matrix([u.tokens for u in units])
    weighted = np.log1p(counts) * _idf(counts)
    norms = np.linalg.norm(weighted, axis=1, keepdims=True)
    weighted /= np.where(norms == 0, 1.0, norms)
    rows, columns = _halves(weighted, split)
    out: Matrix = rows @ columns.T
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


def close_numbers(units: Sequence[Tokens], split: int | None = None) -> npt.NDArray[np.bool_]:
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
        size = len(units) if split is None else split
        return np.zeros((size, len(units) - (split or 0)), dtype=bool)
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
    rows, columns = _halves(present, split)
    out: npt.NDArray[np.bool_] = (rows @ near @ columns.T) > 0
    return out


def anchor_similarity(units: Sequence[Tokens], split: int | None = None) -> Matrix:
    present = (_bag_matrix([u.anchors for u in units]) > 0).astype(np.float32)
    idf = _idf(present)
    weighted = present * idf
    sizes = weighted.sum(axis=1)
    typical = np.float32(np.mean(idf)) if sizes.any() else np.float32(1.0)
    weighted_rows, _ = _halves(weighted, split)
    inter = weighted_rows @ _halves(present, split)[1].T
    # Two close figures count as one shared detail (see close_numbers).
    near = close_numbers(units, split).astype(np.float32) * typical
    inter = inter + near
    # One shared weekday between two one-anchor sentences is not a perfect match: the
    # union is floored at a few typical anchors.
    floor = np.float32(ANCHOR_FLOOR) * typical
    row_sizes, column_sizes = _halves(sizes, split)
    union = np.maximum(row_sizes[:, None] + column_sizes[None, :] - inter, floor)
    out: Matrix = np.where(union > 0, inter / np.where(union > 0, union, 1.0), 0.0).astype(
        np.float32
    )
    return out


# fuzz.ratio costs length x length: beyond any real sentence or paragraph, a longer unit
# (a 10 MB line) would take hours against itself. Its first characters say enough.
SURFACE_CHARS = 4000


def surface_similarity(units: Sequence[Tokens], split: int | None = None) -> Matrix:
    strings = [" ".join(sorted(u.tokens))[:SURFACE_CHARS] for u in units]
    rows, columns = (strings, strings) if split is None else (strings[:split], strings[split:])
    scores = process.cdist(rows, columns, scorer=fuzz.ratio, workers=-1, dtype=np.float32)
    out: Matrix = (np.asarray(scores, dtype=np.float32) / np.float32(100.0)).astype(np.float32)
    return out


def entity_conflict(units: Sequence[Tokens], split: int | None = None) -> npt.NDArray[np.bool_]:
    """Both units name people or places, and not one in common.

    Two outlets' anecdotes often share a template ("a shop owner from X said she had
    watched the lights disappear") while being about different people: the same words with
    other names are another claim, not a paraphrase.
    """
    names = [frozenset(a for a in u.anchors if a.startswith("e:")) for u in units]
    rows, columns = _halves((_bag_matrix(names) > 0).astype(np.float32), split)
    shared = rows @ columns.T
    named_rows, named_columns = rows.sum(axis=1) > 0, columns.sum(axis=1) > 0
    out: npt.NDArray[np.bool_] = named_rows[:, None] & named_columns[None, :] & (shared == 0)
    return out


def participant_conflict(
    units: Sequence[Tokens], split: int | None = None
) -> npt.NDArray[np.bool_]:
    """Each unit names a person the other does not: two events, not one told twice.

    A shared name is not a shared claim: "Blinken spoke with Zelensky" and "Blinken spoke
    with Stoltenberg" share a minister, a verb and a phone, yet report two calls. A
    paraphrase may add a person (the spokeswoman who said it) on one side; when both sides
    add someone, the participants disagree.
    """
    rows, columns = _halves((_bag_matrix([u.persons for u in units]) > 0).astype(np.float32), split)
    shared = rows @ columns.T
    row_sizes, column_sizes = rows.sum(axis=1), columns.sum(axis=1)
    out: npt.NDArray[np.bool_] = (row_sizes[:, None] > shared) & (column_sizes[None, :] > shared)
    return out


def similarity(units: Sequence[Tokens], split: int | None = None) -> Matrix:
    """Blended similarity in 0..1 between every two units (or rows and columns, see top)."""
    if not units:
        return np.zeros((0, 0), dtype=np.float32)
    blended = (
        CONTENT_WEIGHT * content_similarity(units, split)
        + SURFACE_WEIGHT * surface_similarity(units, split)
        + ANCHOR_WEIGHT * anchor_similarity(units, split)
    )
    blended = np.where(entity_conflict(units, split), blended * ENTITY_CONFLICT, blended)
    empty_rows, empty_columns = _halves(np.array([not u.tokens for u in units], dtype=bool), split)
    blended[empty_rows, :] = 0.0  # no content word, nothing to report: never alike
    blended[:, empty_columns] = 0.0
    out: Matrix = np.clip(blended, 0.0, 1.0).astype(np.float32)
    return out
