"""URLs that fail every way at once: each gives one inert line on stderr, the rest load.

Served by a local ``http.server`` on 127.0.0.1 in a thread (never any other host). The
one-failure-per-test cases live in tests/ingest/test_fetch.py and test_bad_input.py; here
they all run in one report, with server-controlled text (reason phrase, content type,
redirect target) that carries escape sequences and markup.
"""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler

import pytest

from tests.hostile.conftest import HOSTILE, RAW_HAZARD, run_cli
from tests.quiet_server import refused_url, serving

ARTICLE = (HOSTILE / "kerrow-post.html").read_bytes()
SLOW_SECONDS = 3.0


class Handler(BaseHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        pass

    def _head(self, status: int, content_type: str, message: str | None = None) -> None:
        self.send_response(status, message)
        self.send_header("Content-Type", content_type)
        self.end_headers()

    def do_GET(self) -> None:
        if self.path == "/article":
            self._head(200, "text/html; charset=utf-8")
            self.wfile.write(ARTICLE)
        elif self.path == "/loop":
            self.send_response(302)
            self.send_header("Location", "/loop")
            self.send_header("Content-Length", "0")
            self.end_headers()
        elif self.path == "/slow":
            time.sleep(SLOW_SECONDS)
            self._head(200, "text/html")
        elif self.path == "/pdf":
            self._head(200, "application/pdf")
            self.wfile.write(b"%PDF-1.7")
        elif self.path == "/hostile-type":
            self._head(200, "application/x-\x1b]0;PWNED\x07[@click=app.quit]")
        elif self.path == "/hostile-reason":
            self._head(500, "text/plain", "Oops \x1b]0;PWNED\x07 [bold]x[/]")
        elif self.path == "/huge":  # no Content-Length: the cap must act while streaming
            self.close_connection = True
            self._head(200, "text/html")
            for _ in range(200):
                self.wfile.write(b"<p>" + b"x" * 1000 + b"</p>\n")
        else:
            self._head(404, "text/plain")


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    with serving(Handler) as url:
        yield url


@pytest.fixture
def refused() -> str:
    return refused_url()


def test_every_failing_url_is_one_line_and_the_good_ones_load(
    server: str, refused: str, good: str, capsys: pytest.CaptureFixture[str]
) -> None:
    failing = {
        refused: "refused",
        f"{server}/slow": "timed out",
        f"{server}/loop": "redirect",
        f"{server}/pdf": "application/pdf",
        f"{server}/huge": "--max-bytes",
    }
    args = ["report", "--timeout", "0.5", "--max-bytes", "50000", good, f"{server}/article"]
    run = run_cli(capsys, *args, *failing)
    assert run.code == 1
    lines = run.err.splitlines()
    assert len(lines) == len(failing)
    for (url, reason), line in zip(failing.items(), lines, strict=True):
        assert url in line and reason in line, line
    loaded = [s["path"] for s in run.json()["sources"]]
    assert loaded == [good, f"{server}/article"]


def test_the_hostile_page_over_http_loads_whole(
    server: str, capsys: pytest.CaptureFixture[str]
) -> None:
    run = run_cli(capsys, "report", f"{server}/article")
    assert run.code == 0, run.err
    (source,) = run.json()["sources"]
    assert len(source["paragraphs"]) == 4
    assert "[@click=app.bell]Ring the office[/]" in source["paragraphs"][1]["text"]


@pytest.mark.parametrize("path", ["/hostile-type", "/hostile-reason"])
def test_text_the_server_controls_reaches_stderr_inert(
    server: str, good: str, path: str, capsys: pytest.CaptureFixture[str]
) -> None:
    run = run_cli(capsys, "report", good, f"{server}{path}")
    assert run.code == 1
    (line,) = run.err.splitlines()
    assert RAW_HAZARD.search(line) is None
    assert "\u241b]0" in line  # the ESC shown as its picture
    assert len(json.loads(run.out)["sources"]) == 1
