"""Sentences: the one list of abbreviations a full stop follows without ending a sentence
(``reader/data/abbreviations.txt``)."""

from __future__ import annotations

from functools import cache

from reader.text import data


@cache
def abbreviations() -> frozenset[str]:
    """Lower-case words, no final full stop: 'mr', 'gen', 'jan', 'u.s', 'a.m'."""
    return data.word_set("abbreviations.txt")
