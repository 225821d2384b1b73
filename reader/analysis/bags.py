"""Weighted overlaps of bags of items between any rows and columns of a set, by blocks.

A set of units (paragraphs, sentences), each a bag of items (stems, bigrams, names): for
some rows and some columns, how much weight the two units of each pair share (``mass``, the
summed weight of their common items) and its square (``dot``). Nothing ever holds a units x
units or units x items matrix: an item held by few units adds its weight to each pair of
them through its list of holders (one ``bincount`` per block; a unit against itself
counts its items of one unit too); an item of many units
(``DENSE_SHARE`` of them or more) goes into a dense product of the block's rows and columns
over those items only, ``COLUMNS`` items at a time. So a block of ``r`` rows against ``c``
columns costs ``r x c`` cells, and the caller picks blocks that keep that bounded.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

import numpy as np
import numpy.typing as npt

Matrix = npt.NDArray[np.float32]
Indices = npt.NDArray[np.intp]

COLUMNS = 2048  # frequent items per dense product (memory: block rows x this)
DENSE_SHARE = 0.05  # an item of this share of the units goes into a dense product


def ragged(starts: Indices, lengths: Indices) -> Indices:
    """The concatenated ranges ``starts[k] .. starts[k] + lengths[k]``."""
    total = int(lengths.sum())
    if total == 0:
        return np.zeros(0, dtype=np.intp)
    ends = np.cumsum(lengths)
    out: Indices = np.arange(total, dtype=np.intp) + np.repeat(starts - (ends - lengths), lengths)
    return out


class Bags:
    """Bags of items of ``n`` units, indexed by unit and by item.

    Weights: an item's IDF over the units scaled to 0..1 (0 for an item of every unit), or
    1 for every item (``weighted=False``); times, when set (``set_values``), a value of
    each unit's item on both sides (a TF-IDF weight: then ``mass`` is a dot product).
    """

    def __init__(self, bags: Sequence[Iterable[object]], weighted: bool = True) -> None:
        n = len(bags)
        ids: dict[object, int] = {}
        items: list[int] = []
        sizes = np.zeros(n, dtype=np.intp)
        for row, bag in enumerate(bags):
            before = len(items)
            items.extend(ids.setdefault(item, len(ids)) for item in bag)
            sizes[row] = len(items) - before
        self.n = n
        self.indptr: Indices = np.concatenate(([0], np.cumsum(sizes))).astype(np.intp)
        self.items: Indices = np.array(items, dtype=np.intp)
        self.df: Indices = np.bincount(self.items, minlength=len(ids)).astype(np.intp)
        owner = np.repeat(np.arange(n, dtype=np.intp), sizes)
        self.holders: Indices = owner[np.argsort(self.items, kind="stable")]
        self.holders_ptr: Indices = np.concatenate(([0], np.cumsum(self.df))).astype(np.intp)
        df = self.df.astype(np.float64)
        self.idf: npt.NDArray[np.float64] = (
            np.log((n + 1.0) / (df + 1.0)) / np.log(n + 1.0) if weighted else np.ones(len(df))
        )
        self.norms2: Matrix = (
            np.bincount(owner, weights=self.idf[self.items] ** 2, minlength=n).astype(np.float32)
            if n
            else np.zeros(0, dtype=np.float32)
        )
        self.dense_from = max(2, int(DENSE_SHARE * n))
        self.many: Indices = np.nonzero(self.df >= self.dense_from)[0]
        self._every: dict[int, Matrix] = {}  # every unit's indicator over a chunk of ``many``
        self._order = np.argsort(self.items, kind="stable")
        self.values: npt.NDArray[np.float64] = np.ones(len(items))  # per entry of ``items``
        self.holder_values: npt.NDArray[np.float64] = self.values

    def entry_rows(self) -> Indices:
        """The unit of each entry of ``items``."""
        out: Indices = np.repeat(np.arange(self.n, dtype=np.intp), np.diff(self.indptr))
        return out

    def set_values(self, values: npt.NDArray[np.float64]) -> None:
        """A value for each entry of ``items`` (each unit's item), multiplied in on both sides."""
        self.values = values
        self.holder_values = values[self._order]
        self._every.clear()

    def _indicator(self, units: Indices, items: Indices) -> Matrix:
        """1 where a unit (row) holds an item (column)."""
        out = np.zeros((len(units), len(items)), dtype=np.float32)
        position = np.full(self.n, -1, dtype=np.intp)
        position[units] = np.arange(len(units))
        at = ragged(self.holders_ptr[items], self.df[items])
        column = np.repeat(np.arange(len(items)), self.df[items])
        row = position[self.holders[at]]
        keep = row >= 0
        out[row[keep], column[keep]] = self.holder_values[at][keep]
        return out

    def cross(self, rows: Indices, columns: Indices, squares: bool = True) -> tuple[Matrix, Matrix]:
        """(mass, dot), each ``len(rows) x len(columns)``: the summed weight of the items
        both units hold, and of the weight squared (all zero unless ``squares``)."""
        width = len(columns)
        everything = width == self.n and bool((columns == np.arange(width)).all())
        position = np.full(self.n, -1, dtype=np.intp)
        position[columns] = np.arange(width)
        lengths = self.indptr[rows + 1] - self.indptr[rows]
        entry_row = np.repeat(np.arange(len(rows), dtype=np.intp), lengths)
        entries = ragged(self.indptr[rows], lengths)
        entry_item = self.items[entries]
        df = self.df[entry_item]
        rare = df < self.dense_from
        entry_row, entry_item, df = entry_row[rare], entry_item[rare], df[rare]
        at = ragged(self.holders_ptr[entry_item], df)
        holder = self.holders[at]
        flat = np.repeat(entry_row * width, df)
        idf = np.repeat(self.idf[entry_item], df)
        weight = idf * np.repeat(self.values[entries[rare]], df) * self.holder_values[at]
        if everything:
            flat += holder
        else:
            column = position[holder]
            keep = column >= 0
            flat, weight, idf = flat[keep] + column[keep], weight[keep], idf[keep]
        size = len(rows) * width
        mass = np.bincount(flat, weights=weight, minlength=size).reshape(len(rows), width)
        out_mass: Matrix = mass.astype(np.float32)
        out_dot: Matrix = np.zeros_like(out_mass)
        if squares:
            dot = np.bincount(flat, weights=weight * idf, minlength=size)
            out_dot = dot.reshape(len(rows), width).astype(np.float32)
        for start in range(0, len(self.many), COLUMNS):
            chunk = self.many[start : start + COLUMNS]
            idf = self.idf[chunk].astype(np.float32)
            left = self._indicator(rows, chunk)
            if everything and start not in self._every:
                self._every[start] = self._indicator(columns, chunk)
            right = self._every[start] if everything else self._indicator(columns, chunk)
            scaled = left * idf
            out_mass += scaled @ right.T
            if squares:
                out_dot += scaled @ (right * idf).T
        return out_mass, out_dot


def runs(codes: Indices) -> tuple[Indices, Indices]:
    """Starts of the runs of equal codes in ``codes``, and the code of each run."""
    if len(codes) == 0:
        return np.zeros(0, dtype=np.intp), np.zeros(0, dtype=np.intp)
    starts = np.concatenate(([0], np.nonzero(codes[1:] != codes[:-1])[0] + 1)).astype(np.intp)
    return starts, codes[starts]


def blocks(codes: Indices, cells: int, width: int) -> list[Indices]:
    """Row blocks of whole codes (whole sources: each code's rows in one block), about
    ``cells / width`` rows each (one code always fits whole, however many rows it has)."""
    order = np.argsort(codes, kind="stable").astype(np.intp)
    starts, _ = runs(codes[order])
    ends = [*starts[1:].tolist(), len(codes)]
    out: list[Indices] = []
    begin = 0
    for end in ends:
        if end - begin >= max(1, cells // max(1, width)) or end == len(codes):
            out.append(order[begin:end])
            begin = end
    return out
