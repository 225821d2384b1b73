"""Limits hold in wall time and memory (issue 18, item 4). Each case failed on main before
this change: a server sending one byte at a time ran far past ``--timeout`` (the timeout was
per read), a redirect to ftp:// was followed ("cannot fetch: "), file:// and data: were
called "more than 5 redirects", a URL's password reached stderr, a story source replaced by
a FIFO hung ``report --story``, and a kept copy was read whatever ``--max-bytes`` said.

Servers listen on 127.0.0.1 only; every server loop is bounded.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler
from pathlib import Path

import pytest

from reader.ingest import load_sources
from reader.model import LoadResult
from tests.hostile.conftest import GOOD, ROOT, run_cli
from tests.quiet_server import serving
from tests.stories import save_story

DRIP_SECONDS = 0.1
DRIP_MAX = 300  # 30 s at most: the old per-read timeout read all of it


class Handler(BaseHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        pass

    def _redirect(self, where: str) -> None:
        self.send_response(302)
        self.send_header("Location", where)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def do_GET(self) -> None:
        redirects = {
            "/to-ftp": "ftp://127.0.0.1/article.txt",
            "/to-file": "file:///etc/passwd",
            "/to-data": "data:text/plain,hello",
            "/to-javascript": "javascript:alert(1)",
            "/to-credentials": "http://user:hunter2@127.0.0.1:9/article",
        }
        if self.path in redirects:
            self._redirect(redirects[self.path])
        elif self.path == "/drip-body":
            self.close_connection = True
            self.send_response(200)
            self.send_header("Content-Type", "text/plain")
            self.end_headers()
            for _ in range(DRIP_MAX):
                self.wfile.write(b"x")
                self.wfile.flush()
                time.sleep(DRIP_SECONDS)
        elif self.path == "/drip-headers":
            self.close_connection = True
            self.wfile.write(b"HTTP/1.0 200 OK\r\n")
            for _ in range(DRIP_MAX):
                self.wfile.write(b"X-Slow: y\r\n")
                self.wfile.flush()
                time.sleep(DRIP_SECONDS)
        elif self.path == "/article":
            self.send_response(200)
            self.send_header("Content-Type", "text/plain")
            self.end_headers()
            self.wfile.write(GOOD.encode())
        else:
            self.send_response(404)
            self.end_headers()


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    with serving(Handler) as url:
        yield url


def _reason(result: LoadResult) -> str:
    (error,) = result.errors
    assert "\n" not in error.reason
    return error.reason


@pytest.mark.parametrize("path", ["/drip-body", "/drip-headers"])
def test_the_timeout_bounds_the_whole_download(server: str, path: str) -> None:
    started = time.monotonic()
    result = load_sources([server + path], timeout=1.0)
    elapsed = time.monotonic() - started
    assert "timed out after 1 s" in _reason(result)
    assert elapsed < 5, elapsed


@pytest.mark.parametrize(
    ("path", "scheme"),
    [
        ("/to-ftp", "ftp"),
        ("/to-file", "file"),
        ("/to-data", "data"),
        ("/to-javascript", "javascript"),
    ],
)
def test_a_redirect_leaves_http_only_with_the_real_reason(
    server: str, path: str, scheme: str
) -> None:
    reason = _reason(load_sources([server + path], timeout=5.0))
    assert f"redirected to a {scheme}: address" in reason and "http and https" in reason
    assert "more than" not in reason


def test_a_password_in_a_url_is_never_printed(
    server: str, capsys: pytest.CaptureFixture[str]
) -> None:
    host = server.removeprefix("http://")
    run = run_cli(capsys, "report", f"http://user:hunter2@{host}/article")
    assert run.code == 1
    assert "hunter2" not in run.err and "user" not in run.err.split("http://")[1].split("@")[0]
    assert "user name or password" in run.err and len(run.err.splitlines()) == 2


def test_a_redirect_to_a_url_with_a_password_is_refused_without_showing_it(server: str) -> None:
    reason = _reason(load_sources([server + "/to-credentials"], timeout=5.0))
    assert "hunter2" not in reason and "user name or password" in reason


def _slow_writer(fifo: Path, seconds: float) -> threading.Thread:
    """A writer already there when newsdiff opens the pipe (O_RDWR never waits on Linux),
    writing one byte every 50 ms for ``seconds``."""
    fd = os.open(fifo, os.O_RDWR)

    def write() -> None:
        try:
            end = time.monotonic() + seconds
            while time.monotonic() < end:
                os.write(fd, b"x")
                time.sleep(0.05)
        finally:
            os.close(fd)

    thread = threading.Thread(target=write, daemon=True)
    thread.start()
    return thread


def test_a_fifo_named_on_the_command_line_is_read_within_the_timeout(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    writer = _slow_writer(fifo, 4.0)
    started = time.monotonic()
    result = load_sources([str(fifo)], timeout=1.0)
    assert time.monotonic() - started < 3
    assert "still being written after 1 s" in _reason(result)
    writer.join(timeout=10)


def test_a_fifo_without_a_writer_reads_as_empty_at_once(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    started = time.monotonic()
    load_sources([str(fifo)], timeout=10.0)
    assert time.monotonic() - started < 3


def _story(tmp_path: Path, source: Path) -> Path:
    data = tmp_path / "data"
    source.write_text(GOOD, encoding="utf-8")
    save_story(data, "s", source)
    return data


def test_a_story_source_replaced_by_a_fifo_does_not_hang(tmp_path: Path) -> None:
    source = tmp_path / "a.txt"
    data = _story(tmp_path, source)
    source.unlink()
    os.mkfifo(source)
    # no writer at all: the old open() waited for one forever
    done = subprocess.run(
        [sys.executable, "-m", "reader", "report", "--data-dir", str(data), "--story", "s"],
        capture_output=True, cwd=ROOT, timeout=60,
    )  # fmt: skip
    err = done.stderr.decode()
    assert "named pipe" in err and "showing the copy kept" in err, err
    assert "Traceback" not in err


def test_a_kept_copy_over_the_cap_is_not_read(tmp_path: Path) -> None:
    source = tmp_path / "a.txt"
    data = _story(tmp_path, source)
    digest = hashlib.sha256(GOOD.encode()).hexdigest()
    assert (data / "snapshots" / digest).exists()
    source.unlink()
    done = subprocess.run(
        [sys.executable, "-m", "reader", "report", "--data-dir", str(data), "--story", "s",
         "--max-bytes", "10"],
        capture_output=True, cwd=ROOT, timeout=60,
    )  # fmt: skip
    err = done.stderr.decode()
    assert done.returncode == 1 and "kept copy" in err and "--max-bytes" in err, err
    assert "Traceback" not in err
