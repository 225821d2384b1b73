from reader.analysis.facts import find_facts
from reader.model import Fact, Source
from tests.analysis.facts.helpers import group_of, make_source


def _attributions(*texts: str) -> list[Fact]:
    sources: list[Source] = [make_source(f"s{n}", [t]) for n, t in enumerate(texts, start=1)]
    group = group_of("g1", *((s, 1) for s in sources))
    facts = find_facts(sources, [group])
    return [f for f in facts if f.kind == "attribution" and not f.subject.startswith("title of")]


def test_spokesperson_and_the_institution_agree() -> None:
    (fact,) = _attributions(
        "White House press secretary Dana Moss said the harbour pier will reopen after repairs.",
        "The White House said the harbour pier will reopen once repairs finish.",
    )
    assert not fact.divergent
    assert {v.normalized for v in fact.values} == {"White House"}
    assert fact.subject.startswith("who said:")


def test_spokesperson_named_once_with_title_speaks_for_the_institution_later() -> None:
    (fact,) = _attributions(
        "White House press secretary Dana Moss spoke first. Moss said the harbour pier will "
        "reopen after repairs.",
        "The pier will reopen after harbour repairs, according to the White House.",
    )
    assert not fact.divergent


def test_aide_and_the_principal_diverge() -> None:
    (fact,) = _attributions(
        "Kremlin aide Ivan Petrov told reporters that new fishing quotas would wreck trade ties.",
        "New fishing quotas could wreck trade ties, according to Boris Orlov.",
    )
    assert fact.divergent
    assert [v.normalized for v in fact.values] == ["Kremlin", "Boris Orlov"]


def test_relay_yields_to_the_original_speaker() -> None:
    (fact,) = _attributions(
        "According to the news agency TASS, Kremlin aide Ivan Petrov told reporters that new "
        "fishing quotas would wreck trade ties.",
        "The Kremlin said new fishing quotas would wreck trade ties.",
    )
    assert not fact.divergent


def test_a_relay_passing_a_statement_on_is_not_set_against_its_speaker() -> None:
    # MTI passes the White House's words on; "who said" compares speakers, not carriers
    # (the media two outlets credit are compared apart, in relays.py).
    facts = _attributions(
        "Both leaders backed harbour talks in Geneva next month, MTI writes.",
        "Both leaders backed harbour talks in Geneva next month, the White House said.",
    )
    assert facts == []


def test_credits_of_different_statements_are_not_compared() -> None:
    facts = _attributions(
        "The White House said the harbour pier will reopen after repairs.",
        "Boris Orlov said fishing quotas would wreck trade ties with the mainland.",
    )
    assert facts == []


def test_a_statement_sharing_only_the_scene_is_not_credited_against_another() -> None:
    facts = _attributions(
        "Soon after phone talks with Mayor Dana Moss on the harbour ferry, Governor Lena "
        "Hask on Monday said that the two towns share a special bond.",
        "The White House said that Mayor Dana Moss held phone talks on the ferry with "
        "Governor Lena Hask on Sunday.",
        "Mayor Dana Moss held phone talks with Governor Lena Hask on the harbour ferry on "
        "Sunday, the White House reported.",
    )
    assert not [f for f in facts if f.divergent]


def test_two_statements_on_one_matter_credited_to_two_people_do_not_diverge() -> None:
    facts = _attributions(
        "Mayor Dana Moss warned that the ferry company may face heavy fines from the island "
        "council if it cuts winter sailings before the contract review ends.",
        "Fines for the ferry company could completely wreck relations between the two towns, "
        "according to Governor Lena Hask.",
    )
    assert not [f for f in facts if f.divergent]


def test_statements_about_different_people_credited_to_two_people_do_not_diverge() -> None:
    # the same words about two people are two events: the governor's plan and the mayor's
    facts = _attributions(
        "Kremlin aide Ivan Petrov told reporters that governor Anna Vale would wreck trade "
        "ties with new fishing quotas.",
        "Mayor Karl Ostrow would wreck trade ties with new fishing quotas, according to "
        "Boris Orlov.",
    )
    assert not any(f.divergent for f in facts)


def test_one_statement_about_one_person_credited_to_two_people_diverges() -> None:
    (fact,) = _attributions(
        "Kremlin aide Ivan Petrov told reporters that governor Anna Vale would wreck trade "
        "ties with new fishing quotas.",
        "Governor Anna Vale would wreck trade ties with new fishing quotas, according to "
        "Boris Orlov.",
    )
    assert fact.divergent


def test_a_person_and_a_body_credited_with_one_statement_raise_no_flag() -> None:
    facts = _attributions(
        "The Harbour Board said the new fishing quotas would wreck trade ties with the island.",
        "Ivan Petrov said the new fishing quotas would wreck trade ties with the island.",
    )
    assert not any(f.divergent for f in facts)


def test_a_lone_name_held_by_the_other_credit_is_not_a_divergence() -> None:
    # two Kims in the set: which one 'Mr. Kim' is stays uncertain, so no flag
    (fact,) = _attributions(
        "President Kim Dae Un said the harbour pier will reopen after repairs.",
        "Mr. Kim said the harbour pier will reopen after repairs. President Kim Ho Sun, "
        "his father, disagreed.",
    )
    assert {v.normalized for v in fact.values} == {"Kim", "Kim Dae Un"}
    assert not fact.divergent
