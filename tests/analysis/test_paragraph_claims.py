"""Paragraph pair scores and paragraph groups (reader/analysis/paragraph_claims.py)."""

from __future__ import annotations

from itertools import product

import numpy as np
import pytest

from reader.analysis import paragraph_claims as pc
from reader.analysis.sentences import aligned_sentences
from reader.text.words import stem
from tests.analysis.helpers import make_source

# Ordinary paragraphs about the story (its topic words in every one), each telling its own thing.
# Each source's own (different day numbers: identical paragraphs would be one claim told twice).
FILLER = [
    f"Kerrow harbour officials met the ferry crew on day {n} to talk about the timetable."
    for n in range(8)
]
OTHER_FILLER = [
    f"Kerrow harbour officials met the ferry crew on day {n} to talk about the timetable."
    for n in range(10, 18)
]


def _score(texts: list[str], sources: list[str], i: int, j: int) -> float:
    return float(pc.pair_scores(texts, sources)[i, j])


def test_tokens_are_stems_without_function_words_and_numbers_keep_their_digits() -> None:
    tokens = pc.paragraph_tokens("The ferries were stopped for 1,200 passengers.")
    assert "the" not in tokens and "were" not in tokens
    assert stem("ferries") in tokens
    assert "#1200" in tokens


def test_invisible_characters_do_not_split_a_word() -> None:
    assert pc.paragraph_tokens("Le\u200bna") == pc.paragraph_tokens("Lena")


def test_scores_are_symmetric_in_0_1_and_zero_within_one_source() -> None:
    texts = ["The ferry broke down off Kerrow.", "A ferry broke down near Kerrow.", "Rain."]
    scores = pc.pair_scores(texts, ["a", "b", "a"])
    assert np.allclose(scores, scores.T)
    assert scores.min() >= 0.0 and scores.max() <= 1.0
    assert scores[0, 2] == 0.0


def test_a_word_of_every_paragraph_does_not_make_a_link() -> None:
    """The story's topic (Kerrow, harbour, ferry in every paragraph) and one shared weekday
    are not a claim."""
    a = [*FILLER, "Kerrow harbour: the mayor praised the volunteers on Wednesday."]
    b = [*OTHER_FILLER, "Kerrow harbour: a diver found a crack in the hull on Wednesday."]
    texts = a + b
    sources = ["a"] * len(a) + ["b"] * len(b)
    assert _score(texts, sources, len(a) - 1, len(texts) - 1) < pc.LINK


def test_a_claim_told_in_shared_rare_words_links() -> None:
    a = [*FILLER, "A diver found a crack in the hull below the waterline, the operator said."]
    b = [
        *OTHER_FILLER,
        "The operator said divers had found a crack in the hull below the waterline.",
    ]
    texts = a + b
    sources = ["a"] * len(a) + ["b"] * len(b)
    assert _score(texts, sources, len(a) - 1, len(texts) - 1) >= pc.LINK


def test_a_shared_figure_is_evidence() -> None:
    a = [*FILLER, "Sailings were cancelled for 340 passengers on the island route."]
    same = [*OTHER_FILLER, "The cancellation left 340 passengers waiting for the island route."]
    other = [*OTHER_FILLER, "The cancellation left 95 passengers waiting for the island route."]
    sources = ["a"] * len(a) + ["b"] * len(same)
    with_figure = _score(a + same, sources, len(a) - 1, 2 * len(a) - 1)
    without = _score(a + other, sources, len(a) - 1, 2 * len(a) - 1)
    assert with_figure > without


def test_the_same_words_about_other_people_keep_half_their_score() -> None:
    a = [*FILLER, "The primary school in Saltby collected clothes and blankets for survivors."]
    b = [*OTHER_FILLER, "The church in Tjarno collected clothes and blankets for survivors."]
    texts, sources = a + b, ["a"] * len(a) + ["b"] * len(b)
    i, j = len(a) - 1, len(texts) - 1
    names = [frozenset[str]()] * len(texts)
    plain = float(pc.pair_scores(texts, sources, names)[i, j])
    names[i], names[j] = frozenset({"e:saltby"}), frozenset({"e:tjarno"})
    other = float(pc.pair_scores(texts, sources, names)[i, j])
    assert other == pytest.approx(plain * pc.OTHER_NAMES)
    names[j] = frozenset({"e:tjarno", "e:saltby"})
    assert float(pc.pair_scores(texts, sources, names)[i, j]) == pytest.approx(plain)


def test_average_linkage_does_not_chain() -> None:
    """A~B and B~C strongly, A and C not at all: C joins A+B only if alike on average."""
    scores = np.array(
        [[0.0, 0.9, 0.0], [0.9, 0.0, 0.6], [0.0, 0.6, 0.0]],
        dtype=np.float32,
    )
    source = np.array([0, 1, 2])
    groups = pc._average_linkage(scores, source, pc.LEXICAL)
    assert groups == [[0, 1]]


