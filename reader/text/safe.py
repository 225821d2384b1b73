"""Make untrusted text inert before it reaches a terminal or a Markdown file.

``rich.text.Text`` does not interpret markup, but it passes escape sequences through: an OSC
in an article can retitle the terminal or write the clipboard. Every control character (C0,
C1, DEL), bidi override and zero-width character is replaced by a visible stand-in. The
replacement keeps the string length the same, so offsets into the text still line up.
"""

from __future__ import annotations

import re

_C0_PICTURES = {i: chr(0x2400 + i) for i in range(0x20)}  # ␀ .. ␟
_INVISIBLE = {
    0x7F: "\u2421",  # DEL -> ␡
    0x200B: "\u2423",  # zero width space -> ␣
    0x200C: "\u2423",
    0x200D: "\u2423",
    0x2060: "\u2423",
    0xFEFF: "\u2423",
    0x00AD: "-",  # soft hyphen
}
_BIDI = {cp: "\ufffd" for cp in (*range(0x202A, 0x202F), *range(0x2066, 0x206A), 0x200E, 0x200F)}
_C1 = {cp: "\ufffd" for cp in range(0x80, 0xA0)}
# Less common hiders: the Arabic letter mark (bidi), invisible operators, deprecated format
# characters, interlinear annotations, tag characters (text hidden from the reader but
# read by software), and lone surrogates (from undecodable file names; a terminal or a
# UTF-8 file cannot take them at all).
_HIDDEN = {
    cp: "\ufffd"
    for cp in (
        0x061C,
        0x180E,
        *range(0x2061, 0x2065),
        *range(0x206A, 0x2070),
        *range(0xFFF9, 0xFFFC),
        *range(0xE0000, 0xE0080),
        *range(0xD800, 0xE000),
    )
}

_TABLE: dict[int, str] = {**_C0_PICTURES, **_INVISIBLE, **_BIDI, **_C1, **_HIDDEN}
# Line structure is not a hazard for a single-line renderer that chooses to keep it.
_KEEP_NEWLINES = {k: v for k, v in _TABLE.items() if k not in (0x0A, 0x09)}


def inert(text: str, *, keep_newlines: bool = True) -> str:
    """Return ``text`` with every control, bidi and zero-width character made visible.

    Tabs and newlines survive when ``keep_newlines`` is true (wrapping prose needs them);
    the length of the string never changes.
    """
    return text.translate(_KEEP_NEWLINES if keep_newlines else _TABLE)


# What ``json.dumps(..., ensure_ascii=False)`` leaves raw that a terminal acts on or hides
# (it escapes C0 itself): DEL, C1, soft hyphen, bidi and zero-width characters, line and
# paragraph separators, the rest of ``_HIDDEN``.
_JSON_RAW_HAZARDS = re.compile(
    "[\x7f-\x9f\u00ad\u061c\u180e\u200b-\u200f\u2028-\u202e\u2060-\u206f"
    "\ufeff\ufff9-\ufffb\ud800-\udfff\U000e0000-\U000e007f]"
)


def _json_escape(match: re.Match[str]) -> str:
    code = ord(match.group())
    if code <= 0xFFFF:
        return f"\\u{code:04x}"
    code -= 0x10000
    return f"\\u{0xD800 + (code >> 10):04x}\\u{0xDC00 + (code & 0x3FF):04x}"


def json_inert(dumped: str) -> str:
    """JSON text with every hazard ``json.dumps`` leaves raw written as a ``\\uXXXX`` escape.

    A parser reads back exactly the same strings; a terminal showing the JSON (``newsdiff
    report`` with no redirection) meets only ASCII escapes. Only for JSON text: outside
    strings, none of these characters can occur.
    """
    return _JSON_RAW_HAZARDS.sub(_json_escape, dumped)
