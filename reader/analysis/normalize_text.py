"""Normalised text for alignment: what two passages share once wording is set aside.

Each unit (sentence or paragraph) becomes content tokens (lowercase, light-stemmed, stop
words out, numbers folded to one token, spelling variants of a name folded to one
canonical form) and *anchors*: the details that survive paraphrase and translation, i.e.
named entities, numbers, calendar dates and weekdays, and quoted words. Name variants
(Zelensky / Zelenskyy / Zelenszkig) are clustered across the whole source set with fuzzy
matching, so one outlet's mis-transliteration still meets the others.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache

from rapidfuzz.distance import Indel

from reader.text import calendar, data
from reader.text.numbers import number_folds as number_words
from reader.text.thresholds import threshold
from reader.text.words import stem, weak_words
from reader.text.words import stop_words as function_words

NUMBER_TOKEN = "#"
_TOKEN = re.compile(r"\d[\d,.]*\d|\d|[A-Za-z\u00C0-\u024F]+(?:['\u2019][A-Za-z]+)*", re.UNICODE)
_QUOTED = re.compile(r"[\"\u201c\u201e]([^\"\u201c\u201d\u201e]{3,400})[\"\u201d]")
_MONTHS = calendar.months("en")
_WEEKDAYS = frozenset(calendar.weekdays())
_SHORT_QUOTE_WORDS = 8
_NAME_SIMILARITY = threshold("spelling.name")
_SURNAME_SIMILARITY = threshold("spelling.surname_first_letter")


@cache
def _aliases() -> tuple[tuple[re.Pattern[str], str], ...]:
    raw = data.load_json("name_aliases.json")
    return tuple((re.compile(k), v) for k, v in raw.items() if not k.startswith("_"))


_INVISIBLE = re.compile(
    r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]"
)


def fold_aliases(text: str) -> str:
    """``U.S.`` / ``United States`` -> ``US`` etc., so one name is one token.

    Control, zero-width and bidi characters go first: ``Le\u200bna`` is one word.
    """
    text = _INVISIBLE.sub("", text)
    for pattern, canonical in _aliases():
        text = pattern.sub(canonical, text)
    return text


@cache
def stop_words() -> frozenset[str]:
    """The shared function words and the words too common to make a claim (weak words)."""
    return function_words() | weak_words()


_word_list = data.word_set


def _number_value(raw: str) -> str | None:
    digits = raw.replace(",", "")
    try:
        value = float(digits)
    except ValueError:
        return None
    return str(int(value)) if value == int(value) else str(value)


@dataclass(frozen=True, slots=True)
class Tokens:
    """One unit's normalised tokens and anchors."""

    tokens: tuple[str, ...]
    anchors: frozenset[str]
    persons: frozenset[str] = frozenset()  # canonical surnames of the people it names
    slots: frozenset[str] = frozenset()  # its figures with what they count: "hour=52"

    @property
    def text(self) -> str:
        return " ".join(self.tokens)


def content_tokens(unit: Tokens) -> frozenset[str]:
    """A unit's tokens that are no name, weekday or figure: its wording apart from who, when
    and how many, which is what phrase groups and clause filing weigh (a shared name is a
    shared participant, not a shared claim)."""
    names = {a[2:] for a in unit.anchors if a[:2] in ("e:", "w:")}
    return frozenset(t for t in unit.tokens if t not in names and t != NUMBER_TOKEN)


@cache
def synonyms() -> dict[str, str]:
    """Variant -> canonical word, from ``data/synonyms.txt``."""
    out: dict[str, str] = {}
    for line in data.lines("synonyms.txt"):
        words = [w.strip().lower() for w in line.split(",") if w.strip()]
        for word in words:
            out.setdefault(word, words[0])
    return out


@cache
def _not_person_words() -> frozenset[str]:
    """Capitalised words that are no one's surname: places, organisations, demonyms,
    titles, given names (outlets spell them differently: Vladimir / Volodymyr) and
    sentence starters. Read from the fact extractors' word lists in ``data/facts`` (the
    files, not their module, so alignment does not load the facts package)."""
    gazetteer = data.load_json("facts", "gazetteer.json")
    phrases = set(_word_list("facts", "titles.txt"))
    for entry in gazetteer["entries"]:
        phrases.update(entry["aliases"])
        phrases.update(entry.get("demonyms", ()))
    words = {w.lower() for phrase in phrases for w in _TOKEN.findall(phrase)}
    words |= _word_list("facts", "given_names.txt") | _word_list("facts", "non_name_words.txt")
    return frozenset(words)


