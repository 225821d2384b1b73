from __future__ import annotations

import io
import sys
from pathlib import Path

import pytest

from reader.ingest import load_sources
from reader.model import LoadResult

BODY = "Harbour fire\n\nThe warehouse burned for three hours.\n\nNobody was hurt.\n"


def write(tmp_path: Path, name: str, data: str | bytes) -> Path:
    path = tmp_path / name
    if isinstance(data, str):
        path.write_text(data, encoding="utf-8")
    else:
        path.write_bytes(data)
    return path


def test_ids_are_assigned_in_order(tmp_path: Path) -> None:
    a = write(tmp_path, "a.txt", BODY)
    b = write(tmp_path, "b.txt", BODY.replace("three", "four"))
    loaded = load_sources([str(b), str(a)])
    assert [(s.id, s.path) for s in loaded.sources] == [("s1", str(b)), ("s2", str(a))]
    assert [p.id for p in loaded.sources[0].paragraphs] == ["s1:p1", "s1:p2", "s1:p3"]


def test_folder_reads_its_article_files_sorted(tmp_path: Path) -> None:
    write(tmp_path, "b.md", "# Fire\n\nThe warehouse burned.\n")
    write(tmp_path, "a.txt", BODY)
    write(tmp_path, "c.html", "<html><body><p>x</p></body></html>")
    write(tmp_path, "notes.json", "{}")
    (tmp_path / "sub.txt").mkdir()
    loaded = load_sources([str(tmp_path)])
    names = [Path(s.path).name for s in loaded.sources] + [Path(e.path).name for e in loaded.errors]
    assert sorted(names) == ["a.txt", "b.md", "c.html"]
    assert [Path(s.path).name for s in loaded.sources][:2] == ["a.txt", "b.md"]


def test_duplicate_bytes_load_once_with_a_notice(tmp_path: Path) -> None:
    a = write(tmp_path, "a.txt", BODY)
    b = write(tmp_path, "b.txt", BODY)
    loaded = load_sources([str(a), str(b)])
    assert len(loaded.sources) == 1
    assert len(loaded.notices) == 1 and str(b) in loaded.notices[0]


def test_sha256_is_of_the_raw_bytes(tmp_path: Path) -> None:
    import hashlib

    raw = BODY.encode("utf-16")
    a = write(tmp_path, "a.txt", raw)
    assert load_sources([str(a)]).sources[0].sha256 == hashlib.sha256(raw).hexdigest()


def test_encoding_is_recorded(tmp_path: Path) -> None:
    a = write(tmp_path, "a.txt", BODY.encode("utf-16-le"))
    assert load_sources([str(a)]).sources[0].encoding == "utf-16-le"


def test_stdin(monkeypatch: pytest.MonkeyPatch) -> None:
    fake = io.TextIOWrapper(io.BytesIO(BODY.encode()), encoding="utf-8")
    monkeypatch.setattr(sys, "stdin", fake)
    source = load_sources(["-"]).sources[0]
    assert source.path == "-" and len(source.paragraphs) == 3


@pytest.mark.parametrize(
    "raw",
    [
        BODY.replace("\n", "\r\n").encode(),
        BODY.encode("utf-16"),
        BODY.encode("utf-16-be"),
        BODY.encode("cp1251"),
    ],
)
def test_text_equals_decoded_slice_in_every_encoding(tmp_path: Path, raw: bytes) -> None:
    source = load_sources([str(write(tmp_path, "a.txt", raw))]).sources[0]
    assert source.text == BODY
    for p in source.paragraphs:
        assert p.text == source.text[p.start : p.end]


def test_markdown_on_stdin_is_recognised(monkeypatch: pytest.MonkeyPatch) -> None:
    text = "# Harbour fire\n\nThe warehouse burned for three hours.\n"
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(text.encode())))
    source = load_sources(["-"]).sources[0]
    assert (source.format, source.title) == ("markdown", "Harbour fire")


def test_a_txt_file_is_plain_text_even_with_hashes(tmp_path: Path) -> None:
    path = write(tmp_path, "a.txt", "# Harbour fire\n\nThe warehouse burned.\n")
    assert load_sources([str(path)]).sources[0].format == "text"


def test_lines_are_right_in_a_long_source(tmp_path: Path) -> None:
    body = "\n\n".join(f"Paragraph number {n} of the long report." for n in range(300))
    source = load_sources([str(write(tmp_path, "long.txt", body))]).sources[0]
    assert [p.line for p in source.paragraphs] == [1 + 2 * n for n in range(300)]


def test_hidden_files_in_a_folder_are_skipped(tmp_path: Path) -> None:
    write(tmp_path, "._a.txt", b"\x00\x05\x16\x07\x00\x02")
    write(tmp_path, "a.txt", BODY)
    loaded = load_sources([str(tmp_path)])
    assert [Path(s.path).name for s in loaded.sources] == ["a.txt"] and loaded.errors == ()


def test_the_first_sources_are_handed_over_before_the_rest_are_read(tmp_path: Path) -> None:
    paths = []
    for n in range(3):
        path = tmp_path / f"outlet-{n}.txt"
        path.write_text(f"Headline {n}\n\nA body paragraph number {n} here.\n", encoding="utf-8")
        paths.append(str(path))
    early: list[tuple[list[str], int]] = []

    def first(result: LoadResult, total: int) -> None:
        early.append(([s.path for s in result.sources], total))

    whole = load_sources(paths, first=2, on_first=first)
    assert early == [(paths[:2], 3)]
    assert [s.path for s in whole.sources] == paths


def test_no_early_batch_when_every_source_fits_in_it(tmp_path: Path) -> None:
    path = tmp_path / "only.txt"
    path.write_text("Headline\n\nA body paragraph.\n", encoding="utf-8")
    early: list[int] = []
    load_sources([str(path)], first=2, on_first=lambda result, total: early.append(total))
    assert early == []
