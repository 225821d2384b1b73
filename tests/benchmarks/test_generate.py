"""The synthetic source-set generator: deterministic, and shaped like real coverage."""

from __future__ import annotations

import random
from pathlib import Path

from benchmarks.generate import _front_attribution, generate, vocabulary
from reader.ingest import load_sources


def test_same_seed_gives_identical_sets() -> None:
    first = generate(3, 6, 30)
    second = generate(3, 6, 30)
    assert [d.text for d in first.documents] == [d.text for d in second.documents]


def test_different_seeds_give_different_sets() -> None:
    assert generate(1, 4, 20).documents != generate(2, 4, 20).documents


def test_every_outlet_has_exactly_the_asked_paragraphs() -> None:
    generated = generate(5, 12, 40)
    assert len(generated.documents) == 12
    assert {len(d.paragraphs) for d in generated.documents} == {40}


def test_outlets_have_distinct_file_names() -> None:
    names = [d.file_name for d in generate(5, 40, 10).documents]
    assert len(set(names)) == 40


def test_written_folder_loads_with_the_planted_paragraph_count(tmp_path: Path) -> None:
    generated = generate(9, 3, 25)
    generated.write(tmp_path)
    loaded = load_sources([str(tmp_path)])
    assert loaded.errors == ()
    assert [len(s.paragraphs) for s in loaded.sources] == [25, 25, 25]


def test_in_memory_sources_have_consistent_offsets() -> None:
    for source in generate(4, 3, 40).sources():
        for paragraph in source.paragraphs:
            assert source.text[paragraph.start : paragraph.end] == paragraph.text


def test_documents_carry_headline_dateline_body_and_boilerplate() -> None:
    for doc in generate(11, 5, 40).documents:
        kinds = {p.kind for p in doc.paragraphs}
        assert {"headline", "dateline", "body", "boilerplate"} <= kinds
        assert doc.paragraphs[0].kind == "headline"


def test_shared_claims_appear_in_several_outlets() -> None:
    truth = generate(2, 10, 40).truth()
    assert len(truth["groups"]) >= 25
    assert all(len({f for f, _ in m}) >= 2 for m in truth["groups"].values())


def test_some_paragraphs_merge_two_claims_and_some_claims_split() -> None:
    paragraphs = [p for d in generate(2, 20, 40).documents for p in d.paragraphs]
    assert any(len(p.claims) >= 2 for p in paragraphs)
    per_doc_claims = [
        [c for p in d.paragraphs for c in p.claims] for d in generate(2, 20, 40).documents
    ]
    assert any(len(claims) != len(set(claims)) for claims in per_doc_claims)


def test_facts_diverge_between_outlets() -> None:
    dead = vocabulary()["slots"]["dead"]
    texts = " ".join(d.text for d in generate(2, 20, 40).documents)
    assert dead["canonical"] in texts
    assert any(f"{variant} people" in texts for variant in dead["variants"])


def test_some_outlets_omit_claims_others_report() -> None:
    generated = generate(6, 10, 40)
    carried = [{c for p in d.paragraphs for c in p.claims} for d in generated.documents]
    everything = set().union(*carried)
    assert any(claims < everything for claims in carried)


def test_attribution_moves_to_the_front() -> None:
    moved = _front_attribution("The port stayed shut, officials said.", random.Random(0))
    assert moved.endswith("the port stayed shut.")
    assert moved.lower().startswith(("officials said", "according to officials"))
