"""Shared provenance: text two outlets share near-verbatim, or one translates the other.

Copied wire text is not independent confirmation, so a reader must see it. Two measures:

* verbatim: the share of the shorter source's body text (in characters) that sits in
  sentences with a near-identical sentence in the other source (rapidfuzz ratio >= 80, one
  ``process.cdist`` over every sentence of the set).
  When most of that shared text is inside quotation marks the note says so: both quote one
  statement, which is one primary source rather than one wire copy.
* translation: little shared wording, but sentence after sentence the same rare anchors
  (numbers, names), in the same order: most sentences of one source that carry two rare
  anchors or more find a sentence in the other with the same anchors, and those sentences
  keep their order. An anchor is rare when some other source in the set lacks it. This is
  a heuristic and says so in its note.
"""

from __future__ import annotations

import re
from itertools import combinations

import numpy as np
from rapidfuzz import fuzz, process, utils

from reader.analysis.framing.speakers import load_speakers
from reader.analysis.framing.text import quotes, sentences, tokenize
from reader.model import ProvenanceLink, Source

SENTENCE_MATCH = 80.0  # rapidfuzz ratio for "the same sentence"
MIN_SENTENCE_WORDS = 5
VERBATIM_SHARE = 0.15  # of the shorter source's body text
VERBATIM_SENTENCES = 2
TRANSLATION_SENTENCE_ANCHORS = 2  # rare anchors a sentence needs to be compared
TRANSLATION_JACCARD = 0.5  # rare-anchor overlap of two sentences taken for one
TRANSLATION_SENTENCES = 3  # sentences matched in order
TRANSLATION_ORDER = 0.6  # of the sentences with anchors
_NUMBER = re.compile(r"\d[\d,.]*\d|\d")


def _units(source: Source) -> list[tuple[str, int]]:
    """Body sentences long enough to compare, each with its quoted character count."""
    units: list[tuple[str, int]] = []
    for paragraph in source.paragraphs:
        if paragraph.kind in ("boilerplate", "dateline"):
            continue
        spans = quotes(paragraph.text)
        for start, end in sentences(paragraph.text):
            text = paragraph.text[start:end]
            if len(text.split()) < MIN_SENTENCE_WORDS:
                continue
            quoted = sum(max(0, min(end, q.end) - max(start, q.start)) for q in spans)
            units.append((text, quoted))
    return units


def _similar(units: dict[str, list[tuple[str, int]]]) -> dict[str, np.ndarray]:
    """Sentence-by-sentence rapidfuzz ratios of every source against all sentences, at once."""
    texts = [text for unit in units.values() for text, _ in unit]
    if not texts:
        return {sid: np.zeros((0, 0)) for sid in units}
    scores = np.asarray(
        process.cdist(
            texts,
            texts,
            scorer=fuzz.ratio,
            processor=utils.default_process,
            score_cutoff=SENTENCE_MATCH,
            dtype=np.uint8,
            workers=-1,
        )
    )
    rows: dict[str, np.ndarray] = {}
    at = 0
    for sid, unit in units.items():
        rows[sid] = scores[at : at + len(unit)]
        at += len(unit)
    return rows


def _shared(a: list[tuple[str, int]], rows: np.ndarray, columns: slice) -> tuple[float, int, float]:
    """(share of ``a``'s characters in sentences the other source also has, count, quoted)."""
    total = sum(len(text) for text, _ in a) or 1
    matched = quoted = count = 0
    hits = rows[:, columns].max(axis=1) if rows.size and columns.stop > columns.start else []
    for (text, in_quotes), best in zip(a, hits, strict=False):
        if best >= SENTENCE_MATCH:
            matched += len(text)
            quoted += in_quotes
            count += 1
    return matched / total, count, (quoted / matched if matched else 0.0)


