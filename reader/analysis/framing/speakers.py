"""Word lists from data files: who can speak in a news text (agencies, institutions,
collectives, titles) and the function words part-of-speech cues are read from."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cache

from reader.text import data
from reader.text.outlets import outlet_names


@dataclass(frozen=True)
class Speakers:
    agencies: frozenset[str]
    media_words: frozenset[str]
    institutions: frozenset[str]
    governments: frozenset[str]
    collectives: Mapping[str, str] = field(default_factory=dict)  # word -> kind
    titles: frozenset[str] = frozenset()
    pronouns: frozenset[str] = frozenset()
    not_names: frozenset[str] = frozenset()
    org_words: frozenset[str] = frozenset()  # words that make a capitalised run not a person
    roles: frozenset[str] = frozenset()  # titles that name a person by office


@cache
def load_speakers() -> Speakers:
    raw = data.load_json("framing", "speakers.json")
    return Speakers(
        agencies=outlet_names(),
        media_words=frozenset(raw["media_words"]),
        institutions=frozenset(raw["institutions"]),
        governments=frozenset(raw["governments"]),
        collectives=dict(raw["collectives"]),
        titles=frozenset(raw["titles"]),
        pronouns=frozenset(raw["pronouns"]),
        not_names=frozenset(raw["not_names"]),
        org_words=frozenset(raw["org_words"]),
        roles=frozenset(raw["roles"]),
    )


@cache
def function_words() -> dict[str, frozenset[str]]:
    """Determiners, auxiliaries, pronouns, prepositions and the like, by list name."""
    raw = data.load_json("framing", "function-words.json")
    return {name: frozenset(words) for name, words in raw.items() if name != "about"}
