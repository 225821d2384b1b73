"""The scale benchmark's generators: deterministic, and each the shape it claims (a smoke
test; the benchmark itself is not a test)."""

from __future__ import annotations

from pathlib import Path

from benchmarks.events import event_set, many_lines, mixed, short_sentences, tiny_files
from benchmarks.generate import generate
from benchmarks.scale import gold_links, growth


def test_another_event_has_other_names_and_the_same_shape() -> None:
    ferry = generate(7, 3, 20)
    other = event_set(7, 2, 3, 20)
    assert other.documents == event_set(7, 2, 3, 20).documents
    assert {len(d.paragraphs) for d in other.documents} == {20}
    assert any("Halvard" in d.text for d in ferry.documents)
    assert not any("Halvard" in d.text or "Brennick" in d.text for d in other.documents)


def test_a_mixed_folder_names_files_apart_from_their_event(tmp_path: Path) -> None:
    event_of = mixed(7, events=3, per_event=2, paragraphs=8).write(tmp_path)
    assert sorted(event_of.values()) == [0, 0, 1, 1, 2, 2]
    assert sorted(p.name for p in tmp_path.glob("*.txt")) == sorted(event_of)


def test_short_sentences_tiny_files_and_many_lines_have_their_shape() -> None:
    (text,) = short_sentences(7, 1, 2_000)
    sentences = [s for s in text.replace("\n", " ").split(".") if s.strip()]
    assert len(text) >= 2_000
    assert max(len(s.split()) for s in sentences) <= 6
    clips = tiny_files(7, 20)
    assert len(clips) == 20 and len(set(clips)) > 15
    assert many_lines(7, 50).count("\n") == 50


def test_growth_is_the_exponent_of_the_cpu_ratio() -> None:
    rows = {"ferry-20": {"cpu_seconds": 1.0}, "ferry-40": {"cpu_seconds": 2.0}}
    assert growth(rows) == {"ferry 20->40": {"ratio": 2.0, "exponent": 1.0}}
    truth = {"groups": {"c1": [["a.txt", 1], ["b.txt", 2], ["a.txt", 3]]}}
    assert gold_links(truth) == {
        frozenset({("a.txt", 1), ("b.txt", 2)}),
        frozenset({("a.txt", 3), ("b.txt", 2)}),
    }
