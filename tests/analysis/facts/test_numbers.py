from reader.analysis.facts.numbers import counted_noun, find_numbers, format_number


def _one(text: str) -> tuple[str, float, float | None, float | None]:
    (hit,) = find_numbers(text)
    return text[hit.start : hit.end], hit.value, hit.low, hit.high


def test_digits_with_thousands_separator() -> None:
    assert _one("deploying 122,000 soldiers")[:2] == ("122,000", 122000)


def test_qualifier_widens_the_range_and_joins_the_span() -> None:
    text, value, low, high = _one("assembled about 100,000 troops")
    assert text == "about 100,000" and value == 100000
    assert low is not None and high is not None and low < 100000 < high


def test_more_than_leaves_the_top_open() -> None:
    text, value, low, high = _one("more than a dozen people")
    assert (text, value, low, high) == ("more than a dozen", 12, 12, None)


def test_spelled_out_numbers() -> None:
    assert _one("Twelve warehouses burned")[1] == 12
    assert _one("twenty-five tanks")[1] == 25
    assert _one("one hundred and twenty boats")[1] == 120


def test_multiplier_word_after_digits() -> None:
    assert _one("1.5 million people")[1] == 1_500_000


def test_ordinal_day_is_not_a_number() -> None:
    assert find_numbers("on the 31st") == []


def test_counted_noun_folds_synonyms() -> None:
    assert counted_noun("122,000 soldiers", 7)[:2] == ("number", "troops")
    assert counted_noun("100,000 Russian troops", 7)[:2] == ("number", "troops")


def test_measure_makes_a_quantity() -> None:
    assert counted_noun("40 km away", 2)[:2] == ("quantity", "km")


def test_format_number_drops_trailing_zero() -> None:
    assert format_number(100000.0) == "100000"
    assert format_number(2.5) == "2.5"
