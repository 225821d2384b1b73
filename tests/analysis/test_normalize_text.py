from __future__ import annotations

from reader.analysis.normalize_text import NUMBER_TOKEN, build_vocabulary, normalise
from reader.text.words import stem


def test_spelling_variants_of_a_name_share_one_canonical_form() -> None:
    texts = [
        "President Zelensky spoke with Blinken.",
        "Then Zelenskyy thanked Blinken again.",
        "Later Zelenszkig met Brinken and Zelensky.",
    ]
    vocabulary = build_vocabulary(texts)
    assert vocabulary.canon("zelenskyy") == vocabulary.canon("zelensky")
    assert vocabulary.canon("zelenszkig") == vocabulary.canon("zelensky")
    assert vocabulary.canon("brinken") == vocabulary.canon("blinken")


def test_different_names_stay_apart() -> None:
    vocabulary = build_vocabulary(["Then Biden called Putin.", "Later Putin called Biden."])
    assert vocabulary.canon("biden") != vocabulary.canon("putin")


def test_numbers_fold_to_one_token_and_keep_their_value_as_anchor() -> None:
    vocabulary = build_vocabulary([])
    tokens = normalise("Some 122,000 troops and twelve tanks.", vocabulary)
    assert tokens.tokens.count(NUMBER_TOKEN) == 2
    assert {"n:122000", "n:12"} <= tokens.anchors


def test_a_scale_word_multiplies_the_number_before_it() -> None:
    vocabulary = build_vocabulary([])
    words = normalise("Three hundred people and 2.5 million euros.", vocabulary)
    digits = normalise("300 people and 2,500,000 euros.", vocabulary)
    assert words.anchors == digits.anchors == {"n:300", "n:2500000"}
    assert words.tokens == digits.tokens


def test_a_scale_word_alone_is_a_number_without_value() -> None:
    tokens = normalise("A hundred boats.", build_vocabulary([]))
    assert tokens.tokens.count(NUMBER_TOKEN) == 1
    assert not any(a.startswith("n:") for a in tokens.anchors)


def test_dates_and_weekdays_become_anchors() -> None:
    tokens = normalise("Talks on January 10 and a call on Thursday.", build_vocabulary([]))
    assert {"d:01-10", "w:thursday"} <= tokens.anchors


def test_stop_words_and_case_are_dropped() -> None:
    tokens = normalise("The Port is CLOSED for the day", build_vocabulary([]))
    assert "the" not in tokens.tokens and "is" not in tokens.tokens


def test_us_spellings_fold_to_one_name() -> None:
    vocabulary = build_vocabulary([])
    a = normalise("The U.S. said no.", vocabulary)
    b = normalise("The United States said no.", vocabulary)
    assert "e:us" in a.anchors and "e:us" in b.anchors


def test_shouted_headline_words_are_not_names() -> None:
    tokens = normalise("INFERNO AT THE DOCKS: warehouses razed", build_vocabulary([]))
    assert "e:inferno" not in tokens.anchors
    assert "the" not in tokens.tokens


def test_stem_folds_inflections() -> None:
    assert stem("warehouses") == stem("warehouse")
    assert stem("destroyed") == stem("destroys")


def test_a_name_after_a_given_name_or_a_title_is_a_surname() -> None:
    texts = ["Then Mayor Halvik met Maria Marrow in Trenby.", "Later Halvik left Trenby."]
    vocabulary = build_vocabulary(texts)
    assert vocabulary.surnames == {"halvik", "marrow"}
    assert normalise(texts[1], vocabulary).persons == {"halvik"}


def test_surname_spellings_differing_in_the_first_letter_fold_together() -> None:
    vocabulary = build_vocabulary(
        ["Rescue chief Jonah Wexley spoke first.", "Later Jonas Vexley told reporters."]
    )
    assert vocabulary.canon("vexley") == vocabulary.canon("wexley")


def test_ordinary_names_with_another_first_letter_stay_apart() -> None:
    vocabulary = build_vocabulary(["Then Holt and Kolt and Dorrin and Sorrin met."])
    assert len({vocabulary.canon(w) for w in ("dorrin", "sorrin")}) == 2


def test_a_figure_keeps_the_word_it_counts_as_a_slot() -> None:
    vocabulary = build_vocabulary([])
    unit = normalise(
        "Trapped for 52 hours, then a 45-minute ride with twelve ambulances.", vocabulary
    )
    assert unit.slots == {f"{stem('hours')}=52", f"{stem('minute')}=45", f"{stem('ambulances')}=12"}


def test_a_figure_glued_to_letters_or_followed_by_punctuation_has_no_slot() -> None:
    vocabulary = build_vocabulary([])
    assert normalise("Code 31m ran. In 2021, the port shut.", vocabulary).slots == frozenset()


def test_a_speaker_is_not_a_party_to_what_is_reported() -> None:
    texts = ["Mayor Halvik met Maria Marrow.", "They met, spokeswoman Helen Dorsey said."]
    vocabulary = build_vocabulary(texts)
    assert "dorsey" in vocabulary.surnames
    assert normalise(texts[1], vocabulary).persons == frozenset()
