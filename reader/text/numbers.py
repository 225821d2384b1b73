"""The one table of number words, ``reader/data/number_words.json``: the number extractor
reads all of it, alignment and labels the single words, quote comparison the digits they
stand for."""

from __future__ import annotations

from functools import cache
from typing import Any

from reader.text import data


@cache
def number_words() -> dict[str, Any]:
    """The table: ``units``, ``multipliers``, ``multiplier_abbreviations``,
    ``plural_multipliers``, ``ordinals``, ``fractions`` (shared: do not mutate it)."""
    return data.load_json("number_words.json")


@cache
def number_folds() -> dict[str, str]:
    """Single number words -> what alignment folds them to: the value of a unit ('three'
    -> '3'), 'x' and the factor of a multiplier ('hundred' -> 'x100'), '' for a word that
    only says "a number" (``alignment_vague``: 'dozens', 'half')."""
    table = number_words()
    out = dict.fromkeys(table["alignment_vague"], "")
    out.update((word, f"x{factor}") for word, factor in table["multipliers"].items())
    out.update((word, str(value)) for word, value in table["units"].items() if " " not in word)
    return out


@cache
def digit_words() -> dict[str, str]:
    """Single number words -> the digits they stand for ('twelve' -> '12', 'hundred' ->
    '100'), as quotes are compared."""
    table = number_words()
    out = {w: str(v) for w, v in table["units"].items() if " " not in w}
    out.update((w, str(v)) for w, v in table["multipliers"].items())
    return out
