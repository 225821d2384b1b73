"""Whatever a bundle or a source carries is inert on every output (issue 18, item 3).

A hostile value (an OSC 52 clipboard write, a bidi override, a Markdown heading, a
``javascript:`` link) is put where an old database or a bundle from before the import
checks could hold it: a triage mark, a note, a tag, a label, a story name, a file name.
Every writer is then run over it: ``export`` (Markdown and JSON), ``report`` (JSON and
Markdown), ``stories``, the notices on standard error and the app's toasts. None may pass
a control character or a structure through raw. The Markdown triage mark failed on main
(it was written as it was stored); the toasts were inert only where each caller thought to.
"""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path
from typing import Any

import pytest

from tests.hostile.bundles import make_story
from tests.hostile.conftest import RAW_HAZARD, run_cli

HOSTILE = "\x1b]52;c;cm0gLXJmIH4=\x07\n# Heading [click](javascript:alert(1)) \u202eevil"


def _no_structure(markdown: str, where: str) -> None:
    """Rendered as CommonMark: the hostile value made no link and no heading."""
    from markdown_it import MarkdownIt

    html = MarkdownIt("commonmark").render(markdown.split("\n---\n", 1)[-1])  # after YAML
    assert 'href="javascript' not in html, where
    assert not re.search(r"<h\d>[^<]*Heading", html), where


@pytest.fixture
def poisoned(tmp_path: Path) -> tuple[Path, Path]:
    """A story whose stored fields hold the hostile value (written as an old newsdiff or
    an unchecked bundle could have)."""
    articles, data = tmp_path / "articles", tmp_path / "data"
    make_story(articles, data)
    conn = sqlite3.connect(data / "newsdiff.db")
    with conn:
        conn.execute("UPDATE triage_marks SET mark = ?", (HOSTILE,))
        conn.execute("UPDATE annotations SET note = ?, label = ?", (HOSTILE, HOSTILE))
        conn.execute("UPDATE annotation_tags SET tag = ?", (HOSTILE,))
        conn.execute("UPDATE stories SET name = ?", ("fire" + HOSTILE,))
    conn.close()
    return articles, data


def _clean(text: str, where: str) -> None:
    assert not RAW_HAZARD.search(text), f"{where}: {RAW_HAZARD.search(text)!r}"


@pytest.mark.parametrize("fmt", ["md", "json"])
def test_export(poisoned: tuple[Path, Path], capsys: pytest.CaptureFixture[str], fmt: str) -> None:
    articles, data = poisoned
    run = run_cli(capsys, "export", "--format", fmt, "--data-dir", str(data), str(articles))
    assert run.code == 0, run.err
    _clean(run.out, f"export {fmt}")
    _clean(run.err, f"export {fmt} stderr")
    if fmt == "md":
        assert "triage: **" in run.out
        _no_structure(run.out, "export md")


@pytest.mark.parametrize("fmt", ["md", "json"])
def test_report_of_sources_with_a_hostile_file_name(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], fmt: str, good: str
) -> None:
    bad = tmp_path / "x\x1b]52;c;eA==\x07\u202e# Heading.txt"
    bad.write_text("Harbour fire\n\nThe quay reopens on Friday, the port said.\n")
    missing = tmp_path / "gone\x1b]0;PWNED\x07.txt"
    run = run_cli(capsys, "report", "--format", fmt, good, str(bad), str(missing))
    assert run.code == 1
    _clean(run.out, f"report {fmt}")
    _clean(run.err, f"report {fmt} stderr")
    if fmt == "md":
        _no_structure(run.out, "report md")


def test_stories_and_story_notices(
    poisoned: tuple[Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    articles, data = poisoned
    listed = run_cli(capsys, "stories", "--data-dir", str(data))
    _clean(listed.out, "stories")
    (articles / "coast.txt").unlink()  # a vanished source: a notice naming it
    name = "fire" + HOSTILE
    run = run_cli(capsys, "report", "--data-dir", str(data), "--story", name)
    _clean(run.err, "story notices")


def test_every_toast_of_the_app(monkeypatch: pytest.MonkeyPatch) -> None:
    from textual.app import App

    from reader.ui.app import NewsdiffApp

    shown: list[dict[str, Any]] = []
    monkeypatch.setattr(
        App, "notify", lambda self, message, **kw: shown.append({"m": message, **kw})
    )
    NewsdiffApp().notify(HOSTILE, title=HOSTILE, markup=False)
    (toast,) = shown
    assert not RAW_HAZARD.search(toast["m"]) and not RAW_HAZARD.search(toast["title"])
    assert "\n" not in toast["title"]
