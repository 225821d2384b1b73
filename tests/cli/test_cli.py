from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from reader import __version__

ROOT = Path(__file__).resolve().parents[2]


def run(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "reader", *args],
        capture_output=True,
        text=True,
        input=stdin,
        cwd=ROOT,
        timeout=120,
    )


def test_version() -> None:
    result = run("--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"newsdiff {__version__}"


def test_help_on_root_and_report() -> None:
    assert "report" in run("--help").stdout
    report_help = run("report", "--help").stdout
    assert "--format" in report_help and "SOURCE" in report_help


def test_report_json_on_seeds_follows_the_contract(seeds_dir: Path) -> None:
    result = run("report", str(seeds_dir))
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert report["schema"] == "newsdiff.report/1"
    assert len(report["sources"]) == 5
    for key in ("groups", "facts", "omissions", "framing"):
        assert isinstance(report[key], list)


def test_report_is_byte_identical_on_a_rerun(seeds_dir: Path) -> None:
    assert run("report", str(seeds_dir)).stdout == run("report", str(seeds_dir)).stdout


def test_missing_source_is_reported_and_the_rest_load(seeds_dir: Path) -> None:
    result = run("report", str(seeds_dir), "/nonexistent/file.txt")
    assert result.returncode == 1
    assert "/nonexistent/file.txt" in result.stderr
    assert "Traceback" not in result.stderr
    assert len(json.loads(result.stdout)["sources"]) == 5


def test_usage_error_exits_2() -> None:
    assert run("report").returncode == 2
    assert run("report", "--format", "xml", "x").returncode == 2


def test_stdin_source() -> None:
    result = run("report", "-", stdin="Title\n\nBody paragraph one.\n")
    assert result.returncode == 0
    assert json.loads(result.stdout)["sources"][0]["path"] == "-"


def test_only_unreadable_sources_are_said_without_opening_the_app(tmp_path: Path) -> None:
    blank = tmp_path / "blank.txt"
    blank.write_text("   \n", encoding="utf-8")
    result = run("/nonexistent/file.txt", str(blank))  # the app would wait for a terminal
    assert result.returncode == 1
    lines = result.stderr.splitlines()
    assert lines[0] == "newsdiff: /nonexistent/file.txt: no such file or folder"
    assert lines[1].startswith(f"newsdiff: {blank}: ")
    assert lines[-1] == "newsdiff: no source could be read"
    assert result.stdout == ""
