from reader.analysis.facts.mention import Mention
from reader.analysis.facts.normalize import canonical_persons, given_names_agree, surnames_agree


def _person(source: str, name: str) -> Mention:
    return Mention(source, f"{source}:p1", 0, len(name), "person", name, name)


def test_surname_spellings_merge() -> None:
    assert surnames_agree("Zelensky", "Zelenskyy")
    assert surnames_agree("Zelensky", "Zelenszkig")
    assert surnames_agree("Blinken", "Brinken")


def test_different_surnames_never_merge() -> None:
    assert not surnames_agree("Putin", "Price")


def test_given_name_variants() -> None:
    assert given_names_agree("Vladimir", "Volodymyr")
    assert given_names_agree("Jen", "Jane")
    assert not given_names_agree("Joe", "Hunter")


def test_variants_across_sources_get_one_canonical_name() -> None:
    mentions = [
        _person("s1", "Vladimir Zelensky"),
        _person("s2", "Volodymyr Zelenskyy"),
        _person("s3", "Volodymyr Zelenszkig"),
        _person("s2", "Zelenskyy"),
    ]
    canon = canonical_persons(mentions)
    assert len(set(canon.values())) == 1


def test_same_given_name_does_not_merge_different_people() -> None:
    canon = canonical_persons([_person("s1", "Vladimir Putin"), _person("s2", "Vladimir Zelensky")])
    assert canon["Vladimir Putin"] != canon["Vladimir Zelensky"]


def test_clashing_given_names_keep_namesakes_apart() -> None:
    canon = canonical_persons([_person("s1", "Joe Biden"), _person("s2", "Hunter Biden")])
    assert canon["Joe Biden"] != canon["Hunter Biden"]


def test_bare_surname_goes_to_the_most_mentioned_namesake() -> None:
    canon = canonical_persons(
        [_person("s1", "Jen Psaki"), _person("s1", "Jen Psaki"), _person("s2", "Psaki")]
    )
    assert canon["Psaki"] == "Jen Psaki"


def test_a_hyphenated_and_a_spaced_name_are_one_person() -> None:
    canon = canonical_persons([_person("s1", "Kim Dae Sun"), _person("s2", "Kim Dae-sun")])
    assert canon["Kim Dae Sun"] == canon["Kim Dae-sun"]


def test_a_lone_name_opening_one_full_name_is_that_person() -> None:
    # the family name first: 'Mr. Kim' is Kim Dae Sun when no one else is a Kim
    canon = canonical_persons([_person("s1", "Kim Dae Sun"), _person("s2", "Kim")])
    assert canon["Kim"] == "Kim Dae Sun"


def test_a_lone_name_opening_two_full_names_stays_alone() -> None:
    canon = canonical_persons(
        [_person("s1", "Kim Dae Sun"), _person("s1", "Kim Ho-rim"), _person("s2", "Kim")]
    )
    assert canon["Kim"] == "Kim"
