"""Alignment decisions on small invented stories (reorder, split, merge, exclusions)."""

from __future__ import annotations

import numpy as np

from reader.analysis.align import (
    _attach,
    align_sentences,
    attach_headlines,
    merge_overlapping,
    names_only,
    sentence_similarity,
    slot_groups,
)
from reader.analysis.groups import build_groups
from reader.analysis.sentences import aligned_sentences
from reader.model import Group, Source
from tests.analysis.helpers import make_source

FIRE = "A fire destroyed twelve warehouses on the east quay of Portvale on Monday night."
TANKER = "Pilots towed the tanker Marisol Dawn away from the burning berth within ninety minutes."
CLOSED = "The harbour will stay closed to cargo ships until Wednesday, the port authority said."
SMOKE = "Residents of Dravnik were told to keep windows shut as smoke drifted inland."


def groups(*sources: Source) -> tuple[Group, ...]:
    return build_groups(align_sentences(sources), sources)


def paragraph_sets(found: tuple[Group, ...]) -> list[set[str]]:
    return [{m.paragraph for m in g.members} for g in found]


def test_reordered_paragraphs_pair_with_their_counterparts() -> None:
    a = make_source("s1", [FIRE, TANKER, CLOSED])
    b = make_source(
        "s2",
        [
            "The port stays closed to cargo until Wednesday, said the port authority.",
            "A fire on Monday night destroyed twelve warehouses on Portvale's east quay.",
            "The tanker Marisol Dawn was towed from the berth by pilots within ninety minutes.",
        ],
    )
    assert paragraph_sets(groups(a, b)) == [
        {"s1:p1", "s2:p2"},
        {"s1:p2", "s2:p3"},
        {"s1:p3", "s2:p1"},
    ]


def test_one_paragraph_split_in_two_joins_both_halves() -> None:
    a = make_source("s1", [f"{FIRE} {TANKER}", SMOKE])
    b = make_source("s2", [FIRE, TANKER, SMOKE])
    found = paragraph_sets(groups(a, b))
    assert {"s1:p1", "s2:p1"} in found
    assert {"s1:p1", "s2:p2"} in found


def test_merged_claims_give_sentence_spans_in_several_groups() -> None:
    merged = f"{FIRE} {CLOSED}"
    a = make_source("s1", [merged])
    b = make_source("s2", [FIRE, SMOKE, CLOSED])
    found = groups(a, b)
    spans = sorted((m.start, m.end) for g in found for m in g.members if m.source == "s1")
    assert spans == [(0, len(FIRE)), (len(FIRE) + 1, len(merged))]


def test_two_passages_of_one_source_saying_different_things_never_share_a_group() -> None:
    a = make_source("s1", [FIRE, CLOSED, SMOKE])
    b = make_source("s2", [f"{FIRE} {CLOSED}", SMOKE])
    for group in groups(a, b):
        from_a = {m.paragraph for m in group.members if m.source == "s1"}
        assert len(from_a) <= 1


def test_boilerplate_never_aligns() -> None:
    prompt = "Leave a comment below. We never show your email address."
    a = make_source("s1", [FIRE, prompt], {2: "boilerplate"})
    b = make_source("s2", [FIRE, prompt], {2: "boilerplate"})
    members = {m.paragraph for g in groups(a, b) for m in g.members}
    assert members == {"s1:p1", "s2:p1"}


def test_unrelated_passages_do_not_align() -> None:
    a = make_source("s1", [FIRE])
    b = make_source("s2", ["The city council approved a new ferry terminal budget for spring."])
    assert groups(a, b) == ()


def test_near_verbatim_copies_are_grouped_and_flagged() -> None:
    a = make_source("s1", [FIRE, SMOKE])
    b = make_source("s2", [FIRE.replace("Monday night", "Monday"), "Unrelated: cats sleep a lot."])
    copies = groups(a, b)
    assert [m.paragraph for m in copies[0].members] == ["s1:p1", "s2:p1"]
    assert copies[0].verbatim


def test_paraphrases_are_not_flagged_verbatim() -> None:
    a = make_source("s1", [FIRE])
    c = make_source("s2", ["On Monday a blaze on the quay destroyed twelve Portvale warehouses."])
    found = groups(a, c)
    assert found and not found[0].verbatim


def test_headlines_group_with_headlines() -> None:
    a = make_source("s1", ["Harbour fire destroys warehouses", FIRE], {1: "headline"})
    b = make_source("s2", ["Fire destroys Portvale harbour warehouses", FIRE], {1: "headline"})
    assert {"s1:p1", "s2:p1"} in paragraph_sets(groups(a, b))


