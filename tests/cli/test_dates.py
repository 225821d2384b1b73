"""`newsdiff report --date`: a publication date the user gives (issue 15). Text written here."""

from __future__ import annotations

import json
from pathlib import Path

from tests.cli.test_cli import run


def _write(folder: Path) -> tuple[Path, Path]:
    a = folder / "a.txt"
    b = folder / "b.txt"
    a.write_text("Levy vote\n\nThe island council voted to scrap the levy on Wednesday.\n")
    b.write_text("Levy vote\n\nThe island council voted to scrap the levy on 12 March 2031.\n")
    return a, b


def test_a_date_per_source_resolves_its_weekdays(tmp_path: Path) -> None:
    a, b = _write(tmp_path)
    done = run("report", "--date", "a.txt=2031-03-14", str(a), str(b))
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout)
    assert [s["published"] for s in report["sources"]] == ["2031-03-14", None]
    (day,) = [f for f in report["facts"] if f["kind"] == "date"]
    assert [v["normalized"] for v in day["values"]] == ["2031-03-12", "2031-03-12"]


def test_a_bare_date_fills_every_undated_source(tmp_path: Path) -> None:
    a, b = _write(tmp_path)
    report = json.loads(run("report", "--date", "2031-03-14", str(a), str(b)).stdout)
    assert [s["published"] for s in report["sources"]] == ["2031-03-14", "2031-03-14"]


def test_a_malformed_date_is_a_usage_error(tmp_path: Path) -> None:
    a, b = _write(tmp_path)
    done = run("report", "--date", "a.txt=14/03/2031", str(a), str(b))
    assert done.returncode == 2 and "YYYY-MM-DD" in done.stderr
