"""Encodings and shapes of text files: every one loads with offsets that slice to its
paragraphs, or is refused in one clear line while the other sources still load."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from reader.ingest import load_sources
from reader.model import LoadResult, Source
from tests.hostile.conftest import HOSTILE, run_cli

ARTICLE = (
    "Ferry halted on Kerrow\n\n"
    "The Selkie broke down on Tuesday, the operator said.\n\n"
    "About 300 passengers were stranded overnight.\n"
)
CYRILLIC = "Паром остановлен\n\nПаром сломался во вторник, сообщил оператор.\n"
LATIN = "Fähre gestoppt\n\nDie Fähre fiel am Dienstag aus, sagte der Betreiber.\n"


def load_bytes(tmp_path: Path, raw: bytes, name: str = "source.txt") -> LoadResult:
    path = tmp_path / name
    path.write_bytes(raw)
    return load_sources([str(path)])


def only_source(result: LoadResult) -> Source:
    assert result.errors == ()
    (source,) = result.sources
    for p in source.paragraphs:
        assert source.text[p.start : p.end] == p.text
    return source


@pytest.mark.parametrize(
    ("raw", "text"),
    [
        pytest.param(ARTICLE.encode(), ARTICLE, id="utf-8"),
        pytest.param(codecs.BOM_UTF8 + ARTICLE.encode(), ARTICLE, id="utf-8-bom"),
        pytest.param(codecs.BOM_UTF16_LE + ARTICLE.encode("utf-16-le"), ARTICLE, id="utf-16-le"),
        pytest.param(codecs.BOM_UTF16_BE + ARTICLE.encode("utf-16-be"), ARTICLE, id="utf-16-be"),
        pytest.param(ARTICLE.encode("utf-16-le"), ARTICLE, id="utf-16-le-no-bom"),
        pytest.param(ARTICLE.encode("utf-16-be"), ARTICLE, id="utf-16-be-no-bom"),
        pytest.param((CYRILLIC * 3).encode("cp1251"), CYRILLIC * 3, id="cp1251"),
        pytest.param((LATIN * 3).encode("latin-1"), LATIN * 3, id="latin-1"),
    ],
)
def test_every_common_encoding_loads_to_the_same_text(
    tmp_path: Path, raw: bytes, text: str
) -> None:
    assert only_source(load_bytes(tmp_path, raw)).text == text


def test_mixed_crlf_and_cr_line_ends_become_newlines_like_python_text_mode(
    tmp_path: Path,
) -> None:
    raw = b"Ferry halted\r\n\r\nThe Selkie broke down.\r\rAbout 300 stranded.\n"
    source = only_source(load_bytes(tmp_path, raw))
    assert source.text == raw.decode().replace("\r\n", "\n").replace("\r", "\n")
    assert [p.text for p in source.paragraphs][-1] == "About 300 stranded."


def test_escape_heavy_text_loads_with_every_control_kept() -> None:
    source = only_source(load_sources([str(HOSTILE / "quay-times.txt")]))
    assert "\x1b]0;" in source.text and "\x07\x07\x07" in source.text
    assert len(source.paragraphs) == 8


def test_text_of_nothing_but_control_characters_is_refused_as_no_text(tmp_path: Path) -> None:
    result = load_bytes(tmp_path, b"\x1b\x07\x08\x1b\x7f\n\x0e\x1f\n" * 50)
    (error,) = result.errors
    assert "no text" in error.reason


@pytest.mark.parametrize(
    ("raw", "reason"),
    [
        pytest.param(ARTICLE.encode()[:30] + b"\x00" + ARTICLE.encode()[30:], "binary", id="nul"),
        pytest.param(
            b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4, "binary", id="png"
        ),
        pytest.param(b"\x1f\x8b\x08\x00" + bytes(range(255, 0, -1)) * 8, "binary", id="gzip"),
        pytest.param(b"", "empty", id="empty"),
        pytest.param(b" \t\r\n\n  \r\n\x0c ", "whitespace", id="whitespace"),
        pytest.param(codecs.BOM_UTF8 + b"\xff\xfe broken", "undecodable", id="bad-after-bom"),
    ],
)
def test_unusable_bytes_are_refused_with_one_reason_and_others_still_load(
    tmp_path: Path, good: str, raw: bytes, reason: str
) -> None:
    bad = tmp_path / "renamed.txt"
    bad.write_bytes(raw)
    result = load_sources([good, str(bad)])
    assert [s.path for s in result.sources] == [good]
    (error,) = result.errors
    assert error.path == str(bad) and reason in error.reason
    assert "\n" not in str(error)


def test_one_ten_megabyte_line_is_reported_whole_and_analysed_in_part(
    tmp_path: Path, good: str, capsys: pytest.CaptureFixture[str]
) -> None:
    line = ("the ferry broke down and passengers waited " * 240_000)[:10_000_000]
    huge = tmp_path / "one-line.txt"
    huge.write_text(line + "\n")
    run = run_cli(capsys, "report", str(huge), good)
    assert run.code == 0
    (paragraph,) = run.json()["sources"][0]["paragraphs"]
    assert (paragraph["start"], paragraph["end"]) == (0, len(line))
    (notice,) = run.err.splitlines()
    assert str(huge) in notice and "too long to compare whole" in notice


def test_a_file_over_the_size_cap_is_refused_naming_the_flag(
    tmp_path: Path, good: str, capsys: pytest.CaptureFixture[str]
) -> None:
    big = tmp_path / "huge.txt"
    with big.open("wb") as handle:  # 50 MB of text without holding it twice in memory
        block = b"The ferry broke down on Tuesday. " * 32_768
        for _ in range(50 * 1024 * 1024 // len(block) + 1):
            handle.write(block)
    run = run_cli(capsys, "report", good, str(big))
    assert run.code == 1
    (line,) = run.err.splitlines()
    assert str(big) in line and "--max-bytes" in line
    assert [s["path"] for s in run.json()["sources"]] == [good]


def test_five_hundred_tiny_files_in_a_folder_all_load_in_name_order(tmp_path: Path) -> None:
    folder = tmp_path / "many"
    folder.mkdir()
    for n in range(500):
        (folder / f"{n:03d}.txt").write_text(f"Note {n}\n\nItem number {n} of the pile.\n")
    result = load_sources([str(folder)])
    assert result.errors == ()
    assert len(result.sources) == 500
    assert result.sources[0].path.endswith("000.txt")
    assert result.sources[-1].path.endswith("499.txt")


def test_the_same_content_twice_loads_once_and_says_so_on_stderr(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    first, second = tmp_path / "a.txt", tmp_path / "b.txt"
    first.write_text(ARTICLE)
    second.write_text(ARTICLE)
    run = run_cli(capsys, "report", str(first), str(second))
    assert run.code == 0
    assert len(run.json()["sources"]) == 1
    (line,) = run.err.splitlines()
    assert str(second) in line and "loaded once" in line
