from __future__ import annotations

from reader.analysis.framing.provenance import provenance
from tests.analysis.framing.helpers import make_source

WIRE = [
    "Harbour officials closed the northern pier after a crane collapsed on Tuesday morning.",
    "Two dock workers were taken to the city hospital with minor injuries, the port said.",
    "Engineers will inspect the remaining cranes before the pier reopens next week.",
]


def test_sources_sharing_wire_sentences_are_linked_as_verbatim() -> None:
    a = make_source("s1", *WIRE, "The local council plans a debate on port safety in May.")
    b = make_source("s2", *WIRE, "Shipping lines expect delays of up to two days.")
    links = provenance([a, b])
    assert [(link.a, link.b, link.kind) for link in links] == [("s1", "s2", "verbatim")]
    assert links[0].shared > 0.6
    assert links[0].note.endswith("likely one wire source")


def test_unrelated_sources_are_not_linked() -> None:
    a = make_source("s1", *WIRE)
    b = make_source(
        "s2",
        "The orchestra opened its season with a programme of new works by local composers.",
        "Tickets for the winter concerts go on sale at the box office on Friday.",
    )
    assert provenance([a, b]) == []


def test_shared_quotations_are_noted_as_one_primary_source() -> None:
    quote = (
        "“We will rebuild the pier within a month and pay every worker in full,” the mayor said."
    )
    second = "“No ship will be turned away while the repairs go on,” she added on Tuesday."
    a = make_source("s1", quote, second, "The crane was forty years old.")
    b = make_source("s2", quote, second, "Unions have asked for an inquiry into the collapse.")
    [link] = provenance([a, b])
    assert "quoted statements" in link.note


def test_same_names_and_numbers_in_order_with_new_wording_suggest_a_translation() -> None:
    a = make_source(
        "s1",
        "On Monday Minister Ilona Varga met Tomas Berki in Szeged to sign contract 4417.",
        "The deal covers 2,350 homes in Kecskemet and 780 homes in Gyula by 2031.",
        "Varga said Berki would report to the Parliament in Debrecen in 2029.",
    )
    b = make_source(
        "s2",
        "Ilona Varga, the minister, and Tomas Berki sat down in Szeged on Monday; the signed "
        "paper bears number 4417.",
        "In total 2,350 dwellings for Kecskemet plus 780 for Gyula are planned until 2031.",
        "Per Varga, Berki is due before the Parliament sitting in Debrecen in 2029.",
    )
    c = make_source("s3", "Fishing boats stayed in port as storms hit the coast on Monday.")
    links = provenance([a, b, c])
    assert [(link.a, link.b, link.kind) for link in links] == [("s1", "s2", "translation")]
