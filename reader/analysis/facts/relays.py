"""Relay facts: which news medium each outlet credits for a report they share.

An outlet that has a statement second-hand often names the medium it took it from ('a news
portal reported that ...', 'according to the news agency ...', '..., the agency writes').
When two outlets report one claim (an aligned group) and each credits a medium for it, and
the media differ, the outlets drew on different accounts: a divergence of provenance the
reader should see. The rules keep it conservative:

* only a medium credited by name counts ('news portals reported' names none), and only when
  the sentence also carries a reporting cue or verb ('according to', 'reported', 'writes');
* an outlet naming itself (its dateline tag) credits no one;
* a medium named in the opening sentence of a paragraph governs the rest of it: news prose
  does not repeat 'X reported that' sentence by sentence;
* both outlets must name a medium: one that names none is silent, not different; and the
  two passages must share enough reported words, so unrelated credits are never compared.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from functools import cache, lru_cache

from reader.analysis.facts import lexicon
from reader.analysis.facts.attribution import credit_fact
from reader.analysis.facts.names import find_entities
from reader.analysis.facts.text import content_stems, sentences, tokens
from reader.model import Fact, FactValue, Group, Source
from reader.text.thresholds import threshold
from reader.text.words import stem

# What each means and what it was measured on: reader/data/thresholds.json.
_MIN_SHARED = threshold("relays.min_shared")  # stems two passages of one group share
_PAIR_SHARE = threshold("relays.pair_share")  # ... and this share of the shorter one's
_SAME_WORDS = threshold("relays.same_words")  # outside groups: stems two paragraphs share
_SAME_SHARE = threshold("relays.same_share")  # ... and this share of the shorter one's
_NAME_RUN = r"((?:the\s+)?[A-Z][\w’'&.-]*(?:\s+[A-Z][\w’'&.-]*){0,3})"


@dataclass(frozen=True, slots=True)
class Medium:
    start: int  # source offsets of the name as written
    end: int
    text: str
    normalized: str


@cache
def _named_after_word() -> re.Pattern[str]:
    """A capitalised name right after a relay word: 'news agency Tidewire'."""
    words = sorted(lexicon.attribution_words().relay_words, key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(re.escape(w) for w in words) + r")\s+" + _NAME_RUN)


@cache
def _reporting() -> re.Pattern[str]:
    """A cue or speech verb: the sentence credits someone rather than just naming them."""
    words = lexicon.attribution_words()
    terms = sorted({*words.cues, *words.verbs, "writes", "wrote"}, key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(re.escape(t) for t in terms) + r")\b", re.I)


def _own_names(source: Source) -> frozenset[str]:
    if not source.outlet:
        return frozenset()
    names = {source.outlet.lower()}
    names |= {e.name.lower() for e in find_entities(source.outlet)}
    return frozenset(names)


def sentence_media(source: Source, start: int, end: int) -> list[Medium]:
    """News media the sentence at source offsets ``start``..``end`` credits, in order."""
    text = source.text[start:end]
    if not _reporting().search(text):
        return []
    relay_names = lexicon.attribution_words().relay_names
    found: dict[int, Medium] = {}
    for e in find_entities(text):
        if e.kind == "organization" and (
            e.name in relay_names or text[e.start : e.end] in relay_names
        ):
            found[e.start] = Medium(start + e.start, start + e.end, text[e.start : e.end], e.name)
    for m in _named_after_word().finditer(text):
        a, b = m.span(1)
        if text[a:b].lower().startswith("the "):
            a += 4
        if not any(x <= a < found[x].end - start for x in found):
            name = text[a:b].rstrip(".")
            found[a] = Medium(start + a, start + a + len(name), name, name)
    own = _own_names(source)
    return [found[k] for k in sorted(found) if found[k].normalized.lower() not in own]


@cache
def _media_words() -> re.Pattern[str]:
    words = lexicon.attribution_words()
    terms = sorted({*words.relay_words, *words.relay_names}, key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(re.escape(t) for t in terms) + r")\b", re.I)


@lru_cache(maxsize=8192)
def _may_credit(paragraph: str) -> bool:
    """A cheap first look: does the paragraph name a medium or a relay word at all?"""
    return bool(_media_words().search(paragraph))


def _credited(source: Source, paragraph: str, start: int, end: int) -> Medium | None:
    """The medium credited for the member span: in its sentences, else in the opening
    sentence of its paragraph."""
    media = _chain(source, paragraph, start, end)
    return media[0] if media else None


def _chain(source: Source, paragraph: str, start: int, end: int) -> list[Medium]:
    """Every medium the crediting sentence names, the credited one first: 'Yonhap reports
    that KCNA published ...' passes KCNA's report on through Yonhap."""
    para = source.paragraph(paragraph)
    if not _may_credit(para.text):
        return []
    spans = [(para.start + a, para.start + b) for a, b in sentences(para.text)]
    inside = [(a, b) for a, b in spans if a < end and start < b]
    for a, b in inside + spans[:1]:
        media = sentence_media(source, a, b)
        if media:
            return media
    return []


def _one_chain(named: Mapping[str, set[str]], credited: Mapping[str, str]) -> bool:
    """Does every outlet's crediting sentence name each other outlet's medium, or have its
    own named by it? Then the media differ only in how far back along one chain each
    outlet credits (Yonhap passing KCNA on, against KCNA), which is no divergence."""
    ids = sorted(credited)
    return all(
        credited[a] == credited[b] or credited[b] in named[a] or credited[a] in named[b]
        for x, a in enumerate(ids)
        for b in ids[x + 1 :]
    )


def relay_facts(
    sources: Sequence[Source], groups: Sequence[Group], order: Mapping[str, int]
) -> list[tuple[tuple[int, int], Fact]]:
    """One attribution fact per report two or more outlets credit to a medium: inside an
    aligned group, or two paragraphs that report the same words (see ``_same_reports``)."""
    by_id = {s.id: s for s in sources}
    stop = lexicon.stop_words()
    seen: set[frozenset[tuple[str, int]]] = set()
    out: list[tuple[tuple[int, int], Fact]] = []
    used: set[tuple[str, str, str]] = set()  # (paragraph, other source) pairs with a fact
    for g in groups:
        stems: dict[str, set[str]] = {}
        found: list[tuple[str, str, Medium, set[str]]] = []
        for mem in g.members:
            source = by_id[mem.source]
            own = content_stems(source.text[mem.start : mem.end], stop)
            stems.setdefault(mem.source, set()).update(own)
            medium = _credited(source, mem.paragraph, mem.start, mem.end)
            if medium is not None:
                found.append((mem.source, mem.paragraph, medium, own))
        chosen: dict[str, tuple[str, Medium]] = {}
        chosen_stems: dict[str, set[str]] = {}
        best: dict[str, int] = {}
        for sid, paragraph, medium, own in found:
            # the member that shares most with the others, when a source has two in the group
            others = set().union(*(st for o, st in stems.items() if o != sid))
            if len(own & others) > best.get(sid, -1):
                best[sid], chosen[sid] = len(own & others), (paragraph, medium)
                chosen_stems[sid] = own
        if len(chosen) < 2:
            continue
        ids = sorted(chosen)
        close = all(
            _close(chosen_stems[a], chosen_stems[b])
            for x, a in enumerate(ids)
            for b in ids[x + 1 :]
        )
        if close:
            credits = {sid: _value(sid, p, m) for sid, (p, m) in chosen.items()}
            made = credit_fact(g.id, f"medium credited: {g.label}", credits, order, seen)
            named = {
                sid: {x.normalized for x in _chain(by_id[sid], p, m.start, m.end)}
                for sid, (p, m) in chosen.items()
            }
            if made is not None and _one_chain(
                named, {k: v.normalized for k, v in credits.items()}
            ):
                made = (made[0], replace(made[1], divergent=False, divergence="", evidence=""))
                made = (made[0], replace(made[1], confidence=None))
            if made is not None:
                out.append(made)
                used.update((p, sid, o) for sid, (p, _) in chosen.items() for o in chosen)
    for a, b, label in _same_reports(sources):
        if (a.paragraph, a.source, b.source) in used or (b.paragraph, b.source, a.source) in used:
            continue  # already compared with that outlet through a group
        credits = {a.source: _value(a.source, a.paragraph, a.medium)}
        credits[b.source] = _value(b.source, b.paragraph, b.medium)
        made = credit_fact(None, f"medium credited: {label}", credits, order, seen)
        if made is not None:
            out.append(made)
    return out


def _close(a: set[str], b: set[str]) -> bool:
    """Do two credited passages share their words directly: enough stems, and a part of
    the shorter one's (a loose group alone is not enough)?"""
    return len(a & b) >= max(_MIN_SHARED, _PAIR_SHARE * min(len(a), len(b)))


