"""A bundle is data, and an import only adds (issue 18, items 1 and 2).

Each case failed on main before this change: ``import --as NEW`` moved the original's
corrections to the copy and put back the bundled note text and triage mark; a bundle's
source paths (a local file, a URL on 127.0.0.1) were read on first open and then carried in
the next bundle; a relative path resolved against the current folder; a failed import left
a partial story, or extended a story whose name differs only by spaces; a bundle copy
ignored --max-bytes; and every malformed field below was a traceback or was accepted.
"""

from __future__ import annotations

import base64
import copy
import hashlib
import json
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler
from pathlib import Path
from typing import Any

import pytest

from reader.cli import main
from reader.model.anchors import SourceRecord
from reader.store import AnnotationStore
from reader.store.stories import StoryStore
from tests.hostile.bundles import COAST, bundle_of, dump, make_story
from tests.quiet_server import serving


@pytest.fixture
def made(tmp_path: Path) -> tuple[Path, dict[str, Any]]:
    data = tmp_path / "data"
    make_story(tmp_path / "articles", data)
    return data, bundle_of(data, "fire", tmp_path / "fire.json")


def _import(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, data: Path, document: Any, *extra: str
) -> tuple[int, str]:
    path = tmp_path / "in.json"
    text = document if isinstance(document, str) else json.dumps(document)
    path.write_text(text, encoding="utf-8", errors="surrogatepass")
    capsys.readouterr()
    code = main(["import", str(path), "--data-dir", str(data), *extra])
    err = capsys.readouterr().err
    assert "Traceback" not in err
    return code, err


def _with_path(document: dict[str, Any], old: str, new: str) -> dict[str, Any]:
    """The bundle with every mention of source path ``old`` changed to ``new``."""
    text = json.dumps(document).replace(json.dumps(old)[1:-1], json.dumps(new)[1:-1])
    changed: dict[str, Any] = json.loads(text)
    return changed


# ---------------------------------------------------------------- item 1: a pure addition


