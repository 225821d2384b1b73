"""``newsdiff export`` end to end: notes saved earlier come out in Markdown and JSON."""

from __future__ import annotations

import errno
import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from reader.cli import main as newsdiff
from reader.export import atomic
from reader.ingest import load_sources
from reader.settings import DATA_DIR_ENV
from reader.store import AnnotationStore, Draft, span_target
from tests.export.story import COAST, WIRE

ROOT = Path(__file__).resolve().parents[2]


def _run(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "reader", "export", *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
        env={**os.environ, **(env or {})},
    )


@pytest.fixture
def story_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "story"
    folder.mkdir()
    (folder / "coast.txt").write_text(COAST, encoding="utf-8")
    (folder / "wire.txt").write_text(WIRE, encoding="utf-8")
    return folder


def _annotate(story_dir: Path, data_dir: Path) -> None:
    sources = load_sources([str(story_dir)]).sources
    coast = next(s for s in sources if s.path.endswith("coast.txt"))
    start = coast.text.index("Forty firefighters")
    with AnnotationStore.open(data_dir) as store:
        store.add(span_target(coast, start, start + 18), "Ring the union", tags=["call"])
        store.add(span_target(coast, 0, 9), "Headline oversells it", label="disputed")


def test_markdown_export_carries_the_notes_saved_earlier(story_dir: Path, tmp_path: Path) -> None:
    _annotate(story_dir, tmp_path / "data")
    result = _run("--data-dir", str(tmp_path / "data"), str(story_dir))
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("---\ntitle: ")
    assert "Ring the union" in result.stdout and "Headline oversells it" in result.stdout


def test_the_data_dir_can_come_from_the_environment(story_dir: Path, tmp_path: Path) -> None:
    _annotate(story_dir, tmp_path / "env-data")
    result = _run(str(story_dir), env={DATA_DIR_ENV: str(tmp_path / "env-data")})
    assert "Ring the union" in result.stdout


def test_json_export_filtered_by_tag(story_dir: Path, tmp_path: Path) -> None:
    _annotate(story_dir, tmp_path / "data")
    result = _run(
        "--format", "json", "--tag", "call", "--data-dir", str(tmp_path / "data"), str(story_dir)
    )
    items = json.loads(result.stdout)["first"]["items"]
    assert [i["body"][0]["value"] for i in items] == ["Ring the union"]


def test_label_filter_and_output_file(story_dir: Path, tmp_path: Path) -> None:
    _annotate(story_dir, tmp_path / "data")
    output = tmp_path / "out" / "story.md"
    output.parent.mkdir()
    result = _run(
        "--label", "disputed", "--output", str(output), "--data-dir", str(tmp_path / "data"),
        str(story_dir),
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert result.stdout == ""
    text = output.read_text(encoding="utf-8")
    assert "Headline oversells it" in text and "Ring the union" not in text


def test_a_failed_write_reports_and_keeps_the_previous_export(
    story_dir: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    output = tmp_path / "story.md"
    output.write_text("previous export", encoding="utf-8")

    def full_disk(fd: int, data: bytes | memoryview) -> int:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(atomic, "_write_all", lambda fd, data: full_disk(fd, data))
    code = newsdiff(
        [
            "export",
            "--data-dir",
            str(tmp_path / "data"),
            "--output",
            str(output),
            "--force",
            str(story_dir),
        ]
    )
    assert code == 1
    assert "No space left on device" in capsys.readouterr().err
    assert output.read_text(encoding="utf-8") == "previous export"


def test_the_export_does_not_write_to_the_store(story_dir: Path, tmp_path: Path) -> None:
    _annotate(story_dir, tmp_path / "data")
    (story_dir / "coast.txt").write_text(COAST.replace("Forty", "Fifty"), encoding="utf-8")
    before = (tmp_path / "data" / "newsdiff.db").read_bytes()
    result = _run("--data-dir", str(tmp_path / "data"), str(story_dir))
    assert "## Detached notes" in result.stdout
    assert (tmp_path / "data" / "newsdiff.db").read_bytes() == before


def test_export_is_listed_in_the_main_help() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "reader", "--help"], capture_output=True, text=True, cwd=ROOT
    )
    assert "export" in result.stdout and "--data-dir" in result.stdout


def test_export_works_on_a_store_from_a_newer_newsdiff(story_dir: Path, tmp_path: Path) -> None:
    _annotate(story_dir, tmp_path / "data")
    conn = sqlite3.connect(tmp_path / "data" / "newsdiff.db")
    conn.execute("PRAGMA user_version = 99")
    conn.commit()
    conn.close()
    result = _run("--data-dir", str(tmp_path / "data"), str(story_dir))
    assert result.returncode == 0, result.stderr
    assert "Ring the union" in result.stdout
    assert "newer newsdiff" in result.stderr


def test_the_export_says_how_many_unsaved_notes_it_leaves_out(
    story_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (coast, *_) = [s for s in load_sources([str(story_dir)]).sources if "coast" in s.path]
    with AnnotationStore.open(tmp_path / "data") as store:
        store.drafts.save(Draft(span_target(coast, 0, 9), text="half written"))
    assert newsdiff(["export", "--data-dir", str(tmp_path / "data"), str(story_dir)]) == 0
    out, err = capsys.readouterr()
    assert "1 unsaved note(s) on these sources are not exported" in err
    assert "half written" not in out


def test_a_discarded_source_is_left_out_unless_asked_for_and_names_come_first(
    story_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = tmp_path / "data"
    sources = load_sources([str(story_dir)]).sources
    coast = next(s for s in sources if s.path.endswith("coast.txt"))
    wire = next(s for s in sources if s.path.endswith("wire.txt"))
    with AnnotationStore.open(data) as store:
        store.set_triage(coast, "discard")
        store.set_source_name(wire, "The Wire Desk")
    assert newsdiff(["export", "--data-dir", str(data), str(story_dir)]) == 0
    without = capsys.readouterr().out
    assert "Coast Times" not in without and "coast.txt" not in without
    assert "The Wire Desk" in without
    assert newsdiff(["export", "--data-dir", str(data), "--include-discarded", str(story_dir)]) == 0
    assert "coast.txt" in capsys.readouterr().out


def test_the_title_is_the_same_as_the_apps(story_dir: Path, tmp_path: Path) -> None:
    from reader.analysis import analyze
    from reader.export import export_title

    sources = load_sources([str(story_dir)]).sources
    expected = export_title(analyze(sources))
    result = _run("--data-dir", str(tmp_path / "data"), str(story_dir))
    assert f"\n# {expected}\n" in result.stdout
