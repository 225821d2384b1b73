"""Fetch one http(s) URL with a timeout, a streaming size cap and a redirect limit.

Only what can hold an article is accepted (HTML, plain text, Markdown); anything else is
refused with the content type named, before its body is read. Every failure becomes an
``IngestError`` whose reason is one line.
"""

from __future__ import annotations

import contextlib
import time
from dataclasses import dataclass
from typing import IO, TYPE_CHECKING

from reader import __version__
from reader.ingest.errors import IngestError
from reader.ingest.resolve import has_credentials
from reader.settings import DEFAULT_TIMEOUT
from reader.text.safe import inert

if TYPE_CHECKING:  # http.client and urllib load when a URL is fetched, not at start-up
    import socket
    import urllib.request
    from email.message import Message

MAX_REDIRECTS = 5
_CHUNK = 64 * 1024
ACCEPTED_TYPES = frozenset(
    {"text/html", "application/xhtml+xml", "text/plain", "text/markdown", "text/x-markdown"}
)


@dataclass(frozen=True, slots=True)
class Fetched:
    """The bytes read for one source, with what the server said about them."""

    raw: bytes
    content_type: str | None = None  # media type without parameters, lower case
    charset: str | None = None  # as declared by the server
    url: str | None = None  # final URL after redirects


def too_large(max_bytes: int) -> str:
    """The size-cap reason; it names the flag that raises the cap."""
    return f"larger than the {max_bytes}-byte cap (raise it with --max-bytes)"


class _Deadline:
    """The wall-clock end of one fetch. When it passes, every socket the fetch opened is
    shut down, which wakes a read blocked on a server that sends one byte a second (a
    per-read timeout never fires then): connect, headers and body share one budget."""

    def __init__(self, seconds: float) -> None:
        import threading

        self.seconds = seconds
        self.end = time.monotonic() + seconds
        self.expired = False
        self._sockets: list[socket.socket] = []
        self._lock = threading.Lock()
        self._timer = threading.Timer(max(seconds, 0.0), self._expire)
        self._timer.daemon = True

    def __enter__(self) -> _Deadline:
        self._timer.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._timer.cancel()

    def remaining(self) -> float:
        left = self.end - time.monotonic()
        if left <= 0:
            self.expired = True
            raise IngestError(self.reason())
        return left

    def reason(self) -> str:
        return f"timed out after {self.seconds:g} s (--timeout bounds the whole download)"

    def watch(self, sock: socket.socket) -> None:
        with self._lock:
            self._sockets.append(sock)
            expired = self.expired
        if expired:
            _shut(sock)

    def _expire(self) -> None:
        with self._lock:
            self.expired = True
            sockets = list(self._sockets)
        for sock in sockets:
            _shut(sock)


def _shut(sock: socket.socket) -> None:
    import socket as socket_module

    with contextlib.suppress(OSError):
        sock.shutdown(socket_module.SHUT_RDWR)


def _redirect_target(base: str, headers: Message) -> str:
    """Where a redirect leads; raises the real reason when newsdiff will not go there."""
    from urllib.parse import urljoin, urlsplit

    location = headers.get("Location") or headers.get("URI")
    if not location:
        raise IngestError("the server redirected without saying where to")
    target = urljoin(base, location.strip())
    try:
        parts = urlsplit(target)
    except ValueError:
        raise IngestError("the server redirected to an address that is not valid") from None
    scheme = parts.scheme.lower()
    if scheme not in ("http", "https"):
        shown = inert(scheme, keep_newlines=False)[:20] or "a relative"
        raise IngestError(
            f"the server redirected to a {shown}: address; newsdiff follows redirects only "
            "to http and https"
        )
    if parts.username is not None or parts.password is not None:
        raise IngestError("the server redirected to an address with a user name or password")
    return target