def _value(source: str, paragraph: str, m: Medium) -> FactValue:
    return FactValue(source, paragraph, m.start, m.end, m.text, m.normalized)


@dataclass(frozen=True, slots=True)
class _Credited:
    source: str
    paragraph: str
    medium: Medium
    stems: frozenset[str]
    words: tuple[str, ...]  # content words in reading order, for the subject line


@cache
def _credit_stems() -> frozenset[str]:
    """Stems of the words that credit ('according', 'agency', 'reported'): not the report."""
    words = lexicon.attribution_words()
    text = " ".join([*words.relay_words, *words.cues, *words.verbs, "writes", "wrote"])
    return frozenset(content_stems(text, frozenset()))


def _same_reports(sources: Sequence[Source]) -> list[tuple[_Credited, _Credited, str]]:
    """Paragraphs of two outlets that each credit a medium and report the same words.

    The aligner may keep them apart because the media's names differ (names weigh in its
    similarity); here the credit and every name are left out, and the reported words must
    largely coincide: at least ``_SAME_WORDS`` content stems, ``_SAME_SHARE`` of the shorter.
    """
    stop = lexicon.stop_words()
    credited: list[_Credited] = []
    for s in sources:
        for p in s.body:
            medium = _credited(s, p.id, p.start, p.end)
            if medium is None:
                continue
            text = s.text[p.start : medium.start] + " " + s.text[medium.end : p.end]
            names = {t.lower for t in tokens(text) if t.text[0].isupper()}
            words = tuple(
                t.lower for t in tokens(text) if t.lower not in stop and t.lower not in names
            )
            stems = frozenset(stem(w) for w in words if len(w) > 2) - _credit_stems()
            credited.append(_Credited(s.id, p.id, medium, stems, words))
    out: list[tuple[_Credited, _Credited, str]] = []
    for x, a in enumerate(credited):
        for b in credited[x + 1 :]:
            shared = a.stems & b.stems
            small = min(len(a.stems), len(b.stems))
            if a.source != b.source and len(shared) >= max(_SAME_WORDS, _SAME_SHARE * small):
                label = " ".join(dict.fromkeys(w for w in a.words if stem(w) in shared))
                out.append((a, b, " ".join(label.split()[:4])))
    return out