@cache
def speaker_verbs() -> frozenset[str]:
    """Verbs after a name that make the person a speaker, not a party to the event."""
    return _word_list("speaker_verbs.txt")


@cache
def _person_introducers() -> frozenset[str]:
    """Words right before a surname: given names, and titles' last words ("President")."""
    titles = {_TOKEN.findall(t)[-1] for t in _word_list("facts", "titles.txt") if _TOKEN.findall(t)}
    return _word_list("facts", "given_names.txt") | frozenset(titles)


def _shouted(words: Sequence[str], i: int) -> bool:
    """An all-caps word inside an all-caps run (a shouted headline), not an acronym."""

    def caps(k: int) -> bool:
        return 0 <= k < len(words) and len(words[k]) > 1 and words[k].isupper()

    return caps(i) and (caps(i - 1) or caps(i + 1))


def _bare(word: str) -> str:
    return re.sub(r"['\u2019]s?$", "", word)


@dataclass(frozen=True, slots=True)
class Vocabulary:
    """Set-wide knowledge: which words are names, and the canonical spelling of each."""

    names: frozenset[str]
    canonical: dict[str, str]
    surnames: frozenset[str] = frozenset()  # canonical names written after a given name/title

    def canon(self, lowered: str) -> str:
        return self.canonical.get(lowered, lowered)


def build_vocabulary(texts: Iterable[str]) -> Vocabulary:
    """Names are words written capitalised mid-sentence and never in lower case."""
    capitalised: Counter[str] = Counter()
    lower_seen: set[str] = set()
    stops = stop_words()
    introducers = _person_introducers()
    after_introducer: set[str] = set()
    for text in map(fold_aliases, texts):
        previous = "."
        matches = list(_TOKEN.finditer(text))
        raw_words = [m.group() for m in matches]
        for i, match in enumerate(matches):
            word = _bare(match.group())
            lowered = word.lower()
            if _shouted(raw_words, i):
                pass
            elif word[:1].isupper():
                sentence_start = previous in {".", "!", "?", '"', "\u201c", ":"}
                if not sentence_start or word.isupper():
                    capitalised[lowered] += 1
                before = raw_words[i - 1] if i else ""
                if before[:1].isupper() and before.lower() in introducers and not word.isupper():
                    after_introducer.add(lowered)
            elif word[:1].isalpha():
                lower_seen.add(lowered)
            tail = text[match.end() : match.end() + 2].strip()
            previous = tail[:1] if tail[:1] in {".", "!", "?", ":"} else word
    names = frozenset(
        w
        for w in capitalised
        if w not in lower_seen
        and w not in stops
        and len(w) > 1
        and w not in _MONTHS
        and w not in _WEEKDAYS
    )
    canonical = _cluster_names(names, capitalised)
    surnames = {w for w in after_introducer & names if w not in _not_person_words()}
    canonical.update(_cluster_surnames(surnames, canonical, capitalised))
    return Vocabulary(
        names=names,
        canonical=canonical,
        surnames=frozenset(canonical.get(w, w) for w in surnames),
    )


def _cluster_surnames(
    surnames: set[str], canonical: dict[str, str], counts: Counter[str]
) -> dict[str, str]:
    """Fold surnames that differ in their first letter too (Wexley / Vexley).

    Transliteration changes a first letter (W/V, J/Y, K/C) that the set-wide name
    clustering keeps fixed to stay safe on ordinary names; a word known to be someone's
    surname may be folded more boldly, at a stricter similarity.
    """
    heads = sorted({canonical.get(w, w) for w in surnames}, key=lambda w: (-counts[w], w))
    fold: dict[str, str] = {}
    kept: list[str] = []
    for word in heads:
        match = next(
            (h for h in kept if Indel.normalized_similarity(h, word) >= _SURNAME_SIMILARITY),
            None,
        )
        if match is None or len(word) < 5:
            kept.append(word)
            continue
        fold.update({w: match for w, c in canonical.items() if c == word})
    return fold


def _cluster_names(names: frozenset[str], counts: Counter[str]) -> dict[str, str]:
    """Map each spelling variant to the most frequent spelling of its cluster."""
    ordered = sorted(names, key=lambda w: (-counts[w], w))
    canonical: dict[str, str] = {}
    heads: list[str] = []
    for word in ordered:
        if len(word) < 5 or word.isdigit():
            canonical[word] = word
            continue
        for head in heads:
            if head[0] == word[0] and Indel.normalized_similarity(head, word) >= _NAME_SIMILARITY:
                canonical[word] = head
                break
        else:
            heads.append(word)
            canonical[word] = word
    return canonical


