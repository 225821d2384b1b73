"""A local HTTP server on 127.0.0.1 (never any other host) for the URL tests."""

from __future__ import annotations

import contextlib
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler

import pytest

from tests.ingest.pages import ARTICLE, BARE_PAGE, WIRE_PAGE
from tests.quiet_server import refused_url, serving

PLAIN = "Harbour fire\n\nThe warehouse burned for three hours.\n"
SLOW_SECONDS = 3.0


class Handler(BaseHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        pass

    def _send(self, status: int, body: bytes, content_type: str, length: bool = True) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        if length:
            self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def _redirect(self, to: str) -> None:
        self.send_response(302)
        self.send_header("Location", to)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def do_GET(self) -> None:
        # The client gives up on purpose (size cap, timeout): not an error here.
        with contextlib.suppress(BrokenPipeError, ConnectionResetError):
            self._route(self.path)

    def _route(self, path: str) -> None:
        if path == "/article":
            self._send(200, ARTICLE.encode(), "text/html; charset=utf-8")
        elif path == "/wire":
            self._send(200, WIRE_PAGE.encode(), "text/html")
        elif path == "/bare":
            self._send(200, BARE_PAGE.encode(), "text/html")
        elif path == "/plain":
            self._send(200, PLAIN.encode("latin-1"), "text/plain; charset=iso-8859-1")
        elif path == "/moved":
            self._redirect("/article")
        elif path == "/loop":
            self._redirect("/loop")
        elif path == "/image":
            self._send(200, b"\x89PNG\r\n\x1a\n" + bytes(64), "image/png")
        elif path == "/huge-declared":
            self._send(200, b"x" * 5000, "text/html")
        elif path == "/huge-streamed":
            self.close_connection = True
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.end_headers()
            for _ in range(50):
                self.wfile.write(b"<p>" + b"x" * 1000 + b"</p>\n")
        elif path == "/slow":
            time.sleep(SLOW_SECONDS)
            self._send(200, ARTICLE.encode(), "text/html")
        else:
            self._send(404, b"not here", "text/plain")


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    with serving(Handler) as url:
        yield url


@pytest.fixture
def closed_port_url() -> str:
    """A URL on 127.0.0.1 where nothing listens: the connection is refused."""
    return refused_url()
