"""A claim each outlet states in the same rare words, inside a sentence about something else."""

from __future__ import annotations

import numpy as np

from reader.analysis.align import sentence_similarity
from reader.analysis.phrase_groups import phrase_groups, rare_words
from reader.analysis.sentences import aligned_sentences
from reader.model import Source
from tests.analysis.helpers import make_source

# Twelve ordinary sentences a source, so that words only the claim uses are rare (RARE_SHARE).
FILLER = [f"The boats of fleet {n} stayed in the harbour all day." for n in range(12)]

VIGIL = (
    "Families kept vigil in the chapel through both nights, and mayor Ellen Brask, "
    "who calls the colliery the town's economic lifeline, sat with them."
)
RESCUERS = (
    "About 120 rescuers took part in the operation at a pit that Brask sees as the "
    "economic lifeline of her town."
)
CAPSULE = (
    "Each ascent in the capsule took 45 minutes at the mine, which Brask has called the "
    "economic lifeline of the town."
)
OTHER_PERSON = (
    "The company's chief executive, Martin Hale, called the mine the town's economic lifeline."
)
TWO_WORDS = "The company pointed to the economic support it gives the town every year."


def _source(source_id: str, *texts: str) -> Source:
    return make_source(source_id, [*texts, *FILLER])


def _groups(sources: tuple[Source, ...], clusters: list[list[str]] | None = None) -> list[set[str]]:
    """New phrase groups, as sets of sentence texts, over hand-made clusters of texts."""
    sentences = aligned_sentences(sources)
    scores = sentence_similarity(sources, sentences)
    where = {s.text: k for k, s in enumerate(sentences)}
    given = [tuple(sorted(where[t] for t in c)) for c in clusters or []]
    is_headline = np.zeros(len(sentences), dtype=bool)
    out = phrase_groups(given, sentences, scores.tokens, is_headline)
    return [{sentences[k].text for k in members} for members in out[len(given) :]]


def test_three_outlets_sharing_three_rare_words_form_a_claim() -> None:
    sources = (_source("a", VIGIL), _source("b", RESCUERS), _source("c", CAPSULE))
    assert _groups(sources) == [{VIGIL, RESCUERS, CAPSULE}]


def test_two_outlets_sharing_them_form_nothing() -> None:
    sources = (_source("a", VIGIL), _source("b", RESCUERS), _source("c"))
    assert _groups(sources) == []


def test_a_claim_a_group_already_holds_half_of_is_not_told_again() -> None:
    sources = (_source("a", VIGIL), _source("b", RESCUERS), _source("c", CAPSULE))
    assert _groups(sources, [[VIGIL, RESCUERS]]) == []


def test_names_are_not_rare_words() -> None:
    shared_names = [
        f"{opening} Ellen Brask met Tomas Kovar and Ilse Marrow in Osterby, the {word} said."
        for opening, word in (("There,", "pilot"), ("Later,", "ranger"), ("Again,", "clerk"))
    ]
    sources = tuple(_source(name, text) for name, text in zip("abc", shared_names, strict=True))
    sentences = aligned_sentences(sources)
    tokens = sentence_similarity(sources, sentences).tokens
    rare = rare_words(tokens, np.zeros(len(sentences), dtype=bool))
    assert not {"brask", "kovar", "marrow", "osterby"} & set().union(*rare)
    assert _groups(sources) == []


def test_another_person_saying_it_and_a_sentence_with_two_of_the_words_stay_out() -> None:
    sources = (
        _source("a", VIGIL),
        _source("b", RESCUERS),
        _source("c", CAPSULE),
        _source("d", OTHER_PERSON, TWO_WORDS),
    )
    assert _groups(sources) == [{VIGIL, RESCUERS, CAPSULE}]


def test_one_template_told_of_other_people_and_places_forms_nothing() -> None:
    template = "{}, who runs a bakery near the quay in {}, said she opened early for the crews."
    sources = tuple(
        _source(name, template.format(person, town))
        for name, person, town in (
            ("a", "Lena Falk", "Kallnes"),
            ("b", "Karel Holm", "Ostervik"),
            ("c", "Greta Rossi", "Marbeck"),
        )
    )
    assert _groups(sources) == []
