"""Markdown layout decisions the golden files do not isolate."""

from __future__ import annotations

import dataclasses

from reader.export import ExportNotes, export_markdown
from tests.export.story import story


def test_claims_follow_reading_order_not_group_order() -> None:
    analysis = story()
    reversed_groups = dataclasses.replace(analysis, groups=analysis.groups[::-1])
    markdown = export_markdown(reversed_groups, ExportNotes(), date="2031-05-07")
    first = markdown.index("### ", markdown.index("## Claims"))
    assert markdown[first:].startswith("### g1 \u00b7 how long the fire burned")


def test_annotated_only_without_notes_says_there_is_nothing_to_show() -> None:
    markdown = export_markdown(story(), ExportNotes(), date="2031-05-07", annotated_only=True)
    assert "### " not in markdown.split("## Sources")[0]
    assert "*No claim to show.*" in markdown


def test_a_reviewer_made_link_is_named_as_such() -> None:
    analysis = story()
    by_hand = dataclasses.replace(analysis.groups[0], origin="reviewer")
    analysis = dataclasses.replace(analysis, groups=(by_hand, analysis.groups[1]))
    markdown = export_markdown(analysis, ExportNotes(), date="2031-05-07")
    assert "how long the fire burned (linked by a reviewer)" in markdown


def test_a_source_without_outlet_is_named_by_its_headline_and_cited_by_path() -> None:
    analysis = story()
    hashed = dataclasses.replace(
        analysis.sources[0], outlet=None, path="in/001_dadee72a11a20077.txt", title="Fire out"
    )
    analysis = dataclasses.replace(analysis, sources=(hashed, *analysis.sources[1:]))
    markdown = export_markdown(analysis, ExportNotes(), date="2031-05-07")
    front, body = markdown.split("\n---\n", 1)
    assert '  - name: "\u201cFire out\u201d"\n    outlet: null\n' in front
    assert "**\u201cFire out\u201d**, 2031-05-06, `in/001_dadee72a11a20077.txt`" in body
    assert "**001_" not in body


def test_two_sources_of_one_outlet_are_told_apart_by_their_place() -> None:
    analysis = story()
    first, second, *rest = analysis.sources
    second = dataclasses.replace(second, outlet=first.outlet)
    analysis = dataclasses.replace(analysis, sources=(first, second, *rest))
    markdown = export_markdown(analysis, ExportNotes(), date="2031-05-07")
    assert f'name: "{first.outlet} #1"' in markdown and f'name: "{first.outlet} #2"' in markdown
