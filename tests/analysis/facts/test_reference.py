from datetime import date

from reader.analysis.facts import extract_mentions
from reader.analysis.facts.reference import dateline_day, reference_days
from tests.analysis.facts.helpers import make_source

# 2031-03-09 is a Sunday, 2031-03-10 a Monday.


def _dates(source_text: list[str], published: str | None, reference: date | None) -> list[str]:
    source = make_source("s1", source_text, published)
    return [m.normalized for m in extract_mentions(source, reference=reference) if m.kind == "date"]


def test_dateline_after_publication_becomes_the_reference() -> None:
    source = make_source(
        "s1",
        ["Mayor thanks crews", "Portvale [Eastland], March 10 : The mayor on Monday said more."],
        "2031-03-09",
    )
    assert reference_days([source]) == {"s1": date(2031, 3, 10)}


def test_upper_case_wire_dateline_is_read() -> None:
    source = make_source("s1", ["PORTVALE, March 10. /WIRE/. Crews worked all night."])
    assert dateline_day(source, date(2031, 3, 9)) == date(2031, 3, 10)


def test_date_after_ordinary_words_is_no_dateline() -> None:
    source = make_source("s1", ["The council met on March 2 and voted for the plan."])
    assert dateline_day(source, date(2031, 3, 9)) is None


def test_dateline_far_from_publication_is_ignored() -> None:
    source = make_source("s1", ["PORTVALE, May 30. Crews worked all night."], "2031-03-09")
    assert reference_days([source]) == {"s1": date(2031, 3, 9)}


def test_weekday_said_resolves_against_the_dateline_day() -> None:
    text = ["Portvale [Eastland], March 10 : The mayor on Monday said the port reopens."]
    assert _dates(text, "2031-03-09", date(2031, 3, 10))[-1] == "2031-03-10"


def test_undated_source_borrows_the_median_when_its_dates_fit() -> None:
    dated = [
        make_source(f"d{n}", ["Crews worked."], f"2031-03-{day}")
        for n, day in enumerate(("08", "10", "10"))
    ]
    undated = make_source("u", ["On March 7 the fire started. Talks are scheduled for March 20."])
    assert reference_days([*dated, undated])["u"] == date(2031, 3, 10)


def test_undated_source_with_a_later_past_date_stays_undated() -> None:
    dated = [make_source("d1", ["Crews worked."], "2031-03-10")]
    undated = make_source("u", ["The fire started on March 14, officials said."])
    assert "u" not in reference_days([*dated, undated])


def test_undated_source_without_absolute_dates_stays_undated() -> None:
    dated = [make_source("d1", ["Crews worked."], "2031-03-10")]
    undated = make_source("u", ["The fire started on Friday, officials said."])
    assert "u" not in reference_days([*dated, undated])


def test_past_weekday_is_not_pushed_forward_by_a_distant_will() -> None:
    text = ["The mayor spoke on Sunday evening, promising that the city will rebuild the pier."]
    assert _dates(text, "2031-03-10", None) == ["2031-03-09"]


def test_future_marker_before_the_weekday_still_looks_ahead() -> None:
    text = ["The mayor will visit the pier on Sunday."]
    assert _dates(text, "2031-03-10", None) == ["2031-03-16"]