def _anchors(source: Source) -> list[set[str]]:
    """Per sentence: numbers of two digits or more and capitalised non-initial words."""
    sp = load_speakers()
    common = sp.not_names | sp.titles | sp.governments
    found: list[set[str]] = []
    for paragraph in source.paragraphs:
        if paragraph.kind in ("boilerplate", "dateline"):
            continue
        for start, end in sentences(paragraph.text):
            words = [t for t in tokenize(paragraph.text[start:end]) if t.is_word]
            anchors: set[str] = set()
            for i, tok in enumerate(words):
                if _NUMBER.fullmatch(tok.text):
                    digits = re.sub(r"\D", "", tok.text)
                    if len(digits) >= 2:
                        anchors.add("#" + digits)
                elif i > 0 and tok.text[0].isupper() and tok.text not in common:
                    anchors.add(tok.text.lower().removesuffix("'s").removesuffix("’s"))
            found.append(anchors)
    return found


def _longest_rising(values: list[int]) -> int:
    best: list[int] = []
    for i, v in enumerate(values):
        best.append(1 + max((best[j] for j in range(i) if values[j] < v), default=0))
    return max(best, default=0)


def _translation(
    a: list[set[str]], b: list[set[str]], others: list[set[str]]
) -> tuple[int, float] | None:
    """(sentences of ``a`` whose rare anchors recur in one sentence of ``b``, in the same
    order; their share of ``a``'s anchored sentences), or None when ``a`` has too few."""
    words_a, words_b = set().union(*a) if a else set(), set().union(*b) if b else set()
    rare = {w for w in words_a & words_b if not others or not all(w in o for o in others)}
    matched: list[int] = []
    anchored = 0
    for sentence in a:
        mine = sentence & rare
        if len(mine) < TRANSLATION_SENTENCE_ANCHORS:
            continue
        anchored += 1
        scores = [len(mine & t) / len(mine | (t & rare)) for t in b]
        best = max(range(len(b)), key=lambda j: scores[j], default=None)
        if best is not None and scores[best] >= TRANSLATION_JACCARD:
            matched.append(best)
    if anchored < TRANSLATION_SENTENCES:
        return None
    ordered = _longest_rising(matched)
    return ordered, ordered / anchored


def _percent(share: float) -> str:
    return f"{round(share * 100)}%"


def provenance(sources: list[Source]) -> list[ProvenanceLink]:
    """Every pair of sources sharing text verbatim or, by the anchor heuristic, in translation."""
    units = {s.id: _units(s) for s in sources}
    rows = _similar(units)
    offsets: dict[str, slice] = {}
    at = 0
    for sid, unit in units.items():
        offsets[sid] = slice(at, at + len(unit))
        at += len(unit)
    anchors = {s.id: _anchors(s) for s in sources}
    # What _translation needs of the other sources is only the anchors every one of them
    # has; for a word both sources of a pair have, that is a word every source has. Worked
    # out once, not rebuilt from every other source for every pair (cubic in the sources).
    holders: dict[str, int] = {}
    for found_in in anchors.values():
        for word in set().union(*found_in) if found_in else set():
            holders[word] = holders.get(word, 0) + 1
    everywhere = {w for w, n in holders.items() if n == len(sources)}
    links: list[ProvenanceLink] = []
    for a, b in combinations(sources, 2):
        size_a, size_b = (sum(len(t) for t, _ in units[s.id]) for s in (a, b))
        short, long = (a.id, b.id) if size_a <= size_b else (b.id, a.id)
        share, count, quoted = _shared(units[short], rows[short], offsets[long])
        if share >= VERBATIM_SHARE and count >= VERBATIM_SENTENCES:
            head = f"{a.id} and {b.id} share {_percent(share)} of their text"
            note = (
                f"{head}, mostly the same quoted statements: one primary source, "
                "not independent confirmation"
                if quoted >= 0.5
                else f"{head}: likely one wire source"
            )
            links.append(ProvenanceLink(a.id, b.id, share, "verbatim", note))
            continue
        others = [everywhere] if len(sources) > 2 else []
        fewer, more = sorted((a.id, b.id), key=lambda sid: len(anchors[sid]))
        found = _translation(anchors[fewer], anchors[more], others)
        if found is None:
            continue
        ordered, order_share = found
        if ordered >= TRANSLATION_SENTENCES and order_share >= TRANSLATION_ORDER:
            note = (
                f"{a.id} and {b.id}: {ordered} sentences name the same people, places and "
                "numbers in the same order with little shared wording: possibly one text "
                "in translation"
            )
            links.append(ProvenanceLink(a.id, b.id, order_share, "translation", note))
    return links
