"""Bytes to text: BOMs, UTF-8, UTF-16 with or without BOM, legacy single-byte encodings.

Every offset in the report indexes the string this module returns, so it applies the same
universal-newline rule as Python's text mode (``\\r\\n`` and ``\\r`` become ``\\n``) and
nothing else. Encoding detection beyond UTF-8 is left to charset-normalizer, a maintained
detector, rather than our own guesses.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass
from typing import Any

from reader.ingest.errors import IngestError
from reader.text.data import load_json

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
# Characters that carry no readable text: C0 and C1 controls and DEL (whitespace apart).
_CONTROLS = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f]+")


@dataclass(frozen=True, slots=True)
class Decoded:
    """A source's text and the encoding it was decoded with."""

    text: str
    encoding: str


def universal_newlines(text: str) -> str:
    """What Python's text mode does to line ends, so offsets match ``open(...).read()``."""
    return text.replace("\r\n", "\n").replace("\r", "\n")


_MIN_UTF16_BYTES = 8


def _utf16_without_bom(raw: bytes) -> str | None:
    """UTF-16 text without a BOM shows NUL in every other byte for Latin and Cyrillic.

    Fewer than four code units are too few to tell UTF-16 from a NUL-bearing binary.
    """
    if len(raw) < _MIN_UTF16_BYTES or len(raw) % 2:
        return None
    even_nuls = raw[0::2].count(0)
    odd_nuls = raw[1::2].count(0)
    half = len(raw) // 2
    if odd_nuls >= 0.3 * half and even_nuls <= 0.05 * half:
        return "utf-16-le"
    if even_nuls >= 0.3 * half and odd_nuls <= 0.05 * half:
        return "utf-16-be"
    return None


def _strict(raw: bytes, encoding: str) -> str | None:
    try:
        return raw.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        return None


def _has_no_text(text: str) -> bool:
    """Only whitespace and control characters: nothing a reader could read."""
    return not _CONTROLS.sub("", text).strip()


def _detect(raw: bytes, declared: str | None) -> tuple[str, str]:
    for bom, encoding in _BOMS:
        if raw.startswith(bom):
            text = _strict(raw[len(bom) :], encoding)
            if text is None:
                raise IngestError(
                    f"undecodable: starts with a {encoding} BOM but is not {encoding}"
                )
            return text, encoding
    if b"\x00" in raw:
        utf16 = _utf16_without_bom(raw)
        text = _strict(raw, utf16) if utf16 else None
        if utf16 is None or text is None:
            raise IngestError("binary file (holds NUL bytes), not text")
        return text, utf16
    text = _strict(raw, "utf-8")
    if text is not None:
        return text, "utf-8"
    if declared:
        text = _strict(raw, declared)
        if text is not None:
            return text, codecs.lookup(declared).name
    return _legacy(raw)


def _preferences() -> tuple[float, tuple[str, ...]]:
    data = load_json("legacy_encodings.json")
    return float(data["tolerance"]), tuple(data["preferred"])


def _legacy(raw: bytes) -> tuple[str, str]:
    """The detector's candidates, near-ties broken by how common each encoding is."""
    from charset_normalizer import from_bytes  # only for bytes that are not UTF-8

    matches = list(from_bytes(raw))
    if not matches:
        raise IngestError("undecodable: not UTF-8 and no known text encoding fits")
    tolerance, preferred = _preferences()
    cleanest = min(m.chaos for m in matches)
    close = [m for m in matches if m.chaos <= cleanest + tolerance]

    def rank(match: Any) -> int:
        name = str(match.encoding)
        return preferred.index(name) if name in preferred else len(preferred)

    best = min(close, key=rank)
    return str(best), str(best.encoding)


def decode(raw: bytes, declared: str | None = None) -> Decoded:
    """Decode ``raw``; ``declared`` is a charset named by the server, tried after UTF-8.

    Raises IngestError for empty, whitespace-only, binary or undecodable input. Binary means
    NUL bytes outside UTF-16, or bytes no text encoding fits: escape sequences and other
    control characters are kept, however many (an article full of them is hostile, not
    binary, and is shown inert downstream).
    """
    if not raw:
        raise IngestError("empty file")
    text, encoding = _detect(raw, declared)
    if "\x00" in text:
        raise IngestError("binary file (holds NUL characters), not text")
    text = universal_newlines(text)
    if not text.strip():
        raise IngestError("holds only whitespace, no text")
    if _has_no_text(text):
        raise IngestError("holds only control characters and whitespace, no text")
    return Decoded(text=text, encoding=encoding)
