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
from reader.analysis.facts.text import alternation, content_stems, sentences
from reader.model import Fact, FactValue, Group, Source
from reader.text.thresholds import threshold
from reader.text.words import stem

_CLOSING = {"“": "”", '"': '"', "«": "»", "‘": "’", "’": "’", "'": "'"}
# What each means and what it was measured on: reader/data/thresholds.json.
_MAX_WORDS = threshold("formulas.max_words")  # a longer restatement is not one formula
_SAME_SETTING = threshold("formulas.same_setting")  # outside groups: stems around both
_SETTING_SHARE = threshold("formulas.setting_share")  # ... and this share of the shorter's
_MIN_WORDS = threshold("formulas.min_words")  # shorter, it names a principle, not words it
_AGREE = threshold("formulas.agree")  # share of the formula's words a restatement keeps
_SUBJECT_SHARED = threshold("formulas.subject_shared")  # shared words that name the subject
_SUBJECT_WORDS = 8  # at most this many words of the formula in the subject line
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
    links = "|".join(re.escape(w) for w in words.links)
    return re.compile(rf"\b({alternation(words.heads)})s?\s+(?:{links})\b\s*", re.I)


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
    qa, qb = content_stems(quoted, stop), content_stems(other, stop)
    if len(qa) < 2:  # a formula of small words: 'with us, not for us'
        qa, qb = _words(quoted), _words(other)
    return bool(qa) and len(qa & qb) >= _AGREE * len(qa)


def _clash(a: Formula, b: Formula) -> bool:
    """Do two wordings disagree? Only a quoted formula can be disagreed with."""
    if a.source == b.source:
        return False
    return (a.quoted and not formulas_agree(a.text, b.text)) or (
        b.quoted and not formulas_agree(b.text, a.text)
    )


def _differing(values: list[Formula]) -> tuple[tuple[str, ...], ...]:
    """Per value, its words (in order, once) that the wordings it disagrees with lack: a
    restatement shares no stretch with the formula, so every unshared word differs; a
    wording that agrees with the quoted formula has none."""
    out = []
    for f in values:
        against = [g for g in values if _clash(f, g)]
        others = set().union(*(_words(g.text) for g in against))
        own = [w.lower().strip("’'") for w in _WORD.findall(f.text)]
        out.append(tuple(dict.fromkeys(w for w in own if against and w not in others)))
    return tuple(out)


def _inside(f: Formula, g: Group) -> bool:
    return any(
        m.source == f.source and m.paragraph == f.paragraph and m.start <= f.start < m.end
        for m in g.members
    )


def formula_facts(
    sources: Sequence[Source], groups: Sequence[Group], order: Mapping[str, int]
) -> list[tuple[tuple[int, int], Fact]]:
    """One quote fact per statement in which outlets word a named formula differently: in
    one aligned group, or in two sentences that say the same around it (``_same_setting``)."""
    found = [f for s in sources for f in find_formulas(s)]
    seen: set[frozenset[tuple[str, int]]] = set()
    used: set[tuple[str, int]] = set()
    out: list[tuple[tuple[int, int], Fact]] = []
    for g in groups:
        heads = sorted({f.head for f in found if _inside(f, g)})
        for head in heads:
            chosen: dict[str, Formula] = {}
            for f in found:
                if f.head == head and _inside(f, g) and f.source not in chosen:
                    chosen[f.source] = f
            made = _fact(list(chosen.values()), g.id, order, seen)
            if made is not None:
                out.append(made)
                used.update((f.source, f.start) for f in chosen.values())
    by_id = {s.id: s for s in sources}
    settings = {(f.source, f.start): _setting(by_id[f.source], f) for f in found}
    for x, a in enumerate(found):
        for b in found[x + 1 :]:
            if a.source == b.source or a.head != b.head or not (a.quoted or b.quoted):
                continue
            if (a.source, a.start) in used or (b.source, b.start) in used:
                continue
            sa, sb = settings[(a.source, a.start)], settings[(b.source, b.start)]
            shared = sa & sb
            if len(shared) < max(_SAME_SETTING, _SETTING_SHARE * min(len(sa), len(sb))):
                continue
            made = _fact([a, b], None, order, seen)
            if made is not None:
                out.append(made)
    return out


def _setting_text(source: Source, f: Formula) -> str:
    """The sentence around a formula, without the formula itself."""
    para = source.paragraph(f.paragraph)
    spans = [(para.start + a, para.start + b) for a, b in sentences(para.text)]
    start, end = next(((a, b) for a, b in spans if a <= f.start < b), (para.start, para.end))
    return source.text[start : f.start] + " " + source.text[f.end : end]


def _setting(source: Source, f: Formula) -> set[str]:
    """Content stems of the sentence around a formula (the head noun left out)."""
    return content_stems(_setting_text(source, f), lexicon.stop_words()) - {stem(f.head)}


def formula_subject(values: Sequence[Formula]) -> str:
    """What the fact is about, in the formula's own words: the quoted formula's content
    words another wording keeps ('wording of the principle: island left behind'); when it
    keeps fewer than two, the quoted wording itself, marked as the quote. Never the group's
    label: a group may hold several claims, and its gist may be a neighbouring one's."""
    head = values[0].head
    stop = lexicon.stop_words()
    quoted = next(f for f in values if f.quoted)
    others = set().union(*(_words(f.text) for f in values if f is not quoted))
    own = [w.lower().strip("’'") for w in _WORD.findall(quoted.text)]
    shared = list(dict.fromkeys(w for w in own if w in others and w not in stop and len(w) > 2))
    if len(shared) >= _SUBJECT_SHARED:
        return f"wording of the {head}: {' '.join(shared[:_SUBJECT_WORDS])}"
    words = quoted.text.split()
    text = " ".join(words[:_SUBJECT_WORDS]) + (" …" if len(words) > _SUBJECT_WORDS else "")
    return f"wording of the {head} quoted as “{text}”"


def _fact(
    formulas: list[Formula],
    group: str | None,
    order: Mapping[str, int],
    seen: set[frozenset[tuple[str, int]]],
) -> tuple[tuple[int, int], Fact] | None:
    """The divergent quote fact of one formula's wordings, or None when they agree."""
    values = sorted(formulas, key=lambda f: order[f.source])
    divergent = any(_clash(a, b) for a in values for b in values)
    key = frozenset((f.source, f.start) for f in values)
    if len(values) < 2 or not divergent or key in seen:
        return None
    seen.add(key)
    fact = Fact(
        "",
        "quote",
        group,
        formula_subject(values),
        True,
        tuple(
            FactValue(f.source, f.paragraph, f.start, f.end, f.text, " ".join(f.text.split()))
            for f in values
        ),
        _differing(values),
    )
    return (order[values[0].source], values[0].start), fact
