"""Cluster the sentences of all sources into claims reported by two or more outlets.

Why sentences and not paragraphs: outlets split, merge and reorder paragraphs, and one long
wire paragraph often carries three claims that others report apart. Sentences are the
smallest unit that still carries a claim; a group member is then the run of sentences of
one paragraph that fell into the group (the whole paragraph when all of it did).

How: every cross-source sentence pair gets a blended similarity (see ``similarity``),
raised by how alike the two enclosing paragraphs are, so a weak sentence match inside
strongly matching paragraphs still counts. Strong pairs, and mutual best matches between
two sources, become candidate links; links are taken strongest first and merge two
clusters only if the clusters are alike *on average* (average linkage), which stops the
chaining that a plain connected-components pass suffers from. Two sentences of one source
may share a cluster only when they sit in one paragraph or say the same thing.

A shared name is not a shared claim: two sentences that each name a person the other does
not (Blinken with Zelensky, Blinken with Stoltenberg) keep only part of their similarity
and never link as mere mutual best matches. After clustering, a group takes in the
passages that also tell its claim (``_attach``: a second claim of a sentence, or an
outlet telling the claim twice), figures of one kind that several outlets state become
groups of their own (``slot_groups``), groups sharing most of their sentences merge
(``merge_overlapping``), each headline joins the claim groups it states
(``attach_headlines``), and a sentence stating two claims joins the group of its second
claim through the clause that tells it (``clause_attach``). Then a group whose outlets
share nothing but names is dropped (``names_only``). Last, a claim each outlet states in
the same rare words inside a sentence about something else gets a group (``phrase_groups``),
and so does a claim outlets tell in whole paragraphs that no group holds yet
(``paragraph_claims``: a paragraph pair score measured on the real-news set).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from typing import NamedTuple

import numpy as np
import numpy.typing as npt

from reader.analysis.clause_attach import attach_clauses
from reader.analysis.normalize_text import (
    NUMBER_TOKEN,
    Tokens,
    Vocabulary,
    normalise_all,
)
from reader.analysis.paragraph_claims import add_paragraph_claims
from reader.analysis.phrase_groups import phrase_groups
from reader.analysis.sentence_scores import Plain, Scores
from reader.analysis.sentences import Sentence, aligned_sentences
from reader.analysis.similarity import Matrix
from reader.model import Source
from reader.text.thresholds import threshold

LINK = threshold("align.link")  # a pair this alike is a candidate link on its own
AVERAGE = threshold("align.average")  # clusters merge only when this alike on average
SAME_SOURCE = threshold("align.same_source")
NEIGHBOUR = threshold("align.neighbour")
PARTICIPANTS = threshold("align.participants")
ATTACH = threshold("align.attach")
ATTACH_PRESENT = threshold("align.attach_present")
RETOLD = threshold("align.retold")
SLOT_SOURCES = int(threshold("align.slot_sources"))
SLOT_AGREEMENT = threshold("align.slot_agreement")  # ... most of whom state one value for it
OVERLAP = threshold("align.overlap")


@dataclass(frozen=True, slots=True)
class Alignment:
    """Sentences, their pairwise similarity, and the clusters (lists of sentence indices)."""

    sentences: tuple[Sentence, ...]
    similarity: Matrix | Scores  # any block of it: ``scores``
    clusters: tuple[tuple[int, ...], ...]

    def scores(self, rows: Sequence[int], columns: Sequence[int]) -> Matrix:
        """The similarity of ``rows`` x ``columns`` (sentence indices)."""
        return scores_of(self.similarity, rows, columns)


def scores_of(
    sim: Matrix | Scores | Plain,
    rows: Sequence[int] | npt.NDArray[np.intp],
    columns: Sequence[int] | npt.NDArray[np.intp],
) -> Matrix:
    """``sim`` for ``rows`` x ``columns``: from a matrix, or worked out by blocks (``Scores``)."""
    left, right = np.asarray(rows, dtype=np.intp), np.asarray(columns, dtype=np.intp)
    if isinstance(sim, np.ndarray):
        out: Matrix = sim[np.ix_(left, right)]
        return out
    return sim.block(left, right)


def _headlines(sources: Sequence[Source]) -> frozenset[str]:
    return frozenset(p.id for s in sources for p in s.paragraphs if p.kind == "headline")


class SentenceScores(NamedTuple):
    similarity: Scores  # any block of the blended pair similarity, and the candidate links
    tokens: tuple[Tokens, ...]
    plain: Plain  # the sentences' own similarity, no headline or context share
    vocabulary: Vocabulary  # names found over the set, to normalise clauses


def sentence_similarity(sources: Sequence[Source], sentences: Sequence[Sentence]) -> SentenceScores:
    """Blended similarity of every two sentences (by blocks: ``sentence_scores``).

    A pair naming different participants keeps only a share of its similarity, and may
    link only on that strength, never as a mere mutual best match (see ``cluster``).
    """
    tokens, vocabulary = normalise_all([s.text for s in sentences])
    scores = Scores(sources, sentences, tokens, vocabulary)
    return SentenceScores(scores, tuple(tokens), Plain(scores), vocabulary)


def cluster(
    sentences: Sequence[Sentence],
    sim: Scores,
    headlines: frozenset[str] = frozenset(),
    tokens: Sequence[Tokens] = (),
    plain: Plain | None = None,
    vocabulary: Vocabulary | None = None,
) -> tuple[tuple[int, ...], ...]:
    """Greedy average-linkage clustering driven by the candidate links, strongest first.

    Many links join the same two clusters (every sentence pair of two split passages is
    one), so a refusal is remembered until one of the two clusters grows: on 40 sources
    that skips four in five block checks. Sources and paragraphs are compared as integer
    codes, not strings.
    """
    is_headline = np.array([s.paragraph in headlines for s in sentences], dtype=bool)
    source_names = np.array([s.source for s in sentences])
    source_of = np.unique(source_names, return_inverse=True)[1]
    paragraph_of = np.unique(np.array([s.paragraph for s in sentences]), return_inverse=True)[1]
    position = np.arange(len(sentences))  # reading order; neighbours may be a split passage

    def mergeable(left: npt.NDArray[np.intp], right: npt.NDArray[np.intp]) -> bool:
        block = sim.block(left, right)
        cross = source_of[left][:, None] != source_of[right][None, :]
        if not cross.any() or float(block[cross].mean()) < AVERAGE:
            return False
        headline_body = is_headline[left][:, None] ^ is_headline[right][None, :]
        if headline_body.any() and float(block[headline_body].mean()) < LINK:
            return False
        same_paragraph = paragraph_of[left][:, None] == paragraph_of[right][None, :]
        neighbours = (np.abs(position[left][:, None] - position[right][None, :]) == 1) & (
            block >= NEIGHBOUR
        )
        clash = ~cross & ~same_paragraph & ~neighbours & (block < SAME_SOURCE)
        return not clash.any()

    owner = list(range(len(sentences)))
    members: dict[int, list[int]] = {i: [i] for i in range(len(sentences))}
    grown = [0] * len(sentences)  # times each cluster absorbed another
    refused: dict[tuple[int, int], tuple[int, int]] = {}  # cluster pair -> grown when refused
    for i, j in sim.links().pairs():
        a, b = owner[i], owner[j]
        if a == b:
            continue
        keep, gone = (a, b) if a < b else (b, a)
        state = (grown[keep], grown[gone])
        if refused.get((keep, gone)) == state:
            continue
        if not mergeable(np.array(members[a]), np.array(members[b])):
            refused[(keep, gone)] = state
            continue
        members[keep].extend(members.pop(gone))
        grown[keep] += 1
        for k in members[keep]:
            owner[k] = keep
    clusters = [
        tuple(sorted(m)) for m in members.values() if len({sentences[k].source for k in m}) >= 2
    ]
    attached = _attach(sorted(clusters), source_names, sim)
    slots = slot_groups(sentences, tokens, sim, headlines) if tokens else []
    units = [frozenset[str]()] * len(attached) + [frozenset({unit}) for unit, _ in slots]
    merged = merge_overlapping([*attached, *(g for _, g in slots)], units)
    if plain is not None:
        merged = attach_headlines(merged, source_of, is_headline, plain)
    if vocabulary is not None and tokens:
        merged = attach_clauses(
            merged,
            sentences,
            tokens,
            vocabulary,
            is_headline,
            join=ATTACH_PRESENT,
            link=LINK,
            participants=PARTICIPANTS,
        )
    if tokens:
        merged = [m for m in merged if not names_only(m, sentences, tokens, is_headline)]
    if tokens:
        merged = phrase_groups(merged, sentences, tokens, is_headline)
    return tuple(sorted(merged))


def names_only(
    members: Sequence[int],
    sentences: Sequence[Sentence],
    tokens: Sequence[Tokens],
    is_headline: npt.NDArray[np.bool_],
) -> bool:
    """Do the outlets in this group share nothing but names? Then it is no claim.

    "The US and NATO voiced concerns over Russia's plans for Ukraine", "Russia sent the US
    and NATO proposals on Ukraine" and "Russia and the US held talks on Ukraine" are alike
    enough to cluster on four names alone, yet tell three things. A claim two outlets
    report shares at least one word that is not a name (a verb, a noun, "troops"), or a
    figure, date, weekday or quoted word. Headlines are left out (they group as one
    story); a group whose body is one outlet's is kept as it is.
    """
    shared: dict[str, set[str]] = {}
    for k in members:
        if is_headline[k]:
            continue
        unit = tokens[k]
        names = {a[2:] for a in unit.anchors if a.startswith("e:")}
        details = {a for a in unit.anchors if not a.startswith("e:")}
        for item in {*(t for t in unit.tokens if t not in names and t != NUMBER_TOKEN), *details}:
            shared.setdefault(item, set()).add(sentences[k].source)
    outlets = {sentences[k].source for k in members if not is_headline[k]}
    return len(outlets) >= 2 and all(len(holders) < 2 for holders in shared.values())


def attach_headlines(
    clusters: Sequence[tuple[int, ...]],
    source_of: np.ndarray,
    is_headline: npt.NDArray[np.bool_],
    plain: Matrix | Plain,
) -> list[tuple[int, ...]]:
    """A headline also joins every claim group whose claim it states.

    "Nine miners saved after 52 hours trapped" states two claims the bodies tell (the rescue,
    its duration); readers put it with both, as with a merged paragraph. Clustering keeps
    headlines with headlines (they summarise one event and are alike among themselves), so
    afterwards each headline joins each group whose body passages from the other outlets it
    is, on average, as alike as a candidate link (``LINK``, on the sentences' own similarity
    without the headline discount). A group of headlines alone takes no more headlines.
    """
    out: list[tuple[int, ...]] = []
    headlines = np.nonzero(is_headline)[0]
    for members in clusters:
        core = np.array(members)
        body = core[~is_headline[core]]
        if not body.size or not headlines.size:
            out.append(tuple(members))
            continue
        other = source_of[headlines][:, None] != source_of[body][None, :]
        total = np.where(other, scores_of(plain, headlines, body), 0.0).sum(axis=1)
        count = other.sum(axis=1)
        alike = (count > 0) & (total >= LINK * np.maximum(count, 1))
        out.append(tuple(sorted({*members, *(int(h) for h in headlines[alike])})))
    return out


def _attach(
    clusters: Sequence[tuple[int, ...]], source_of: np.ndarray, sim: Matrix | Scores
) -> list[tuple[int, ...]]:
    """Let a sentence also join a group it was not clustered into.

    One sentence often carries two claims ("a fire tore through the quay, destroying 12
    warehouses"); clustering puts it in one group only, so each group then looks, in every
    source, for the sentence most like the group's members from the other sources. Filling
    a source the group lacks takes ``ATTACH``; adding a second passage of a source already
    in the group takes the stricter ``ATTACH_PRESENT``.

    An outlet also tells one claim twice (a lede, then "the talk was held on Sunday"): a
    passage that says what its own outlet's member of the group says (``RETOLD``), links
    to another outlet's member on its own (``LINK``) and is as alike the group as two
    clusters must be to merge (``AVERAGE``) joins too. This is what the same-source rule
    allows: two passages of one source in a group, saying the same thing.
    """
    home = {k: n for n, members in enumerate(clusters) for k in members}

    def fits_home_better(candidate: int, here: float) -> bool:
        """Is the passage more like the rest of its own cluster than like this group?"""
        if candidate not in home:
            return False
        rival = np.array(clusters[home[candidate]])
        rival = rival[source_of[rival] != source_of[candidate]]
        return bool(rival.size) and float(scores_of(sim, [candidate], rival).mean()) > here

    # Only a passage at least NEAR alike to a member of another source can join (it needs
    # one member at LINK and a mean of ATTACH): with blocked scores, only those are compared.
    near = sim.near if isinstance(sim, Scores) else None
    out: list[tuple[int, ...]] = []
    for members in clusters:
        core = np.array(members)
        present = set(source_of[core].tolist())
        extra: list[int] = []
        linked = np.unique(np.concatenate([near[k] for k in members])) if near else None
        pool = source_of if linked is None else source_of[linked]
        for target in sorted(set(pool.tolist())):
            others = core[source_of[core] != target]
            held = np.nonzero(source_of == target)[0] if linked is None else linked[pool == target]
            candidates = np.setdiff1d(held, core)
            if candidates.size == 0:
                continue
            block = scores_of(sim, candidates, others)
            mean = block.mean(axis=1)
            own = core[source_of[core] == target]
            if own.size:
                retold = (
                    (scores_of(sim, candidates, own).max(axis=1) >= RETOLD)
                    & (block.max(axis=1) >= LINK)
                    & (mean >= AVERAGE)
                )
                extra.extend(
                    int(k)
                    for k, here in zip(candidates[retold], mean[retold], strict=True)
                    if not fits_home_better(int(k), float(here))
                )
            best = int(np.argmax(mean))
            candidate, here = int(candidates[best]), float(mean[best])
            if target in present and (here < ATTACH_PRESENT or fits_home_better(candidate, here)):
                continue
            if here >= ATTACH and float(block[best].max()) >= LINK:
                extra.append(candidate)
        grown = tuple(sorted({*members, *extra}))
        if grown not in out:  # two claims that absorbed each other's passages: keep one
            out.append(grown)
    return out


def slot_groups(
    sentences: Sequence[Sentence],
    tokens: Sequence[Tokens],
    sim: Matrix | Scores,
    headlines: frozenset[str] = frozenset(),
) -> list[tuple[str, tuple[int, ...]]]:
    """A figure of one kind that several outlets each state is one claim: (unit, members).

    "trapped for 52 hours", "closed under the earth during 58 hours" and "brought up after
    52 hours below ground" share no wording a translation kept, and each sits in a sentence
    that carries another claim too; what ties them is the slot: a count of hours stated in
    each story. A value that differs still fills the slot (that is the divergence newsdiff
    exists to show), but most outlets must agree on one value: a unit whose values scatter
    ("20 years", "40 years") counts different things. Two outlets sharing a unit may be
    chance; ``SLOT_SOURCES`` outlets that each state it in a single sentence are not. An
    outlet stating the unit in several sentences ("eight-hour shifts" besides) joins with
    the one most like the others. Headlines are left out: they repeat the lede's figure.
    Such a group then merges with a group it overlaps.
    """
    holders: dict[str, dict[str, list[int]]] = {}
    values: dict[tuple[str, int], set[str]] = {}
    for k, (sentence, unit) in enumerate(zip(sentences, tokens, strict=True)):
        if sentence.paragraph in headlines:
            continue
        for slot in unit.slots:
            name, _, value = slot.partition("=")
            holders.setdefault(name, {}).setdefault(sentence.source, []).append(k)
            values.setdefault((name, k), set()).add(value)
    out: list[tuple[str, tuple[int, ...]]] = []
    for name in sorted(holders):
        by_source = holders[name]
        core = sorted({ks[0] for ks in by_source.values() if len(set(ks)) == 1})
        if len(core) < SLOT_SOURCES:
            continue
        counts = Counter(v for k in core for v in values[(name, k)])
        if counts.most_common(1)[0][1] < SLOT_AGREEMENT * len(core):
            continue
        extra = [
            ks[int(np.argmax(scores_of(sim, ks, core).mean(axis=1)))]
            for ks in (sorted(set(ks)) for ks in by_source.values())
            if len(ks) > 1
        ]
        out.append((name, tuple(sorted(core + extra))))
    return out


def merge_overlapping(
    clusters: Sequence[tuple[int, ...]], units: Sequence[frozenset[str]] = ()
) -> list[tuple[int, ...]]:
    """Merge groups that share most of the smaller one's sentences: they are one claim.

    One claim told twice by an outlet (a lede and a later "the talk was held on Sunday")
    can end in two clusters, because the clusterer keeps two passages of one source apart
    unless they are very alike. Attaching then pulls the other outlets' passages into both,
    so the two groups share most of their members. Only groups that share a sentence are
    compared (found through a sentence -> groups index, not by trying all pairs); the most
    overlapping pair merges first and overlaps are counted again, so a merged group must
    overlap anew to grow. ``units`` names the figure each slot group (see ``slot_groups``)
    stands for: two groups standing for different figures are two claims however many
    sentences carry both ("three hours and sixty firefighters"), so they never merge.
    """
    out: dict[int, frozenset[int]] = {n: frozenset(c) for n, c in enumerate(clusters)}
    kind = {n: units[n] if n < len(units) else frozenset[str]() for n in out}

    def distinct(a: int, b: int) -> bool:
        return bool(kind[a]) and bool(kind[b]) and kind[a] != kind[b]

    while True:
        holders: dict[int, list[int]] = {}
        for n, members in out.items():
            for k in members:
                holders.setdefault(k, []).append(n)
        pairs = {
            (a, b)
            for ns in holders.values()
            for a in ns
            for b in ns
            if a < b and not distinct(a, b)
        }
        best = max(
            ((len(out[a] & out[b]) / min(len(out[a]), len(out[b])), -a, -b) for a, b in pairs),
            default=None,
        )
        if best is None or best[0] < OVERLAP:
            break
        a, b = -best[1], -best[2]
        out[a] = out[a] | out.pop(b)
        kind[a] = kind[a] | kind.pop(b)
    return [tuple(sorted(c)) for c in out.values()]


def align_sentences(sources: Sequence[Source]) -> Alignment:
    sentences = aligned_sentences(tuple(sources))
    if not sentences:
        return Alignment((), np.zeros((0, 0), dtype=np.float32), ())
    sim, tokens, plain, vocabulary = sentence_similarity(sources, sentences)
    clusters = cluster(sentences, sim, _headlines(sources), tokens, plain, vocabulary)
    clusters = add_paragraph_claims(clusters, sentences, sources, tokens)
    return Alignment(sentences, sim, clusters)
