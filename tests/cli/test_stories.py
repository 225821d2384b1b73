"""Stories from the command line: report with corrections, bundle, import, list."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from reader.cli import main
from reader.cli.sources import analyse_story
from reader.model import Analysis
from reader.store import AnnotationStore, span_target
from reader.store.bundle import BUNDLE_VERSION
from reader.store.stories import StoryStore
from tests.stories import save_story


@pytest.fixture
def story_sources(samples_dir: Path, tmp_path: Path) -> Path:
    folder = tmp_path / "articles"
    folder.mkdir()
    for path in (samples_dir / "harbour-fire").iterdir():
        if path.name != "expected.json":
            shutil.copy(path, folder / path.name)
    return folder


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str]:
    code = main(list(argv))
    return code, capsys.readouterr().out


def _correct_and_annotate(data: Path) -> None:
    """Unlink the first group's first member and leave a note on the second's."""
    stories = StoryStore.open(data)
    analysis = analyse_story(stories, "fire", max_bytes=10**7, timeout=5).analysis
    assert analysis is not None
    first = analysis.groups[0].members[0]
    source = analysis.source(first.source)
    stories.add_correction("fire", "unlink", span_target(source, first.start, first.end).anchors[0])
    other = analysis.groups[1].members[0]
    with AnnotationStore(stories.database) as notes:
        target = span_target(analysis.source(other.source), other.start, other.end)
        notes.add(target, "call the harbour master", tags=("call",))


def test_a_report_of_a_story_carries_the_reviewers_groups(
    story_sources: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = str(tmp_path / "data")
    save_story(data, "fire", story_sources)
    code, before = _run(capsys, "report", "--data-dir", data, "--story", "fire")
    assert code == 0
    _correct_and_annotate(Path(data))
    code, after = _run(capsys, "report", "--data-dir", data, "--story", "fire")
    origins = [g["origin"] for g in json.loads(after)["groups"]]
    assert "reviewer" in origins
    assert "reviewer" not in [g["origin"] for g in json.loads(before)["groups"]]


def test_bundle_then_import_elsewhere_gives_the_same_report_and_export(
    story_sources: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    here, there = str(tmp_path / "here"), str(tmp_path / "there")
    save_story(here, "fire", story_sources)
    _correct_and_annotate(Path(here))
    _, report_here = _run(capsys, "report", "--data-dir", here, "--story", "fire")
    _, export_here = _run(capsys, "export", "--data-dir", here, "--story", "fire")
    bundle = tmp_path / "fire.json"
    assert main(["bundle", "fire", "--data-dir", here, "--output", str(bundle)]) == 0
    shutil.rmtree(story_sources)  # the other machine has none of the files
    assert main(["import", str(bundle), "--data-dir", there]) == 0
    capsys.readouterr()
    _, report_there = _run(capsys, "report", "--data-dir", there, "--story", "fire")
    _, export_there = _run(capsys, "export", "--data-dir", there, "--story", "fire")
    assert report_there == report_here
    assert export_there == export_here
    assert "call the harbour master" in export_there
    assert '"origin": "reviewer"' in report_there
    assert "linked by a reviewer" in export_there


def test_import_refuses_a_bundle_from_a_newer_version(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bundle = tmp_path / "new.json"
    bundle.write_text(json.dumps({"format": "newsdiff.bundle", "version": BUNDLE_VERSION + 1}))
    assert main(["import", str(bundle), "--data-dir", str(tmp_path / "d")]) == 1
    assert "upgrade newsdiff" in capsys.readouterr().err


def test_import_refuses_a_source_whose_bytes_do_not_match_their_hash(
    story_sources: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    here = str(tmp_path / "here")
    save_story(here, "fire", story_sources)
    bundle = tmp_path / "fire.json"
    main(["bundle", "fire", "--data-dir", here, "--output", str(bundle)])
    document = json.loads(bundle.read_text())
    document["sources"][0]["sha256"] = "0" * 64
    bundle.write_text(json.dumps(document))
    capsys.readouterr()
    assert main(["import", str(bundle), "--data-dir", str(tmp_path / "there")]) == 1
    assert "does not match its hash" in capsys.readouterr().err
    assert StoryStore.open(tmp_path / "there").names() == ()


def test_stories_lists_sources_and_notes(
    story_sources: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = str(tmp_path / "data")
    save_story(data, "fire", story_sources)
    _correct_and_annotate(Path(data))
    code, listed = _run(capsys, "stories", "--data-dir", data)
    assert code == 0
    assert listed.startswith("fire") and "5 sources" in listed and "1 notes" in listed


def test_a_story_reports_a_changed_source_on_opening(
    story_sources: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = str(tmp_path / "data")
    save_story(data, "fire", story_sources)
    changed = story_sources / "bay-herald.txt"
    changed.write_text(changed.read_text() + "\n\nA late paragraph.\n")
    capsys.readouterr()
    main(["report", "--data-dir", data, "--story", "fire"])
    assert "bay-herald.txt: changed since" in capsys.readouterr().err


def test_a_correction_holds_after_an_unrelated_paragraph_of_its_source_is_edited(
    story_sources: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = tmp_path / "data"
    save_story(str(data), "fire", story_sources)
    stories = StoryStore.open(data)
    analysis = analyse_story(stories, "fire", max_bytes=10**7, timeout=5).analysis
    assert analysis is not None
    group = max(analysis.groups, key=lambda g: len({m.source for m in g.members}))
    member = group.members[-1]
    source = analysis.source(member.source)
    stories.add_correction(
        "fire", "unlink", span_target(source, member.start, member.end).anchors[0]
    )
    quote = source.text[member.start : member.end]
    # Re-save the file with another paragraph (its last one) reworded.
    last = source.paragraphs[-1]
    assert last.start >= member.end
    path = Path(source.path)
    path.write_text(path.read_text().replace(last.text, last.text + " (updated)"))
    capsys.readouterr()

    def grouped(analysis: Analysis | None) -> list[str]:
        assert analysis is not None
        return [
            analysis.source(m.source).text[m.start : m.end]
            for g in analysis.groups
            for m in g.members
        ]

    assert quote not in grouped(analyse_story(stories, "fire", max_bytes=10**7, timeout=5).analysis)
    assert "changed since" in capsys.readouterr().err
    stories.undo("fire")  # without the correction the aligner still groups the passage
    assert quote in grouped(analyse_story(stories, "fire", max_bytes=10**7, timeout=5).analysis)


def test_opening_an_unknown_story_says_how_to_list_them(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["open", "nope", "--data-dir", str(tmp_path / "data")]) == 1
    assert "newsdiff stories" in capsys.readouterr().err


def test_open_starts_the_app_on_the_story(
    story_sources: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`newsdiff open NAME` reaches the app (it once failed on an option only the bare
    command had) with the story, and takes --divergences-first too."""
    from reader.ui.app import NewsdiffApp

    data = str(tmp_path / "data")
    save_story(data, "fire", story_sources)
    started: list[tuple[str, bool]] = []

    def run(self: NewsdiffApp, *args: object, **kwargs: object) -> None:
        assert self.story is not None
        started.append((self.story.name, self.divergences_first))

    monkeypatch.setattr(NewsdiffApp, "run", run)
    assert main(["open", "fire", "--data-dir", data]) == 0
    assert main(["open", "fire", "--divergences-first", "--data-dir", data]) == 0
    assert started == [("fire", False), ("fire", True)]
