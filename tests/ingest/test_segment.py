from __future__ import annotations

import textwrap

from reader.ingest.segment import segment

PARAGRAPHS = [
    "The harbour fire started shortly after midnight in a warehouse that stored rope, "
    "paint and old fishing nets, according to the port authority.",
    "Firefighters from three towns worked through the night and had the blaze under "
    "control by dawn, the fire chief told reporters on the quay.",
    "Nobody was hurt, but the warehouse is a total loss and two boats moored beside it "
    "were scorched.",
]


def texts(text: str) -> list[str]:
    return [text[s.start : s.end] for s in segment(text).spans]


def test_blank_line_paragraphs() -> None:
    text = "Harbour fire\n\n" + "\n\n".join(PARAGRAPHS) + "\n"
    found = segment(text)
    assert found.style == "blank-line"
    assert texts(text) == ["Harbour fire", *PARAGRAPHS]


def test_one_paragraph_per_line() -> None:
    text = "Harbour fire\nMay 5, 2031\n" + "\n".join(PARAGRAPHS)
    found = segment(text)
    assert found.style == "line"
    assert texts(text) == ["Harbour fire", "May 5, 2031", *PARAGRAPHS]


def test_hard_wrapped_blank_line_paragraphs_are_joined_and_keep_inner_newlines() -> None:
    wrapped = [textwrap.fill(p, width=60) for p in PARAGRAPHS]
    text = "Harbour fire\n\n" + "\n\n".join(wrapped) + "\n"
    found = segment(text)
    assert found.style == "wrapped"
    assert texts(text) == ["Harbour fire", *wrapped]
    assert "\n" in texts(text)[1]


def test_hard_wrapped_without_blank_lines_splits_at_short_lines() -> None:
    wrapped = [textwrap.fill(p, width=60) for p in PARAGRAPHS]
    text = "Harbour fire\n" + "\n".join(wrapped) + "\n"
    assert segment(text).style == "wrapped"
    assert texts(text) == ["Harbour fire", *wrapped]


def test_hard_wrapped_with_indented_first_lines() -> None:
    wrapped = [textwrap.fill(p, width=60, initial_indent="  ") for p in PARAGRAPHS]
    text = "\n".join(wrapped) + "\n"
    assert texts(text) == [w.lstrip() for w in wrapped]


def test_two_long_lines_in_one_block_are_two_paragraphs() -> None:
    text = PARAGRAPHS[0] + "\n\n" + PARAGRAPHS[1] + "\n" + PARAGRAPHS[2]
    assert texts(text) == PARAGRAPHS


def test_a_line_starting_lower_case_continues_the_paragraph() -> None:
    text = "The fire chief said the blaze\nwas under control by dawn.\n\nNext paragraph."
    assert texts(text) == [
        "The fire chief said the blaze\nwas under control by dawn.",
        "Next paragraph.",
    ]


def test_spans_drop_surrounding_spaces_only() -> None:
    text = "  Indented title  \n\n\tBody text here.\t\n"
    assert texts(text) == ["Indented title", "Body text here."]


def test_nothing_but_blank_lines_gives_no_spans() -> None:
    assert segment("\n \n\n").spans == ()


def test_short_title_and_date_lines_above_a_long_line_are_not_wrapped() -> None:
    text = "Harbour fire\nMay 5, 2031\n" + PARAGRAPHS[0]
    assert segment(text).style == "line"
    assert texts(text) == ["Harbour fire", "May 5, 2031", PARAGRAPHS[0]]


def test_wrapped_without_blank_lines_under_header_lines() -> None:
    wrapped = [textwrap.fill(p, width=72) for p in PARAGRAPHS]
    text = "Harbour fire out\nBy Jane Doe\nMay 5, 2031\n" + "\n".join(wrapped) + "\n"
    assert segment(text).style == "wrapped"
    assert texts(text) == ["Harbour fire out", "By Jane Doe", "May 5, 2031", *wrapped]


def test_headline_wider_than_the_wrap_stays_apart() -> None:
    headline = "A long headline about the harbour fire that burned for three hours overnight"
    wrapped = [textwrap.fill(p, width=60) for p in PARAGRAPHS]
    text = headline + "\n" + "\n\n".join(wrapped) + "\n"
    assert texts(text) == [headline, *wrapped]


def test_wrapped_run_on_before_a_capitalised_name_is_joined() -> None:
    paragraph = (
        "The fire chief said the blaze was under control by dawn and thanked\n"
        "Anna Ruiz, the harbour master, for moving the boats away from the quay\n"
        "before the flames reached them."
    )
    text = "Harbour fire\n" + paragraph + "\nNobody was hurt in the fire, the police said.\n"
    assert texts(text) == [
        "Harbour fire",
        paragraph,
        "Nobody was hurt in the fire, the police said.",
    ]
