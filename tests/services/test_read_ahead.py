"""Reading the sources in a forked child: the same result as reading them here, or none."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from reader.ingest import load_sources
from reader.model import LoadResult
from reader.services.read_ahead import read_ahead

pytestmark = pytest.mark.skipif(not hasattr(os, "fork"), reason="no fork on this platform")


def _folder(tmp_path: Path, count: int) -> Path:
    for n in range(count):
        (tmp_path / f"outlet-{n}.txt").write_text(
            f"Bridge closure {n}\n\nThe bridge closed after {n + 2} inspectors found cracks.\n",
            encoding="utf-8",
        )
    return tmp_path


def test_the_child_reads_what_reading_here_reads(tmp_path: Path) -> None:
    folder = str(_folder(tmp_path, 4))
    reading = read_ahead([folder], max_bytes=10_000, timeout=1.0, first=2)
    assert reading is not None
    assert reading.result() == load_sources([folder], max_bytes=10_000)


def test_the_sources_that_fit_on_screen_come_first_with_the_number_of_items(
    tmp_path: Path,
) -> None:
    folder = str(_folder(tmp_path, 5))
    reading = read_ahead([folder], max_bytes=10_000, timeout=1.0, first=3)
    assert reading is not None
    early: list[tuple[LoadResult, int]] = []
    whole = reading.result(on_first=lambda batch, total: early.append((batch, total)))
    assert [(len(batch.sources), total) for batch, total in early] == [(3, 5)]
    assert whole is not None and len(whole.sources) == 5


def test_standard_input_and_urls_are_not_read_ahead(tmp_path: Path) -> None:
    folder = str(_folder(tmp_path, 1))
    for spec in ("-", "https://example.org/story"):
        assert read_ahead([folder, spec], max_bytes=10_000, timeout=1.0, first=2) is None


def test_a_child_that_fails_gives_no_result(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(*_args: object, **_kwargs: object) -> LoadResult:
        raise RuntimeError("a reader bug")

    monkeypatch.setattr("reader.ingest.load_sources", broken)  # the forked child inherits it
    reading = read_ahead([str(_folder(tmp_path, 2))], max_bytes=10_000, timeout=1.0, first=2)
    assert reading is not None
    assert reading.result() is None


def test_closing_before_the_result_leaves_no_child_behind(tmp_path: Path) -> None:
    reading = read_ahead([str(_folder(tmp_path, 2))], max_bytes=10_000, timeout=1.0, first=2)
    assert reading is not None
    pid = reading._pid
    reading.close()
    reading.close()
    assert pid is not None
    with pytest.raises(ChildProcessError):
        os.waitpid(pid, 0)
