"""How many lines rich wraps a passage into, counted without building the lines.

Sizing the compare table wraps every cell of the panes on screen once per layout (width,
panes, folding). rich's ``Text.wrap`` builds a Text for each line to do that, which made
sizing most of the first frame's own cost (20 sources on 160 columns: ~20 ms). When every
character of the text takes one cell, the same greedy rule is counted here on string
lengths: words keep their trailing spaces, a word that does not fit the rest of the line
starts the next one, a word longer than the width is cut into width-long pieces (rich's
``divide_line`` and ``chop_cells``). Any other text (wide, zero-width or combining
characters, tabs, line breaks) is left to rich, so the count never differs from the lines
drawn.
"""

from __future__ import annotations

import re
from functools import cache

from rich.cells import cell_len

_WORD = re.compile(r"\s*\S+\s*")  # rich._wrap.re_word


@cache
def _one_cell(character: str) -> bool:
    """Latin, Greek, Cyrillic, punctuation, arrows, maths: scripts where a character is its
    own grapheme; and one cell wide by rich's own measure."""
    code = ord(character)
    return (code < 0x0530 or 0x2000 <= code < 0x2300) and cell_len(character) == 1


def wrapped_line_count(text: str, width: int) -> int | None:
    """Lines of ``Text(text, overflow="fold").wrap(console, width)``; None when ``text``
    has a character this count cannot vouch for (then ask rich)."""
    if not all(_one_cell(c) for c in set(text)):
        return None
    width = max(width, 1)
    lines = 1
    used = 0  # cells taken on the current line
    for word in _WORD.finditer(text):
        start, chars = word.start(), word.group()
        length = len(chars.rstrip())
        if width - used >= length:
            used += len(chars)
        elif length > width:  # folded into pieces of `width`; a break before each but at 0
            pieces = [chars[i : i + width] for i in range(0, len(chars), width)]
            lines += len(pieces) - (0 if start else 1)
            used = len(pieces[-1])
        elif used and start:
            lines += 1
            used = len(chars)
    return lines
