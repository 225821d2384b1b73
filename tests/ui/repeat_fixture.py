"""The hand-made harbour-fire analysis with a paragraph that states two claims.

Coast Times' third paragraph tells how long the fire burned and how many firefighters
fought it: here its first sentence part is the duration claim (g4) and a later phrase joins
the firefighters claim (g6), so g6's row refers to g4's instead of printing it again.
"""

from __future__ import annotations

import dataclasses

from reader.model import Analysis, Member
from tests.ui.fixture_analysis import COAST, fixture_analysis, span

DURATION = "The blaze burned for three hours"
CREWS = "about 60 firefighters, backed by two fireboats"


def _member(phrase: str) -> Member:
    return Member(*span(COAST, phrase))


def repeat_analysis() -> Analysis:
    analysis = fixture_analysis()
    coast = _member(DURATION).source
    groups = []
    for group in analysis.groups:
        members = group.members
        if group.id == "g4":  # the duration: only its own words in Coast Times' paragraph
            members = tuple(_member(DURATION) if m.source == coast else m for m in members)
        if group.id == "g6":  # the firefighters: Coast Times states them in the same one
            members = (*members, _member(CREWS))
        groups.append(dataclasses.replace(group, members=members))
    omissions = tuple(
        dataclasses.replace(o, sources=tuple(s for s in o.sources if s != coast))
        if o.group == "g6"
        else o
        for o in analysis.omissions
    )
    return dataclasses.replace(analysis, groups=tuple(groups), omissions=omissions)