def _opener(deadline: _Deadline) -> urllib.request.OpenerDirector:
    import http.client
    import urllib.request

    class LimitedRedirects(urllib.request.HTTPRedirectHandler):
        max_redirections = MAX_REDIRECTS

        def http_error_302(
            self,
            req: urllib.request.Request,
            fp: IO[bytes],
            code: int,
            msg: str,
            headers: http.client.HTTPMessage,
        ) -> object:
            try:
                _redirect_target(req.full_url, headers)
                if len(getattr(req, "redirect_dict", {})) >= MAX_REDIRECTS:
                    raise IngestError(f"more than {MAX_REDIRECTS} redirects")
            except IngestError:
                fp.close()
                raise
            return super().http_error_302(req, fp, code, msg, headers)

        http_error_301 = http_error_303 = http_error_307 = http_error_308 = http_error_302

    def bounded(base: type[http.client.HTTPConnection]) -> type[http.client.HTTPConnection]:
        class Bounded(base):  # type: ignore[valid-type,misc]
            def connect(self) -> None:
                asked: float | None = getattr(self, "timeout", None)
                self.timeout = min(deadline.remaining(), asked or deadline.seconds)
                super().connect()
                deadline.watch(self.sock)

        return Bounded

    class HTTP(urllib.request.HTTPHandler):
        def http_open(self, req: urllib.request.Request) -> http.client.HTTPResponse:
            return self.do_open(bounded(http.client.HTTPConnection), req)

    class HTTPS(urllib.request.HTTPSHandler):
        def https_open(self, req: urllib.request.Request) -> http.client.HTTPResponse:
            connection = bounded(http.client.HTTPSConnection)
            return self.do_open(connection, req, context=self._context)  # type: ignore[attr-defined]

    return urllib.request.build_opener(LimitedRedirects(), HTTP(), HTTPS())


def _read_body(response: IO[bytes], max_bytes: int, deadline: _Deadline | None = None) -> bytes:
    chunks: list[bytes] = []
    size = 0
    while True:
        if deadline is not None:
            deadline.remaining()
        reader = getattr(response, "read1", response.read)
        chunk = reader(_CHUNK)
        if not chunk:
            return b"".join(chunks)
        size += len(chunk)
        if size > max_bytes:
            raise IngestError(too_large(max_bytes))
        chunks.append(chunk)


def _check_headers(headers: Message, max_bytes: int) -> tuple[str | None, str | None]:
    media = headers.get_content_type().lower() if headers.get("Content-Type") else None
    if media is not None and media not in ACCEPTED_TYPES:
        raise IngestError(f"not an article page: content type {media}")
    length = headers.get("Content-Length")
    if length and length.isdigit() and int(length) > max_bytes:
        raise IngestError(too_large(max_bytes))
    charset = headers.get_content_charset()
    return media, charset


def fetch_url(url: str, *, max_bytes: int, timeout: float = DEFAULT_TIMEOUT) -> Fetched:
    """The body of ``url``; every failure is an ``IngestError`` whose reason is one line and
    never holds the URL (it may hold credentials)."""
    import http.client
    import urllib.error
    import urllib.request

    if has_credentials(url):
        raise IngestError(
            "an address with a user name or password is not fetched: newsdiff never sends or "
            "shows credentials"
        )
    request = urllib.request.Request(
        url,
        headers={
            "User-Agent": f"newsdiff/{__version__}",
            "Accept": "text/html, text/plain;q=0.8, */*;q=0.1",
        },
    )
    with _Deadline(timeout) as deadline:
        try:
            with _opener(deadline).open(request, timeout=timeout) as response:
                media, charset = _check_headers(response.headers, max_bytes)
                raw = _read_body(response, max_bytes, deadline)
                final_url = response.geturl()
            if deadline.expired:  # a shut-down socket reads as the end of the body
                raise IngestError(deadline.reason())
        except IngestError:
            raise
        except urllib.error.HTTPError as exc:
            if deadline.expired:
                raise IngestError(deadline.reason()) from None
            raise IngestError(
                f"HTTP {exc.code} {inert(str(exc.reason), keep_newlines=False)}"
            ) from None
        except urllib.error.URLError as exc:
            if deadline.expired or isinstance(exc.reason, TimeoutError):
                raise IngestError(deadline.reason()) from None
            if isinstance(exc.reason, IngestError):
                raise exc.reason from None
            reason = exc.reason.strerror if isinstance(exc.reason, OSError) else exc.reason
            raise IngestError(f"cannot fetch: {reason or type(exc).__name__}") from None
        except TimeoutError:
            raise IngestError(deadline.reason()) from None
        except (OSError, ValueError, http.client.HTTPException) as exc:
            if deadline.expired:
                raise IngestError(deadline.reason()) from None
            raise IngestError(f"cannot fetch: {_describe(exc)}") from None
    return Fetched(raw, media, charset, final_url)


def _describe(exc: BaseException) -> str:
    """A library's reason without the URL it may quote (credentials, escape sequences)."""
    text = str(exc) or type(exc).__name__
    if "://" in text or "@" in text:
        return type(exc).__name__
    return inert(text, keep_newlines=False)
