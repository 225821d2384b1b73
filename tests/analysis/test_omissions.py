from __future__ import annotations

from reader.analysis.omissions import find_omissions
from reader.model import Group, Member
from tests.analysis.helpers import make_source


def test_sources_missing_from_a_group_omit_it() -> None:
    sources = [make_source(f"s{i}", ["Some body text."]) for i in (1, 2, 3)]
    group = Group("g1", (Member("s1", "s1:p1", 0, 5), Member("s2", "s2:p1", 0, 5)), "x", 0.5)
    omissions = find_omissions([group], sources)
    assert [(o.group, o.sources) for o in omissions] == [("g1", ("s3",))]


def test_source_without_body_omits_nothing() -> None:
    sources = [make_source(f"s{i}", ["Some body text."]) for i in (1, 2)]
    sources.append(
        make_source("s3", ["Headline only", "Share this"], {1: "headline", 2: "boilerplate"})
    )
    group = Group("g1", (Member("s1", "s1:p1", 0, 5), Member("s2", "s2:p1", 0, 5)), "x", 0.5)
    assert find_omissions([group], sources) == ()
