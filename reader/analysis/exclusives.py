"""What only one outlet reports: its sentences that no other outlet states anywhere.

A sentence is exclusive when no group holds it and no sentence of any other source (alone
or with its neighbour) shares a third of its words (claims.py), so a claim another outlet
tells in other words, or spreads over two sentences, is not counted. Short sentences (too
few content words to be a claim), headlines, datelines and boilerplate never are. Works
with two sources too: then it is what one tells and the other does not.
"""

from __future__ import annotations

from collections.abc import Sequence

from reader.analysis.claims import Unit, sentence_units, words_of
from reader.model import Exclusive, Group, Source
from reader.text.thresholds import threshold

# What each means and what it was measured on: reader/data/thresholds.json.
MIN_WORDS = threshold("exclusives.min_words")  # content words to state a claim of its own
TOUCH = threshold("exclusives.touch")  # share of its words another sentence may have
TOUCH_MIN = threshold("exclusives.touch_min")


def find_exclusives(groups: Sequence[Group], sources: Sequence[Source]) -> tuple[Exclusive, ...]:
    if len(sources) < 2:
        return ()
    units = {s.id: sentence_units(s, pairs=True) for s in sources}
    grouped: dict[str, list[tuple[int, int]]] = {}
    for g in groups:
        for m in g.members:
            grouped.setdefault(m.source, []).append((m.start, m.end))
    out: list[Exclusive] = []
    for source in sources:
        others = [u for s in sources if s.id != source.id for u in units[s.id]]
        kinds = {p.id: p.kind for p in source.paragraphs}
        run: list[Unit] = []
        for unit in sentence_units(source):
            alone = (
                kinds[unit.paragraph] in ("body", "quote-block")
                and not any(a < unit.end and unit.start < b for a, b in grouped.get(source.id, ()))
                and len(words_of(unit.stems)) >= MIN_WORDS
                and not any(_touches(unit.stems, o.stems) for o in others)
            )
            if alone and run and run[-1].paragraph == unit.paragraph:
                run.append(unit)
                continue
            if run:
                out.append(_exclusive(source, run))
            run = [unit] if alone else []
        if run:
            out.append(_exclusive(source, run))
    return tuple(out)


def _touches(own: frozenset[str], other: frozenset[str]) -> bool:
    shared = len(words_of(own) & words_of(other))
    return shared >= TOUCH_MIN and shared >= TOUCH * len(words_of(own))


def _exclusive(source: Source, run: list[Unit]) -> Exclusive:
    return Exclusive(
        source.id, run[0].paragraph, run[0].start, run[-1].end, f"only {source.id} reports this"
    )