def test_a_headline_groups_with_headlines_and_joins_the_claim_it_states() -> None:
    a = make_source("s1", ["Fire razes Portvale warehouses", FIRE, SMOKE], {1: "headline"})
    b = make_source("s2", ["Portvale counts the cost", FIRE, SMOKE], {1: "headline"})
    found = paragraph_sets(groups(a, b))
    assert {"s1:p1", "s2:p1"} in found
    assert {"s1:p1", "s1:p2", "s2:p2"} in found


def _headline_matrix(to_body: float) -> np.ndarray:
    """Body passages 0 (s1) and 1 (s2) tell one claim; 2 is s2's headline."""
    sim = np.eye(3, dtype=np.float32)
    sim[0, 1] = sim[1, 0] = 0.6
    sim[2, 0] = sim[0, 2] = to_body
    return sim


def test_a_headline_joins_every_body_group_it_is_as_alike_as_a_link() -> None:
    source_of = np.array(["s1", "s2", "s2"])
    headline = np.array([False, False, True])
    assert attach_headlines([(0, 1)], source_of, headline, _headline_matrix(0.35)) == [(0, 1, 2)]


def test_a_headline_unlike_a_groups_other_outlets_stays_out() -> None:
    source_of = np.array(["s1", "s2", "s2"])
    headline = np.array([False, False, True])
    assert attach_headlines([(0, 1)], source_of, headline, _headline_matrix(0.2)) == [(0, 1)]


def test_a_group_of_headlines_alone_takes_no_further_headline() -> None:
    source_of = np.array(["s1", "s2", "s3"])
    headline = np.array([True, True, True])
    sim = np.full((3, 3), 0.9, dtype=np.float32)
    assert attach_headlines([(0, 1)], source_of, headline, sim) == [(0, 1)]


def test_groups_are_numbered_in_reading_order_with_scores_in_range() -> None:
    a = make_source("s1", [SMOKE, FIRE])
    b = make_source("s2", [FIRE, SMOKE])
    found = groups(a, b)
    assert [g.id for g in found] == ["g1", "g2"]
    assert found[0].members[0].paragraph == "s1:p1"
    assert all(0.0 <= g.score <= 1.0 for g in found)


def test_alignment_is_deterministic() -> None:
    a = make_source("s1", [FIRE, TANKER, CLOSED, SMOKE])
    b = make_source("s2", [SMOKE, CLOSED, FIRE, TANKER])
    assert groups(a, b) == groups(a, b)


def test_label_names_the_shared_gist() -> None:
    a = make_source("s1", [TANKER, FIRE])
    b = make_source("s2", [TANKER.replace("burning ", ""), SMOKE])
    label = groups(a, b)[0].label
    assert "Marisol" in label or "tanker" in label


def test_same_template_about_different_people_does_not_align() -> None:
    a = make_source(
        "s1", ["Emil Kowal, a pensioner from Lindmark, said he watched the lights fade."]
    )
    b = make_source(
        "s2", ["Marta Brandt, a shop owner from Vesterhold, said she watched the lights fade."]
    )
    assert groups(a, b) == ()


def test_a_passage_carrying_two_claims_joins_both_groups() -> None:
    both = "Crews fought the blaze with sixty firefighters and two fireboats for three hours."
    a = make_source("s1", [both])
    b = make_source(
        "s2",
        [
            "Sixty firefighters and two fireboats fought the blaze.",
            "Crews needed three hours to bring the blaze under control.",
        ],
    )
    found = paragraph_sets(groups(a, b))
    assert any({"s1:p1", "s2:p1"} <= g for g in found)
    assert any({"s1:p1", "s2:p2"} <= g for g in found)


def test_units_without_content_words_never_align() -> None:
    a = make_source("s1", ["...", FIRE])
    b = make_source("s2", ["!!!", SMOKE])
    assert groups(a, b) == ()


def test_no_sources_or_one_source_gives_no_groups() -> None:
    assert groups() == ()
    assert groups(make_source("s1", [FIRE, FIRE])) == ()


def test_a_passage_stating_a_different_figure_still_joins_the_claim() -> None:
    searched = "About 300 volunteers from four villages of the Kelby coast joined the search."
    a = make_source("s1", [FIRE, searched, SMOKE])
    b = make_source("s2", [FIRE, searched.replace("joined", "took part in"), TANKER])
    c = make_source(
        "s3",
        [
            SMOKE,
            "Some 400 helpers combed the shore in shifts.",
            "Crews worked through the night at the quay.",
            FIRE,
        ],
    )
    assert {"s1:p2", "s2:p2", "s3:p2"} in paragraph_sets(groups(a, b, c))


def test_groups_sharing_most_of_the_smaller_ones_sentences_merge() -> None:
    assert sorted(merge_overlapping([(1, 2, 3, 4), (3, 4, 5), (8, 9)])) == [(1, 2, 3, 4, 5), (8, 9)]


def test_groups_sharing_one_passage_of_many_stay_apart() -> None:
    kept = [(1, 2, 3, 4), (4, 5, 6), (8, 9)]
    assert sorted(merge_overlapping(kept)) == kept


