"""The most recently used rows of a score matrix too large to keep whole.

Alignment scores every pair of its units (sentences, paragraphs) by blocks and keeps only
candidate links; the grouping then asks for scores of a few rows at a time, again and again.
A ``RowCache`` keeps the rows it was asked for (each against every unit), up to a number of
cells, the least recently used dropped first, and works out the others anew.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable

import numpy as np
import numpy.typing as npt

from reader.analysis.bags import Indices

Matrix = npt.NDArray[np.float32]


class RowCache:
    """Rows of a ``width``-wide score matrix, at most ``cells`` cells of them.

    ``compute(rows, columns)`` gives the scores of ``rows`` x ``columns``.
    """

    def __init__(self, width: int, cells: int, compute: Callable[[Indices, Indices], Matrix]):
        self._compute = compute
        self._everything = np.arange(width, dtype=np.intp)
        self._kept: OrderedDict[int, Matrix] = (
            OrderedDict()
        )  # row -> its scores, least recent first
        self.room = cells // max(1, width)  # rows kept at most

    def free(self) -> int:
        """Rows that can still be kept without dropping one."""
        return max(0, self.room - len(self._kept))

    def keep(self, row: int, scores: Matrix) -> None:
        """Keep ``scores`` (one row against every unit) for ``row``."""
        self._kept[row] = scores

    def block(self, rows: Indices, columns: Indices) -> Matrix:
        """Scores of ``rows`` x ``columns``: kept rows, the others worked out against every
        unit and kept in turn (or, when they cannot all be kept, the block worked out alone)."""
        wanted = rows.tolist()
        if len(set(wanted)) > self.room:
            return self._compute(rows, columns)
        missing = np.array(sorted({r for r in wanted if r not in self._kept}), dtype=np.intp)
        if missing.size:
            computed = self._compute(missing, self._everything)
            for k, row in enumerate(missing.tolist()):
                self._kept[row] = computed[k]
        for row in wanted:
            self._kept.move_to_end(row)
        while len(self._kept) > self.room:
            self._kept.popitem(last=False)
        out: Matrix = np.stack([self._kept[row] for row in wanted])[:, columns]
        return out
