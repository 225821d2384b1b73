"""Organisations, places and people named in a passage.

Organisations and places come from the gazetteer (aliases as written: 'US', 'Kremlin',
'Organization for Security and Cooperation in Europe'). People are capitalised word runs
that start with a known given name ('Jen Psaki'), follow a title ('President Biden',
'AP journalist Darlene Superville'), or repeat a surname already known as a person's
('Zelensky said'). Words the source set also writes in lower case ('Telephone', 'Urge')
are not names: machine-translated copy capitalises ordinary words.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from reader.analysis.facts import lexicon
from reader.analysis.facts.text import INVISIBLE, tokens
from reader.text.tokens import Token

_POSSESSIVE = re.compile(r"['’]s?$")


@dataclass(frozen=True, slots=True)
class EntityHit:
    start: int
    end: int
    kind: str  # organization | place | demonym
    name: str  # canonical gazetteer name
    stands_for: str | None


@dataclass(frozen=True, slots=True)
class PersonHit:
    start: int
    end: int
    given: str  # '' when only the surname is written
    surname: str
    titled: bool  # a title stood right before the name


@cache
def _gazetteer_pattern() -> re.Pattern[str]:
    aliases = sorted(lexicon.gazetteer(), key=len, reverse=True)
    body = "|".join(re.escape(a.lstrip("~")) for a in aliases)
    return re.compile(rf"(?<![\w@#-])({body})(?![\w-]|\.\w)")


def find_entities(text: str) -> list[EntityHit]:
    """Gazetteer organisations, places and demonyms ('Russian') in ``text``."""
    table = lexicon.gazetteer()
    hits: list[EntityHit] = []
    for m in _gazetteer_pattern().finditer(text):
        alias = m.group(1)
        entry = table.get(alias)
        kind = entry.kind if entry else "demonym"
        entry = entry or table["~" + alias]
        stands = entry.stands_for if entry.kind == "organization" or kind != "place" else None
        stands = entry.stands_for if kind == "demonym" else (stands or entry.stands_for)
        hits.append(EntityHit(m.start(1), m.end(1), kind, entry.name, stands))
    return hits


@cache
def _title_words() -> frozenset[str]:
    return frozenset(w.lower() for t in lexicon.titles() for w in t.split())


@cache
def _blocked() -> frozenset[str]:
    """Capitalised words that never start or continue a person's name."""
    cal = lexicon.calendar()
    words = set(lexicon.non_name_words()) | set(cal["months"]) | set(cal["weekdays"])
    # a short acronym ('UN', 'US') blocks only itself, which _name_like already refuses:
    # 'Un' in 'Kim Jong Un' is a name
    words |= {
        a.lstrip("~").lower()
        for a in lexicon.gazetteer()
        if not (a.lstrip("~").isupper() and len(a.lstrip("~")) <= 2)
    }
    return frozenset(words)


def _clean(token: Token) -> str:
    return _POSSESSIVE.sub("", INVISIBLE.sub("", token.text))


def _name_like(token: Token, common: frozenset[str]) -> bool:
    word = _clean(token)
    if not word or not word[0].isupper() or any(c.isdigit() for c in word):
        return False
    lower = word.lower()
    if lower in _blocked() or lower in _title_words():
        return False
    if word.isupper() and len(word) > 1 and lower not in lexicon.given_names():
        return False  # acronyms: NATO, TASS, POTUS
    return lower not in common


def find_persons(
    text: str, known_surnames: frozenset[str] = frozenset(), common: frozenset[str] = frozenset()
) -> list[PersonHit]:
    """People named in ``text``.

    ``known_surnames`` (lower case) lets a bare surname count; ``common`` holds words the
    source set writes in lower case, which are never names.
    """
    toks = tokens(text)
    given = lexicon.given_names()
    particles = lexicon.name_particles()
    titles = {t.lower() for t in lexicon.titles()}
    hits: list[PersonHit] = []
    i = 0
    while i < len(toks):
        if not _name_like(toks[i], common):
            i += 1
            continue
        j = i + 1
        initials: set[int] = set()
        while j < len(toks) and j - i < 4:
            gap = text[toks[j - 1].end : toks[j].start]
            if _initial(toks, j - 1, text) and j - 1 > i:
                initials.add(j - 1)  # 'Stephen E. Boyd': the middle initial is no surname
            elif gap.strip() or _POSSESSIVE.search(toks[j - 1].text):
                break
            if toks[j].lower in particles and j + 1 < len(toks):
                j += 1
                continue
            after_given = j == i + 1 and _clean(toks[i]).lower() in lexicon.given_names()
            if not _name_like(toks[j], frozenset() if after_given else common):
                break
            j += 1
        run = toks[i:j]
        while run and (run[-1].lower in particles or i + len(run) - 1 in initials):
            run = run[:-1]
        run = [t for n, t in enumerate(run) if i + n not in initials]
        if not run:
            i = j
            continue
        before = text[max(0, toks[i].start - 40) : toks[i].start].rstrip().lower()
        titled = any(before.endswith(t) for t in titles)
        first = _clean(run[0]).lower()
        words = [_clean(t) for t in run]
        if len(run) >= 2 and first in given:
            hits.append(PersonHit(run[0].start, _end(run), words[0], " ".join(words[1:]), titled))
        elif titled:
            hits.append(PersonHit(run[0].start, _end(run), "", " ".join(words), True))
        else:  # bare surnames, maybe several run together: 'Biden Urge Putin'
            for token, word in zip(run, words, strict=True):
                if word.lower() in known_surnames:
                    hits.append(PersonHit(token.start, _end([token]), "", word, False))
        i = j
    return hits


def _initial(toks: list[Token], k: int, text: str) -> bool:
    """Is token ``k`` a middle initial ('E.' in 'Stephen E. Boyd'): one capital letter with
    its full stop, a name word right after?"""
    token = toks[k]
    return (
        len(token.text) == 1
        and token.text.isupper()
        and k + 1 < len(toks)
        and text[token.end : toks[k + 1].start] == ". "
        and toks[k + 1].text[:1].isupper()
    )


def _end(run: list[Token]) -> int:
    last = run[-1]
    match = _POSSESSIVE.search(last.text)
    return last.end - (len(match.group()) if match else 0)


def find_other_names(
    text: str, taken: list[tuple[int, int]], common: frozenset[str]
) -> list[tuple[int, int, str]]:
    """Capitalised words past the first that are no person, no known entity and no word the
    set writes in lower case: the places and bodies a gazetteer cannot know ('Hollin
    Ridge', 'Portvale', 'Dravnyk'), as (start, end, word)."""
    blocked = _blocked() | common
    out: list[tuple[int, int, str]] = []
    for match in re.finditer(r"(?<=[\s(“\"'])([A-Z][a-z]+)(?:[’']s)?\b", text):
        word = match.group(1)
        if word.lower() in blocked or any(a <= match.start() < b for a, b in taken):
            continue
        out.append((match.start(1), match.end(1), word))
    return out