def test_import_as_a_new_name_leaves_the_original_story_untouched(
    made: tuple[Path, dict[str, Any]], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data, document = made
    with AnnotationStore.open(data) as notes:
        (note,) = notes.list()
        notes.update(note.id, note="edited after the bundle")
        (mark,) = notes.triage_marks()
        notes.set_triage(mark.source, "trusted")
    with StoryStore.open(data) as stories:
        before_corrections = stories.corrections("fire")
    before = dump(data)
    code, err = _import(capsys, tmp_path, data, document, "--as", "fire copy")
    assert code == 0, err
    after = dump(data)
    assert set(before) <= set(after)  # no row of before was changed or deleted
    with StoryStore.open(data) as stories:
        assert stories.corrections("fire") == before_corrections
        assert len(stories.corrections("fire copy")) == len(before_corrections)
        assert {c.id for c in stories.corrections("fire copy")}.isdisjoint(
            c.id for c in before_corrections
        )
    with AnnotationStore.open(data) as notes:
        assert [n.note for n in notes.list()] == ["edited after the bundle"]
        assert [m.mark for m in notes.triage_marks()] == ["trusted"]


def test_a_failed_import_changes_nothing(
    made: tuple[Path, dict[str, Any]], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data, document = made
    broken = copy.deepcopy(document)
    broken["triage"][0]["mark"] = "burn-it"  # the last thing an import would write
    before = dump(data)
    snapshots = sorted((data / "snapshots").iterdir())
    code, err = _import(capsys, tmp_path, data, broken, "--as", "other")
    assert code == 1 and "mark must be one of" in err and len(err.splitlines()) == 1
    assert dump(data) == before
    assert sorted((data / "snapshots").iterdir()) == snapshots


def test_a_name_differing_only_by_spaces_is_the_same_story(
    made: tuple[Path, dict[str, Any]], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data, document = made
    before = dump(data)
    code, err = _import(capsys, tmp_path, data, document, "--as", "  fire ")
    assert code == 1 and "exists already" in err
    assert dump(data) == before


# ---------------------------------------------------------------- item 2: a bundle is data


def test_a_local_path_named_by_a_bundle_is_never_read_on_open(
    made: tuple[Path, dict[str, Any]], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _, document = made
    secret = tmp_path / "secret.txt"
    secret.write_text("Private\n\nThe password is swordfish.\n", encoding="utf-8")
    old = document["sources"][0]["path"]
    there = tmp_path / "there"
    code, err = _import(capsys, tmp_path, there, _with_path(document, old, str(secret)))
    assert code == 0, err
    assert main(["report", "--data-dir", str(there), "--story", "fire"]) == 0
    shown = capsys.readouterr()
    assert "swordfish" not in shown.out and "changed since" not in shown.err
    assert "--refresh" in shown.err
    again = bundle_of(there, "fire", tmp_path / "again.json")
    carried = [base64.b64decode(s["data"]) for s in again["sources"]]
    assert all(b"swordfish" not in raw for raw in carried)
    assert main(["report", "--data-dir", str(there), "--story", "fire", "--refresh"]) == 0
    refreshed = capsys.readouterr()
    assert f"reading {secret}" in refreshed.err and "swordfish" in refreshed.out


class Counting(BaseHTTPRequestHandler):
    hits = 0

    def log_message(self, format: str, *args: object) -> None:
        pass

    def do_GET(self) -> None:
        Counting.hits += 1
        self.send_response(200)
        self.send_header("Content-Type", "text/plain")
        self.end_headers()
        self.wfile.write(COAST.encode())


@pytest.fixture
def counting() -> Iterator[str]:
    Counting.hits = 0
    with serving(Counting) as url:
        yield url


def test_a_url_named_by_a_bundle_is_not_requested_until_refresh(
    made: tuple[Path, dict[str, Any]],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    counting: str,
) -> None:
    _, document = made
    old = document["sources"][0]["path"]
    there = tmp_path / "there"
    code, err = _import(capsys, tmp_path, there, _with_path(document, old, f"{counting}/a"))
    assert code == 0, err
    assert main(["report", "--data-dir", str(there), "--story", "fire"]) == 0
    assert Counting.hits == 0
    main(["report", "--data-dir", str(there), "--story", "fire", "--refresh"])
    assert Counting.hits == 1


@pytest.mark.parametrize("path", ["../../../etc/hostname", "articles/coast.txt", "~/x.txt"])
def test_a_relative_path_is_refused(
    made: tuple[Path, dict[str, Any]], tmp_path: Path, capsys: pytest.CaptureFixture[str], path: str
) -> None:
    _, document = made
    old = document["sources"][0]["path"]
    there = tmp_path / "there"
    code, err = _import(capsys, tmp_path, there, _with_path(document, old, path))
    assert code == 1 and "not an absolute path" in err
    assert dump(there) == [] or StoryStore.open(there).names() == ()


def test_a_bundled_copy_over_max_bytes_is_refused(
    made: tuple[Path, dict[str, Any]], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _, document = made
    code, err = _import(capsys, tmp_path, tmp_path / "there", document, "--max-bytes", "20")
    assert code == 1 and "--max-bytes" in err


def _set(document: dict[str, Any], where: str, value: Any) -> dict[str, Any]:
    changed = copy.deepcopy(document)
    *path, last = where.split(".")
    node: Any = changed
    for key in path:
        node = node[int(key)] if key.isdigit() else node[key]
    if value is _DELETE:
        del node[int(last) if last.isdigit() else last]
    else:
        node[int(last) if last.isdigit() else last] = value
    return changed


_DELETE = object()
BAD_FIELDS = [
    ("version", -1, "version"),
    ("version", True, "version"),
    ("version", 0, "version"),
    ("story.name", "", "name"),
    ("story.name", "   ", "name"),
    ("story.name", "\ud800", "name"),
    ("story.name", "-rf", "start with '-'"),
    ("story.name", "fire\x1b]0;x\x07", "control"),
    ("story.name", 7, "text"),
    ("annotations.0.note", "bad \udfff", "surrogate"),
    ("annotations.0.kind", "virus", "kind must be one of"),
    ("annotations.0.anchors", [], "anchors must hold"),
    ("annotations.0.tags", "call", "tags is not a list"),
    ("annotations.0.label", "true", "label must be one of"),
    ("annotations.0.anchors.0.start", -5, "start is out of range"),
    ("annotations.0.anchors.0.end", 10**30, "end is out of range"),
    ("annotations.0.anchors.0.start", 1.5, "whole number"),
    ("corrections.0.kind", "delete-everything", "kind must be one of"),
    ("corrections.0.passage", None, "not an object"),
    ("corrections.0.created", "yesterday", "date and time"),
    ("triage.0.path", "/home/someone/.ssh/id_rsa", "not one of the bundle's sources"),
    ("triage.0.sha256", "abc", "SHA-256"),
    ("names.0.path", "/home/someone/.ssh/id_rsa", "not one of the bundle's sources"),
    ("names.0.name", "Coast\x1b]0;x\x07", "control"),
    ("names.0.name", "   ", "blank"),
    ("names.0.name", 7, "text"),
    ("names", {}, "names is not a list"),
    ("sources.0.data", "!!!", "base64"),
    ("sources.0.url", "javascript:alert(1)", "address newsdiff does not read"),
    ("sources.0.path", "http://user:pw@127.0.0.1/a", "user name or password"),
    ("sources", [], "sources must hold"),
    ("annotations", _DELETE, "annotations is not a list"),
]


@pytest.mark.parametrize(("where", "value", "said"), BAD_FIELDS)
def test_every_field_is_checked_before_anything_is_written(
    made: tuple[Path, dict[str, Any]],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    where: str,
    value: Any,
    said: str,
) -> None:
    data, document = made
    before = dump(data)
    rename = () if where == "story.name" else ("--as", "copy")  # --as hides the bundle's name
    code, err = _import(capsys, tmp_path, data, _set(document, where, value), *rename)
    assert code == 1, err
    (line,) = err.splitlines()
    assert said in line and line.startswith("newsdiff: ")
    assert dump(data) == before


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("[" * 100_000 + "]" * 100_000, "not a newsdiff bundle"),
        ('{"format": "newsdiff.bundle", "version": ' + "9" * 5000 + "}", "not a newsdiff bundle"),
        ('{"format": "newsdiff.bundle", "version": Infinity}', "not a newsdiff bundle"),
        ('{"format": "newsdiff.bundle", "version": NaN}', "not a newsdiff bundle"),
        ("", "not a newsdiff bundle"),
    ],
)
def test_malformed_json_is_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], text: str, said: str
) -> None:
    code, err = _import(capsys, tmp_path, tmp_path / "data", text)
    assert code == 1
    (line,) = err.splitlines()
    assert said in line


def test_an_infinite_offset_is_one_line(
    made: tuple[Path, dict[str, Any]], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _, document = made
    text = json.dumps(_set(document, "annotations.0.anchors.0.end", 12345678)).replace(
        "12345678", "1e999"
    )
    code, err = _import(capsys, tmp_path, tmp_path / "there", text)
    assert code == 1 and "whole number" in err and len(err.splitlines()) == 1


def test_a_hash_mismatch_is_refused(
    made: tuple[Path, dict[str, Any]], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _, document = made
    wrong = hashlib.sha256(b"something else").hexdigest()
    text = json.dumps(document).replace(document["sources"][0]["sha256"], wrong)
    code, err = _import(capsys, tmp_path, tmp_path / "there", text)
    assert code == 1 and "does not match its hash" in err


# ---------------------------------------------------------------- the user's source names


def test_a_bundle_carries_the_users_source_names_to_the_report_elsewhere(
    made: tuple[Path, dict[str, Any]], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _, document = made
    assert [n["name"] for n in document["names"]] == ["Coast Desk"]
    there = tmp_path / "there"
    code, _ = _import(capsys, tmp_path, there, document)
    assert code == 0
    assert main(["report", "--data-dir", str(there), "--story", "fire"]) == 0
    sources = json.loads(capsys.readouterr().out)["sources"]
    assert [s["name"] for s in sources] == ["Coast Desk", None]


def test_a_name_given_here_is_kept_over_the_bundled_one(
    made: tuple[Path, dict[str, Any]], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data, document = made
    with AnnotationStore.open(data) as notes:
        source = document["sources"][0]
        notes.set_source_name(SourceRecord(source["sha256"], source["path"]), "My name")
    code, _ = _import(capsys, tmp_path, data, document, "--as", "copy")
    assert code == 0
    assert main(["report", "--data-dir", str(data), "--story", "copy"]) == 0
    assert json.loads(capsys.readouterr().out)["sources"][0]["name"] == "My name"


def test_a_bundle_without_names_imports(
    made: tuple[Path, dict[str, Any]], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _, document = made
    code, err = _import(capsys, tmp_path, tmp_path / "there", _set(document, "names", _DELETE))
    assert code == 0, err


def test_bundle_says_what_it_wrote(
    made: tuple[Path, dict[str, Any]], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data, _ = made
    out = tmp_path / "again.json"
    capsys.readouterr()
    assert main(["bundle", "fire", "--data-dir", str(data), "--output", str(out)]) == 0
    said = capsys.readouterr().out
    assert said.startswith(f"wrote story fire to {out}: 2 sources, 1 correction, 1 note,")
    assert "1 triage mark, 1 source name (" in said
