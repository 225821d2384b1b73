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
``Units`` works out what each unit needs once and then any block of rows x columns: a
caller that cannot hold every pair (a hundred sources) asks for blocks.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from functools import cached_property

import numpy as np
import numpy.typing as npt
from rapidfuzz import fuzz, process

from reader.analysis.bags import Bags
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


Indices = npt.NDArray[np.intp]
SMALL_BLOCK = 10_000  # pairs below which rapidfuzz compares on one thread (no pool to start)


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


def _near_numbers(units: Sequence[Tokens]) -> list[frozenset[str]]:
    """Per unit, the number anchors close to one of its own but not equal (see close_numbers)."""
    values: dict[str, float] = {}
    for u in units:
        for a in u.anchors:
            v = _number(a)
            if v is not None:
                values[a] = v
    if len(values) < 2:
        return [frozenset()] * len(units)
    names = sorted(values, key=lambda a: (values[a], a))
    ordered = np.array([values[a] for a in names], dtype=np.float64)
    near: dict[str, frozenset[str]] = {}
    for a, v in values.items():
        low = int(np.searchsorted(ordered, v / NEAR_NUMBER_RATIO / (1 + 1e-9), "left"))
        high = int(np.searchsorted(ordered, v * NEAR_NUMBER_RATIO * (1 + 1e-9), "right"))
        near[a] = frozenset(
            b
            for b, w in zip(names[low:high], ordered[low:high], strict=True)
            if 1.0 < max(v, w) / min(v, w) <= NEAR_NUMBER_RATIO
        )
    return [frozenset().union(*(near[a] for a in u.anchors if a in near)) for u in units]


class Units:
    """What the blended similarity needs of each unit, worked out once; any block of rows x
    columns is then computed from it (``reader/analysis/bags.py``), with no units x units or
    units x words matrix: memory follows the block, not the square of the units."""

    def __init__(self, units: Sequence[Tokens]) -> None:
        self.n = len(units)
        self._units = units

    @cached_property
    def words(self) -> Bags:
        """Content words weighed by TF-IDF, each unit's weights of unit length."""
        n = self.n
        counted = [Counter(u.tokens) for u in self._units]
        words = Bags([c.keys() for c in counted], weighted=False)
        rows = words.entry_rows()
        df = words.df.astype(np.float64)
        idf = np.log((n + 1.0) / (df + 1.0)) + 1.0
        counts = np.array([k for c in counted for k in c.values()], dtype=np.float64)
        weighted = np.log1p(counts) * idf[words.items]
        norms = np.sqrt(np.bincount(rows, weights=weighted * weighted, minlength=n))
        words.set_values(weighted / np.where(norms == 0, 1.0, norms)[rows])
        return words

    @cached_property
    def anchors(self) -> Bags:
        """Anchors weighed by IDF (plus one: an anchor of every unit still counts)."""
        anchors = Bags([u.anchors for u in self._units], weighted=False)
        df = anchors.df.astype(np.float64)
        anchors.idf = np.log((self.n + 1.0) / (df + 1.0)) + 1.0
        return anchors

    @cached_property
    def anchor_sizes(self) -> npt.NDArray[np.float64]:
        anchors = self.anchors
        sizes = np.bincount(
            anchors.entry_rows(), weights=anchors.idf[anchors.items], minlength=self.n
        ).astype(np.float64)
        return sizes

    @cached_property
    def typical(self) -> float:
        idf = self.anchors.idf
        return float(np.mean(idf)) if self.anchor_sizes.any() and idf.size else 1.0

    @cached_property
    def numbers(self) -> Bags:
        """Units 0..n-1: the figures close to a unit's own; n..2n-1: its own anchors."""
        return Bags([*_near_numbers(self._units), *(u.anchors for u in self._units)], False)

    @cached_property
    def names(self) -> Bags:
        return Bags([[a for a in u.anchors if a.startswith("e:")] for u in self._units], False)

    @cached_property
    def persons(self) -> Bags:
        return Bags([u.persons for u in self._units], weighted=False)

    @cached_property
    def strings(self) -> list[str]:
        return [" ".join(sorted(u.tokens))[:SURFACE_CHARS] for u in self._units]

    @cached_property
    def empty(self) -> npt.NDArray[np.bool_]:
        return np.array([not u.tokens for u in self._units], dtype=bool)

    def content(self, rows: Indices, columns: Indices) -> Matrix:
        return self.words.cross(rows, columns, squares=False)[0]

    def close_numbers(self, rows: Indices, columns: Indices) -> npt.NDArray[np.bool_]:
        out: npt.NDArray[np.bool_] = (
            self.numbers.cross(rows, columns + self.n, squares=False)[0] > 0
        )
        return out

    def anchor(self, rows: Indices, columns: Indices) -> Matrix:
        inter = self.anchors.cross(rows, columns, squares=False)[0]
        # Two close figures count as one shared detail (see close_numbers).
        typical = np.float32(self.typical)
        inter = inter + self.close_numbers(rows, columns).astype(np.float32) * typical
        # One shared weekday between two one-anchor sentences is not a perfect match: the
        # union is floored at a few typical anchors.
        floor = np.float32(ANCHOR_FLOOR) * typical
        sizes = self.anchor_sizes.astype(np.float32)
        union = np.maximum(sizes[rows][:, None] + sizes[columns][None, :] - inter, floor)
        out: Matrix = np.where(union > 0, inter / np.where(union > 0, union, 1.0), 0.0).astype(
            np.float32
        )
        return out

    def surface(self, rows: Indices, columns: Indices) -> Matrix:
        left = [self.strings[k] for k in rows.tolist()]
        right = [self.strings[k] for k in columns.tolist()]
        workers = 1 if len(left) * len(right) < SMALL_BLOCK else -1
        scores = process.cdist(left, right, scorer=fuzz.ratio, workers=workers, dtype=np.float32)
        out: Matrix = (np.asarray(scores, dtype=np.float32) / np.float32(100.0)).astype(np.float32)
        return out

    def entity_conflict(self, rows: Indices, columns: Indices) -> npt.NDArray[np.bool_]:
        shared = self.names.cross(rows, columns, squares=False)[0]
        named = np.diff(self.names.indptr) > 0
        out: npt.NDArray[np.bool_] = named[rows][:, None] & named[columns][None, :] & (shared == 0)
        return out

    def participant_conflict(self, rows: Indices, columns: Indices) -> npt.NDArray[np.bool_]:
        shared = self.persons.cross(rows, columns, squares=False)[0]
        count = np.diff(self.persons.indptr)
        out: npt.NDArray[np.bool_] = (count[rows][:, None] > shared) & (
            count[columns][None, :] > shared
        )
        return out

    def similarity(self, rows: Indices, columns: Indices) -> Matrix:
        """Blended similarity in 0..1 of each row with each column."""
        blended = (
            CONTENT_WEIGHT * self.content(rows, columns)
            + SURFACE_WEIGHT * self.surface(rows, columns)
            + ANCHOR_WEIGHT * self.anchor(rows, columns)
        )
        blended = np.where(self.entity_conflict(rows, columns), blended * ENTITY_CONFLICT, blended)
        blended[self.empty[rows], :] = 0.0  # no content word, nothing to report: never alike
        blended[:, self.empty[columns]] = 0.0
        out: Matrix = np.clip(blended, 0.0, 1.0).astype(np.float32)
        return out


