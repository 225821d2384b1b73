"""A folder may hold coverage of several events: the sources are split into stories, and
claims never join two of them. The articles here are written for the test (two made-up
events of the same kind, told in the same template words, as the hard case)."""

from __future__ import annotations

from reader.analysis import analyze
from reader.analysis.stories import split_stories
from reader.model import ParagraphKind, Source
from tests.analysis.helpers import make_source

HEADLINE: dict[int, ParagraphKind] = {1: "headline"}

BRIDGE = [
    "Bridge collapses over the Tarvel river in Ostmark",
    "The Halden bridge over the Tarvel river in Ostmark collapsed on Monday morning, "
    "killing 12 people, the regional police said.",
    "Engineer Livia Marsk said cracks in the Halden bridge had been reported in March.",
    "Mayor Otto Brenner of Ostmark declared three days of mourning for the victims.",
    "Rescue teams pulled 40 people from the Tarvel after the collapse.",
]
BRIDGE_2 = [
    "Twelve dead as Halden bridge falls into the Tarvel",
    "At least 12 people died when the Halden bridge in Ostmark fell into the Tarvel river "
    "on Monday, police said.",
    "Livia Marsk, an engineer, said the cracks in the bridge were known since March.",
    "Ostmark mayor Otto Brenner announced three days of mourning.",
    "About 40 people were rescued from the Tarvel river, rescue teams said.",
]
BRIDGE_3 = [
    "Ostmark mourns after the Halden bridge collapse",
    "The collapse of the Halden bridge on Monday killed 12 in Ostmark, according to police.",
    "Otto Brenner, the mayor of Ostmark, ordered three days of mourning.",
    "Engineer Livia Marsk had warned in March of cracks in the Halden bridge.",
]
OTHER = [
    "Bridge collapses over the Skeld river in Varnholm",
    "The Corvin bridge over the Skeld river in Varnholm collapsed on Monday morning, "
    "killing 7 people, the regional police said.",
    "Engineer Piet Adler said cracks in the Corvin bridge had been reported in June.",
    "Mayor Ines Kolar of Varnholm declared two days of mourning for the victims.",
    "Rescue teams pulled 25 people from the Skeld after the collapse.",
]
OTHER_2 = [
    "Seven dead as Corvin bridge falls into the Skeld",
    "At least 7 people died when the Corvin bridge in Varnholm fell into the Skeld river "
    "on Monday, police said.",
    "Piet Adler, an engineer, said the cracks in the bridge were known since June.",
    "Varnholm mayor Ines Kolar announced two days of mourning.",
]
OTHER_3 = [
    "Varnholm mourns after the Corvin bridge collapse",
    "The collapse of the Corvin bridge on Monday killed 7 in Varnholm, according to police.",
    "Ines Kolar, the mayor of Varnholm, ordered two days of mourning.",
    "Engineer Piet Adler had warned in June of cracks in the Corvin bridge.",
    "About 25 people were rescued from the Skeld river, rescue teams said.",
]


def _mixed() -> list[Source]:
    texts = [BRIDGE, OTHER, BRIDGE_2, OTHER_2, OTHER_3, BRIDGE_3]
    return [make_source(f"s{n}", t, HEADLINE) for n, t in enumerate(texts, start=1)]


def test_coverage_of_one_event_is_one_story() -> None:
    texts = [BRIDGE, BRIDGE_2, BRIDGE_3]
    sources = [make_source(f"s{n}", t, HEADLINE) for n, t in enumerate(texts, start=1)]
    (story,) = split_stories(sources)
    assert story.sources == ("s1", "s2", "s3")
    assert story.label == BRIDGE[0]


def test_two_events_of_one_kind_are_two_stories() -> None:
    stories = split_stories(_mixed())
    assert [s.sources for s in stories] == [("s1", "s3", "s6"), ("s2", "s4", "s5")]
    assert [s.id for s in stories] == ["st1", "st2"]


def test_one_or_two_sources_are_one_story() -> None:
    assert len(split_stories([make_source("s1", BRIDGE), make_source("s2", OTHER)])) == 1
    assert split_stories([]) == ()


def test_a_clipping_joins_the_story_it_is_most_like() -> None:
    clip = make_source("s7", ["Corvin bridge: seven dead in Varnholm"])
    stories = split_stories([*_mixed(), clip])
    assert [s.sources for s in stories] == [("s1", "s3", "s6"), ("s2", "s4", "s5", "s7")]


def test_claims_facts_and_omissions_stay_within_their_story() -> None:
    analysis = analyze(_mixed())
    assert len(analysis.stories) == 2
    story_of = {s: story.id for story in analysis.stories for s in story.sources}
    assert analysis.groups
    for group in analysis.groups:
        assert len({story_of[m.source] for m in group.members}) == 1
    for fact in analysis.facts:
        assert len({story_of[v.source] for v in fact.values}) == 1
    groups = {g.id: g for g in analysis.groups}
    for omission in analysis.omissions:
        (story,) = {story_of[m.source] for m in groups[omission.group].members}
        assert all(story_of[s] == story for s in omission.sources)
    assert [g.id for g in analysis.groups] == [f"g{n}" for n in range(1, len(groups) + 1)]
    assert any("2 different stories" in notice for notice in analysis.notices)
