"""The sentences' pair similarity as ``align`` blends it, worked out by blocks.

No sentences x sentences matrix is held: one pass over blocks of whole sources finds the
candidate links (pairs alike enough on their own, mutual best matches of two sources) and,
for each sentence, the sentences of other sources it is at least ``NEAR`` alike; any other
block (two clusters' members, a group against the passages linked to it) is worked out again
when asked for, from the rows kept (the most recently used, up to ``KEPT_CELLS``) or anew.
Memory follows the block and the kept rows, not the square of the sentences.

A pair's score (see ``align.sentence_similarity``): the blended similarity of the two
sentences, a share of it when they name different participants, raised by how alike their
paragraphs are, with a bonus between two headlines and a discount between a headline and a
body sentence.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import NamedTuple

import numpy as np
import numpy.typing as npt

from reader.analysis.bags import Indices, blocks, runs
from reader.analysis.normalize_text import Tokens, Vocabulary, normalise
from reader.analysis.row_cache import RowCache
from reader.analysis.sentences import ALIGNED_KINDS, Sentence
from reader.analysis.similarity import Matrix, Units
from reader.model import Source
from reader.text.thresholds import threshold

LINK = threshold("align.link")
MUTUAL = threshold("align.mutual")
ATTACH = threshold("align.attach")
PARAGRAPH_CONTEXT = threshold("align.paragraph_context")
HEADLINE_BONUS = threshold("align.headline_bonus")
HEADLINE_TO_BODY = threshold("align.headline_to_body")
PARTICIPANTS = threshold("align.participants")
# Pairs at least this alike are kept as neighbours: a passage less alike than this to every
# member of a group can never join it (attaching needs one member at ``LINK`` and a mean of
# ``ATTACH``), so only neighbours are ever compared with a group.
NEAR = min(LINK, ATTACH)
CELLS = 600_000  # sentence pairs scored at once (a block is whole sources)
KEPT_CELLS = 64_000_000  # pair scores kept (float32: 256 MB); the others are worked out again


class Links(NamedTuple):
    """Candidate links, strongest first (ties in index order): pair k is ``first[k]`` <
    ``second[k]``, scoring ``value[k]``."""

    value: Matrix
    first: npt.NDArray[np.int64]
    second: npt.NDArray[np.int64]

    def pairs(self, chunk: int = 65_536) -> Iterator[tuple[int, int]]:
        for start in range(0, len(self.value), chunk):
            yield from zip(
                self.first[start : start + chunk].tolist(),
                self.second[start : start + chunk].tolist(),
                strict=True,
            )


class Scores:
    """Blended similarity of any block of sentences; ``links`` and ``near`` from one pass."""

    def __init__(
        self,
        sources: Sequence[Source],
        sentences: Sequence[Sentence],
        tokens: Sequence[Tokens],
        vocabulary: Vocabulary,
    ) -> None:
        self.units = Units(tokens)
        paragraphs = [p for s in sources for p in s.paragraphs if p.kind in ALIGNED_KINDS]
        position = {p.id: i for i, p in enumerate(paragraphs)}
        self.paragraphs = Units([normalise(p.text, vocabulary) for p in paragraphs])
        self.paragraph_of = np.array([position[s.paragraph] for s in sentences], dtype=np.intp)
        headlines = {p.id for s in sources for p in s.paragraphs if p.kind == "headline"}
        self.headline = np.array([s.paragraph in headlines for s in sentences], dtype=bool)
        names = np.array([s.source for s in sentences])
        self.source_of: Indices = np.unique(names, return_inverse=True)[1].astype(np.intp)
        self.n = len(sentences)
        self.everything = np.arange(self.n, dtype=np.intp)
        self.near: list[Indices] = [np.zeros(0, dtype=np.intp)] * self.n
        self._links: Links | None = None
        self._matrix: Matrix | None = None
        self._rows = RowCache(
            self.n, KEPT_CELLS, lambda rows, columns: self.compute(rows, columns)[0]
        )

    def compute(self, rows: Indices, columns: Indices) -> tuple[Matrix, npt.NDArray[np.bool_]]:
        """(scores, the pairs naming different participants) of ``rows`` x ``columns``."""
        own = self.units.similarity(rows, columns)
        conflict = self.units.participant_conflict(rows, columns)
        both = self.headline[rows][:, None] & self.headline[columns][None, :]
        one = self.headline[rows][:, None] ^ self.headline[columns][None, :]
        own = np.where(both, own + HEADLINE_BONUS, np.where(one, own * HEADLINE_TO_BODY, own))
        left, left_at = np.unique(self.paragraph_of[rows], return_inverse=True)
        right, right_at = np.unique(self.paragraph_of[columns], return_inverse=True)
        context = self.paragraphs.similarity(left, right)[np.ix_(left_at, right_at)]
        blended = np.maximum(own, (1.0 - PARAGRAPH_CONTEXT) * own + PARAGRAPH_CONTEXT * context)
        out: Matrix = np.where(conflict, blended * PARTICIPANTS, blended).astype(np.float32)
        return out, conflict

    def plain(self, rows: Indices, columns: Indices) -> Matrix:
        """The sentences' own similarity (a share of it across participants), no headline
        or paragraph share."""
        own = self.units.similarity(rows, columns)
        conflict = self.units.participant_conflict(rows, columns)
        out: Matrix = np.where(conflict, own * PARTICIPANTS, own).astype(np.float32)
        return out

    def links(self) -> Links:
        """Candidate links (score, i, j), i < j, strongest first: pairs of two sources at
        least ``LINK`` alike, and mutual best matches of two sources at least ``MUTUAL``
        alike that name no different participants. Fills in ``near`` on the way.

        One pass over blocks of whole sources, in source order, each against itself and the
        sources after it (half the pairs: the scores are symmetric). When every pair fits in
        ``KEPT_CELLS``, the pass also fills in the whole matrix, and blocks are then read
        from it."""
        if self._links is not None:
            return self._links
        found: list[tuple[Indices, Indices, Matrix]] = []
        near: list[list[Indices]] = [[] for _ in range(self.n)]
        whole = self.n * self.n <= KEPT_CELLS
        matrix = np.zeros((self.n, self.n), dtype=np.float32) if whole else None
        done = np.zeros(self.n, dtype=bool)
        for rows in blocks(self.source_of, CELLS, self.n):
            done[rows] = True
            columns = np.concatenate((rows, np.nonzero(~done)[0])).astype(np.intp)
            columns = columns[np.argsort(self.source_of[columns], kind="stable")]
            scores, conflict = self.compute(rows, columns)
            if matrix is not None:
                matrix[np.ix_(rows, columns)] = scores
                matrix[np.ix_(columns, rows)] = scores.T
            cross = self.source_of[rows][:, None] != self.source_of[columns][None, :]
            r, c = np.nonzero(cross & (scores >= NEAR))
            i, j = rows[r], columns[c]
            for a, b in ((i, j), (j, i)):
                order = np.argsort(a, kind="stable")
                a, b = a[order], b[order]
                bounds = np.searchsorted(a, np.arange(self.n + 1))
                for k in np.unique(a).tolist():
                    near[k].append(b[bounds[k] : bounds[k + 1]])
            r, c = np.nonzero(cross & (scores >= LINK))
            found.append((rows[r], columns[c], scores[r, c]))
            r, c = self._mutual(rows, columns, scores, conflict)
            found.append((rows[r], columns[c], scores[r, c]))
        self.near = [
            np.unique(np.concatenate(parts)) if parts else np.zeros(0, np.intp) for parts in near
        ]
        self._matrix = matrix
        first = np.concatenate([np.minimum(a, b) for a, b, _ in found]).astype(np.int64)
        second = np.concatenate([np.maximum(a, b) for a, b, _ in found]).astype(np.int64)
        value = np.concatenate([v for _, _, v in found]).astype(np.float32)
        _, once = np.unique(first * self.n + second, return_index=True)  # strong ones first
        first, second, value = first[once], second[once], value[once]
        order = np.lexsort((second, first, -value))
        self._links = Links(value[order], first[order], second[order])
        return self._links

    def _mutual(
        self,
        rows: Indices,
        columns: Indices,
        scores: Matrix,
        conflict: npt.NDArray[np.bool_],
    ) -> tuple[Indices, Indices]:
        """Mutual best matches between each source of the block and each later source
        (``columns`` are in source order): their positions in ``scores``."""
        row_runs, row_codes = runs(self.source_of[rows])
        column_runs, column_codes = runs(self.source_of[columns])
        width = len(columns)
        of_column_run = np.repeat(
            np.arange(len(column_runs)), np.diff([*column_runs.tolist(), width])
        )
        ends = [*row_runs[1:].tolist(), len(rows)]
        found_rows: list[Indices] = [np.zeros(0, dtype=np.intp)]
        found_columns: list[Indices] = [np.zeros(0, dtype=np.intp)]
        for start, end, code in zip(row_runs.tolist(), ends, row_codes.tolist(), strict=True):
            block = scores[start:end]
            # each row's first best column in each run of columns (one run: one source)
            run_max = np.maximum.reduceat(block, column_runs, axis=1)
            at_max = block == run_max[:, of_column_run]
            first = np.minimum.reduceat(
                np.where(at_max, np.arange(width)[None, :], width), column_runs, axis=1
            )
            best_row = np.argmax(block, axis=0)  # each column's first best row of this source
            later = column_codes > code
            local, run = np.nonzero(np.broadcast_to(later, first.shape))
            column = first[local, run]
            mutual = (best_row[column] == local) & (block[local, column] >= MUTUAL)
            mutual &= ~conflict[start + local, column]
            found_rows.append((start + local[mutual]).astype(np.intp))
            found_columns.append(column[mutual].astype(np.intp))
        return np.concatenate(found_rows), np.concatenate(found_columns)

    def block(self, rows: Indices, columns: Indices) -> Matrix:
        """Scores of ``rows`` x ``columns``."""
        if self._matrix is not None:
            out: Matrix = self._matrix[np.ix_(rows, columns)]
            return out
        return self._rows.block(rows, columns)


class Plain:
    """``Scores.plain`` as a block source."""

    def __init__(self, scores: Scores) -> None:
        self.scores = scores

    def block(self, rows: Indices, columns: Indices) -> Matrix:
        return self.scores.plain(rows, columns)
