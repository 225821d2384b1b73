"""A person's title or role as each outlet writes it (issue 15): text written for these tests."""

from __future__ import annotations

from reader.analysis.facts import find_facts
from reader.analysis.facts.roles import role_after, role_before, roles_agree
from tests.analysis.facts.helpers import make_source


def test_the_role_before_a_name() -> None:
    text = "The hearing was led by Assistant District Attorney Maria Lamb on Monday."
    assert role_before(text, text.index("Maria")) == "Assistant District Attorney"


def test_the_role_in_an_apposition() -> None:
    text = "Ida Venn, general manager of Kestrel's ferry division, said fares would rise."
    assert role_after(text, text.index(",")) == "general manager of Kestrel's ferry division"


def test_a_verb_opening_the_sentence_is_no_part_of_the_role() -> None:
    text = "Hosting Mayor Edda Marlow, the council met."
    assert role_before(text, text.index("Edda")) == "Mayor"


def test_roles_that_agree() -> None:
    assert roles_agree("Police Inspector", "Inspector")
    assert roles_agree("F.B.I. director", "FBI Director")
    assert roles_agree("Qeshm Gov.", "governor")
    assert roles_agree("former harbour adviser", "harbour adviser")  # 'former' says when
    assert roles_agree("Representative", "Harbour Committee Chairman")  # two facets


def test_roles_that_differ() -> None:
    assert not roles_agree("Assistant District Attorney", "District Attorney")
    assert not roles_agree(
        "general manager of Kestrel's ferry division", "general manager of Kestrel's rail unit"
    )


def _roles(first: str, second: str) -> list[tuple[bool, tuple[str, ...]]]:
    a = make_source("s1", [first])
    b = make_source("s2", [second])
    return [
        (f.divergent, tuple(v.text for v in f.values))
        for f in find_facts([a, b], [])
        if f.subject.startswith("title of")
    ]


def test_one_person_given_two_ranks_by_two_outlets_diverges() -> None:
    facts = _roles(
        "Assistant District Attorney Maria Lamb told the court the ferry log was forged.",
        "District Attorney Maria Lamb told the court the ferry log was forged.",
    )
    assert facts == [(True, ("Assistant District Attorney", "District Attorney"))]


def test_an_outlet_that_gives_one_person_two_roles_gives_none() -> None:
    facts = _roles(
        "Harbour Inspector Maria Lamb closed the quay. Later, Port Captain Maria Lamb reopened it.",
        "Deputy Harbour Inspector Maria Lamb closed the quay.",
    )
    assert facts == []
