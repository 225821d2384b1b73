"""A sentence stating two claims joins the group of its second claim through a clause."""

from __future__ import annotations

import numpy as np

from reader.analysis.align import ATTACH_PRESENT, LINK, PARTICIPANTS, sentence_similarity
from reader.analysis.clause_attach import attach_clauses
from reader.analysis.sentences import Sentence, aligned_sentences
from reader.model import Source
from tests.analysis.helpers import make_source

MERGED = (
    "A fire tore through warehouses on the east quay of Portvale harbour on Monday, "
    "destroying 12 of them, officials said."
)
WIRE = make_source(
    "s1",
    [MERGED, "The blaze started shortly after 2 a.m. in a timber store, the fire service said."],
)
TIMES = make_source(
    "s2",
    [
        "A fire broke out shortly after 2 a.m. on Monday in a timber warehouse on the east "
        "quay of Portvale harbour, the city fire service said.",
        "Twelve warehouses were destroyed, according to the port authority.",
    ],
)
HERALD = make_source(
    "s3",
    [
        "A fire ripped through Portvale harbour on Monday after it erupted in a timber store "
        "on the east quay in the small hours.",
        "A dozen warehouses were destroyed and reduced to blackened shells.",
    ],
)


def _attach(
    sources: tuple[Source, ...], groups: list[list[str]], headlines: frozenset[str] = frozenset()
) -> list[set[str]]:
    """Run the clause step on hand-made groups of sentences named by their paragraph."""
    sentences = aligned_sentences(sources)
    scores = sentence_similarity(sources, sentences)
    assert scores.vocabulary is not None
    where = {s.paragraph: k for k, s in enumerate(sentences)}
    clusters = [tuple(sorted(where[p] for p in group)) for group in groups]
    is_headline = np.array([s.paragraph in headlines for s in sentences], dtype=bool)
    out = attach_clauses(
        clusters,
        sentences,
        scores.tokens,
        scores.vocabulary,
        is_headline,
        join=ATTACH_PRESENT,
        link=LINK,
        participants=PARTICIPANTS,
    )
    return [{_paragraph(sentences, k) for k in members} for members in out]


def _paragraph(sentences: tuple[Sentence, ...], k: int) -> str:
    return sentences[k].paragraph


WAREHOUSES = ["s1:p1", "s2:p2", "s3:p2"]
OUTBREAK = ["s1:p2", "s2:p1", "s3:p1"]


def test_a_sentence_joins_the_group_of_the_claim_told_in_its_first_clause() -> None:
    found = _attach((WIRE, TIMES, HERALD), [WAREHOUSES, OUTBREAK])
    assert found == [set(WAREHOUSES), {*OUTBREAK, "s1:p1"}]


def test_each_clause_files_an_ungrouped_sentence_under_its_own_claim() -> None:
    found = _attach((WIRE, TIMES, HERALD), [["s2:p2", "s3:p2"], OUTBREAK])
    assert found == [{"s2:p2", "s3:p2", "s1:p1"}, {*OUTBREAK, "s1:p1"}]


def test_a_group_told_by_one_outlet_body_alone_takes_no_clause() -> None:
    headline = make_source("s4", ["Fire on the east quay of Portvale harbour on Monday"])
    found = _attach(
        (WIRE, TIMES, HERALD, headline),
        [WAREHOUSES, ["s2:p1", "s4:p1"]],
        headlines=frozenset({"s4:p1"}),
    )
    assert found[1] == {"s2:p1", "s4:p1"}


def test_a_short_clause_sharing_one_name_joins_nothing() -> None:
    other = make_source(
        "s4", ["Portvale harbour, the oldest on the coast, hosts a regatta every summer."]
    )
    found = _attach((other, TIMES, HERALD), [["s2:p1", "s3:p1"]])
    assert found == [{"s2:p1", "s3:p1"}]


def test_an_attribution_tail_files_its_sentence_nowhere() -> None:
    vigil = [
        make_source("s1", ["A candlelit vigil drew hundreds to the harbour on Friday evening."]),
        make_source("s2", ["Hundreds held a candlelit vigil at the harbour on Friday evening."]),
        make_source(
            "s3", ["Nine fishermen are still missing at sea, officials said on Friday evening."]
        ),
    ]
    found = _attach(tuple(vigil), [["s1:p1", "s2:p1"]])
    assert found == [{"s1:p1", "s2:p1"}]


def test_a_clause_keeps_the_participants_of_its_sentence() -> None:
    crossing = "she had made the crossing dozens of times without trouble."
    sources = (
        make_source("s1", [f"As Anna Berg, a nurse from Saltby, said, {crossing}"]),
        make_source("s2", [f"As Anna Berg, a nurse from Saltby, told us, {crossing}"]),
        make_source("s3", [f"As Maria Hagen, a shop owner from Saltby, said, {crossing}"]),
    )
    found = _attach(sources, [["s1:p1", "s2:p1"]])
    assert found == [{"s1:p1", "s2:p1"}]
