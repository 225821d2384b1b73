"""One line and the contract's exit code for every failure (issue 18, item 7); story names
checked once and found exactly as saved. Each case failed on main: an exit 0 with a source
missing, a traceback for a dangling ``newsdiff.db`` link, a blank name taken for no name, a
name saved trimmed and then not found, a name starting with '-' that could not be opened.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest

from reader.cli.sources import save_story as save_sources
from reader.store.stories import StoryStore
from tests.hostile.conftest import run_cli
from tests.stories import save_story


def _one_line(err: str) -> str:
    assert "Traceback" not in err
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    return lines[0]


@pytest.mark.parametrize("command", ["report", "export"])
def test_a_story_read_with_sources_is_a_usage_error_and_saves_nothing(
    tmp_path: Path, good: str, capsys: pytest.CaptureFixture[str], command: str
) -> None:
    data = tmp_path / "d"
    run = run_cli(capsys, command, "--data-dir", str(data), "--story", "S", good)
    assert run.code == 2
    assert "never changes it" in run.err
    assert not data.exists()


@pytest.mark.parametrize("command", ["report", "export"])
def test_an_unknown_story_is_one_line_exit_2_and_creates_nothing(
    tmp_path: Path, good: str, capsys: pytest.CaptureFixture[str], command: str
) -> None:
    data = tmp_path / "d"
    run = run_cli(capsys, command, "--data-dir", str(data), "--story", "nope")
    assert run.code == 2
    assert "no story named 'nope'" in _one_line(run.err)
    assert not data.exists()  # no database made by a read
    save_story(data, "fire", good)
    before = StoryStore.open(data).get("fire")
    assert run_cli(capsys, command, "--data-dir", str(data), "--story", "nope").code == 2
    assert StoryStore.open(data).names() == ("fire",)
    assert run_cli(capsys, command, "--data-dir", str(data), "--story", "fire").code == 0
    assert StoryStore.open(data).get("fire") == before  # not even its opening time


def test_a_story_with_a_missing_source_and_no_copy_exits_1(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = tmp_path / "d"
    folder = tmp_path / "articles"
    folder.mkdir()
    for name, body in (("a.txt", "Fire at the harbour.\n"), ("b.txt", "Harbour fire out.\n")):
        (folder / name).write_text(body, encoding="utf-8")
    with StoryStore.open(data) as stories:  # saved, never opened: no copy kept
        save_sources(stories, "S", [str(folder / "a.txt"), str(folder / "b.txt")], 10**7)
    (folder / "a.txt").unlink()
    run = run_cli(capsys, "report", "--data-dir", str(data), "--story", "S")
    assert run.code == 1
    assert "a.txt: no such file" in run.err


@pytest.mark.parametrize("name", ["", "   ", os.fsdecode(b"\xff\xfe"), "-rf", "a\x1b]0;x\x07"])
def test_a_bad_story_name_is_one_line_and_nothing_is_saved(
    tmp_path: Path, good: str, capsys: pytest.CaptureFixture[str], name: str
) -> None:
    data = tmp_path / "d"
    run = run_cli(capsys, "report", "--data-dir", str(data), f"--story={name}")
    assert run.code == 2
    assert "story" in _one_line(run.err)
    assert StoryStore.open(data).names() == ()


def test_a_name_with_spaces_around_it_is_found_as_saved(
    tmp_path: Path, good: str, capsys: pytest.CaptureFixture[str]
) -> None:
    data = str(tmp_path / "d")
    save_story(data, " harbour fire ", good)
    for name in (" harbour fire ", "harbour fire", "harbour fire  "):
        assert run_cli(capsys, "report", "--data-dir", data, "--story", name).code == 0
    assert StoryStore.open(data).names() == ("harbour fire",)


def test_open_passes_a_name_starting_with_a_dash_as_a_name(monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[Any] = []

    def fake_run(args: Any) -> int:
        seen.append(args)
        return 0

    import reader.cli
    import reader.cli.app

    monkeypatch.setattr(reader.cli.app, "run", fake_run)
    assert reader.cli.main(["open", "--", "-x"]) == 0
    assert seen[0].story == "-x"


@pytest.mark.parametrize("command", [("stories",), ("report", "--story", "S"), ("export",)])
def test_a_dangling_database_link_is_one_line(
    tmp_path: Path, good: str, capsys: pytest.CaptureFixture[str], command: tuple[str, ...]
) -> None:
    data = tmp_path / "d"
    data.mkdir()
    (data / "newsdiff.db").symlink_to(tmp_path / "nowhere" / "newsdiff.db")
    sources = () if command == ("stories",) or "--story" in command else (good,)
    run = run_cli(capsys, *command, "--data-dir", str(data), *sources)
    assert run.code == 1
    assert "symbolic link" in _one_line(run.err)
