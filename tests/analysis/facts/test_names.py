from reader.analysis.facts.names import find_entities, find_persons


def _people(
    text: str, surnames: frozenset[str] = frozenset(), common: frozenset[str] = frozenset()
) -> list[str]:
    return [f"{h.given} {h.surname}".strip() for h in find_persons(text, surnames, common)]


def test_given_name_starts_a_person() -> None:
    assert _people("White House Press Secretary Jen Psaki told reporters") == ["Jen Psaki"]


def test_title_introduces_a_surname() -> None:
    assert _people("President Biden spoke") == ["Biden"]


def test_function_word_ends_a_name() -> None:
    assert _people("Joe Biden The President spoke") == ["Joe Biden"]


def test_known_surname_alone_counts() -> None:
    assert _people("Later Zelensky said", frozenset({"zelensky"})) == ["Zelensky"]


def test_run_of_capitalised_words_splits_into_known_surnames() -> None:
    found = _people("Biden Urge Putin Ease tension", frozenset({"biden", "putin"}))
    assert found == ["Biden", "Putin"]


def test_word_written_lower_case_elsewhere_is_not_a_name() -> None:
    found = _people("Vladimir Putin Telephone conversation", common=frozenset({"telephone"}))
    assert found == ["Vladimir Putin"]


def test_gazetteer_organisations_and_places() -> None:
    names = {(e.kind, e.name) for e in find_entities("NATO and the OSCE met in Geneva")}
    assert names == {("organization", "NATO"), ("organization", "OSCE"), ("place", "Geneva")}


def test_capital_stands_for_its_country() -> None:
    (moscow,) = find_entities("Moscow denied it")
    assert moscow.stands_for == "Russia"


def test_longer_alias_wins() -> None:
    (council,) = find_entities("through the NATO-Russia Council")
    assert council.name == "NATO-Russia Council"


def test_a_middle_initial_is_not_the_surname() -> None:
    (hit,) = find_persons("Maria K. Sollis said so.")
    assert (hit.given, hit.surname) == ("Maria", "Sollis")


def test_a_short_acronym_does_not_cut_a_name() -> None:
    # 'Un' is not the acronym 'UN' (which blocks only itself, in capitals)
    (hit,) = find_persons("President Lee Jin Un arrived.")
    assert hit.surname == "Jin Un"
