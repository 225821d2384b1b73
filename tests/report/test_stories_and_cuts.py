"""Several stories and budget cuts are said in the JSON report and the Markdown briefing."""

from __future__ import annotations

import json

from reader.model import Analysis, Story, Truncation
from reader.report import report_json, report_markdown
from tests.analysis.helpers import make_source

ARTICLE = ["Ferry halted on Kerrow", "The Selkie broke down on Tuesday, the operator said."]


def _analysis() -> Analysis:
    sources = tuple(make_source(f"s{n}", ARTICLE) for n in (1, 2, 3))
    return Analysis(
        sources=sources,
        stories=(Story("st1", ("s1", "s2"), "Ferry halted"), Story("st2", ("s3",), "Other")),
        truncated=(Truncation("s3", 40, 900, "3,600 sentences for the whole set"),),
    )


def test_the_json_lists_the_stories_and_a_cut_per_source() -> None:
    report = json.loads(report_json(_analysis()))
    assert report["stories"] == [
        {"id": "st1", "sources": ["s1", "s2"], "label": "Ferry halted"},
        {"id": "st2", "sources": ["s3"], "label": "Other"},
    ]
    cuts = [s["truncated"] for s in report["sources"]]
    assert cuts[:2] == [None, None]
    assert cuts[2] == {
        "analysed_chars": 40,
        "total_chars": 900,
        "reason": "3,600 sentences for the whole set",
    }


def test_the_briefing_says_there_are_several_stories_and_what_was_cut() -> None:
    text = report_markdown(_analysis())
    assert "## Stories" in text
    assert "**2 different stories**" in text
    assert "- st2: Other (s3.txt)" in text
    assert "## Not analysed in full" in text
    assert "only 40 of 900 characters analysed" in text


def test_one_story_and_no_cut_add_nothing_to_the_briefing() -> None:
    sources = (make_source("s1", ARTICLE), make_source("s2", ARTICLE))
    text = report_markdown(Analysis(sources=sources, stories=(Story("st1", ("s1", "s2"), "x"),)))
    assert "## Stories" not in text
    assert "Not analysed in full" not in text