def test_one_shared_name_does_not_join_two_different_calls() -> None:
    a = make_source(
        "s1", [FIRE, "Minister Anna Korven spoke by phone with Tomas Brell about the harbour."]
    )
    b = make_source(
        "s2",
        [FIRE, "Minister Anna Korven also spoke by phone with Maria Marrow about the harbour."],
    )
    assert paragraph_sets(groups(a, b)) == [{"s1:p1", "s2:p1"}]


def _slot_groups(*sources: Source) -> list[set[str]]:
    sentences = aligned_sentences(sources)
    scores = sentence_similarity(sources, sentences)
    found = slot_groups(sentences, scores.tokens, scores.similarity)
    return [{sentences[k].paragraph for k in group} for _, group in found]


HOURS = [
    "The crew was stuck at sea for 30 hours before the tug arrived.",
    "Lifeboats reached the trawler after 30 hours, the coastguard said.",
    "The men of the Gullwing drifted for 30 hours without power.",
    "Helpers on the quay waited during 36 hours for the sailors.",
]


def test_outlets_stating_one_kind_of_figure_once_each_share_a_slot_despite_one_value() -> None:
    found = _slot_groups(*(make_source(f"s{n}", [SMOKE, text]) for n, text in enumerate(HOURS, 1)))
    assert found == [{"s1:p2", "s2:p2", "s3:p2", "s4:p2"}]


def test_two_outlets_sharing_a_unit_are_no_slot() -> None:
    assert _slot_groups(make_source("s1", [HOURS[0]]), make_source("s2", [HOURS[1]])) == []


def test_a_unit_whose_values_scatter_is_no_slot() -> None:
    ages = ["Kasper Lund, 40 years a fisherman.", "The quay is 120 years old.", "In 7 years."]
    assert _slot_groups(*(make_source(f"s{n}", [t]) for n, t in enumerate(ages, 1))) == []


def test_an_outlet_stating_the_unit_twice_joins_with_its_likeliest_sentence() -> None:
    shifts = "Rescuers worked in eight-hour shifts on the quay."
    sources = [make_source(f"s{n}", [SMOKE, text]) for n, text in enumerate(HOURS, 1)]
    sources.append(make_source("s5", [shifts, "The trawler crew was stuck at sea for 30 hours."]))
    assert _slot_groups(*sources) == [{"s1:p2", "s2:p2", "s3:p2", "s4:p2", "s5:p2"}]


def _retold_matrix(own: float) -> np.ndarray:
    """s1 tells a claim (0), s2 too (1); s1 tells it again later (2), weakly like s2's."""
    sim = np.eye(3, dtype=np.float32)
    sim[0, 1] = sim[1, 0] = 0.6
    sim[2, 0] = sim[0, 2] = own
    sim[2, 1] = sim[1, 2] = 0.32
    return sim


def test_an_outlet_telling_a_claim_twice_has_both_passages_in_the_group() -> None:
    source_of = np.array(["s1", "s2", "s1"])
    assert _attach([(0, 1)], source_of, _retold_matrix(own=0.5)) == [(0, 1, 2)]


def test_a_second_passage_unlike_its_outlets_member_stays_out() -> None:
    source_of = np.array(["s1", "s2", "s1"])
    assert _attach([(0, 1)], source_of, _retold_matrix(own=0.3)) == [(0, 1)]


def test_groups_standing_for_different_figures_never_merge() -> None:
    clusters = [(1, 2, 3, 4), (3, 4, 5)]
    hours, crews = frozenset({"hour"}), frozenset({"firefight"})
    assert sorted(merge_overlapping(clusters, [hours, crews])) == clusters
    assert sorted(merge_overlapping(clusters, [hours, frozenset()])) == [(1, 2, 3, 4, 5)]


def _names_only(*texts: str) -> bool:
    sources = tuple(make_source(f"s{n}", [text]) for n, text in enumerate(texts, 1))
    sentences = aligned_sentences(sources)
    scores = sentence_similarity(sources, sentences)
    headline = np.zeros(len(sentences), dtype=bool)
    return names_only(range(len(sentences)), sentences, scores.tokens, headline)


def test_a_group_whose_outlets_share_only_names_is_no_claim() -> None:
    assert _names_only(
        "Vellmark and the Orsan League voiced worries over Brask's plans for Kelby.",
        "On Friday, Brask sent Vellmark and the Orsan League proposals about Kelby.",
        "Brask and Vellmark held tense talks on Kelby in recent weeks.",
    )


def test_a_group_whose_outlets_share_a_word_besides_names_is_a_claim() -> None:
    assert not _names_only(
        "Brask has massed troops on the border with Kelby, Vellmark said.",
        "Vellmark says Brask keeps some 90,000 troops near Kelby.",
    )
