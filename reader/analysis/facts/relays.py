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
from dataclasses import dataclass
from functools import cache

from reader.analysis.facts import lexicon
from reader.analysis.facts.attribution import credit_fact
from reader.analysis.facts.names import find_entities
from reader.analysis.facts.text import content_stems, sentences
from reader.model import Fact, FactValue, Group, Source

_MIN_SHARED = 3  # content stems the two passages must share
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


def _credited(source: Source, paragraph: str, start: int, end: int) -> Medium | None:
    """The medium credited for the member span: in its sentences, else in the opening
    sentence of its paragraph."""
    para = source.paragraph(paragraph)
    spans = [(para.start + a, para.start + b) for a, b in sentences(para.text)]
    inside = [(a, b) for a, b in spans if a < end and start < b]
    for a, b in inside + spans[:1]:
        media = sentence_media(source, a, b)
        if media:
            return media[0]
    return None


def relay_facts(
    sources: Sequence[Source], groups: Sequence[Group], order: Mapping[str, int]
) -> list[tuple[tuple[int, int], Fact]]:
    """One attribution fact per group whose report two or more outlets credit to a medium."""
    by_id = {s.id: s for s in sources}
    stop = lexicon.stop_words()
    seen: set[frozenset[tuple[str, int]]] = set()
    out: list[tuple[tuple[int, int], Fact]] = []
    for g in groups:
        chosen: dict[str, tuple[str, Medium]] = {}
        stems: dict[str, set[str]] = {}
        for mem in g.members:
            source = by_id[mem.source]
            stems.setdefault(mem.source, set()).update(
                content_stems(source.text[mem.start : mem.end], stop)
            )
            medium = _credited(source, mem.paragraph, mem.start, mem.end)
            if medium is not None and mem.source not in chosen:
                chosen[mem.source] = (mem.paragraph, medium)
        if len(chosen) < 2:
            continue
        ids = sorted(chosen)
        close = all(
            len(stems[a] & stems[b]) >= _MIN_SHARED for x, a in enumerate(ids) for b in ids[x + 1 :]
        )
        credits = {
            sid: FactValue(sid, paragraph, m.start, m.end, m.text, m.normalized)
            for sid, (paragraph, m) in chosen.items()
        }
        made = (
            credit_fact(g, f"medium credited: {g.label}", credits, order, seen) if close else None
        )
        if made is not None:
            out.append(made)
    return out
