from datetime import date

from reader.analysis.facts.dates import DateSpec, compatible, find_dates

PUBLISHED = date(2022, 1, 2)  # a Sunday


def _labels(text: str, published: date | None = PUBLISHED, future: bool = False) -> list[str]:
    return [h.spec.label() for h in find_dates(text, published, future)]


def test_month_day_takes_the_year_nearest_publication() -> None:
    assert _labels("On December 30, they spoke.") == ["2021-12-30"]
    assert _labels("talks begin on January 10.") == ["2022-01-10"]


def test_day_month_year() -> None:
    assert _labels("on 31 December 2021", None) == ["2021-12-31"]


def test_abbreviated_month_with_year() -> None:
    assert _labels("Jan 02, 2022", None) == ["2022-01-02"]


def test_month_day_without_publication_keeps_no_year() -> None:
    assert _labels("On December 30, they spoke.", None) == ["--12-30"]


def test_weekday_is_the_last_such_day_on_or_before_publication() -> None:
    assert _labels("On Thursday, Biden called.") == ["2021-12-30"]
    assert _labels("They spoke on Sunday.") == ["2022-01-02"]


def test_weekday_in_a_future_clause_looks_ahead() -> None:
    assert _labels("He will call on Thursday.", future=True) == ["2022-01-06"]


def test_last_weekday_is_strictly_before() -> None:
    assert _labels("last Sunday") == ["2021-12-26"]


def test_yesterday_and_named_day() -> None:
    assert _labels("yesterday") == ["2022-01-01"]
    assert _labels("he said on New Year's Eve") == ["2021-12-31"]


def test_relative_week_is_a_week_range() -> None:
    assert _labels("last week") == ["2021-W51"]


def test_month_alone_needs_a_lead_word() -> None:
    assert _labels("as soon as January") == ["2022-01"]
    assert _labels("we may go") == []


def test_unresolved_weekday_keeps_its_name() -> None:
    assert _labels("On Thursday, Biden called.", None) == ["Thursday"]


def test_weekday_agrees_with_the_date_it_falls_on() -> None:
    thursday = DateSpec(weekday=3)
    assert compatible(thursday, DateSpec(lo=date(2021, 12, 30), hi=date(2021, 12, 30)))
    assert not compatible(thursday, DateSpec(lo=date(2021, 12, 31), hi=date(2021, 12, 31)))


def test_yearless_day_agrees_with_the_full_date() -> None:
    day = date(2021, 12, 30)
    assert compatible(DateSpec(month=12, day=30), DateSpec(lo=day, hi=day))
    assert not compatible(DateSpec(month=12, day=9), DateSpec(lo=day, hi=day))
