"""Markup and escape sequences in articles, titles, file names and notes stay inert text.

The hostile sample set (samples/hostile) carries Rich markup, CSI/OSC sequences (colour,
cursor moves, clear screen, window titles, OSC 8 links, OSC 52 clipboard writes), C0 and
C1 controls, bidi overrides and zero-width characters. Every way newsdiff shows text
(``report`` JSON and Markdown, stderr, the Markdown export, the app) must show them as
visible, inert characters and never pass them to the terminal raw.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

from reader.textsafe import inert, json_inert
from tests.hostile.conftest import HOSTILE, RAW_HAZARD, run_cli, run_process

# Markdown that would become structure if an article's brackets were not escaped.
LIVE_MARKDOWN = re.compile(r"(?<!\\)\[[^\]\n]*(?<!\\)\]\(|(?<!\\)<[a-z/!]", re.IGNORECASE)

HAZARDS = {
    "C0 ESC and BEL": "\x1b]0;title\x07",
    "DEL": "\x7f",
    "C1 CSI": "\x9b31m",
    "C1 NEL": "\x85",
    "bidi RLO and PDF": "\u202eevil\u202c",
    "bidi isolates": "\u2067x\u2069",
    "Arabic letter mark": "\u061c",
    "zero-width space and joiner": "\u200b\u200d",
    "BOM inside text": "\ufeff",
    "invisible operator": "\u2062",
    "tag characters": "\U000e0041\U000e0042",
    "lone surrogate": "\udcff",
}


def paragraph_text(report: Any, file: str, index: int) -> str:
    (source,) = [s for s in report["sources"] if s["path"].endswith(file)]
    return str(source["paragraphs"][index - 1]["text"])


def unescape_markdown(text: str) -> str:
    return re.sub(r"\\(.)", r"\1", text)


@pytest.fixture(scope="module")
def hostile_json() -> str:
    done = run_process("report", str(HOSTILE))
    assert done.returncode == 0, done.stderr
    return done.stdout.decode("utf-8")


@pytest.fixture(scope="module")
def hostile_markdown() -> str:
    done = run_process("report", "--format", "md", str(HOSTILE))
    assert done.returncode == 0, done.stderr
    return done.stdout.decode("utf-8")


# --------------------------------------------------------------------- textsafe


@pytest.mark.parametrize("hazard", HAZARDS.values(), ids=HAZARDS.keys())
def test_inert_makes_every_hazard_visible_and_keeps_the_length(hazard: str) -> None:
    text = f"before {hazard} after"
    safe = inert(text)
    assert RAW_HAZARD.search(safe) is None
    assert len(safe) == len(text)
    assert safe.startswith("before ") and safe.endswith(" after")


@pytest.mark.parametrize("hazard", HAZARDS.values(), ids=HAZARDS.keys())
def test_json_inert_escapes_every_hazard_and_reads_back_exactly(hazard: str) -> None:
    value = {"text": f"é {hazard} Ж", "list": [hazard]}
    dumped = json_inert(json.dumps(value, ensure_ascii=False, indent=2))
    assert RAW_HAZARD.search(dumped) is None
    assert "é" in dumped and "Ж" in dumped  # readable text stays readable
    assert json.loads(dumped) == value


# --------------------------------------------------------------------- report JSON


def test_the_json_report_of_the_hostile_set_is_valid_and_holds_no_raw_hazard(
    hostile_json: str,
) -> None:
    assert RAW_HAZARD.search(hostile_json) is None
    assert json.loads(hostile_json)["schema"] == "newsdiff.report/1"


def test_every_planted_control_reads_back_exactly_from_the_json(
    hostile_json: str, expected: Any
) -> None:
    report = json.loads(hostile_json)
    for planted in expected["controls"]:
        assert planted["text"] in paragraph_text(report, planted["file"], planted["paragraph"])


def test_every_planted_markup_string_reads_back_literally_from_the_json(
    hostile_json: str, expected: Any
) -> None:
    report = json.loads(hostile_json)
    for planted in expected["literal"]:
        assert planted["text"] in paragraph_text(report, planted["file"], planted["paragraph"])


def test_titles_keep_their_markup_and_escapes_as_data(hostile_json: str, expected: Any) -> None:
    titles = {s["path"].rsplit("/", 1)[-1]: s["title"] for s in json.loads(hostile_json)["sources"]}
    for file, truth in expected["sources"].items():
        assert titles[file] == truth["title"]


# --------------------------------------------------------------------- report Markdown


def test_the_markdown_report_holds_no_raw_hazard_and_no_live_markup(
    hostile_markdown: str,
) -> None:
    assert RAW_HAZARD.search(hostile_markdown) is None
    assert LIVE_MARKDOWN.search(hostile_markdown) is None


def test_the_markdown_report_shows_the_escapes_as_control_pictures(hostile_markdown: str) -> None:
    plain = unescape_markdown(hostile_markdown)
    assert "\u241b]0;YOU HAVE BEEN PWNED\u2407Kerrow ferry" in plain
    assert "\u241b[1;31mMV Selkie\u241b[0m" in plain
    assert "[bold red]URGENT[/bold red]" in plain
    assert "[bold magenta]Ferry chaos[/]" in plain


# --------------------------------------------------------------------- stderr


HOSTILE_NAMES = {
    "OSC title": "\x1b]0;PWNED\x07name.txt",
    "CSI clear screen": "\x1b[2J\x1b[Hname.txt",
    "C1 CSI": "\x9b31mname.txt",
    "bidi override": "report\u202etxt.exe.txt",
    "newline": "two\nlines.txt",
    "Rich markup": "[@click=app.quit][bold red]name.txt",
}


@pytest.mark.parametrize("name", HOSTILE_NAMES.values(), ids=HOSTILE_NAMES.keys())
def test_a_hostile_file_name_reaches_stderr_as_one_inert_line(
    tmp_path: Path, good: str, name: str
) -> None:
    bad = tmp_path / name
    bad.write_bytes(b"\x00\x01 not text")
    done = run_process("report", good, str(bad))
    assert done.returncode == 1
    err = done.stderr.decode("utf-8")
    (line,) = err.splitlines()
    assert RAW_HAZARD.search(line) is None
    assert "binary" in line and inert(name, keep_newlines=False) in line
    assert [s["path"] for s in json.loads(done.stdout)["sources"]] == [good]


def test_a_duplicate_notice_with_a_hostile_name_is_inert(
    tmp_path: Path, good: str, capsys: pytest.CaptureFixture[str]
) -> None:
    copy = tmp_path / "\x1b]52;c;cm0gLXJmIH4=\x07copy.txt"
    copy.write_bytes(Path(good).read_bytes())
    run = run_cli(capsys, "report", good, str(copy))
    (line,) = run.err.splitlines()
    assert "loaded once" in line and RAW_HAZARD.search(line) is None
