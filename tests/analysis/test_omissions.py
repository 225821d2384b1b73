from __future__ import annotations

from reader.analysis.omissions import find_omissions
from reader.model import Fact, FactValue, Group, Member
from tests.analysis.helpers import make_source


def test_sources_missing_from_a_group_omit_it() -> None:
    sources = [make_source(f"s{i}", ["Crews rebuilt the harbour wall overnight."]) for i in (1, 2)]
    sources.append(make_source("s3", ["Quite another matter entirely."]))
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


def _whole(source_id: str, index: int, text: str) -> Member:
    return Member(source_id, f"{source_id}:p{index}", 0, len(text))


_LEVY = "The island council voted to scrap the ferry levy from the first of March."


def test_a_source_that_states_the_claim_in_a_passage_outside_the_group_omits_nothing() -> None:
    a = make_source("s1", [_LEVY])
    b = make_source("s2", [_LEVY.replace("voted", "agreed")])
    c = make_source(
        "s3",
        [
            "Harbour traffic was light all week.",
            "From the first of March the ferry levy is gone: the island council voted to scrap it.",
        ],
    )
    group = Group("g1", (_whole("s1", 1, _LEVY), _whole("s2", 1, b.text)), "levy", 0.8)
    assert find_omissions([group], [a, b, c]) == ()


def test_the_same_words_about_someone_else_do_not_state_the_claim() -> None:
    a = make_source("s1", ["Mayor Edda Marlow called the ferry the island's economic lifeline."])
    b = make_source("s2", ["Edda Marlow calls the ferry the island's economic lifeline."])
    c = make_source(
        "s3", ["The operator's chief, Ivo Brandt, called the ferry the island's economic lifeline."]
    )
    group = Group("g1", (_whole("s1", 1, a.text), _whole("s2", 1, b.text)), "lifeline", 0.8)
    assert [o.sources for o in find_omissions([group], [a, b, c])] == [("s3",)]


def test_telling_one_claim_of_a_loose_group_is_not_telling_the_group() -> None:
    a = make_source("s1", ["Fuel costs on the ferry route rose by a third this year."])
    b = make_source(
        "s2",
        [
            "Fuel costs on the ferry route went up by a third this year, the operator said.",
            "The operator has told its deck crews that half of the winter jobs will go.",
        ],
    )
    c = make_source("s3", ["The deck crews were told that half of the winter jobs would go."])
    group = Group(
        "g1",
        (
            _whole("s1", 1, a.text),
            _whole("s2", 1, b.paragraphs[0].text),
            Member("s2", "s2:p2", b.paragraphs[1].start, b.paragraphs[1].end),
        ),
        "fuel",
        0.6,
    )
    assert [o.sources for o in find_omissions([group], [a, b, c])] == [("s3",)]


_HURT = "The gale hurt 40 anglers and wrecked the old quay at Portvale on Sunday."


def test_a_source_giving_a_value_of_the_claims_figure_omits_nothing() -> None:
    a = make_source("s1", [_HURT])
    b = make_source("s2", [_HURT.replace("wrecked", "smashed")])
    told = "Of the 38 hurt, a dozen stayed in hospital, doctors at the county infirmary said."
    c = make_source("s3", [told])
    group = Group("g1", (_whole("s1", 1, _HURT), _whole("s2", 1, b.text)), "hurt", 0.8)
    assert [o.sources for o in find_omissions([group], [a, b, c])] == [("s3",)]
    values = tuple(
        FactValue(s.id, f"{s.id}:p1", s.text.index(n), s.text.index(n) + 2, n, n)
        for s, n in ((a, "40"), (b, "40"), (c, "38"))
    )
    fact = Fact("f1", "number", "g1", "injured", True, values)
    assert find_omissions([group], [a, b, c], [fact]) == ()


def test_a_date_fact_does_not_make_a_source_state_a_claim() -> None:
    a = make_source("s1", [_HURT])
    b = make_source("s2", [_HURT.replace("wrecked", "smashed")])
    c = make_source("s3", ["The regatta at Portvale went ahead on Sunday."])
    group = Group("g1", (_whole("s1", 1, _HURT), _whole("s2", 1, b.text)), "hurt", 0.8)
    values = tuple(
        FactValue(
            s.id, f"{s.id}:p1", s.text.index("Sunday"), s.text.index("Sunday") + 6, "Sunday", "x"
        )
        for s in (a, b, c)
    )
    fact = Fact("f1", "date", "g1", "date", False, values)
    assert [o.sources for o in find_omissions([group], [a, b, c], [fact])] == [("s3",)]
