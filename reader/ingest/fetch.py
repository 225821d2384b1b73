"""Fetch one http(s) URL with a timeout, a streaming size cap and a redirect limit.

Only what can hold an article is accepted (HTML, plain text, Markdown); anything else is
refused with the content type named, before its body is read. Every failure becomes an
``IngestError`` whose reason is one line.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import IO, TYPE_CHECKING

from reader import __version__
from reader.ingest.errors import IngestError
from reader.limits import DEFAULT_TIMEOUT

if TYPE_CHECKING:  # http.client and urllib load when a URL is fetched, not at start-up
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


def _opener() -> urllib.request.OpenerDirector:
    import urllib.request

    class LimitedRedirects(urllib.request.HTTPRedirectHandler):
        max_redirections = MAX_REDIRECTS

    return urllib.request.build_opener(LimitedRedirects())


def _read_body(response: IO[bytes], max_bytes: int) -> bytes:
    chunks: list[bytes] = []
    size = 0
    while True:
        chunk = response.read(_CHUNK)
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
    import http.client
    import urllib.error
    import urllib.request

    request = urllib.request.Request(
        url,
        headers={
            "User-Agent": f"newsdiff/{__version__}",
            "Accept": "text/html, text/plain;q=0.8, */*;q=0.1",
        },
    )
    try:
        with _opener().open(request, timeout=timeout) as response:
            media, charset = _check_headers(response.headers, max_bytes)
            raw = _read_body(response, max_bytes)
            final_url = response.geturl()
    except IngestError:
        raise
    except urllib.error.HTTPError as exc:
        if exc.code in (301, 302, 303, 307, 308):
            raise IngestError(f"more than {MAX_REDIRECTS} redirects") from None
        raise IngestError(f"HTTP {exc.code} {exc.reason}") from None
    except urllib.error.URLError as exc:
        if isinstance(exc.reason, TimeoutError):
            raise IngestError(f"timed out after {timeout:g} s") from None
        reason = exc.reason.strerror if isinstance(exc.reason, OSError) else exc.reason
        raise IngestError(f"cannot fetch: {reason or exc}") from None
    except TimeoutError:
        raise IngestError(f"timed out after {timeout:g} s") from None
    except (OSError, ValueError, http.client.HTTPException) as exc:
        raise IngestError(f"cannot fetch: {exc}") from None
    return Fetched(raw, media, charset, final_url)
