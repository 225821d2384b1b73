from __future__ import annotations

from reader.analysis.label import label_for, label_options, word_frequencies


def test_label_prefers_words_shared_by_the_outlets_and_rare_in_the_set() -> None:
    texts = ["The tanker Marisol Dawn was towed clear.", "Pilots towed the Marisol Dawn away."]
    everything = [*texts, "The fire burned.", "The fire spread."]
    label = label_for(texts, ["s1", "s2"], word_frequencies(everything), len(everything))
    assert "Marisol" in label and "towed" in label and "fire" not in label


def test_label_leaves_out_number_words_but_keeps_digits() -> None:
    label = label_for(["Twelve of 40 sheds burned."], ["s1"], {}, 1)
    assert "Twelve" not in label and "40" in label


def test_label_is_a_run_of_a_members_own_words_holding_the_shared_keywords() -> None:
    texts = [
        "Late on Sunday, harbour pilots towed the tanker Marisol Dawn clear of the quay.",
        "The Marisol Dawn, a tanker, was towed out by two tugs.",
    ]
    everything = [*texts, "The fire burned all night.", "Smoke drifted over the town."]
    label = label_for(texts, ["s1", "s2"], word_frequencies(everything), len(everything))
    assert label == "towed the tanker Marisol Dawn"


def test_label_keeps_a_figure_with_its_month_or_unit() -> None:
    texts = ["The fire started at about 2 a.m. on June 6.", "It broke out near 2 a.m. on June 6."]
    label = label_for(texts, ["s1", "s2"], {}, 1)
    assert "2 a.m." in label and "June 6" in label


def test_label_falls_back_to_keywords_when_no_run_holds_two_of_them() -> None:
    label = label_for(["Quarantine."], ["s1"], {}, 1)
    assert label == "Quarantine"


def _label(texts: list[str], others: tuple[str, ...] = ()) -> str:
    everything = [*texts, *others]
    sources = [f"s{n}" for n in range(1, len(texts) + 1)]
    return label_for(texts, sources, word_frequencies(everything), len(everything))


def test_label_says_what_happened_rather_than_list_the_names() -> None:
    texts = [
        "Harbourmaster Ana Ruiz of the Portvale Port Authority closed the east quay.",
        "Ana Ruiz, Portvale Port Authority, closed the quay on Monday.",
    ]
    label = _label(texts, ("The fire burned.", "Smoke spread."))
    assert "closed" in label
    assert any(word.islower() for word in label.split())


def test_label_stays_inside_one_clause() -> None:
    texts = [
        "Pilots towed the tanker clear, firefighters cooled the quay.",
        "The tanker was towed clear; crews cooled the quay.",
    ]
    label = _label(texts, ("Ferries ran late.", "The port reopened."))
    assert "," not in label and not ("towed" in label and "cooled" in label)


def test_label_is_never_one_word_when_the_sentence_has_more() -> None:
    label = _label(["Neighbours heard gunshots upstairs.", "Workers heard shouting."])
    assert "heard" in label and len(label.split()) >= 2


def test_label_does_not_cut_a_name_in_half() -> None:
    texts = [
        "Special counsel Robert Mueller sent the questions to the lawyers.",
        "Robert Mueller sent a list of questions.",
    ]
    label = _label(texts, ("Trump spoke.", "Lawyers met."))
    assert not label.endswith("Robert") and not label.startswith("Mueller")


def test_label_options_offer_other_phrases_for_claims_told_in_the_same_words() -> None:
    texts = [
        "The council approved the budget and froze the fares for a year.",
        "Councillors approved the budget, and the fares were frozen for a year.",
    ]
    options = label_options(texts, ["s1", "s2"], word_frequencies(texts), len(texts))
    assert len(options) >= 2 and len(set(options)) == len(options)
