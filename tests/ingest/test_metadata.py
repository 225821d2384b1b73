from __future__ import annotations

import pytest

from reader.ingest.classify import classify
from reader.ingest.metadata import TextMetadata, read_byline, read_dateline, read_metadata
from reader.ingest.segment import segment

BODY = "The warehouse burned for three hours before crews had it under control."


def meta(text: str) -> TextMetadata:
    spans = segment(text).spans
    texts = [text[s.start : s.end] for s in spans]
    return read_metadata(text, texts, classify(texts))


@pytest.mark.parametrize(
    ("opening", "agency"),
    [
        ("PORTVILLE, May 5. /TASS/. The fire", "TASS"),
        ("PORTVILLE, May 5 (Reuters) - The fire", "Reuters"),
        ("PORTVILLE (AP) -- The fire", "Associated Press"),
        ("(Reuters) - The fire", "Reuters"),
        ("PORTVILLE. May, 5th. CTN. The fire", "CTN"),
        ("Portville [Coastland], May 5 (ANI): The fire", "ANI"),
    ],
)
def test_dateline_conventions_give_the_agency(opening: str, agency: str) -> None:
    found = read_dateline(opening)
    assert found is not None and found.agency == agency


@pytest.mark.parametrize(
    "opening",
    [
        "On December 30, a phone call was held.",
        "In Portville, May 5, the mayor spoke.",
        "The talk was held on Sunday (US time).",
    ],
)
def test_body_openings_are_not_datelines(opening: str) -> None:
    found = read_dateline(opening)
    assert found is None or (found.agency is None and found.date is None)


def test_dateline_date_with_year_from_elsewhere_in_the_text() -> None:
    text = f"Harbour fire\n\nPORTVILLE. May, 5th. CTN. {BODY}\n\nA post of May 5, 2031 said so.\n"
    found = meta(text)
    assert (found.outlet, found.published, found.undated) == ("CTN", "2031-05-05", None)


def test_dateline_without_any_year_is_left_for_the_loader() -> None:
    found = meta(f"Harbour fire\n\nPORTVILLE, May 5. /TASS/. {BODY}\n")
    assert found.published is None
    assert found.undated is not None and (found.undated.month, found.undated.day) == (5, 5)


@pytest.mark.parametrize("line", ["May 04, 2031", "4 May 2031", "Published 2031-05-04 08:10"])
def test_own_date_line_wins_over_the_dateline(line: str) -> None:
    found = meta(f"Harbour fire\n{line}\nPORTVILLE, May 5: {BODY}\n")
    assert found.published == "2031-05-04"


@pytest.mark.parametrize("line", ["Last updated 08:10 14/05/2031", "Posted 05/14/2031 8:10 am"])
def test_a_slashed_date_line_gives_the_publication_date(line: str) -> None:
    assert meta(f"Harbour fire\n{line}\n\n{BODY}\n").published == "2031-05-14"


def test_dates_in_the_body_are_not_the_publication_date() -> None:
    assert meta(f"Harbour fire\n\n{BODY} It began on May 3, 2031.\n").published is None


def test_known_outlet_credit_line() -> None:
    assert meta(f"Harbour fire\n\n{BODY}\n\nSource: Reuters\n").outlet == "Reuters"


def test_byline_line() -> None:
    found = meta(f"Harbour fire\n\nBy Jane Doe | May 5, 2031\n\n{BODY}\n")
    assert found.byline == "Jane Doe"
    assert found.published == "2031-05-05"


@pytest.mark.parametrize("line", ["By the way, crews stayed.", "by then"])
def test_not_bylines(line: str) -> None:
    assert read_byline(line) is None


def test_title_is_the_headline() -> None:
    assert meta(f"Harbour fire out\n\n{BODY}\n").title == "Harbour fire out"


def test_language_is_told_from_the_text() -> None:
    assert meta(f"Harbour fire\n\n{BODY} {BODY} {BODY}\n").language == "en"


@pytest.mark.parametrize(
    ("line", "outlet"),
    [
        ("© 2031 Coast Times. All rights reserved.", "Coast Times"),
        ("Kelmar Daily © 2031 | All rights reserved", "Kelmar Daily"),
        ("_Northern Star, news for the valleys. © 2031_", "Northern Star"),
        ("Share this article | © 2031 Quay Times", "Quay Times"),
        ("Source: Reuters", "Reuters"),
    ],
)
def test_copyright_and_credit_lines_give_the_outlet(line: str, outlet: str) -> None:
    assert meta(f"Harbour fire\n\n{BODY}\n\n{line}\n").outlet == outlet


def test_dateline_outlet_wins_over_a_copyright_line() -> None:
    text = f"Harbour fire\n\nPORTVILLE (Harbour Wire) - {BODY}\n\n© 2031 Coast Times\n"
    assert meta(text).outlet == "Harbour Wire"


def test_multi_word_agency_after_the_date() -> None:
    found = meta(f"Harbour fire\n\nPORTVILLE. May, 6th. Port Gazette.\n\n{BODY} In 2031.\n")
    assert (found.outlet, found.published, found.byline) == ("Port Gazette", "2031-05-06", None)


def test_outlet_before_the_date_in_a_date_line() -> None:
    found = meta(f"Harbour fire\n\n_Island Voice, 2031-05-07_\n\n{BODY}\n")
    assert (found.outlet, found.published) == ("Island Voice", "2031-05-07")


@pytest.mark.parametrize(
    "line", ["6 May 2031 · By Mara Quell", "Published: 6 May 2031 | Mara Quell"]
)
def test_byline_after_the_date(line: str) -> None:
    assert meta(f"Harbour fire\n\n{line}\n\n{BODY}\n").byline == "Mara Quell"


def test_reporting_by_credit_gives_the_byline() -> None:
    text = f"Harbour fire\n{BODY}\n(Reporting by Ilse Marrow; Editing by Tom Brack)\n"
    assert meta(text).byline == "Ilse Marrow"


def test_picture_credit_is_the_last_resort_for_the_outlet() -> None:
    text = f"Harbour fire\n\n{BODY}\n\nPicture: Bay Herald / J. Tenner\n"
    assert meta(text).outlet == "Bay Herald"


def test_a_sentence_opening_with_by_is_no_byline() -> None:
    assert meta(f"Harbour fire\n\nBy Tuesday, crews had gone home.\n\n{BODY}\n").byline is None


def test_known_agency_after_a_dash() -> None:
    found = read_dateline("MOSCOW, May 5 - RIA Novosti. The fire")
    assert found is not None and found.agency == "RIA Novosti"


def test_unknown_word_after_a_dash_is_no_agency() -> None:
    found = read_dateline("PORTVILLE, May 5 - Firefighters. The fire")
    assert found is not None and found.agency is None
