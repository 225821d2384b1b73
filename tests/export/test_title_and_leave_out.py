"""The export's title (the story's name, else the words most headlines share) and the
export without the sources marked discard (issue 16 item 8)."""

from __future__ import annotations

from reader.export import ExportNotes, export_markdown, export_title, without_sources
from reader.export.title import PLAIN_TITLE, headline_title
from reader.model import Analysis
from tests.export.story import story
from tests.sources import make_source


def _headlines(*titles: str | None) -> list:  # type: ignore[type-arg]
    return [make_source(f"s{n}", ["body"], title=t) for n, t in enumerate(titles, start=1)]


def test_a_story_is_titled_by_its_name() -> None:
    assert export_title(story(), "harbour fire") == "harbour fire"
    assert export_title(story(), "  ") == export_title(story())


def test_without_a_story_the_title_is_the_phrase_most_headlines_share() -> None:
    sources = _headlines(
        "Harbour fire out after three hours",
        "Grain store fire at the harbour",
        "Harbour fire: nobody hurt, port says",
    )
    assert headline_title(sources) == "Fire at the harbour"


def test_shared_words_far_apart_give_the_densest_whole_headline() -> None:
    sources = _headlines(
        "Ferry cuts: island faces a lonely winter",
        "Island ferry sailings to be halved this winter",
        "Winter ferries to the island halved",
    )
    assert headline_title(sources) == "Winter ferries to the island halved"


def test_headlines_sharing_nothing_give_the_first_and_none_a_plain_name() -> None:
    assert headline_title(_headlines("Alpha beta", "Gamma delta")) == "Alpha beta"
    assert headline_title(_headlines(None, None)) is None
    assert export_title(Analysis(sources=tuple(_headlines(None)))) == PLAIN_TITLE


def test_a_discarded_source_leaves_the_export_with_its_claims_and_values() -> None:
    analysis = story()  # g1: s1 + s2 (a divergent duration), g2: s3 + s2
    without = without_sources(analysis, {"s1"})
    assert [s.id for s in without.sources] == ["s2", "s3"]
    assert [g.id for g in without.groups] == ["g2"]  # ids as in the app
    assert without.facts == ()  # its fact had one other value left
    assert [(o.group, o.sources) for o in without.omissions] == []
    markdown = export_markdown(without, ExportNotes(), date="2031-05-07")
    assert "Coast Times" not in markdown
    assert "### g2 \u00b7 cause not known" in markdown
    assert without_sources(analysis, set()) is analysis


def test_a_fact_whose_outlier_is_left_out_is_no_longer_divergent() -> None:
    import dataclasses

    from reader.model import FactValue

    analysis = story()
    fact = analysis.facts[0]
    same = FactValue("s3", "s3:p2", 0, 4, "3 hours", fact.values[0].normalized)
    three = dataclasses.replace(fact, group=None, values=(*fact.values, same), confidence=0.9)
    analysis = dataclasses.replace(analysis, facts=(three,))
    (kept,) = without_sources(analysis, {"s2"}).facts
    assert not kept.divergent and kept.confidence is None
    assert [v.source for v in kept.values] == ["s1", "s3"]