def test_two_clusters_with_one_source_in_common_never_merge() -> None:
    """Source 0 twice: paragraphs 0 and 2 meet only by attaching, never by linkage."""
    scores = np.zeros((3, 3), dtype=np.float32)
    for i, j, s in [(0, 1, 0.9), (1, 2, 0.8)]:
        scores[i, j] = scores[j, i] = s
    assert pc._average_linkage(scores, np.array([0, 1, 0]), pc.LEXICAL) == [[0, 1]]


def test_a_group_needs_two_sources() -> None:
    scores = np.zeros((2, 2), dtype=np.float32)
    assert pc._average_linkage(scores, np.array([0, 1]), pc.LEXICAL) == []


def test_a_paragraph_also_joins_a_second_group_it_tells() -> None:
    """Paragraph 4 (source 2) states both claims: it joins both groups."""
    scores = np.zeros((5, 5), dtype=np.float32)
    for i, j, s in [(0, 1, 0.9), (2, 3, 0.9), (4, 0, 0.7), (4, 1, 0.6), (4, 2, 0.8), (4, 3, 0.6)]:
        scores[i, j] = scores[j, i] = s
    source = np.array([0, 1, 0, 1, 2])
    out = pc._attach([[0, 1], [2, 3]], scores, source, pc.LEXICAL)
    assert out == [(0, 1, 4), (2, 3, 4)]


def test_a_paragraph_linked_to_one_member_but_unlike_the_group_stays_out() -> None:
    scores = np.zeros((3, 3), dtype=np.float32)
    for i, j, s in [(0, 1, 0.9), (2, 0, 0.9), (2, 1, 0.0)]:
        scores[i, j] = scores[j, i] = s
    assert pc._attach([[0, 1]], scores, np.array([0, 1, 2]), pc.LEXICAL) == [(0, 1)]


def _story() -> tuple[list[str], list[str]]:
    claim_a = "A diver found a crack in the hull below the waterline, the operator said."
    claim_b = "The operator said divers had found a crack in the hull below the waterline."
    return [*FILLER, claim_a], [*OTHER_FILLER, claim_b]


# Made-up words, five to a paragraph, none shared: paragraphs that tell nothing in common.
WORDS = ["".join(w) + "k" for w in product("bdfgpt", "aeiou", "lmnrs", "aeiou")]


def _long(claim: str, first: int) -> list[str]:
    """A story long enough for paragraph groups: unrelated paragraphs, then the claim."""
    extra = [" ".join(WORDS[first + 5 * n : first + 5 * n + 5]) + "." for n in range(17)]
    return [*extra, claim]


def test_a_short_story_gets_no_paragraph_groups() -> None:
    a, b = _story()
    sources = (make_source("s1", a), make_source("s2", b))
    assert len(a) + len(b) < pc.MIN_PARAGRAPHS
    assert pc.add_paragraph_claims((), aligned_sentences(sources), sources) == ()


def test_paragraph_groups_become_clusters_of_whole_paragraphs() -> None:
    a, b = (_long(t[-1], first) for t, first in zip(_story(), (0, 100), strict=True))
    sources = (make_source("s1", a), make_source("s2", b))
    sentences = aligned_sentences(sources)
    out = pc.add_paragraph_claims((), sentences, sources)
    assert len(out) == 1
    paragraphs = {sentences[k].paragraph for k in out[0]}
    assert paragraphs == {f"s1:p{len(a)}", f"s2:p{len(b)}"}
    assert len(out[0]) == sum(1 for s in sentences if s.paragraph in paragraphs)


def test_a_paragraph_group_an_existing_cluster_covers_adds_nothing() -> None:
    a, b = (_long(t[-1], first) for t, first in zip(_story(), (0, 100), strict=True))
    sources = (make_source("s1", a), make_source("s2", b))
    sentences = aligned_sentences(sources)
    held = tuple(
        k for k, s in enumerate(sentences) if s.paragraph in {f"s1:p{len(a)}", f"s2:p{len(b)}"}
    )
    assert pc.add_paragraph_claims((held,), sentences, sources) == (held,)


def test_no_paragraphs_no_groups() -> None:
    assert pc.paragraph_groups([], []) == []
    assert pc.pair_scores([], []).shape == (0, 0)


def test_groups_do_not_depend_on_how_many_scores_are_kept(monkeypatch: pytest.MonkeyPatch) -> None:
    """Scores not kept are worked out again: the same groups with room for one row only."""
    a, b = _story()
    texts, sources = [*a, *b], ["a"] * len(a) + ["b"] * len(b)
    kept = pc.paragraph_groups(texts, sources)
    monkeypatch.setattr(pc, "KEPT_CELLS", len(texts))
    assert pc.paragraph_groups(texts, sources) == kept
    assert kept
