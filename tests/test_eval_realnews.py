"""The real-news scorer on tiny readings and reports written by hand (no article text)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from reader.cli import main as cli_main
from reader.eval import realnews


def _source(sid: str, file: str, n: int) -> dict[str, Any]:
    return {
        "id": sid,
        "path": f"/x/event/{file}",
        "paragraphs": [{"id": f"{sid}:p{i}", "index": i} for i in range(1, n + 1)],
    }


def _members(*paras: str) -> list[dict[str, str]]:
    return [{"source": p.split(":")[0], "paragraph": p} for p in paras]


def _value(para: str, text: str) -> dict[str, str]:
    return {"source": para.split(":")[0], "paragraph": para, "text": text, "normalized": text}


REPORT: dict[str, Any] = {
    "sources": [_source("s1", "a.txt", 4), _source("s2", "b.txt", 4), _source("s3", "c.txt", 3)],
    "groups": [
        {"id": "g1", "members": _members("s1:p1", "s2:p1", "s3:p1")},
        {"id": "g2", "members": _members("s1:p2", "s2:p2")},
        {"id": "g3", "members": _members("s1:p3", "s2:p4", "s3:p3")},
        {"id": "g4", "members": _members("s1:p4", "s2:p3")},
    ],
    "facts": [
        {"divergent": True, "values": [_value("s1:p2", "12"), _value("s2:p2", "15 people")]},
        {"divergent": True, "values": [_value("s1:p1", "Thursday"), _value("s2:p1", "Dec. 3")]},
        {"divergent": True, "values": [_value("s1:p4", "x"), _value("s2:p3", "y")]},
        {"divergent": False, "values": [_value("s1:p3", "5"), _value("s3:p3", "5")]},
    ],
    "omissions": [{"group": "g3", "sources": ["s2"]}, {"group": "g2", "sources": ["s3"]}],
    "exclusives": [{"source": "s1", "paragraph": "s1:p4"}, {"source": "s3", "paragraph": "s3:p1"}],
}

READING: dict[str, Any] = {
    "event": "ev-1",
    "reader": "T",
    "sources": {
        "a.txt": {"outlet": "A", "paragraphs": 4, "boilerplate": []},
        "b.txt": {"outlet": "B", "paragraphs": 4, "boilerplate": [4]},
        "c.txt": {"outlet": "C", "paragraphs": 3, "boilerplate": []},
    },
    "groups": [
        {"label": "g0", "core": [["a.txt", 1], ["b.txt", 1]], "also": [["c.txt", 1]]},
        {"label": "g1", "core": [["a.txt", 2], ["b.txt", 2], ["c.txt", 2]], "also": []},
        {"label": "g2", "core": [["a.txt", 3], ["c.txt", 3]]},
    ],
    "divergences": [
        {
            "kind": "number",
            "subject": "people hurt",
            "group": 1,
            "values": {
                "a.txt": {"paragraph": 2, "text": "12 people"},
                "b.txt": {"paragraph": 2, "text": "15 people"},
                "c.txt": {"paragraph": 2, "text": "12"},
            },
        }
    ],
    "look_alikes": [
        {
            "kind": "date",
            "subject": "day",
            "group": 0,
            "values": {
                "a.txt": {"paragraph": 1, "text": "Thursday"},
                "b.txt": {"paragraph": 1, "text": "on Dec. 3"},
            },
        }
    ],
    "omissions": [{"group": 2, "sources": ["b.txt"]}],
    "exclusives": [{"source": "a.txt", "paragraphs": [4], "label": "only a"}],
}


def test_score_event_counts_every_measure() -> None:
    counts = realnews.score_event(REPORT, realnews.parse_reading(READING))
    # links: 6 predicted (b.txt 4 is boilerplate), 5 inside one gold group; 5 gold core
    # pairs, of which a1-b1, a2-b2, a3-c3 are predicted
    assert (counts.predicted_links, counts.correct_links) == (6, 5)
    assert (counts.gold_links, counts.found_links) == (5, 3)
    assert (counts.gold_divergences, counts.found_divergences) == (1, 1)
    assert (counts.predicted_divergent, counts.matching_divergent) == (3, 1)
    assert counts.look_alike_alarms == 1
    assert (counts.predicted_omissions, counts.correct_omissions) == (2, 1)
    assert (counts.predicted_exclusives, counts.correct_exclusives) == (2, 1)
    assert (counts.gold_exclusives, counts.found_exclusives) == (1, 1)
    r = realnews.row("dev", counts)
    assert (r.link_precision, r.link_recall, r.link_f1) == (0.833, 0.6, 0.698)
    assert (r.divergence_recall, r.divergence_precision) == (1.0, 0.333)
    assert (r.omission_precision, r.exclusive_precision, r.exclusive_recall) == (0.5, 0.5, 1.0)


def test_a_divergence_needs_two_sources_in_the_slots_paragraphs_with_overlapping_text() -> None:
    slot = realnews.Slot({"a.txt": (2, "12 people"), "b.txt": (2, "15 people")})
    assert realnews.matches([("a.txt", 2, "12"), ("b.txt", 2, "15 residents")], slot)
    # one source only
    assert not realnews.matches([("a.txt", 2, "12"), ("c.txt", 2, "15")], slot)
    # right sources, wrong paragraph
    assert not realnews.matches([("a.txt", 2, "12"), ("b.txt", 3, "15 people")], slot)
    # right paragraphs, other words
    assert not realnews.matches([("a.txt", 2, "Monday"), ("b.txt", 2, "Tuesday")], slot)


def test_text_overlap_ignores_function_words() -> None:
    assert realnews.overlaps("Dec. 3", "on Dec. 3")
    assert realnews.overlaps("15", "15 people")
    assert not realnews.overlaps("the mayor", "the governor")
    assert not realnews.overlaps("", "x")


def test_a_report_without_exclusives_has_no_exclusive_scores() -> None:
    report = {k: v for k, v in REPORT.items() if k != "exclusives"}
    r = realnews.row("dev", realnews.score_event(report, realnews.parse_reading(READING)))
    assert r.exclusive_precision is None and r.exclusive_recall is None


def test_an_omission_of_a_group_no_reader_saw_is_wrong() -> None:
    report = dict(REPORT, omissions=[{"group": "g4", "sources": ["s3"]}])
    reading = dict(READING, groups=READING["groups"][:1])
    counts = realnews.score_event(report, realnews.parse_reading(reading))
    assert (counts.predicted_omissions, counts.correct_omissions) == (1, 0)


def test_a_malformed_reading_is_refused() -> None:
    with pytest.raises(realnews.ReadingError):
        realnews.parse_reading({"event": "e", "groups": [{"core": [["a.txt"]]}]})
    with pytest.raises(realnews.ReadingError):
        realnews.parse_reading({"groups": []})


def _make_set(tmp_path: Path) -> tuple[Path, Path, Path]:
    data = tmp_path / "set"
    readings = tmp_path / "readings"
    reports = tmp_path / "reports"
    for folder in (readings, reports):
        folder.mkdir()
    events = [("ev-1", "dev"), ("ev-2", "heldout"), ("ev-3", "dev")]
    for event, _ in events:
        (data / event).mkdir(parents=True)
        (reports / f"{event}.json").write_text(json.dumps(REPORT))
    manifest = {"events": [{"id": e, "split": s} for e, s in events]}
    (data / "manifest.json").write_text(json.dumps(manifest))
    (readings / "ev-1.json").write_text(json.dumps(READING))
    (readings / "ev-2.json").write_text(json.dumps(dict(READING, event="ev-2")))
    (readings / "ev-3.json").write_text("{not json")
    (readings / "other.json").write_text(json.dumps(dict(READING, event="other")))
    return data, readings, reports


def test_evaluate_gives_one_micro_averaged_row_per_split(tmp_path: Path) -> None:
    data, readings, reports = _make_set(tmp_path)
    result = realnews.evaluate(data, readings_dir=readings, reports_dir=reports)
    assert [(r.name, r.events) for r in result.rows] == [("dev", 1), ("heldout", 1)]
    assert result.rows[0].link_precision == 0.833
    assert len(result.per_event) == 2
    assert any(s.startswith("ev-3: unreadable reading") for s in result.skipped)
    assert any(s.startswith("other: not an event") for s in result.skipped)
    only = realnews.evaluate(data, split="heldout", readings_dir=readings, reports_dir=reports)
    assert [r.name for r in only.rows] == ["heldout"]


def test_evaluate_analyses_folders_when_no_reports_are_given(tmp_path: Path) -> None:
    data, readings, _ = _make_set(tmp_path)
    seen: list[str] = []

    def analyse(folder: Path) -> dict[str, Any]:
        seen.append(folder.name)
        return REPORT

    realnews.evaluate(data, readings_dir=readings, analyse=analyse)
    assert seen == ["ev-1", "ev-2"]


def test_newsdiff_eval_real_prints_rows_and_json(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data, readings, reports = _make_set(tmp_path)
    argv = ["eval", "--real", str(data), "--readings", str(readings), "--reports", str(reports)]
    assert cli_main(argv) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0].split()[:2] == ["split", "events"]
    assert [line.split()[0] for line in out[1:]] == ["dev", "heldout"]
    assert cli_main([*argv, "--json", "--per-event", "--split", "dev"]) == 0
    doc = json.loads(capsys.readouterr().out)
    assert [r["name"] for r in doc["rows"]] == ["dev"]
    assert [r["name"] for r in doc["events"]] == ["ev-1"]
    assert doc["rows"][0]["link_f1"] == 0.698


def test_newsdiff_eval_real_on_a_missing_folder_is_a_usage_error(tmp_path: Path) -> None:
    assert cli_main(["eval", "--real", str(tmp_path / "nope")]) == 2
