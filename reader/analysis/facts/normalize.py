"""One canonical person per set of spelling variants across the whole source set.

Surnames that read alike (Zelensky / Zelenskyy / Zelenszkig, Blinken / Brinken) merge,
unless the given names written with them clash (Joe vs Hunter Biden). Given names merge
when they are known variants (Vladimir / Volodymyr) or start alike and read close
(Jen / Jane). Different surnames never merge, whatever the given name: Vladimir Putin and
Vladimir Zelensky stay two people.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from rapidfuzz import fuzz

from reader.analysis.facts import lexicon
from reader.analysis.facts.mention import Mention
from reader.text.thresholds import threshold

SURNAME_SIMILARITY = 100.0 * threshold("spelling.name")
GIVEN_SIMILARITY = 100.0 * threshold("spelling.given_name")
SURNAME_TAIL_SIMILARITY = 100.0 * threshold("spelling.surname_tail")


def given_names_agree(a: str, b: str) -> bool:
    a, b = a.lower(), b.lower()
    if not a or not b or a == b:
        return True
    variants = lexicon.given_name_variants()
    if a in variants and variants.get(a) == variants.get(b):
        return True
    return a[0] == b[0] and fuzz.ratio(a, b) >= GIVEN_SIMILARITY


def surnames_agree(a: str, b: str) -> bool:
    a, b = a.lower(), b.lower()
    if a == b:
        return True
    if min(len(a), len(b)) < 4:
        return False
    if a[0] != b[0]:  # Wexley / Vexley: a first letter off needs the rest alike
        return min(len(a), len(b)) >= 5 and fuzz.ratio(a[1:], b[1:]) >= SURNAME_TAIL_SIMILARITY
    return fuzz.ratio(a, b) >= SURNAME_SIMILARITY


def _split(name: str) -> tuple[str, str]:
    parts = name.split()
    if len(parts) >= 2 and parts[0].lower() in lexicon.given_names():
        return parts[0], " ".join(parts[1:])
    return "", name


def _key(surname: str) -> str:
    """A surname's comparable form: 'Jong-un' and 'Jong Un' are one."""
    return surname.lower().replace("-", " ")


def canonical_persons(mentions: Sequence[Mention]) -> dict[str, str]:
    """Name as extracted ('Jane Psaki', 'Zelenskyy') -> canonical 'First Last'."""
    names = [m.normalized for m in mentions if m.kind == "person"]
    order = {n: i for i, n in reversed(list(enumerate(names)))}
    counts = Counter(names)
    surname_of = {n: _split(n)[1] for n in counts}
    givens_by_surname: dict[str, set[str]] = {}
    for n in counts:
        given, surname = _split(n)
        givens_by_surname.setdefault(_key(surname), set())
        if given:
            givens_by_surname[_key(surname)].add(given)
    surnames = sorted(
        givens_by_surname, key=lambda s: min(order[n] for n in counts if _key(surname_of[n]) == s)
    )
    parent = {s: s for s in surnames}

    def root(s: str) -> str:
        while parent[s] != s:
            s = parent[s]
        return s

    for i, a in enumerate(surnames):
        for b in surnames[i + 1 :]:
            ra, rb = root(a), root(b)
            if ra == rb or not surnames_agree(a.split()[-1], b.split()[-1]):
                continue
            ga = {g for s in surnames if root(s) == ra for g in givens_by_surname[s]}
            gb = {g for s in surnames if root(s) == rb for g in givens_by_surname[s]}
            if ga and gb and not any(given_names_agree(x, y) for x in ga for y in gb):
                continue
            parent[rb] = ra
    mapping: dict[str, str] = {}
    for family in {root(s) for s in surnames}:
        members = [n for n in counts if root(_key(surname_of[n])) == family]
        persons: list[list[str]] = []  # given-name clusters within one surname family
        for n in sorted(members, key=lambda n: order[n]):
            given = _split(n)[0]
            if not given:
                continue
            home = next(
                (p for p in persons if any(given_names_agree(given, _split(o)[0]) for o in p)), None
            )
            if home is None:
                persons.append([n])
            else:
                home.append(n)
        best_surname = _most_common(
            [surname_of[n] for n in members for _ in range(counts[n])], order, surname_of
        )
        for person in persons:
            given_counts = [_split(n)[0] for n in person for _ in range(counts[n])]
            best_given = _most_common(given_counts, order, None)
            for n in person:
                mapping[n] = f"{best_given} {best_surname}"
        bare = [n for n in members if not _split(n)[0]]
        if persons:
            main = max(
                persons, key=lambda p: (sum(counts[n] for n in p), -min(order[n] for n in p))
            )
            for n in bare:
                mapping[n] = mapping[main[0]]
        else:
            for n in bare:
                mapping[n] = best_surname
    return _surname_first(mapping, counts)


def _surname_first(mapping: dict[str, str], counts: Counter[str]) -> dict[str, str]:
    """A name written alone ('Mr. Kim') that no one in the set bears as a surname but that
    opens the full name of exactly one person ('Kim Jong Un', whose family name comes
    first) is that person."""
    surnames = {_key(_split(n)[1]) for n in counts if _split(n)[0]}
    for n in counts:
        if _split(n)[0] or " " in n or _key(n) in surnames:
            continue
        owners = {mapping[m] for m in counts if _split(m)[0].lower() == n.lower()}
        if len(owners) == 1:
            mapping[n] = owners.pop()
    return mapping


def _most_common(
    values: list[str], order: dict[str, int], surname_of: dict[str, str] | None
) -> str:
    """Most frequent form; ties go to the form seen first."""
    counts = Counter(values)

    def first_seen(v: str) -> int:
        seen = [i for n, i in order.items() if (surname_of[n] if surname_of else _split(n)[0]) == v]
        return min(seen, default=0)

    return min(counts, key=lambda v: (-counts[v], first_seen(v), v))
