"""One pure function from loaded sources to one immutable Analysis.

Stages report progress through an optional callback so the UI can show a bar per stage.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import NamedTuple

from reader.analysis.align import align_sentences
from reader.analysis.budget import within_budget
from reader.analysis.exclusives import find_exclusives
from reader.analysis.fact_claims import claim_every_divergence
from reader.analysis.facts import find_facts
from reader.analysis.framing import with_framing
from reader.analysis.groups import body_claims, build_groups
from reader.analysis.omissions import find_omissions
from reader.analysis.stories import split_stories
from reader.model import Analysis, Exclusive, Fact, Group, LoadError, Omission, Source, Story

Progress = Callable[[str, float], None]  # (stage name, fraction done 0..1)


def _silent(stage: str, done: float) -> None:
    return None


def _facts(sources: Sequence[Source], groups: Sequence[Group]) -> tuple[Fact, ...]:
    return tuple(find_facts(tuple(sources), tuple(groups)))


class _Parts(NamedTuple):
    groups: tuple[Group, ...]
    facts: tuple[Fact, ...]
    omissions: tuple[Omission, ...]
    exclusives: tuple[Exclusive, ...]


def _rest(
    sources: Sequence[Source],
    groups: tuple[Group, ...],
    report: Progress,
    share: tuple[float, float],
) -> _Parts:
    """Facts, omissions and exclusives of one story, once its claims are aligned."""
    low, high = share
    report("facts", low)
    facts = _facts(sources, body_claims(groups, sources))
    groups, facts = claim_every_divergence(groups, facts, sources)
    report("facts", high)
    report("omissions", low)
    omissions = find_omissions(groups, sources, facts)
    report("omissions", high)
    return _Parts(groups, facts, omissions, find_exclusives(groups, sources))


def _renumbered(parts: Sequence[_Parts]) -> _Parts:
    """The stories' parts as one: groups and facts numbered anew across the stories."""
    groups: list[Group] = []
    facts: list[Fact] = []
    omissions: list[Omission] = []
    exclusives: list[Exclusive] = []
    for part in parts:
        new_id = {g.id: f"g{len(groups) + n}" for n, g in enumerate(part.groups, start=1)}
        groups.extend(replace(g, id=new_id[g.id]) for g in part.groups)
        facts.extend(
            replace(
                f,
                id=f"f{len(facts) + n}",
                group=new_id.get(f.group, f.group) if f.group else f.group,
            )
            for n, f in enumerate(part.facts, start=1)
        )
        omissions.extend(replace(o, group=new_id[o.group]) for o in part.omissions)
        exclusives.extend(part.exclusives)
    return _Parts(tuple(groups), tuple(facts), tuple(omissions), tuple(exclusives))


def _by_story(
    sources: Sequence[Source],
    stories: Sequence[Story],
    report: Progress,
    aligned: Callable[[tuple[Group, ...]], None],
) -> _Parts:
    """Each story analysed apart (claims never join two); one story is analysed as is.
    Every story is aligned first, and ``aligned`` hears the claims before the rest runs."""
    by_id = {s.id: s for s in sources}
    told = [[by_id[i] for i in story.sources] for story in stories] if stories else [[]]
    if len(told) <= 1:
        told = [list(sources)]
    shares = [(n / len(told), (n + 1) / len(told)) for n in range(len(told))]
    groups = []
    for members, (low, high) in zip(told, shares, strict=True):
        report("align", low)
        groups.append(build_groups(align_sentences(members), members))
        report("align", high)
    aligned(_renumbered([_Parts(g, (), (), ()) for g in groups]).groups)
    parts = [
        _rest(members, story_groups, report, share)
        for members, story_groups, share in zip(told, groups, shares, strict=True)
    ]
    return parts[0] if len(parts) == 1 else _renumbered(parts)


def analyze(
    sources: Sequence[Source],
    *,
    errors: Sequence[LoadError] = (),
    progress: Progress | None = None,
    on_aligned: Callable[[Analysis], None] | None = None,
) -> Analysis:
    """The analysis of ``sources``; ``on_aligned`` (when given) receives a first Analysis
    holding only the aligned claims as soon as alignment is done, so that a screen can show
    them while facts, omissions and framing are worked out."""
    report = progress or _silent
    whole = tuple(sources)
    budgeted = within_budget(whole)  # a 10 MB line must not take hours
    sources = budgeted.sources
    stories = split_stories(sources)

    def aligned(groups: tuple[Group, ...]) -> None:
        if on_aligned is not None:
            shown = whole if budgeted.notices else tuple(sources)
            on_aligned(
                Analysis(sources=shown, groups=groups, errors=tuple(errors), stories=stories)
            )

    groups, facts, omissions, exclusives = _by_story(sources, stories, report, aligned)
    analysis = Analysis(
        sources=tuple(sources),
        groups=groups,
        facts=facts,
        omissions=omissions,
        errors=tuple(errors),
        exclusives=exclusives,
        stories=stories,
    )
    report("framing", 0.0)
    analysis = with_framing(analysis)  # after groups: contrasts are found inside them
    report("framing", 1.0)
    notices = (*budgeted.notices, *_story_notice(stories, sources))
    if budgeted.notices:
        analysis = replace(analysis, sources=whole, truncated=budgeted.truncated)
    if notices:
        analysis = replace(analysis, notices=notices)
    return analysis


def _story_notice(stories: Sequence[Story], sources: Sequence[Source]) -> tuple[str, ...]:
    if len(stories) <= 1:
        return ()
    return (
        f"These {len(sources)} sources tell {len(stories)} different stories; claims are "
        "compared within each story only (see the stories list in the report).",
    )