def normalise(text: str, vocabulary: Vocabulary) -> Tokens:
    stops = stop_words()
    text = fold_aliases(text)
    tokens: list[str] = []
    anchors: set[str] = set()
    persons: set[str] = set()
    slots: set[str] = set()
    words = [(m.group(), m.start()) for m in _TOKEN.finditer(text)]
    raw_words = [w for w, _ in words]
    numbers = number_words()
    last_number: tuple[int, str] | None = None  # (word index, value) of the latest number
    for i, (raw, _) in enumerate(words):
        if raw.lower() in numbers:
            word_value = numbers[raw.lower()]
            if word_value.startswith("x"):
                if last_number and last_number[0] == i - 1:  # "three hundred": one number
                    scaled = _number_value(str(float(last_number[1]) * int(word_value[1:])))
                    anchors.discard(f"n:{last_number[1]}")
                    if scaled:
                        anchors.add(f"n:{scaled}")
                        last_number = (i, scaled)
                        slots.update(f"{u}={scaled}" for u in _unit_after(text, words, i))
                    continue
                word_value = ""
            tokens.append(NUMBER_TOKEN)
            if word_value:
                anchors.add(f"n:{word_value}")
                last_number = (i, word_value)
                slots.update(f"{u}={word_value}" for u in _unit_after(text, words, i))
            continue
        if raw[0].isdigit():
            value = _number_value(raw)
            tokens.append(NUMBER_TOKEN)
            if value is None:
                continue
            before = words[i - 1][0].lower() if i else ""
            after = words[i + 1][0].lower() if i + 1 < len(words) else ""
            month = _MONTHS.get(before) or _MONTHS.get(after)
            if month and value.isdigit() and 1 <= int(value) <= 31:
                anchors.add(f"d:{month:02d}-{int(value):02d}")
            else:
                anchors.add(f"n:{value}")
                last_number = (i, value)
                slots.update(f"{u}={value}" for u in _unit_after(text, words, i))
            continue
        word = _bare(raw)
        lowered = word.lower()
        if lowered in _WEEKDAYS:
            anchors.add(f"w:{lowered}")
        acronym = word.isupper() and len(word) > 1 and not _shouted(raw_words, i)
        if lowered in vocabulary.names or acronym:
            name = vocabulary.canon(lowered)
            tokens.append(name)
            anchors.add(f"e:{name}")
            after = raw_words[i + 1].lower() if i + 1 < len(raw_words) else ""
            if name in vocabulary.surnames and after not in speaker_verbs():
                persons.add(name)
            continue
        if lowered in stops or len(lowered) < 2:
            continue
        tokens.append(stem(synonyms().get(lowered, lowered)))
    for quoted in _QUOTED.finditer(text):
        if len(quoted.group(1).split()) > _SHORT_QUOTE_WORDS:
            continue  # long quotes are covered by the tokens; short ones are telling
        for m in _TOKEN.finditer(quoted.group(1)):
            lowered = _bare(m.group()).lower()
            if lowered not in stops and len(lowered) > 2 and not lowered[0].isdigit():
                anchors.add(f"q:{stem(vocabulary.canon(lowered))}")
    return Tokens(
        tokens=tuple(tokens),
        anchors=frozenset(anchors),
        persons=frozenset(persons),
        slots=frozenset(slots),
    )


_UNIT_GAP = re.compile(r"[ \t-]{1,2}")


def _unit_after(text: str, words: Sequence[tuple[str, int]], i: int) -> tuple[str, ...]:
    """The word a figure counts or measures ("52 hours", "twelve ambulances"), stemmed.

    Only an ordinary lower-case word right after the figure (a space or a hyphen between)
    is a unit: "31m" glued in an escape sequence or "in 2021, Biden" are not.
    """
    if i + 1 >= len(words):
        return ()
    raw, start = words[i + 1]
    gap = text[words[i][1] + len(words[i][0]) : start]
    lowered = raw.lower()
    if (
        not _UNIT_GAP.fullmatch(gap)
        or not raw.isalpha()
        or not raw.islower()
        or len(raw) < 2
        or lowered in stop_words()
        or lowered in number_words()
    ):
        return ()
    return (stem(synonyms().get(lowered, lowered)),)


def normalise_all(texts: Sequence[str]) -> tuple[tuple[Tokens, ...], Vocabulary]:
    vocabulary = build_vocabulary(texts)
    return tuple(normalise(t, vocabulary) for t in texts), vocabulary
