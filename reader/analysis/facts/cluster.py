"""Group the matched pairs into facts without chaining unrelated values."""

from __future__ import annotations

from collections.abc import Mapping

from reader.analysis.facts.mention import Mention
from reader.analysis.facts.slots import values_agree

Pair = tuple[int, int]


def _vouched(
    x: int, y: int, members: list[int], candidates: list[Mention], matched: Mapping[Pair, float]
) -> bool:
    """May two differing values that did not pair by themselves share a fact? Yes when x's
    source pairs with y elsewhere, or when y says the same as a member w that x pairs with
    (then y is in x's slot through w)."""

    def linked(i: int, j: int) -> bool:
        return (min(i, j), max(i, j)) in matched

    source = candidates[x].source
    for w in members:
        if w in (x, y):
            continue
        if candidates[w].source == source and linked(w, y):
            return True
        same = candidates[w].normalized == candidates[y].normalized  # not merely compatible
        if same and linked(x, w) and linked(w, y):
            return True
    return False


def link(candidates: list[Mention], matched: dict[Pair, float]) -> list[list[int]]:
    """Clusters of mentions, merged strongest link first.

    Two clusters merge when at least half of their pairs of sources match (a source that
    repeats its value counts once), and every
    pair that states different values pairs by itself or through another mention of the
    same source; quotes need every pair. Single links would chain: 'special nature' meets a
    long tweet that also holds 'unwavering support', and two quotes would become one fact.
    Two mentions of one source share a cluster only when they say the same thing.
    """
    clusters: dict[int, list[int]] = {i: [i] for i in range(len(candidates))}
    home = list(range(len(candidates)))
    for (i, j), _ in sorted(matched.items(), key=lambda item: (-item[1], item[0])):
        ci, cj = home[i], home[j]
        if ci == cj:
            continue
        a, b = clusters[ci], clusters[cj]
        cross = linked = 0
        source_pairs: set[tuple[str, str]] = set()
        source_links: set[tuple[str, str]] = set()
        clash = False
        for x in a:
            for y in b:
                mx, my = candidates[x], candidates[y]
                if mx.source == my.source:
                    clash = clash or mx.normalized != my.normalized
                    continue
                cross += 1
                paired = (min(x, y), max(x, y)) in matched
                linked += paired
                source_pairs.add((mx.source, my.source))
                if paired:
                    source_links.add((mx.source, my.source))
                if not paired and not values_agree(mx, my):
                    clash = clash or not _vouched(x, y, a + b, candidates, matched)
        quotes = candidates[i].kind == "quote"  # quotes link completely: no chains
        if quotes and (clash or linked < cross):
            continue
        # Half of the source pairs must link: a source that repeats its value (headline and
        # body) weighs once, so a lone dissenting outlet can still join a wide consensus.
        if clash or len(source_links) * 2 < len(source_pairs):
            continue
        clusters[ci] = a + b
        del clusters[cj]
        for y in b:
            home[y] = ci
    return [c for _, c in sorted(clusters.items())]
