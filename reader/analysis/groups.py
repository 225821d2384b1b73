"""Turn sentence clusters into the report's groups: member spans, ids, order, score.

A member is the run of consecutive sentences of one paragraph that fell into a cluster,
or the whole paragraph when all of its sentences did. Groups are numbered ``g1..`` by the
first member in reading order (s1 top to bottom, then s2, ...), so ids and order are the
same on every run. ``verbatim`` marks a group in which at least two outlets carry
near-verbatim copies of one passage: issue 4 reads it as a sign of shared wire copy, so
that two copies are not counted as two independent confirmations.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from itertools import combinations

from rapidfuzz import fuzz

from reader.analysis.align import Alignment
from reader.analysis.label import label_options, word_frequencies
from reader.analysis.sentences import Sentence
from reader.model import Group, Member, Source
from reader.text.thresholds import threshold

VERBATIM = 100.0 * threshold("spelling.verbatim")


def _members(
    cluster: Sequence[int], sentences: Sequence[Sentence], sources: Sequence[Source]
) -> tuple[Member, ...]:
    paragraphs = {p.id: p for s in sources for p in s.paragraphs}
    counts: dict[str, int] = {}
    for s in sentences:
        counts[s.paragraph] = counts.get(s.paragraph, 0) + 1
    runs: list[list[Sentence]] = []
    for k in cluster:
        sentence = sentences[k]
        last = runs[-1][-1] if runs else None
        if last and last.paragraph == sentence.paragraph and last.index + 1 == sentence.index:
            runs[-1].append(sentence)
        else:
            runs.append([sentence])
    out: list[Member] = []
    for run in runs:
        paragraph = paragraphs[run[0].paragraph]
        if len(run) == counts[paragraph.id]:
            out.append(Member(run[0].source, paragraph.id, paragraph.start, paragraph.end))
        else:
            out.append(Member(run[0].source, paragraph.id, run[0].start, run[-1].end))
    return tuple(out)


def _verbatim(members: Sequence[Member], texts: dict[str, str]) -> bool:
    """True when two outlets' members are near-verbatim copies (a wire copy in the group)."""
    pairs = [(a, b) for a, b in combinations(members, 2) if a.source != b.source]
    return any(
        fuzz.ratio(
            texts[a.source][a.start : a.end].lower(), texts[b.source][b.start : b.end].lower()
        )
        >= VERBATIM
        for a, b in pairs
    )


def _score(cluster: Sequence[int], alignment: Alignment) -> float:
    members = list(cluster)
    pairs = alignment.scores(members, members)
    place = {k: n for n, k in enumerate(members)}
    values = [
        float(pairs[place[i], place[j]])
        for i, j in combinations(cluster, 2)
        if alignment.sentences[i].source != alignment.sentences[j].source
    ]
    return max(0.0, min(1.0, sum(values) / len(values))) if values else 0.0


def build_groups(alignment: Alignment, sources: Sequence[Source]) -> tuple[Group, ...]:
    order = {s.id: n for n, s in enumerate(sources)}
    texts = {s.id: s.text for s in sources}
    frequencies = word_frequencies(s.text for s in alignment.sentences)
    total = len(alignment.sentences)
    drafts = []
    for cluster in alignment.clusters:
        members = _members(cluster, alignment.sentences, sources)
        key = min((order[m.source], m.start) for m in members)
        drafts.append((key, cluster, members))
    drafts.sort(key=lambda d: d[0])
    groups: list[Group] = []
    taken: set[str] = set()  # labels given: two claims told in the same words differ
    for n, (_, cluster, members) in enumerate(drafts, start=1):
        member_texts = [texts[m.source][m.start : m.end] for m in members]
        options = label_options(member_texts, [m.source for m in members], frequencies, total)
        label = next((o for o in options if o not in taken), options[0])
        taken.add(label)
        groups.append(
            Group(
                id=f"g{n}",
                members=members,
                label=label,
                score=round(_score(cluster, alignment), 3),
                verbatim=_verbatim(members, texts),
            )
        )
    return tuple(groups)


def body_claims(groups: Sequence[Group], sources: Sequence[Source]) -> tuple[Group, ...]:
    """The groups as the fact finder reads them: a claim's headline members left out.

    A headline joins the claim groups it states (``align.attach_headlines``), but it rounds
    the body's figures ("two days" for "52 hours trapped") and repeats the lede's; read as a
    value of its own it would split one outlet's figure in two. A group of headlines alone
    is kept whole: there the headline is the claim.
    """
    headlines = {p.id for s in sources for p in s.paragraphs if p.kind == "headline"}
    out: list[Group] = []
    for group in groups:
        body = tuple(m for m in group.members if m.paragraph not in headlines)
        keep = body if len(body) < len(group.members) and body else group.members
        out.append(replace(group, members=keep) if keep != group.members else group)
    return tuple(out)
