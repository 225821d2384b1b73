from __future__ import annotations

from reader.ingest.dates import find_dates
from reader.ingest.years import fill_missing_years
from reader.model import Source


def source(published: str | None) -> Source:
    return Source(id="s", path="x", text="", sha256="", paragraphs=(), published=published)


def test_year_taken_from_the_nearest_other_source() -> None:
    (undated,) = find_dates("January 3")
    filled = fill_missing_years([(source("2030-12-31"), None), (source(None), undated)])
    assert filled[1].published == "2031-01-03"


def test_alone_it_stays_unknown() -> None:
    (undated,) = find_dates("January 3")
    assert fill_missing_years([(source(None), undated)])[0].published is None
