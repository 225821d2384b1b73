"""The analysis reads articles whole and only a bounded prefix of anything far larger."""

from __future__ import annotations

from reader.analysis import analyze
from reader.analysis.budget import MAX_PARAGRAPH_CHARS, within_budget
from tests.analysis.helpers import make_source

ARTICLE = [
    "Ferry halted on Kerrow",
    "The Selkie broke down on Tuesday, the operator said.",
    "About 300 passengers were stranded overnight.",
]


def test_articles_are_read_whole_and_nothing_is_said() -> None:
    sources = (make_source("s1", ARTICLE), make_source("s2", ARTICLE[::-1]))
    budgeted = within_budget(sources)
    assert budgeted.sources == sources
    assert budgeted.notices == ()


def test_a_huge_paragraph_is_cut_to_a_prefix_of_itself() -> None:
    huge = make_source("s1", [ARTICLE[0], "word " * 100_000])
    budgeted = within_budget([huge])
    cut = budgeted.sources[0].paragraphs[1]
    assert cut.end - cut.start == MAX_PARAGRAPH_CHARS
    assert huge.text[cut.start : cut.end] == cut.text
    (notice,) = budgeted.notices
    assert notice.startswith("s1.txt: too long to compare whole")


def test_small_sources_stay_whole_while_a_large_one_shares_what_is_left() -> None:
    small = make_source("s1", ARTICLE)
    large = make_source("s2", ["The ferry waited. " * 500] * 40)
    budgeted = within_budget([small, large], total=20_000)
    assert budgeted.sources[0] == small
    kept = budgeted.sources[1].paragraphs
    assert sum(p.end - p.start for p in kept) == 20_000 - sum(
        p.end - p.start for p in small.paragraphs
    )
    assert [n.split(":")[0] for n in budgeted.notices] == ["s2.txt"]


def test_the_analysis_of_a_huge_source_keeps_its_full_text_and_says_what_it_read() -> None:
    huge = make_source("s1", [ARTICLE[0], "the ferry broke down again " * 40_000])
    other = make_source("s2", ARTICLE)
    analysis = analyze([huge, other])
    assert analysis.sources == (huge, other)
    assert len(analysis.notices) == 1
    for group in analysis.groups:
        for m in group.members:
            assert m.end <= analysis.source(m.source).paragraph(m.paragraph).end


def test_a_sentence_budget_cuts_text_of_short_sentences_and_says_why() -> None:
    short = make_source("s1", ["Waves rose. Boats came. Crews searched. " * 4] * 30)
    other = make_source("s2", ARTICLE)
    budgeted = within_budget([short, other], sentences=100)
    assert budgeted.sources[1] == other  # the small source is read whole
    kept = budgeted.sources[0].paragraphs
    assert 0 < len(kept) < 30
    (cut,) = budgeted.truncated
    assert cut.source == "s1"
    assert cut.analysed_chars == sum(p.end - p.start for p in kept)
    assert cut.total_chars == sum(p.end - p.start for p in short.paragraphs)
    assert "100 sentences" in cut.reason
    (notice,) = budgeted.notices
    assert "100 sentences" in notice


def test_a_cut_is_in_the_analysis_for_the_report() -> None:
    huge = make_source("s1", [ARTICLE[0], "the ferry broke down again " * 40_000])
    analysis = analyze([huge, make_source("s2", ARTICLE)])
    (cut,) = analysis.truncated
    assert (cut.source, cut.total_chars) == ("s1", sum(p.end - p.start for p in huge.paragraphs))
    assert cut.analysed_chars < cut.total_chars