def _halves(n: int, split: int | None) -> tuple[Indices, Indices]:
    """(rows, columns): every unit twice, or those before ``split`` and those from it."""
    everything = np.arange(n, dtype=np.intp)
    return (everything, everything) if split is None else (everything[:split], everything[split:])


def close_numbers(units: Sequence[Tokens], split: int | None = None) -> npt.NDArray[np.bool_]:
    """Units that state close but different numbers ("about 100,000" against "122,000").

    Two outlets reporting one claim often disagree on its figure: that disagreement is what
    newsdiff exists to show, so the figure must still tie the two passages together rather
    than count as two unshared details.
    """
    return Units(units).close_numbers(*_halves(len(units), split))


def anchor_similarity(units: Sequence[Tokens], split: int | None = None) -> Matrix:
    return Units(units).anchor(*_halves(len(units), split))


# fuzz.ratio costs length x length: beyond any real sentence or paragraph, a longer unit
# (a 10 MB line) would take hours against itself. Its first characters say enough.
SURFACE_CHARS = 4000


def entity_conflict(units: Sequence[Tokens], split: int | None = None) -> npt.NDArray[np.bool_]:
    """Both units name people or places, and not one in common.

    Two outlets' anecdotes often share a template ("a shop owner from X said she had
    watched the lights disappear") while being about different people: the same words with
    other names are another claim, not a paraphrase.
    """
    return Units(units).entity_conflict(*_halves(len(units), split))


def participant_conflict(
    units: Sequence[Tokens], split: int | None = None
) -> npt.NDArray[np.bool_]:
    """Each unit names a person the other does not: two events, not one told twice.

    A shared name is not a shared claim: "Blinken spoke with Zelensky" and "Blinken spoke
    with Stoltenberg" share a minister, a verb and a phone, yet report two calls. A
    paraphrase may add a person (the spokeswoman who said it) on one side; when both sides
    add someone, the participants disagree.
    """
    return Units(units).participant_conflict(*_halves(len(units), split))


def similarity(units: Sequence[Tokens], split: int | None = None) -> Matrix:
    """Blended similarity in 0..1 between every two units (or rows and columns, see top)."""
    if not units:
        return np.zeros((0, 0), dtype=np.float32)
    return Units(units).similarity(*_halves(len(units), split))
