"""A token: a word (or punctuation mark) with its offsets in the text it was read from."""

from __future__ import annotations

import re
from dataclasses import dataclass

_WORD = re.compile(r"\w")


@dataclass(frozen=True, slots=True)
class Token:
    start: int
    end: int
    text: str

    @property
    def is_word(self) -> bool:
        return bool(_WORD.match(self.text))

    @property
    def lower(self) -> str:
        return self.text.lower()
