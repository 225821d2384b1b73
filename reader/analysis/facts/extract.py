"""Every checkable detail of one source, as Mentions with offsets into its text.

Order matters: dates, times, durations and money claim their spans first, so the number
inside "December 30" or "50 minutes" is not reported again as a bare number.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date

from reader.analysis.facts import lexicon
from reader.analysis.facts.dates import find_dates, parse_published
from reader.analysis.facts.durations import find_durations
from reader.analysis.facts.mention import Mention
from reader.analysis.facts.money import find_money
from reader.analysis.facts.names import PersonHit, find_entities, find_persons
from reader.analysis.facts.number_forms import find_forms, open_noun
from reader.analysis.facts.numbers import (
    NumberHit,
    age_holder,
    casualty_class,
    counted_noun,
    find_numbers,
    format_number,
    in_base_measure,
    is_apposed_age,
    measured_before,
    percent_kind,
)
from reader.analysis.facts.quote_words import GAP
from reader.analysis.facts.quotes import QuoteHit, find_quotes, is_title
from reader.analysis.facts.text import clauses, sentences
from reader.analysis.facts.times import find_times
from reader.model import FactKind, Paragraph, Source

_LOWER_WORD = re.compile(r"(?<![\w'’-])([a-z][a-z'’-]+)\b")
_FUTURE_CACHE: dict[str, re.Pattern[str]] = {}


_METRES = re.compile(r"\dm$")
_OF = re.compile(r"\s+of(?=\s)")
_TIMES = re.compile(r"\s+times\b")
_OF_THEM = re.compile(r"\s+of\s+(?:them|those|these)\b", re.I)


def _last_counted(before: str) -> str:
    """The class of the last counted noun written before a number ('' when none)."""
    table = lexicon.counted_nouns().counted
    for word in reversed(re.findall(r"[a-z]+", before.lower())[-40:]):
        if word in table:
            return table[word]
    return ""


def lower_vocabulary(sources: Iterable[Source]) -> frozenset[str]:
    """Words the sources write in lower case somewhere: capitalised, they are not names."""
    words: set[str] = set()
    for source in sources:
        for p in source.body:
            words.update(_LOWER_WORD.findall(p.text))
    return frozenset(words - lexicon.given_names())


def known_surnames(sources: Iterable[Source], common: frozenset[str]) -> frozenset[str]:
    """Surnames written after a given name or a title anywhere in the set (lower case)."""
    found: set[str] = set()
    for source in sources:
        for p in source.body:
            for hit in find_persons(p.text, frozenset(), common):
                if hit.given or hit.titled:
                    found.add(hit.surname.split()[-1].lower())
    return frozenset(found)


_AHEAD_AFTER = 16  # characters after a date where a future marker still governs it


def looks_ahead(text: str) -> bool:
    """Does the clause speak of what is still to come ('will', 'scheduled', 'next')?"""
    pattern = _FUTURE_CACHE.get("p")
    if pattern is None:
        markers = lexicon.calendar()["future_markers"]
        pattern = re.compile(r"\b(" + "|".join(re.escape(m) for m in markers) + r")\b", re.I)
        _FUTURE_CACHE["p"] = pattern
    return bool(pattern.search(text))


def looks_ahead_at(clause: str, start: int, end: int) -> bool:
    """Does the clause look ahead from this date: a future marker before it ('will meet on
    Monday') or right after it ('on Monday will')? A 'will' far behind the date belongs to
    another verb ('spoke on Sunday, promising that the US will ...'), and the date is past."""
    if said_on(clause, start):
        return False
    return looks_ahead(clause[:start]) or looks_ahead(clause[end : end + _AHEAD_AFTER])


def said_on(clause: str, start: int) -> bool:
    """Does a speech verb stand right before the date ('said on Monday it will', 'told
    reporters on Friday')? Then the date is when it was said, already past, whatever 'will'
    the statement carries."""
    pattern = _FUTURE_CACHE.get("said")
    if pattern is None:
        verbs = "|".join(sorted(lexicon.attribution_verbs(), key=len, reverse=True))
        pattern = re.compile(
            rf"\b(?:{verbs})(?:\s+(?:reporters|journalists|the\s+press))?\s+(?:on\s+)?$", re.I
        )
        _FUTURE_CACHE["said"] = pattern
    return bool(pattern.search(clause[:start]))


def _subject_prefix(prefix: str) -> bool:
    """Is the text before a name only titles and capitalised words ('Kremlin aide')?"""
    titles = {w.lower() for t in lexicon.titles() for w in t.split()}
    for word in re.findall(r"[\w'’.-]+", prefix):
        if not (word[0].isupper() or word.lower() in titles or word in ("the", "of")):
            return False
    return True


def person_name(hit: PersonHit) -> str:
    return f"{hit.given} {hit.surname}".strip()


class _Paragraph:
    """Collects the mentions of one paragraph, refusing overlaps with claimed spans."""

    def __init__(self, source: Source, paragraph: Paragraph) -> None:
        self.source = source
        self.p = paragraph
        self.text = paragraph.text
        self.sentences = sentences(self.text)
        self.claimed: list[tuple[int, int]] = []
        self.out: list[Mention] = []

    def sentence_of(self, pos: int) -> tuple[int, int]:
        for a, b in self.sentences:
            if a <= pos < b:
                return a, b
        return 0, len(self.text)

    def clause_of(self, pos: int) -> tuple[int, int]:
        a, b = self.sentence_of(pos)
        for ca, cb in clauses(self.text, a, b):
            if ca <= pos < cb:
                return ca, cb
        return a, b

    def add(
        self,
        start: int,
        end: int,
        kind: FactKind,
        normalized: str,
        claim: bool = True,
        **extra: object,
    ) -> None:
        if claim:
            if any(a < end and start < b for a, b in self.claimed):
                return
            self.claimed.append((start, end))
        base = self.p.start
        s, c = self.sentence_of(start), self.clause_of(start)
        self.out.append(
            Mention(
                source=self.source.id,
                paragraph=self.p.id,
                start=base + start,
                end=base + end,
                kind=kind,
                text=self.text[start:end],
                normalized=normalized,
                sentence=(base + s[0], base + s[1]),
                clause=(base + c[0], base + c[1]),
                **extra,  # type: ignore[arg-type]
            )
        )


def _values(para: _Paragraph, published: date | None, year_hint: date | None) -> None:
    text = para.text
    for s_start, s_end in para.sentences:
        for c_start, c_end in clauses(text, s_start, s_end):
            clause = text[c_start:c_end]
            forward = (
                {(d.start, d.end): d for d in find_dates(clause, published, True, year_hint)}
                if looks_ahead(clause)
                else {}
            )
            for d in find_dates(clause, published, False, year_hint):
                if (d.start, d.end) in forward and looks_ahead_at(clause, d.start, d.end):
                    d = forward[(d.start, d.end)]
                para.add(c_start + d.start, c_start + d.end, "date", d.spec.label(), date=d.spec)
    for t in find_times(text):
        para.add(t.start, t.end, "time", t.iso)
    for m in find_money(text):
        para.add(m.start, m.end, "money", m.normalized, unit=m.currency, low=m.low, high=m.high)
    for du in find_durations(text):
        para.add(du.start, du.end, "duration", du.iso, low=du.seconds, high=du.seconds)
    for f in find_forms(text):
        measure = f.kind == "fraction" or f.normalized.endswith("%")
        unit = "%" if measure else ("tally" if f.kind == "tally" else "")
        if f.kind == "range" and not unit:
            counted, unit, _ = counted_noun(text, f.tail)
            measure = counted == "quantity"
            if not counted:
                noun = open_noun(text, f.tail)
                unit = f"+{noun}" if noun else "~"
        label = f"{f.normalized} {unit}" if measure and not f.normalized.endswith(unit) else ""
        low, high = f.low, f.high
        if measure:
            unit, low, high = in_base_measure(unit, low, high)
        if unit == "%":
            unit = percent_kind(text, f.start)
        para.add(
            f.start,
            f.end,
            "quantity" if measure else "number",
            label or f.normalized,
            unit=unit,
            low=low,
            high=high,
        )
    for n in find_numbers(text):
        raw = text[n.start : n.end]
        if re.fullmatch(r"(1[89]|20)\d\d", raw) or raw.lower() == "one":
            continue  # a bare year, or 'one' the pronoun
        counted, unit, (value, low, high) = _counted(text, n)
        if not counted:
            follow = re.match(r"\s+([a-z]+)", text[n.end :])
            unit = "~" + (follow.group(1) if follow else "")
        kind: FactKind = "quantity" if counted == "quantity" else "number"
        normalized = format_number(value)
        if high is None:
            normalized = ">" + normalized
        if kind == "quantity":
            normalized = f"{normalized} {unit}"
            unit, low, high = in_base_measure(unit, low, high)
            if unit == "%":
                unit = percent_kind(text, n.start)
        para.add(n.start, n.end, kind, normalized, unit=unit, low=low, high=high)


_Figure = tuple[float, float | None, float | None]


def _counted(text: str, n: NumberHit) -> tuple[str, str, _Figure]:
    """What a figure counts or measures: (kind, class, (value, low, high)); kind is
    'number', 'quantity' or '' when nothing tells."""
    figure: _Figure = (n.value, n.low, n.high)
    counted, unit, noun_end = counted_noun(text, n.end)
    if measured_before(text, n.start)[1] == "age" or is_apposed_age(text, n.start, n.end):
        counted, unit = "number", "age"  # 'a man aged 54 died', 'Warren Jeffs, 55,'
    if not counted and _OF_THEM.match(text[n.end :]):
        unit = _last_counted(text[: n.start])  # '12 of them': the warehouses named before
        counted = "number" if unit else ""
    if not counted:
        noun = open_noun(text, n.end)  # '3,400 stores', 'six AK-47 rifles'
        of = _OF.match(text[n.end :])
        if not noun and of and not re.search(r"\d", text[n.start : n.end]):
            noun = open_noun(text, n.end + of.end())  # 'tens of thousands of marchers'
        if noun:
            counted, unit = "number", f"+{noun}"
    if not counted and _TIMES.match(text[n.end :]):
        verb = re.search(r"([a-z]+)\s+$", text[max(0, n.start - 20) : n.start])
        cls = lexicon.counted_nouns().counted.get(verb.group(1)) if verb else None
        counted, unit = ("number", cls) if cls else ("", "")  # 'arrested four times'
    if not counted:
        counted, unit = measured_before(text, n.start)  # 'magnitude of 5.9'
    if not counted and _METRES.search(text[n.start : n.end]):
        # '60m' with no currency and nothing counted after it is a length, not millions
        counted, unit = "quantity", "m"
        low = None if n.low is None else n.low / 1e6
        figure = (n.value / 1e6, low, None if n.high is None else n.high / 1e6)
    if not counted or unit == "people":
        casualty = casualty_class(text, n.start, noun_end if counted else n.end)
        if casualty:
            counted, unit = "number", casualty  # 'killing 12', 'three people were hurt'
    if unit == "age":
        holder = age_holder(text, n.start, n.end)  # only one person's ages compare
        counted, unit = ("number", f"age:{holder}") if holder else ("", "")
    return counted, unit, figure


def extract_paragraph(
    source: Source,
    paragraph: Paragraph,
    *,
    surnames: frozenset[str],
    common: frozenset[str],
    subject: list[str],
    year_hint: date | None = None,
    reference: date | None = None,
    voice: list[tuple[str, str]] | None = None,
) -> list[Mention]:
    """Mentions of one paragraph; ``subject`` carries the running sentence subject across
    paragraphs so 'he wrote' resolves to the last person a sentence started with, as long
    as the paragraphs since name nobody else (then 'he' is uncertain and speaks for no one).
    ``voice`` carries the speaker of the quote a paragraph ends with: a next paragraph that
    is nothing but a quote, with no attribution of its own, goes on in that voice."""
    para = _Paragraph(source, paragraph)
    _values(para, reference or parse_published(source.published), year_hint)
    text = para.text
    entities = find_entities(text)
    persons = find_persons(text, surnames, common)
    for e in entities:
        if e.kind == "organization":
            para.add(e.start, e.end, "organization", e.name, claim=False, unit=e.stands_for or "")
        elif e.kind == "place":
            para.add(e.start, e.end, "place", e.name, claim=False, unit=e.stands_for or "")
    for h in persons:
        para.add(h.start, h.end, "person", person_name(h), claim=False, unit=h.surname.lower())
    quotes = [q for q in find_quotes(text, para.sentences) if not is_title(text[q.start : q.end])]
    inside = [(q.start, q.end) for q in quotes]
    subjects: dict[int, str] = {}
    if any(person_name(h) not in subject for h in persons):
        subject[:] = []  # another person named: 'he' no longer points back past this paragraph
    for s_start, _ in para.sentences:
        lead = [
            h
            for h in persons
            if s_start <= h.start < s_start + 80
            and _subject_prefix(text[s_start : h.start])
            and not any(a <= h.start < b for a, b in inside)
        ]
        if lead:
            subject[:] = [person_name(lead[0])]
        subjects[s_start] = subject[0] if subject else ""
    spoken: list[tuple[QuoteHit, str, str]] = []
    for q in quotes:
        speaker, speaker_kind = "", ""
        if q.speaker_at is not None:
            a, b = q.speaker_at
            named = [h for h in persons if a <= h.start < b or h.start <= a < h.end]
            orgs = [e for e in entities if a <= e.start < b and e.kind == "organization"]
            if named:
                speaker, speaker_kind = person_name(named[0]), "person"
            elif orgs:
                speaker, speaker_kind = orgs[-1].name, "organization"
        elif q.pronoun in ("he", "she"):
            s_start = para.sentence_of(q.start)[0]
            speaker = subjects.get(s_start, "")
            speaker_kind = "person" if speaker else ""
        spoken.append((q, speaker, speaker_kind))
    if voice is not None:
        spoken = _continued(text, spoken, voice)
    for pieces in _split_quotes(text, spoken, para):
        q, speaker, speaker_kind = pieces[0]
        last = pieces[-1][0]
        normalized = f" {GAP} ".join(
            " ".join(text[p.start : p.end].split()).strip(" ,.;:!?…") for p, _, _ in pieces
        )
        para.add(
            q.start,
            last.end,
            "quote",
            normalized,
            claim=False,
            speaker=speaker,
            verb=q.verb or last.verb,
            unit=speaker_kind,
        )
    return sorted(para.out, key=lambda m: (m.start, m.end, m.kind))


_SPLIT_GAP = 80  # characters between the halves of a quote split around its attribution
_QUOTE_MARKS = "\"“”‘’'«»"


def _continued(
    text: str, spoken: list[tuple[QuoteHit, str, str]], voice: list[tuple[str, str]]
) -> list[tuple[QuoteHit, str, str]]:
    """A paragraph that is one quote and nothing else, attributed to no one, goes on in the
    voice of the quote the paragraph before ended with; ``voice`` is updated for the next."""
    whole = (
        len(spoken) == 1
        and not spoken[0][0].verb
        and text.strip()[:1] in _QUOTE_MARKS
        and text.strip()[-1:] in _QUOTE_MARKS
        and spoken[0][0].end - spoken[0][0].start >= len(text.strip()) - 4
    )
    if whole and voice:
        q, _, _ = spoken[0]
        spoken = [(q, voice[0][0], voice[0][1])]
    last = spoken[-1] if spoken else None
    tail = text[last[0].end :] if last else ""
    voice[:] = (
        [(last[1], last[2])]
        if last and last[1] and not re.search(r"[.!?][\s”\"’']*\S", tail.strip())
        else []
    )
    return spoken


def _split_quotes(
    text: str, spoken: list[tuple[QuoteHit, str, str]], para: _Paragraph
) -> list[list[tuple[QuoteHit, str, str]]]:
    """Quotes with their speakers, the halves of one quote split around its attribution
    ('"The bill," she said, "is dead."') joined: one outlet's split is another's whole."""
    out: list[list[tuple[QuoteHit, str, str]]] = []
    for item in spoken:
        q, speaker, _ = item
        if out:
            prev, prev_speaker, _ = out[-1][-1]
            between = text[prev.end : q.start]
            if (
                speaker == prev_speaker
                and para.sentence_of(prev.start) == para.sentence_of(q.start)
                and len(between) <= _SPLIT_GAP
                and not re.search(r"[.!?]\s", between)
            ):
                out[-1].append(item)
                continue
        out.append([item])
    return out


def extract_mentions(
    source: Source,
    *,
    surnames: frozenset[str] | None = None,
    common: frozenset[str] | None = None,
    year_hint: date | None = None,
    reference: date | None = None,
) -> tuple[Mention, ...]:
    """Every mention in the source's non-boilerplate paragraphs, in reading order.

    Without ``surnames`` and ``common`` they are read from this source alone; find_facts
    passes the whole set's, so 'Zelensky' alone counts once another outlet wrote
    'Volodymyr Zelensky', and a ``year_hint`` for undated sources (see find_dates); a
    ``reference`` day (reference.py) replaces the publication date for relative dates.
    """
    if common is None:
        common = lower_vocabulary([source])
    if surnames is None:
        surnames = known_surnames([source], common)
    subject: list[str] = []
    voice: list[tuple[str, str]] = []
    out: list[Mention] = []
    for p in source.body:
        out.extend(
            extract_paragraph(
                source,
                p,
                surnames=surnames,
                common=common,
                subject=subject,
                year_hint=year_hint,
                reference=reference,
                voice=voice,
            )
        )
    return tuple(out)
