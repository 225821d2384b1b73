"""Make untrusted text inert before it reaches a terminal or a Markdown file.

``rich.text.Text`` does not interpret markup, but it passes escape sequences through: an OSC
in an article can retitle the terminal or write the clipboard. Every control character (C0,
C1, DEL), bidi override and zero-width character is replaced by a visible stand-in. The
replacement keeps the string length the same, so offsets into the text still line up.
"""

from __future__ import annotations

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

_TABLE: dict[int, str] = {**_C0_PICTURES, **_INVISIBLE, **_BIDI, **_C1}
# Line structure is not a hazard for a single-line renderer that chooses to keep it.
_KEEP_NEWLINES = {k: v for k, v in _TABLE.items() if k not in (0x0A, 0x09)}


def inert(text: str, *, keep_newlines: bool = True) -> str:
    """Return ``text`` with every control, bidi and zero-width character made visible.

    Tabs and newlines survive when ``keep_newlines`` is true (wrapping prose needs them);
    the length of the string never changes.
    """
    return text.translate(_KEEP_NEWLINES if keep_newlines else _TABLE)


def is_inert(text: str) -> bool:
    return inert(text) == text
