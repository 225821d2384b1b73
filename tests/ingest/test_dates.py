from __future__ import annotations

from datetime import date

import pytest

from reader.ingest.dates import closest_year, find_dates, infer_year


def only(text: str) -> tuple[int | None, int, int]:
    (mention,) = find_dates(text)
    return mention.year, mention.month, mention.day


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Jan 02, 2031", (2031, 1, 2)),
        ("January 2, 2031", (2031, 1, 2)),
        ("Sunday, January 2, 2031", (2031, 1, 2)),
        ("31 December 2030", (2030, 12, 31)),
        ("December 31st, 2030", (2030, 12, 31)),
        ("2031-01-02", (2031, 1, 2)),
        ("02.01.2031", (2031, 1, 2)),
        ("3 января 2031 года", (2031, 1, 3)),
        ("December, 31st", (None, 12, 31)),
        ("January 3", (None, 1, 3)),
        ("5 May", (None, 5, 5)),
        ("Last updated 09:12 17/03/2031", (2031, 3, 17)),
        ("03/17/2031", (2031, 3, 17)),
    ],
)
def test_formats(text: str, expected: tuple[int | None, int, int]) -> None:
    assert only(text) == expected


def test_lower_case_english_month_is_not_a_date() -> None:
    assert find_dates("the crews may 5 times a day refill") == []


def test_a_slashed_date_that_reads_both_ways_is_no_date() -> None:
    assert find_dates("posted 03/04/2031") == []


def test_impossible_day_is_ignored() -> None:
    assert find_dates("February 30, 2031") == []


def test_offsets_cover_the_date() -> None:
    text = "PORTVILLE, May 5. The fire"
    (mention,) = find_dates(text)
    assert text[mention.start : mention.end] == "May 5"


def test_year_from_the_same_day_written_in_full_elsewhere() -> None:
    text = "PORTVILLE. December, 31st. Later: a post dated December 31, 2030."
    assert infer_year(find_dates(text)[0], text) == 2030


def test_year_nearest_to_other_full_dates() -> None:
    text = "Harbour, January 3. The fire of December 30, 2030 is out."
    assert infer_year(find_dates(text)[0], text) == 2031


def test_year_from_a_bare_year_mention() -> None:
    text = "Harbour, May 5. The 2031 season opens late."
    assert infer_year(find_dates(text)[0], text) == 2031


def test_no_year_anywhere() -> None:
    text = "Harbour, May 5. The season opens late."
    assert infer_year(find_dates(text)[0], text) is None


def test_closest_year_crosses_new_year() -> None:
    (mention,) = find_dates("January 3")
    assert closest_year(mention, [date(2030, 12, 31)]) == 2031
