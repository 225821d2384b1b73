"""Formula facts: the wording of a named principle, motto or slogan across outlets.

Statements often name a formula: 'the principle of "nothing about us without us"'. One
outlet quotes its words, another restates it in its own ('the principle of not deciding
anything about them without them'). When both sit in one aligned group under the same head
noun, the quoted words are a checkable detail: if the other outlet's wording keeps too few of
them, the outlets do not give the same formula, and the reader should compare the two. The
rules keep it conservative:

* at least one outlet must quote the formula: two restatements claim no exact words;
* a restatement that keeps half of the quoted formula's words (content words, or all words
  when the formula is made of small ones) agrees, and nothing is reported;
* only formulas under the same head noun ('principle' with 'principle') are compared, and
  only formulas of three words or more: 'the principle of sovereignty' names a principle,
  it does not word one, and two outlets may name two principles in one passage.

A divergence is reported as a ``quote`` fact (the contract's kind for wording), each value
the formula as that outlet words it, with the differing words located.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import cache

from reader.analysis.facts import lexicon
from reader.analysis.facts.text import content_stems, sentences
from reader.model import Fact, FactValue, Group, Source

_CLOSING = {"“": "”", '"': '"', "«": "»", "‘": "’", "’": "’", "'": "'"}
_MAX_WORDS = 30  # a restatement longer than this is not one formula
_MIN_WORDS = 3  # shorter, it names a principle ('territorial integrity') rather than words it
_AGREE = 0.5  # share of the quoted formula's words a restatement must keep
_WORD = re.compile(r"[\w’'-]+")
_RESTATEMENT_END = re.compile(r"[,;:(—]")  # a restatement ends with its clause: ', Holt added'


@dataclass(frozen=True, slots=True)
class Formula:
    source: str
    paragraph: str
    start: int  # source offsets of the formula's words (without quote marks)
    end: int
    text: str
    head: str
    quoted: bool


@cache
def _head_pattern() -> re.Pattern[str]:
    words = lexicon.formula_words()
    heads = "|".join(re.escape(h) for h in sorted(words.heads, key=len, reverse=True))
    links = "|".join(re.escape(w) for w in words.links)
    return re.compile(rf"\b({heads})s?\s+(?:{links})\b\s*", re.I)


def _closing_at(text: str, start: int, mark: str) -> int:
    """Offset of the mark closing a quote opened just before ``start`` (-1 when none)."""
    closing = _CLOSING[mark]
    j = start
    while True:
        j = text.find(closing, j)
        if j < 0:
            return -1
        single = closing in ("’", "'")
        if not (single and j + 1 < len(text) and text[j + 1].isalpha()):
            return j  # an apostrophe inside a word ('Ukraine’s') does not close it
        j += 1


def find_formulas(source: Source) -> list[Formula]:
    """Formulas named in the source's body paragraphs, quoted or restated."""
    out: list[Formula] = []
    for p in source.body:
        text = p.text
        spans = sentences(text)
        for m in _head_pattern().finditer(text):
            at = m.end()
            if at >= len(text):
                continue
            mark = text[at]
            if mark in _CLOSING:
                close = _closing_at(text, at + 1, mark)
                if close < 0 or len(text[at + 1 : close].split()) < _MIN_WORDS:
                    continue
                a, b, quoted = at + 1, close, True
            else:
                end = next((e for s, e in spans if s <= at < e), len(text))
                stop = _RESTATEMENT_END.search(text, at, end)
                a, b, quoted = at, stop.start() if stop else end, False
                words = list(_WORD.finditer(text, a, b))
                if not _MIN_WORDS <= len(words) <= _MAX_WORDS:
                    continue
                b = words[-1].end()
            while a < b and text[a].isspace():
                a += 1
            while b > a and text[b - 1] in " \n,.;:!?…":
                b -= 1
            if b > a:
                head = m.group(1).lower()
                out.append(
                    Formula(source.id, p.id, p.start + a, p.start + b, text[a:b], head, quoted)
                )
    return out


def _words(text: str) -> set[str]:
    return {w.lower().strip("’'") for w in _WORD.findall(text)}


def formulas_agree(quoted: str, other: str) -> bool:
    """Does ``other`` keep enough of the quoted formula's words?"""
    stop = lexicon.stop_words()
    qa, qb = content_stems(quoted, stop, 4), content_stems(other, stop, 4)
    if len(qa) < 2:  # a formula of small words: 'with us, not for us'
        qa, qb = _words(quoted), _words(other)
    return bool(qa) and len(qa & qb) >= _AGREE * len(qa)


def _differing(texts: list[str]) -> tuple[tuple[str, ...], ...]:
    """Per value, its words (in order, once) that no other value of the fact has: a
    restatement shares no stretch with the formula, so every unshared word differs."""
    out = []
    for k, text in enumerate(texts):
        others = set().union(*(_words(t) for n, t in enumerate(texts) if n != k))
        own = [w.lower().strip("’'") for w in _WORD.findall(text)]
        out.append(tuple(dict.fromkeys(w for w in own if w not in others)))
    return tuple(out)


def _inside(f: Formula, g: Group) -> bool:
    return any(
        m.source == f.source and m.paragraph == f.paragraph and m.start <= f.start < m.end
        for m in g.members
    )


def formula_facts(
    sources: Sequence[Source], groups: Sequence[Group], order: Mapping[str, int]
) -> list[tuple[tuple[int, int], Fact]]:
    """One quote fact per group in which outlets word a named formula differently."""
    found = [f for s in sources for f in find_formulas(s)]
    seen: set[frozenset[tuple[str, int]]] = set()
    out: list[tuple[tuple[int, int], Fact]] = []
    for g in groups:
        heads = sorted({f.head for f in found if _inside(f, g)})
        for head in heads:
            chosen: dict[str, Formula] = {}
            for f in found:
                if f.head == head and _inside(f, g) and f.source not in chosen:
                    chosen[f.source] = f
            values = sorted(chosen.values(), key=lambda f: order[f.source])
            quoted = [f for f in values if f.quoted]
            divergent = any(
                not formulas_agree(q.text, f.text)
                for q in quoted
                for f in values
                if f.source != q.source
            )
            key = frozenset((f.source, f.start) for f in values)
            if len(values) < 2 or not divergent or key in seen:
                continue
            seen.add(key)
            fact = Fact(
                "",
                "quote",
                g.id,
                f"wording of the {head}: {g.label}",
                True,
                tuple(
                    FactValue(
                        f.source, f.paragraph, f.start, f.end, f.text, " ".join(f.text.split())
                    )
                    for f in values
                ),
                _differing([f.text for f in values]),
            )
            out.append(((order[values[0].source], values[0].start), fact))
    return out
