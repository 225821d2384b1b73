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
