from __future__ import annotations

from reader.analysis.label import label_for, word_frequencies


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
