"""A person's title or role as each outlet writes it, compared (issue 15, item 2).

'Assistant District Attorney Jo Lamb' in one outlet and 'District Attorney Jo Lamb' in
another give one person two roles: an attribution fact, divergent. A role read as the words
right before the name ('Police Inspector Dave Gaskin', "AMD's general manager Lisa Su") or
in an apposition right after it ('Lisa Su, general manager of AMD's products division,').
One outlet's role that holds the other's and says more ('Police Inspector' / 'Inspector')
agrees, unless the words it adds change the rank ('assistant', 'deputy', 'former'). An
outlet that gives one person two different roles gives none here: which one is meant is
uncertain, and an uncertain flag is not raised.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from functools import cache
from typing import Any

from reader.analysis.facts import lexicon
from reader.analysis.facts.mention import Mention
from reader.model import Fact, FactValue, Source
from reader.text import data

Keyed = tuple[tuple[int, int], Fact]
_REACH = 70  # characters before a name a role may start
_APPOSITION = re.compile(r"^,\s+(?:an?\s+|the\s+)?([^,.;:()\"“”]{3,70}?),")


@cache
def _roles() -> dict[str, Any]:
    return data.load_json("facts", "roles.json")


@cache
def _role_words() -> frozenset[str]:
    titles = {w.lower().rstrip(".") for t in lexicon.titles() for w in t.split()}
    return frozenset(_roles()["role_words"]) | (titles - set(_roles()["honorifics"]))


def _words(phrase: str) -> list[str]:
    """Lower-case words of a role, abbreviations spelled out ('F.B.I.' -> 'fbi', 'Gov.' ->
    'governor', 'CEO' -> 'chief executive')."""
    short = _roles()["abbreviations"]
    out: list[str] = []
    for raw in re.findall(r"[\w’'.-]+", phrase):
        word = raw.lower().replace(".", "").strip("’'")
        out.extend(short.get(word, word).split())
    return out


def _is_role(phrase: str) -> bool:
    words = _words(phrase)
    if not words or len(words) > 8 or "and" in words:
        return False  # 'Nunes of the Intelligence Committee and Representative ...': a list
    return any(w in _role_words() for w in words)


def role_before(text: str, start: int) -> str:
    """The role written right before a name starting at ``start`` ('' when none)."""
    head = text[max(0, start - _REACH) : start].rsplit("\n", 1)[-1]
    joiners = set(_roles()["joiners"])
    kept: list[str] = []
    for word in reversed(re.findall(r"[\w’'.-]+|[,;:()\"“”]", head)):
        low = word.lower().strip("’'.")
        if (
            word[:1].isupper()
            or low in _role_words()
            or low in joiners
            or low.endswith(("’s", "'s"))
        ):
            kept.append(word)
            continue
        break
    while kept and (kept[-1].lower() in joiners or kept[-1].lower().endswith(("ing", "ed"))):
        kept.pop()  # a role opens with neither 'of' nor a verb ('Hosting President ...')
    while kept and kept[0].lower() in lexicon.given_names():
        kept.pop(0)  # 'Captain Maria' before 'Lamb': the given name is the name's
    phrase = " ".join(reversed(kept))
    return phrase if _is_role(phrase) else ""


def role_after(text: str, end: int) -> str:
    """The role in an apposition right after a name: ', general manager of X,'."""
    match = _APPOSITION.match(text[end : end + 90])
    return match.group(1) if match and _is_role(match.group(1)) else ""


def _core(role: str) -> frozenset[str]:
    honor = set(_roles()["honorifics"]) | set(_roles()["joiners"])
    return frozenset(
        w.removesuffix("’s").removesuffix("'s") for w in _words(role) if w not in honor
    )


def roles_agree(a: str, b: str) -> bool:
    """Do two roles of one person agree? Only roles of one kind are compared (a role word in
    common: 'district attorney' and 'assistant district attorney', 'general manager of X'
    and 'general manager of Y'); different kinds ('Representative', 'Chairman') are two
    true facets of one person, not a divergence. Roles of one kind differ by a rank word
    one writes and the other does not, or by what each is a role of ('... of X')."""
    wa, wb = _words(a), _words(b)
    kind_a = {w for w in wa if w in _role_words()}
    kind_b = {w for w in wb if w in _role_words()}
    if not kind_a & kind_b:
        return True
    rank = set(_roles()["rank_words"])
    if (set(wa) & rank) != (set(wb) & rank):
        return False
    of_a, of_b = _complement(wa), _complement(wb)
    return not (of_a and of_b) or of_a == of_b


def _nested(a: str, b: str) -> bool:
    """One outlet's two mentions of a role: the same role, one saying more than the other."""
    ca, cb = _core(a), _core(b)
    return ca <= cb or cb <= ca


def _complement(words: list[str]) -> frozenset[str]:
    """What a role is a role of: the words after 'of' or 'for' ('of AMD's products
    division'), possessives and joiners left out."""
    for n, w in enumerate(words):
        if w in ("of", "for"):
            joiners = set(_roles()["joiners"])
            return frozenset(
                x.removesuffix("’s").removesuffix("'s") for x in words[n + 1 :] if x not in joiners
            )
    return frozenset()


def role_facts(
    sources: Sequence[Source],
    mentions: Mapping[str, Sequence[Mention]],
    canon: Mapping[str, str],
    order: Mapping[str, int],
) -> list[Keyed]:
    """One attribution fact per person two outlets give a role, divergent when the roles
    differ (see the module doc)."""
    by_person: dict[str, dict[str, list[tuple[Mention, str]]]] = {}
    texts = {s.id: s.text for s in sources}
    for sid, ms in mentions.items():
        for m in ms:
            person = canon.get(m.normalized, m.normalized)
            if m.kind != "person" or " " not in person:
                continue
            role = role_before(texts[sid], m.start) or role_after(texts[sid], m.end)
            if role:
                by_person.setdefault(person, {}).setdefault(sid, []).append((m, role))
    out: list[Keyed] = []
    for person, per_source in by_person.items():
        chosen: dict[str, tuple[Mention, str]] = {}
        for sid, found in per_source.items():
            first_role = found[0][1]
            if all(_nested(first_role, r) for _, r in found):
                chosen[sid] = max(found, key=lambda f: len(_core(f[1])))  # the fullest
        if len(chosen) < 2:
            continue
        ids = sorted(chosen, key=lambda sid: order[sid])
        roles = [chosen[sid][1] for sid in ids]
        divergent = any(not roles_agree(a, b) for n, a in enumerate(roles) for b in roles[n + 1 :])
        values = []
        for sid in ids:
            m, role = chosen[sid]
            at = texts[sid].rfind(role, max(0, m.start - _REACH - len(role)), m.end + 90)
            start, end = (at, at + len(role)) if at >= 0 else (m.start, m.end)
            values.append(
                FactValue(sid, m.paragraph, start, end, role, " ".join(sorted(_core(role))))
            )
        fact = Fact("", "attribution", None, f"title of {person}", divergent, tuple(values))
        if divergent:
            evidence = " / ".join(f"{v.source} '{v.text} {person.split()[-1]}'" for v in values)
            fact = Fact(
                "",
                "attribution",
                None,
                f"title of {person}",
                True,
                tuple(values),
                confidence=0.6,
                evidence=evidence,
                divergence="credit",
            )
        out.append(((order[ids[0]], values[0].start), fact))
    return out
