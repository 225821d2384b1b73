"""Blocked bag overlaps (reader/analysis/bags.py) against the plain dense products."""

from __future__ import annotations

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from reader.analysis import bags as b

BAGS = st.lists(st.frozensets(st.integers(0, 30), max_size=8), min_size=1, max_size=60)


def _dense(bags: list[frozenset[int]], weighted: bool) -> tuple[np.ndarray, np.ndarray]:
    n = len(bags)
    vocabulary = sorted(set().union(*bags))
    held = np.array([[item in bag for item in vocabulary] for bag in bags], dtype=np.float64)
    held = held.reshape(n, len(vocabulary))
    df = held.sum(axis=0)
    idf = np.log((n + 1.0) / (df + 1.0)) / np.log(n + 1.0) if weighted else np.ones(len(df))
    mass = (held * idf) @ held.T
    dot = (held * idf) @ (held * idf).T
    return mass, dot


@settings(max_examples=60, deadline=None)
@given(BAGS, st.booleans(), st.data())
def test_cross_equals_the_dense_products_off_the_diagonal(
    bags: list[frozenset[int]], weighted: bool, data: st.DataObject
) -> None:
    n = len(bags)
    rows = np.array(data.draw(st.lists(st.integers(0, n - 1), unique=True, min_size=1)))
    columns = np.array(data.draw(st.lists(st.integers(0, n - 1), unique=True, min_size=1)))
    mass, dot = b.Bags(bags, weighted).cross(rows.astype(np.intp), columns.astype(np.intp))
    want_mass, want_dot = _dense(bags, weighted)
    off = rows[:, None] != columns[None, :]  # an item of one unit only is left out of its pair
    np.testing.assert_allclose(mass[off], want_mass[np.ix_(rows, columns)][off], atol=1e-5)
    np.testing.assert_allclose(dot[off], want_dot[np.ix_(rows, columns)][off], atol=1e-5)


def test_blocks_hold_whole_codes_and_every_row_once() -> None:
    codes = np.array([0, 0, 0, 1, 1, 2, 2, 2, 2, 3], dtype=np.intp)
    found = b.blocks(codes, cells=4, width=1)
    assert sorted(np.concatenate(found).tolist()) == list(range(len(codes)))
    for block in found:
        for code in set(codes[block].tolist()):
            assert set(np.nonzero(codes == code)[0].tolist()) <= set(block.tolist())
