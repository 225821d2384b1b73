"""Group the matched pairs into facts without chaining unrelated values."""

from __future__ import annotations

from reader.analysis.facts.mention import Mention
from reader.analysis.facts.slots import values_agree

Pair = tuple[int, int]
Partners = list[set[int]]  # per mention, the mentions it pairs with


def _vouched(
    x: int, y: int, members: set[int], source: list[str], value: list[str], partners: Partners
) -> bool:
    """May two differing values that did not pair by themselves share a fact? Yes when x's
    source pairs with y elsewhere, or when y says the same as a member w that x pairs with
    (then y is in x's slot through w). Only y's partners can vouch: they are read from the
    pairing, not found by trying every member."""
    for w in partners[y]:
        if w in (x, y) or w not in members:
            continue
        if source[w] == source[x]:
            return True
        if value[w] == value[y] and w in partners[x]:  # the same, not merely compatible
            return True
    return False


def _value_keys(candidates: list[Mention]) -> list[int]:
    """Equal numbers for mentions whose values ``values_agree`` cannot tell apart (kind,
    normalised form, range, days): the agreement of two values is worked out once."""
    keys: dict[tuple[object, ...], int] = {}
    return [
        keys.setdefault((m.kind, m.normalized, m.low, m.high, m.date), len(keys))
        for m in candidates
    ]


def link(candidates: list[Mention], matched: dict[Pair, float]) -> list[list[int]]:
    """Clusters of mentions, merged strongest link first.

    Two clusters merge when at least half of their pairs of sources match (a source that
    repeats its value counts once), and every
    pair that states different values pairs by itself or through another mention of the
    same source; quotes need every pair. Single links would chain: 'special nature' meets a
    long tweet that also holds 'unwavering support', and two quotes would become one fact.
    Two mentions of one source share a cluster only when they say the same thing.

    Cost: a refused merge is remembered until one of the two clusters grows (many links
    join the same two clusters); a clash ends the check at once; whether two values agree
    is worked out once per pair of distinct values; a vouching mention is looked up among
    the partners of a mention, not searched for among all members.
    """
    source = [m.source for m in candidates]
    value = [m.normalized for m in candidates]
    keys = _value_keys(candidates)
    partners: Partners = [set() for _ in candidates]
    for i, j in matched:
        partners[i].add(j)
        partners[j].add(i)
    agreeing: dict[tuple[int, int], bool] = {}

    def agree(x: int, y: int) -> bool:
        key = (keys[x], keys[y])
        if key not in agreeing:
            agreeing[key] = values_agree(candidates[x], candidates[y])
        return agreeing[key]

    def mergeable(a: list[int], b: list[int], quotes: bool) -> bool:
        cross = linked = 0
        source_pairs: set[tuple[str, str]] = set()
        source_links: set[tuple[str, str]] = set()
        members: set[int] | None = None
        for x in a:
            sx, px = source[x], partners[x]
            for y in b:
                sy = source[y]
                if sx == sy:
                    if value[x] != value[y]:
                        return False  # a clash refuses whatever the counts
                    continue
                cross += 1
                paired = y in px
                linked += paired
                source_pairs.add((sx, sy))
                if paired:
                    source_links.add((sx, sy))
                elif not agree(x, y):
                    members = members if members is not None else {*a, *b}
                    if not _vouched(x, y, members, source, value, partners):
                        return False
        if quotes and linked < cross:  # quotes link completely: no chains
            return False
        # Half of the source pairs must link: a source that repeats its value (headline and
        # body) weighs once, so a lone dissenting outlet can still join a wide consensus.
        return len(source_links) * 2 >= len(source_pairs)

    clusters: dict[int, list[int]] = {i: [i] for i in range(len(candidates))}
    home = list(range(len(candidates)))
    refused: dict[tuple[int, int], tuple[int, int, bool]] = {}
    for (i, j), _ in sorted(matched.items(), key=lambda item: (-item[1], item[0])):
        ci, cj = home[i], home[j]
        if ci == cj:
            continue
        a, b = clusters[ci], clusters[cj]
        quotes = candidates[i].kind == "quote"
        state = (len(a), len(b), quotes)  # clusters only grow: same sizes, same members
        if refused.get((ci, cj)) == state:
            continue
        if not mergeable(a, b, quotes):
            refused[(ci, cj)] = state
            continue
        clusters[ci] = a + b
        del clusters[cj]
        for y in b:
            home[y] = ci
    return [c for _, c in sorted(clusters.items())]
