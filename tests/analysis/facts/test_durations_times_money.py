from reader.analysis.facts.durations import find_durations, iso_duration
from reader.analysis.facts.money import find_money
from reader.analysis.facts.times import find_times


def _iso(text: str) -> list[str]:
    return [h.iso for h in find_durations(text)]


def test_minutes() -> None:
    assert _iso("It lasted 50 minutes.") == ["PT50M"]


def test_an_hour_and_a_half() -> None:
    assert _iso("talks ran for an hour and a half") == ["PT1H30M"]


def test_hours_stay_hours_and_days_stay_days() -> None:
    assert _iso("52 hours") == ["PT52H"]
    assert _iso("two days") == ["P2D"]


def test_minutes_carry_into_hours() -> None:
    assert _iso("90 minutes") == ["PT1H30M"]


def test_three_quarters_of_an_hour() -> None:
    assert _iso("took three quarters of an hour") == ["PT45M"]


def test_hyphenated_adjective_form() -> None:
    assert _iso("a 50-minute call") == ["PT50M"]


def test_age_is_not_a_duration() -> None:
    assert _iso("a 60 years old man") == []


def test_iso_duration_zero() -> None:
    assert iso_duration(0) == "PT0S"


def test_clock_times() -> None:
    assert [t.iso for t in find_times("at 10:30 and at 3 pm")] == ["10:30", "15:00"]


def test_bare_number_is_not_a_time() -> None:
    assert find_times("12 warehouses") == []


def test_money_symbol_and_multiplier() -> None:
    assert [m.normalized for m in find_money("$1.5 billion in aid")] == ["USD 1500000000"]


def test_money_currency_name_after() -> None:
    assert [m.normalized for m in find_money("20 million euros")] == ["EUR 20000000"]
