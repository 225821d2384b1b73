from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from reader.eval import cross_pairs, main, score


def report(
    groups: list[list[tuple[str, int]]], facts: list[dict[str, Any]] | None = None
) -> dict[str, Any]:
    sources = [
        {
            "id": f"s{n}",
            "path": f"set/{name}",
            "paragraphs": [{"id": f"s{n}:p{i}", "index": i, "kind": "body"} for i in range(1, 6)],
        }
        for n, name in enumerate(("a.txt", "b.txt", "c.txt"), start=1)
    ]
    ids = {"a.txt": "s1", "b.txt": "s2", "c.txt": "s3"}
    return {
        "sources": sources,
        "groups": [
            {
                "id": f"g{k}",
                "members": [{"source": ids[f], "paragraph": f"{ids[f]}:p{i}"} for f, i in g],
            }
            for k, g in enumerate(groups, start=1)
        ],
        "facts": facts or [],
        "omissions": [],
    }


def value(source: str, normalized: str) -> dict[str, str]:
    return {"source": source, "normalized": normalized}


def test_cross_pairs_ignore_same_source_pairs() -> None:
    pairs = cross_pairs([[("a", 1), ("a", 2), ("b", 1)]])
    assert pairs == {frozenset({("a", 1), ("b", 1)}), frozenset({("a", 2), ("b", 1)})}


def test_link_precision_and_recall() -> None:
    expected = {"groups": [{"members": [["a.txt", 1], ["b.txt", 1], ["c.txt", 1]]}]}
    result = score(report([[("a.txt", 1), ("b.txt", 1)], [("a.txt", 2), ("c.txt", 2)]]), expected)
    assert (result.correct_links, result.predicted_links, result.gold_links) == (1, 2, 3)
    assert result.precision == 0.5 and result.recall == pytest.approx(0.333, abs=1e-3)


def test_divergent_fact_found_needs_same_kind_and_values() -> None:
    expected = {
        "groups": [],
        "facts": [
            {"kind": "duration", "divergent": True, "values": {"a.txt": "PT3H", "b.txt": "PT4H"}}
        ],
    }
    hit = {
        "kind": "duration",
        "divergent": True,
        "values": [value("s1", "PT3H"), value("s2", "PT4H")],
    }
    wrong_kind = {**hit, "kind": "number"}
    assert score(report([], [hit]), expected).divergent_found == 1
    assert score(report([], [wrong_kind]), expected).divergent_found == 0


def test_divergence_on_an_agreeing_gold_fact_is_false() -> None:
    expected = {
        "groups": [],
        "facts": [
            {
                "kind": "date",
                "divergent": False,
                "values": {"a.txt": "2031-05-05", "b.txt": "2031-05-05"},
            }
        ],
    }
    flagged = {
        "kind": "date",
        "divergent": True,
        "values": [value("s1", "2031-05-05"), value("s2", "2031-05-05"), value("s3", "2031-05-06")],
    }
    result = score(report([], [flagged]), expected)
    assert result.false_divergences == 1
    assert len(result.unmatched_divergences) == 1


def test_omission_found_through_the_best_matching_group() -> None:
    expected = {
        "groups": [{"members": [["a.txt", 1], ["b.txt", 1]]}],
        "omissions": [{"group": 0, "sources": ["c.txt"]}],
    }
    predicted = report([[("a.txt", 1), ("b.txt", 1)]])
    predicted["omissions"] = [{"group": "g1", "sources": ["s3"]}]
    result = score(predicted, expected)
    assert (result.omissions_found, result.omissions_gold) == (1, 1)


def test_command_scores_a_saved_report(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    set_dir = tmp_path / "set"
    set_dir.mkdir()
    (set_dir / "expected.json").write_text(
        json.dumps({"set": "t", "groups": [{"members": [["a.txt", 1], ["b.txt", 1]]}]})
    )
    saved = tmp_path / "report.json"
    saved.write_text(json.dumps(report([[("a.txt", 1), ("b.txt", 1)]])))
    assert main([str(set_dir), "--report", str(saved), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)[0]["f1"] == 1.0


def test_every_bundled_sample_set_scores(samples_dir: Path) -> None:
    for set_dir in sorted(p for p in samples_dir.iterdir() if (p / "expected.json").is_file()):
        assert main([str(set_dir), "--json"]) == 0


def test_newsdiff_eval_subcommand_prints_a_table(
    samples_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from reader.cli import main as cli_main

    assert cli_main(["eval", str(samples_dir / "harbour-fire")]) == 0
    out = capsys.readouterr().out
    assert out.startswith("set") and "harbour-fire" in out


def test_missing_expected_json_is_a_usage_error(tmp_path: Path) -> None:
    assert main([str(tmp_path)]) == 2
