from __future__ import annotations

import numpy as np

from reader.analysis.bags import Indices
from reader.analysis.row_cache import Matrix, RowCache


class Counted:
    """Scores row * 10 + column, counting the rows worked out."""

    def __init__(self) -> None:
        self.rows: list[int] = []

    def __call__(self, rows: Indices, columns: Indices) -> Matrix:
        self.rows.extend(rows.tolist())
        out: Matrix = (rows[:, None] * 10 + columns[None, :]).astype(np.float32)
        return out


def _ix(*values: int) -> Indices:
    return np.array(values, dtype=np.intp)


def test_a_block_reads_the_scores_of_its_rows_and_columns() -> None:
    cache = RowCache(5, 10, Counted())
    assert cache.block(_ix(3, 1), _ix(4, 0)).tolist() == [[34, 30], [14, 10]]


def test_kept_rows_are_not_worked_out_again() -> None:
    compute = Counted()
    cache = RowCache(5, 10, compute)  # room for two rows of five
    cache.block(_ix(1), _ix(0))
    cache.block(_ix(1), _ix(2, 3))
    assert compute.rows == [1]


def test_the_least_recently_used_row_is_dropped_first() -> None:
    compute = Counted()
    cache = RowCache(5, 10, compute)
    for row in (1, 2, 1, 3):  # 2 is the least recent when 3 comes
        cache.block(_ix(row), _ix(0))
    cache.block(_ix(1), _ix(0))
    cache.block(_ix(2), _ix(0))
    assert compute.rows == [1, 2, 3, 2]


def test_a_block_larger_than_the_room_is_worked_out_alone_and_kept_nowhere() -> None:
    compute = Counted()
    cache = RowCache(5, 10, compute)
    assert cache.block(_ix(0, 1, 2), _ix(4)).tolist() == [[4], [14], [24]]
    assert cache.free() == 2


def test_rows_given_while_there_is_room_are_kept() -> None:
    compute = Counted()
    cache = RowCache(4, 8, compute)
    for row in range(cache.free()):
        cache.keep(row, np.full(4, row, dtype=np.float32))
    assert cache.free() == 0
    assert cache.block(_ix(1), _ix(2)).tolist() == [[1]]
    assert compute.rows == []
