"""Bad input through the command line: one line on stderr naming the source and the reason,
the other sources still in the report, exit code 1; a usage error exits 2; no traceback."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
GOOD = "Harbour fire\n\nThe warehouse burned for three hours, the port authority said.\n"


def report(*args: str, stdin: bytes = b"") -> subprocess.CompletedProcess[str]:
    done = subprocess.run(
        [sys.executable, "-m", "reader", "report", *args],
        input=stdin,
        capture_output=True,
        cwd=ROOT,
        timeout=120,
    )
    # errors="replace": a file name that is not UTF-8 reaches stdout as its raw bytes.
    return subprocess.CompletedProcess(
        done.args, done.returncode, done.stdout.decode(errors="replace"), done.stderr.decode()
    )


@pytest.fixture
def good(tmp_path: Path) -> str:
    path = tmp_path / "good.txt"
    path.write_text(GOOD, encoding="utf-8")
    return str(path)


def assert_one_clear_failure(
    result: subprocess.CompletedProcess[str], source: str, reason: str
) -> None:
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    (line,) = result.stderr.strip().splitlines()
    assert source in line and reason in line.lower()
    assert len(json.loads(result.stdout)["sources"]) == 1


def bad_file(tmp_path: Path, name: str, data: bytes) -> str:
    path = tmp_path / name
    path.write_bytes(data)
    return str(path)


@pytest.mark.parametrize(
    ("name", "data", "reason"),
    [
        ("photo.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(40), "binary"),
        ("empty.txt", b"", "empty"),
        ("blank.txt", b" \n\t\n\r\n   ", "whitespace"),
        ("garbled.txt", bytes(range(128, 256)) * 3, "undecodable"),
    ],
)
def test_unreadable_file(tmp_path: Path, good: str, name: str, data: bytes, reason: str) -> None:
    bad = bad_file(tmp_path, name, data)
    assert_one_clear_failure(report(good, bad), bad, reason)


def test_missing_path(tmp_path: Path, good: str) -> None:
    missing = str(tmp_path / "nowhere.txt")
    assert_one_clear_failure(report(good, missing), missing, "no such file")


def test_folder_with_nothing_readable(tmp_path: Path, good: str) -> None:
    folder = tmp_path / "stuff"
    folder.mkdir()
    (folder / "data.json").write_text("{}")
    assert_one_clear_failure(report(good, str(folder)), str(folder), "no readable")


def test_over_the_size_cap_names_the_flag(tmp_path: Path, good: str) -> None:
    big = bad_file(tmp_path, "big.txt", (GOOD * 50).encode())
    result = report("--max-bytes", "500", good, big)
    assert_one_clear_failure(result, big, "--max-bytes")


def test_symlink_loop(tmp_path: Path, good: str) -> None:
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    os.symlink(b, a)
    os.symlink(a, b)
    assert_one_clear_failure(report(good, str(a)), str(a), "loop")


def test_empty_stdin(good: str) -> None:
    assert_one_clear_failure(report(good, "-"), "-", "empty")


def test_url_not_found(server: str, good: str) -> None:
    url = f"{server}/nothing-here"
    assert_one_clear_failure(report(good, url), url, "404")


def test_url_refused(closed_port_url: str, good: str) -> None:
    assert_one_clear_failure(report(good, closed_port_url), closed_port_url, "refused")


def test_url_timeout(server: str, good: str) -> None:
    url = f"{server}/slow"
    assert_one_clear_failure(report("--timeout", "0.5", good, url), url, "timed out")


def test_url_with_a_non_html_content_type(server: str, good: str) -> None:
    url = f"{server}/image"
    assert_one_clear_failure(report(good, url), url, "image/png")


def test_url_with_a_huge_body(server: str, good: str) -> None:
    url = f"{server}/huge-streamed"
    assert_one_clear_failure(report("--max-bytes", "10000", good, url), url, "--max-bytes")


def test_all_bad_still_exits_1_with_no_report(tmp_path: Path) -> None:
    result = report(str(tmp_path / "nowhere.txt"))
    assert result.returncode == 1 and result.stdout == ""
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize(
    "args", [(), ("--max-bytes", "lots", "x.txt"), ("--timeout", "soon", "x.txt"), ("--nope",)]
)
def test_usage_error_exits_2(args: tuple[str, ...]) -> None:
    result = report(*args)
    assert result.returncode == 2
    assert "Traceback" not in result.stderr


def test_duplicate_is_a_notice_not_an_error(tmp_path: Path, good: str) -> None:
    copy = bad_file(tmp_path, "copy.txt", GOOD.encode())
    result = report(good, copy)
    assert result.returncode == 0
    assert copy in result.stderr and "loaded once" in result.stderr
    assert len(json.loads(result.stdout)["sources"]) == 1


def test_a_hostile_file_name_is_reported_on_one_inert_line(tmp_path: Path, good: str) -> None:
    missing = str(tmp_path / "gone\x1b]0;owned\x07\nsecond.txt")
    result = report(good, missing)
    assert result.returncode == 1
    (line,) = result.stderr.strip().splitlines()
    assert "\x1b" not in line and "\x07" not in line and "no such file" in line


def test_a_file_name_that_is_not_utf8_still_loads(tmp_path: Path, good: str) -> None:
    odd = os.path.join(os.fsencode(tmp_path), b"caf\xe9.txt")
    with open(odd, "wb") as handle:
        handle.write(b"Harbour fire\n\nThe quay reopened on Wednesday morning.\n")
    result = report(good, os.fsdecode(odd))
    assert result.returncode == 0, result.stderr
    assert len(json.loads(result.stdout)["sources"]) == 2
