"""The optional semantic backend (reader/analysis/semantic.py) and its use in the paragraph
pair score. The default install has no model: every test but the last two runs without one;
those two load the bundled model and are skipped when ``newsdiff[semantic]`` is not installed."""

from __future__ import annotations

import importlib.util
import os

import numpy as np
import pytest

from reader.analysis import paragraph_claims as pc
from reader.analysis import semantic
from reader.analysis.sentences import Sentence, aligned_sentences
from tests.analysis.helpers import make_source

HAS_MODEL = importlib.util.find_spec(semantic.PACKAGE) is not None
NEEDS_MODEL = pytest.mark.skipif(
    not HAS_MODEL,
    reason="the semantic backend is not installed (pip install 'newsdiff[semantic]')",
)


def test_switched_off_by_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(semantic.SWITCH, "0")
    assert not semantic.enabled()
    assert semantic.paragraph_similarity(["a claim", "another claim"]) is None


def test_without_the_package_there_is_no_signal_and_no_error(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv(semantic.SWITCH, raising=False)
    monkeypatch.setattr(semantic, "PACKAGE", "newsdiff_no_such_model_package")
    assert not semantic.enabled()
    assert semantic.paragraph_similarity(["a claim", "another claim"]) is None


def test_centred_cosine_removes_what_every_paragraph_shares() -> None:
    """Three vectors that all lean one way (the story's topic) and differ a little: raw
    cosine calls them all alike, the centred one tells the two close ones from the third."""
    vectors = np.array([[10, 1, 0], [10, 0.9, 0.1], [10, -1, 0]], dtype=np.float32)
    raw = vectors / np.linalg.norm(vectors, axis=1, keepdims=True)
    assert (raw @ raw.T).min() > 0.9
    similar = semantic.centred_cosine(raw.astype(np.float32))
    assert np.allclose(similar, similar.T, atol=1e-6)
    assert np.allclose(np.diag(similar), 1.0, atol=1e-5)
    assert similar[0, 1] > 0.9 and similar[0, 2] < 0.0
    assert semantic.centred_cosine(np.zeros((0, 3), dtype=np.float32)).shape == (0, 0)


def test_the_meaning_signal_lifts_a_pair_the_wording_misses() -> None:
    """Two paraphrases with no content word in common: the wording-only score leaves them
    apart; the same words with a high meaning similarity link."""
    texts = [
        "The ministry denied striking the camp.",
        "Officials insisted their aircraft had not bombed any refugees.",
        "The harbour reopened on Monday.",
    ]
    sources = ["a", "b", "a"]
    lexical = pc.pair_scores(texts, sources)
    meaning = np.array([[1, 0.95, -0.5], [0.95, 1, -0.5], [-0.5, -0.5, 1]], dtype=np.float32)
    with_meaning = pc.pair_scores(texts, sources, meaning=meaning)
    assert lexical[0, 1] < pc.SEMANTIC.link <= with_meaning[0, 1]
    assert with_meaning[1, 2] < pc.SEMANTIC.link
    assert with_meaning[0, 2] == 0.0  # one source


def test_the_pair_score_uses_its_own_fitted_weights_per_backend() -> None:
    assert pc.LEXICAL.meaning == 0.0
    assert pc.SEMANTIC.meaning > 0.0
    assert pc.LEXICAL.cosine != pc.SEMANTIC.cosine  # refitted beside the meaning weight


def test_paragraph_claims_fall_back_to_wording_without_the_backend(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    seen: list[pc.Weights] = []
    scores_of = pc._Scores

    def scores(*args: object) -> object:
        made = scores_of(*args)  # type: ignore[arg-type]
        seen.append(made.w)
        return made

    monkeypatch.setattr(semantic, "paragraph_similarity", lambda texts: None)
    monkeypatch.setattr(pc, "_Scores", scores)
    paragraphs = [f"Paragraph {n} of the ferry story about the harbour." for n in range(15)]
    sources = [make_source("a", paragraphs), make_source("b", paragraphs)]
    pc.add_paragraph_claims((), aligned_sentences(sources), sources)
    assert seen == [pc.LEXICAL]


class _Fixed:
    """Stands for the pair scores of a story (``paragraph_claims._Scores``) in a test."""

    def __init__(self, scores: np.ndarray) -> None:
        self.scores = scores

    def block(self, rows: np.ndarray, columns: np.ndarray) -> np.ndarray:
        return self.scores[np.ix_(rows, columns)]


def _sentences(layout: list[tuple[str, str]]) -> list[Sentence]:
    return [
        Sentence(source=src, paragraph=pid, index=0, start=0, end=1, text="x")
        for src, pid in layout
    ]


def test_a_paragraph_with_no_partner_in_its_group_leaves_it() -> None:
    """Sentence group {a1, b1, b2}: a1 and b1 tell one claim (score .8), b2 only shares the
    topic (.1 with a1): b2 leaves, the group keeps a1 and b1."""
    sentences = _sentences([("a", "a1"), ("b", "b1"), ("b", "b2")])
    scores = np.array([[0, 0.8, 0.1], [0.8, 0, 0], [0.1, 0, 0]], dtype=np.float32)
    out = pc._prune([(0, 1, 2)], sentences, ["a1", "b1", "b2"], _Fixed(scores), 0.3)
    assert out == [(0, 1)]


def test_a_group_left_with_one_source_is_dropped() -> None:
    sentences = _sentences([("a", "a1"), ("b", "b1")])
    scores = np.array([[0, 0.1], [0.1, 0]], dtype=np.float32)
    assert pc._prune([(0, 1)], sentences, ["a1", "b1"], _Fixed(scores), 0.3) == []


def test_a_group_of_paragraphs_without_scores_is_kept() -> None:
    """A group whose paragraphs are not scored (fewer than two of them) is left alone."""
    sentences = _sentences([("a", "a1"), ("b", "h")])
    scores = np.zeros((1, 1), dtype=np.float32)
    assert pc._prune([(0, 1)], sentences, ["a1"], _Fixed(scores), 0.3) == [(0, 1)]


def test_only_the_semantic_score_prunes() -> None:
    """The wording-only score split the samples' paraphrased claims when pruning (measured):
    it never prunes."""
    assert pc.LEXICAL.prune == 0.0
    assert pc.SEMANTIC.prune > 0.0


@NEEDS_MODEL
def test_the_model_tells_a_paraphrase_from_another_claim_of_the_story(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv(semantic.SWITCH, raising=False)
    texts = [
        "The defence ministry denied that its jets struck the refugee camp.",
        "Government officials insisted the air force had not bombed the camp.",
        "Aid workers said the camp holds about 20,000 people who fled the fighting.",
        "The United Nations called for an inquiry into the attack on the camp.",
    ]
    similar = semantic.paragraph_similarity(texts)
    assert similar is not None and similar.shape == (4, 4)
    assert similar[0, 1] > similar[0, 2] and similar[0, 1] > similar[0, 3]


@NEEDS_MODEL
def test_the_model_never_asks_the_hub(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(semantic.SWITCH, raising=False)
    assert semantic.embeddings(["A ferry broke down."]) is not None
    assert os.environ.get("HF_HUB_OFFLINE") == "1"
