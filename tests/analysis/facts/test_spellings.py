from reader.analysis.facts import find_facts
from tests.analysis.facts.helpers import make_source


def test_unknown_place_spelled_two_ways_is_one_agreeing_place() -> None:
    a = make_source("s1", ["Smoke drifted over the district of Dravnyk overnight."])
    b = make_source("s2", ["Residents of the district of Dravnik were told to stay in."])
    (fact,) = [f for f in find_facts([a, b], []) if f.kind == "place"]
    assert not fact.divergent
    assert {v.text for v in fact.values} == {"Dravnyk", "Dravnik"}


def test_zero_width_character_inside_a_name_is_still_the_person() -> None:
    a = make_source("s1", ["Spokeswoman Lena Hask apologised."])
    b = make_source("s2", ["Spokeswoman Le\u200bna Hask said she was sorry."])
    (fact,) = [f for f in find_facts([a, b], []) if f.kind == "person"]
    assert {v.normalized for v in fact.values} == {"Lena Hask"}
