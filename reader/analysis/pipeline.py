"""One pure function from loaded sources to one immutable Analysis.

Stages report progress through an optional callback so the UI can show a bar per stage.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace

from reader.analysis.align import align_sentences
from reader.analysis.budget import within_budget
from reader.analysis.exclusives import find_exclusives
from reader.analysis.facts import find_facts
from reader.analysis.framing import with_framing
from reader.analysis.groups import body_claims, build_groups
from reader.analysis.omissions import find_omissions
from reader.model import Analysis, Fact, Group, LoadError, Source

Progress = Callable[[str, float], None]  # (stage name, fraction done 0..1)


def _silent(stage: str, done: float) -> None:
    return None


def _facts(sources: Sequence[Source], groups: Sequence[Group]) -> tuple[Fact, ...]:
    return tuple(find_facts(tuple(sources), tuple(groups)))


def analyze(
    sources: Sequence[Source],
    *,
    errors: Sequence[LoadError] = (),
    progress: Progress | None = None,
) -> Analysis:
    report = progress or _silent
    whole = tuple(sources)
    budgeted = within_budget(whole)  # a 10 MB line must not take hours
    sources = budgeted.sources
    report("align", 0.0)
    groups = build_groups(align_sentences(sources), sources)
    report("align", 1.0)
    report("facts", 0.0)
    facts = _facts(sources, body_claims(groups, sources))
    report("facts", 1.0)
    report("omissions", 0.0)
    omissions = find_omissions(groups, sources)
    report("omissions", 1.0)
    analysis = Analysis(
        sources=tuple(sources),
        groups=groups,
        facts=facts,
        omissions=omissions,
        errors=tuple(errors),
        exclusives=find_exclusives(groups, sources),
    )
    report("framing", 0.0)
    analysis = with_framing(analysis)  # after groups: contrasts are found inside them
    report("framing", 1.0)
    if budgeted.notices:
        analysis = replace(analysis, sources=whole, notices=budgeted.notices)
    return analysis
