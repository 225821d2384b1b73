"""Attribution facts: whom each outlet credits with a statement they all report.

Inside one aligned group, each source's sentence that best matches the other sources'
passages is read for its credit: the person or body named after a cue ('according to',
'citing') or right before a speech verb ('said', 'told reporters', 'writes').

The conservative rule for comparing credits:

* a person who speaks for an institution, named so somewhere in the set ('White House Press
  Secretary Jen Psaki', 'Kremlin aide Yuri Ushakov'), counts as that institution, so
  'Psaki said' and 'the White House press service reported' agree;
* a principal is not a spokesperson: 'according to Putin' and 'Kremlin aide Yuri Ushakov
  told reporters' credit different entities and diverge;
* news media that pass a statement on (a relay: 'MTI writes', 'according to TASS') are not
  who said it: a sentence that credits only a relay gives no speaker here, so 'MTI writes'
  never diverges from 'the White House said' (MTI passes the White House's words on); which
  media two outlets credit is compared apart, relay against relay (``relays.py``);
* a sentence that shares too little with the other sources' passages gives no credit, so a
  loosely aligned group does not pit two unrelated statements against each other.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from functools import cache

from reader.analysis.facts import lexicon
from reader.analysis.facts.mention import Mention
from reader.analysis.facts.text import content_stems, sentences
from reader.model import Fact, FactValue, Group, Source
from reader.text.thresholds import threshold

# What each means and what it was measured on: reader/data/thresholds.json.
_MIN_SHARED = threshold("attribution.min_shared")  # stems shared with the other sources
_PAIR_SHARE = threshold("attribution.pair_share")  # share two differing credits hold alike
_CUE_REACH = 45  # characters from a cue to the name it introduces
_VERB_GAP = re.compile(r"^[\s,)\]]*(?:(?:on|in|at|late|early)\s+[\w']+\s*)?$")
_RELAY_REACH = 30
# A speech verb that governs what follows: 'said that', 'told reporters on Friday that', ':'
_GOVERNED = re.compile(r"\s*(?::|(?:[\w’'()-]+\s+){0,6}?that\b)")


@dataclass(frozen=True, slots=True)
class Credit:
    """Who one source credits: the span as written and the comparable entity."""

    start: int
    end: int
    text: str
    normalized: str
    relay: bool
    cue: bool  # named after 'according to' / 'citing': the outermost credit of a sentence
    cut: tuple[int, int]  # the credit with its cue or verb, left out of the reported words


@cache
def _title_words() -> frozenset[str]:
    return frozenset(w for t in lexicon.attribution_words().speaks_for for w in t.split())


@cache
def _cue_pattern() -> re.Pattern[str]:
    cues = sorted(lexicon.attribution_words().cues, key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(re.escape(c) for c in cues) + r")\b", re.I)


@cache
def _verb_pattern() -> re.Pattern[str]:
    verbs = sorted(lexicon.attribution_words().verbs, key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(re.escape(v) for v in verbs) + r")\b")


def _speaks_for_prefix(text: str, person: Mention, orgs: Sequence[Mention]) -> Mention | None:
    """The institution a titled person speaks for: 'White House Press Secretary' + name."""
    for org in reversed(orgs):
        if org.end > person.start or person.start - org.end > 40:
            continue
        between = text[org.end : person.start].lower().split()
        if between and all(w in _title_words() for w in between):
            return org
        return None
    return None


def speaks_for(
    sources: Sequence[Source], mentions: Mapping[str, Sequence[Mention]], canon: Mapping[str, str]
) -> dict[str, str]:
    """Canonical person -> the institution the set shows them speaking for."""
    out: dict[str, str] = {}
    for s in sources:
        ms = mentions[s.id]
        orgs = [m for m in ms if m.kind == "organization"]
        for p in (m for m in ms if m.kind == "person"):
            org = _speaks_for_prefix(s.text, p, [o for o in orgs if o.paragraph == p.paragraph])
            if org is not None:
                out.setdefault(canon.get(p.normalized, p.normalized), org.normalized)
    return out


def _is_relay(text: str, m: Mention) -> bool:
    words = lexicon.attribution_words()
    if m.normalized in words.relay_names or m.text in words.relay_names:
        return True
    before = text[max(0, m.start - _RELAY_REACH) : m.start].lower()
    before = re.split(r"[,.;:\n]", before)[-1]  # the noun phrase the name ends
    return any(w in before for w in words.relay_words)


def sentence_credits(
    source: Source,
    start: int,
    end: int,
    mentions: Sequence[Mention],
    canon: Mapping[str, str],
    voices: Mapping[str, str],
) -> list[Credit]:
    """The credits a sentence (source offsets ``start``..``end``) gives, in reading order."""
    text = source.text
    names = [m for m in mentions if m.kind in ("person", "organization") and start <= m.start < end]
    found: dict[int, Credit] = {}

    def credit(m: Mention, cue: bool, cut: tuple[int, int]) -> None:
        if m.kind == "person":
            person = canon.get(m.normalized, m.normalized)
            normalized = voices.get(person, person)
        else:
            normalized = m.normalized
        relay = _is_relay(text, m)
        if m.start not in found or cue:
            found[m.start] = Credit(m.start, m.end, m.text, normalized, relay, cue, cut)

    sentence = text[start:end]
    for cue in _cue_pattern().finditer(sentence):
        after = start + cue.end()
        nxt = [m for m in names if after <= m.start <= after + _CUE_REACH]
        if nxt and not re.search(r"[,.;:]", text[after : nxt[0].start]):
            credit(nxt[0], True, (start + cue.start(), nxt[0].end))
    for verb in _verb_pattern().finditer(sentence):
        at = start + verb.start()
        before = [m for m in names if m.end <= at]
        if before and _VERB_GAP.match(text[before[-1].end : at]):
            credit(before[-1], False, (before[-1].start, start + verb.end()))
    return [found[k] for k in sorted(found)]


def _pick(credits: list[Credit]) -> Credit | None:
    """The outermost original credit: a cue's before a speech verb's, the first verb's
    before later ones ('Psaki said that Biden told ...'); a relay only when alone (and then
    the caller leaves the sentence out)."""
    ranked = sorted(credits, key=lambda c: (c.relay, not c.cue, c.start))
    return ranked[0] if ranked else None


def _reported(
    source: Source, start: int, end: int, c: Credit, names: Sequence[Mention]
) -> set[str]:
    """Content stems of what the sentence reports: without the credit and without names,
    which every passage about the same people shares whatever it says. After a speech verb
    ('Zelensky on Monday said that ...', 'said:') only the words it governs are the statement: what
    comes before the speaker ('Soon after the call, ...') sets the scene, and sharing the
    scene with another outlet does not make two statements one."""
    text = source.text
    governed = text[c.cut[1] : end]
    if not c.cue and _GOVERNED.match(governed):
        words = governed
    else:
        words = text[start : c.cut[0]] + " " + governed
    stems = content_stems(words, lexicon.stop_words())
    for m in names:
        if start <= m.start < end:
            stems -= content_stems(m.text, lexicon.stop_words())
    return stems


def attribution_facts(
    sources: Sequence[Source],
    groups: Sequence[Group],
    mentions: Mapping[str, Sequence[Mention]],
    canon: Mapping[str, str],
    order: Mapping[str, int],
) -> list[tuple[tuple[int, int], Fact]]:
    """One attribution fact per group whose statement two or more sources credit."""
    by_id = {s.id: s for s in sources}
    voices = speaks_for(sources, mentions, canon)
    people_named = frozenset(
        name
        for ms in mentions.values()
        for m in ms
        if m.kind == "person"
        for name in (m.text, m.normalized, canon.get(m.normalized, m.normalized))
    )
    seen: set[frozenset[tuple[str, int]]] = set()
    out: list[tuple[tuple[int, int], Fact]] = []
    for g in groups:
        texts: dict[str, str] = {}
        for mem in g.members:
            texts[mem.source] = (
                texts.get(mem.source, "") + " " + by_id[mem.source].text[mem.start : mem.end]
            )
        candidates: list[tuple[str, str, Credit, set[str], frozenset[str]]] = []
        for mem in g.members:
            source = by_id[mem.source]
            ms = mentions[source.id]
            names = [m for m in ms if m.kind in ("person", "organization", "place")]
            para = source.paragraph(mem.paragraph)
            for a, b in sentences(para.text):
                s_start, s_end = para.start + a, para.start + b
                if s_end <= mem.start or s_start >= mem.end:
                    continue
                pick = _pick(sentence_credits(source, s_start, s_end, ms, canon, voices))
                if pick is not None and not pick.relay:
                    stems = _reported(source, s_start, s_end, pick, names)
                    people = _people(s_start, s_end, pick, ms, canon)
                    candidates.append((source.id, mem.paragraph, pick, stems, people))
        chosen: dict[str, tuple[int, Credit, str, set[str], frozenset[str]]] = {}
        for sid, paragraph, pick, stems, people in candidates:
            others = set().union(*(st for o, _, _, st, _ in candidates if o != sid))
            shared = len(stems & others)
            best = chosen.get(sid)
            if shared >= _MIN_SHARED and (best is None or shared > best[0]):
                chosen[sid] = (shared, pick, paragraph, stems, people)
        if len(chosen) < 2 or not _one_statement(
            [(c.normalized, stems, people) for _, c, _, stems, people in chosen.values()]
        ):
            continue
        credits = {
            sid: FactValue(sid, paragraph, c.start, c.end, c.text, c.normalized)
            for sid, (_, c, paragraph, _, _) in chosen.items()
        }
        made = credit_fact(g.id, f"who said: {g.label}", credits, order, seen, people=people_named)
        if made is not None:
            out.append(made)
    return out


def _people(
    start: int, end: int, credit: Credit, mentions: Sequence[Mention], canon: Mapping[str, str]
) -> frozenset[str]:
    """The people a credited sentence reports about: every person it names but the one it
    credits (canonical names, so spelling variants are one person)."""
    return frozenset(
        canon.get(m.normalized, m.normalized)
        for m in mentions
        if m.kind == "person"
        and start <= m.start < end
        and not (m.start < credit.end and m.end > credit.start)
    )


def _one_statement(credited: list[tuple[str, set[str], frozenset[str]]]) -> bool:
    """Do sentences crediting different speakers report one statement? Every two of them
    must share their words directly (not only through a third outlet): enough stems, and a
    good part of the shorter one's. A loose group joins two statements about the same
    matter ('Biden warned of sanctions', 'Putin warned sanctions would sever ties'), and
    crediting those to different people is no divergence. Nor are two statements about
    different people ('Biden will confirm support for X', credited to the White House, and
    'Blinken reaffirmed support for X', credited to the State Department): when each names a
    person the other does not, they report two events, whatever words they share."""
    for x, (credit_a, a, people_a) in enumerate(credited):
        for credit_b, b, people_b in credited[x + 1 :]:
            if credit_a == credit_b:
                continue
            shared = len(a & b)
            if shared < _MIN_SHARED or shared < _PAIR_SHARE * min(len(a), len(b)):
                return False
            if people_a - people_b and people_b - people_a:
                return False
    return True


def may_be_one(a: str, b: str) -> bool:
    """May two credited names be one person? 'Kim' and 'Kim Jong Un' may (a name written
    alone that the other's full name holds): which Kim is meant is uncertain, so no flag."""
    wa, wb = (frozenset(re.split(r"[\s-]+", x.lower())) - {""} for x in (a, b))
    return wa <= wb or wb <= wa


def credit_fact(
    group: str | None,
    subject: str,
    credits: Mapping[str, FactValue],
    order: Mapping[str, int],
    seen: set[frozenset[tuple[str, int]]],
    *,
    people: frozenset[str] = frozenset(),
) -> tuple[tuple[int, int], Fact] | None:
    """The attribution fact of one group's credits (one per source), in source order, or
    None when the same credits already made a fact through another group."""
    ids = sorted(credits, key=lambda sid: order[sid])
    key = frozenset((sid, credits[sid].start) for sid in ids)
    if key in seen:
        return None
    seen.add(key)
    values = tuple(credits[sid] for sid in ids)
    divergent = any(
        not may_be_one(a.normalized, b.normalized) for n, a in enumerate(values) for b in values[:n]
    )
    if divergent and len({v.normalized in people or v.text in people for v in values}) > 1:
        # a person against a body ('Trump' / 'the White House'): the body may speak for
        # the person or the person for it; which is meant is uncertain, so no flag
        divergent = False
    fact = Fact("", "attribution", group, subject, divergent, values)
    if divergent:
        evidence = " / ".join(f"{v.source} credits {v.text}" for v in values)
        fact = replace(
            fact, divergence="credit", confidence=0.75 if group else 0.6, evidence=evidence
        )
    return (order[ids[0]], values[0].start), fact
