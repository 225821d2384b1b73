"""The Analysis the snapshots and Pilot tests render: samples/harbour-fire, aligned by hand.

The sources are loaded with the real ingest; groups, facts, framing, provenance and
profiles are written here and placed by searching paragraph text, so the UI tests do not
churn when the aligner or the fact extractor is tuned. A phrase that is no longer found
fails loudly: the sample changed and this fixture must follow.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path

from reader.ingest import load_sources
from reader.model import (
    Analysis,
    Attribution,
    Fact,
    FactKind,
    FactValue,
    FramingCategory,
    FramingMark,
    Group,
    Member,
    Omission,
    OutletProfile,
    Paragraph,
    ProvenanceLink,
    Source,
)

SET = Path(__file__).resolve().parents[2] / "samples" / "harbour-fire"


def _load() -> tuple[Source, ...]:
    loaded = load_sources([str(SET)])
    assert not loaded.errors, loaded.errors
    # Paths as a checkout shows them, whatever folder the tests run from.
    return tuple(
        dataclasses.replace(s, path=f"samples/harbour-fire/{Path(s.path).name}")
        for s in loaded.sources
    )


SOURCES = _load()
BY_FILE = {Path(s.path).name: s for s in SOURCES}
BAY, COAST, WIRE, GAZETTE, POST = (
    "bay-herald.txt",
    "coast-times.txt",
    "harbour-wire.txt",
    "port-gazette.md",
    "portvale-post.html",
)


def paragraph(file: str, phrase: str) -> Paragraph:
    for p in BY_FILE[file].paragraphs:
        if phrase in p.text:
            return p
    raise LookupError(f"{file}: no paragraph holds {phrase!r}; the sample changed")


def member(file: str, phrase: str) -> Member:
    p = paragraph(file, phrase)
    return Member(BY_FILE[file].id, p.id, p.start, p.end)


def span(file: str, phrase: str) -> tuple[str, str, int, int]:
    p = paragraph(file, phrase)
    at = p.start + p.text.index(phrase)
    return BY_FILE[file].id, p.id, at, at + len(phrase)


_GROUPS: list[tuple[str, list[tuple[str, str]]]] = [
    (
        "headline",
        [
            (BAY, "INFERNO"),
            (COAST, "Harbour fire destroys"),
            (WIRE, "Fire sweeps"),
            (GAZETTE, "Fire on the east quay"),
            (POST, "Fire guts"),
        ],
    ),
    (
        "fire starts in a timber store",
        [
            (BAY, "timber store"),
            (COAST, "broke out shortly"),
            (WIRE, "The blaze started"),
            (GAZETTE, "The fire began"),
            (POST, "Fire crews spent"),
        ],
    ),
    (
        "warehouses destroyed",
        [
            (BAY, "A dozen warehouses"),
            (COAST, "Twelve warehouses"),
            (WIRE, "destroying 12"),
            (GAZETTE, "Twelve warehouses"),
            (POST, "15 warehouses"),
        ],
    ),
    (
        "how long it burned",
        [
            (BAY, "four hours"),
            (COAST, "three hours"),
            (WIRE, "three hours"),
            (GAZETTE, "It took three hours"),
            (POST, "three hours after"),
        ],
    ),
    (
        "harbourmaster: nobody lost",
        [
            (BAY, "Harbourmaster Ana Ruiz"),
            (COAST, "harbourmaster"),
            (WIRE, "Harbourmaster Anna Ruiz"),
            (GAZETTE, "harbourmaster"),
            (POST, "Harbourmaster Ana Ruiz"),
        ],
    ),
    ("firefighters and fireboats", [(WIRE, "Some 60 firefighters"), (POST, "Sixty firefighters")]),
    (
        "tanker towed clear",
        [(COAST, "Marisol Dawn"), (WIRE, "Marisol Dawn"), (GAZETTE, "Marisol Dawn")],
    ),
    (
        "dockworker in hospital",
        [(COAST, "One dockworker"), (WIRE, "One dock worker"), (POST, "dockworker was treated")],
    ),
    (
        "smoke over the district",
        [(BAY, "choking cloud"), (COAST, "Smoke drifted"), (WIRE, "Residents of Dravnik")],
    ),
    (
        "cause: electrical fault",
        [
            (BAY, "cause has not been confirmed"),
            (WIRE, "Police suspect"),
            (POST, "treating the fire as accidental"),
        ],
    ),
    (
        "port closed until Wednesday",
        [
            (COAST, "stay closed to cargo"),
            (WIRE, "remain closed"),
            (GAZETTE, "reopen on Wednesday"),
            (POST, "suspended until Wednesday"),
        ],
    ),
    ("damage estimate", [(GAZETTE, "Early estimates"), (POST, "Insurers put")]),
    ("councillor criticises the port", [(BAY, "Petra Lind"), (GAZETTE, "Petra Lind")]),
]

GROUPS = tuple(
    Group(
        f"g{n}",
        tuple(member(f, phrase) for f, phrase in members),
        label,
        round(0.9 - n * 0.02, 2),
        verbatim=False,
    )
    for n, (label, members) in enumerate(_GROUPS, start=1)
)
_GROUP_ID = {label: f"g{n}" for n, (label, _m) in enumerate(_GROUPS, start=1)}


def _omissions() -> tuple[Omission, ...]:
    out = []
    for group in GROUPS:
        present = {m.source for m in group.members}
        missing = tuple(s.id for s in SOURCES if s.id not in present)
        if missing:
            out.append(Omission(group.id, missing))
    return tuple(out)


def value(file: str, surface: str, normalized: str, within: str | None = None) -> FactValue:
    """``surface`` as written in ``file`` (in the paragraph holding ``within``, if given)."""
    p = paragraph(file, within or surface)
    at = p.text.index(surface)
    return FactValue(
        BY_FILE[file].id, p.id, p.start + at, p.start + at + len(surface), surface, normalized
    )


def fact(
    n: int,
    kind: FactKind,
    group: str,
    subject: str,
    divergent: bool,
    values: list[FactValue],
    differing: tuple[tuple[str, ...], ...] = (),
) -> Fact:
    return Fact(f"f{n}", kind, _GROUP_ID[group], subject, divergent, tuple(values), differing)


FACTS = (
    fact(
        1,
        "number",
        "warehouses destroyed",
        "warehouses destroyed",
        True,
        [
            value(BAY, "A dozen", "12"),
            value(COAST, "Twelve", "12", "Twelve warehouses"),
            value(WIRE, "12", "12", "destroying 12"),
            value(GAZETTE, "Twelve", "12"),
            value(POST, "15", "15", "15 warehouses"),
        ],
    ),
    fact(
        2,
        "duration",
        "how long it burned",
        "how long the fire burned",
        True,
        [
            value(BAY, "four hours", "PT4H"),
            value(COAST, "three hours", "PT3H"),
            value(WIRE, "three hours", "PT3H"),
            value(GAZETTE, "three hours", "PT3H"),
            value(POST, "three hours", "PT3H"),
        ],
    ),
    fact(
        3,
        "person",
        "harbourmaster: nobody lost",
        "the harbourmaster",
        True,
        [
            value(BAY, "Ana Ruiz", "Ana Ruiz"),
            value(COAST, "Ana Ruiz", "Ana Ruiz"),
            value(WIRE, "Anna Ruiz", "Anna Ruiz"),
            value(GAZETTE, "Ana Ruiz", "Ana Ruiz"),
            value(POST, "Ana Ruiz", "Ana Ruiz"),
        ],
    ),
    fact(
        4,
        "quote",
        "harbourmaster: nobody lost",
        "the harbourmaster on the losses",
        True,
        [
            value(
                COAST,
                "We lost the whole east quay, but we did not lose a single person",
                "we lost the whole east quay, but we did not lose a single person",
            ),
            value(
                WIRE,
                "We lost the east quay entirely, but nobody was lost",
                "we lost the east quay entirely, but nobody was lost",
            ),
            value(
                GAZETTE,
                "We lost the whole east quay, but not one life",
                "we lost the whole east quay, but not one life",
            ),
        ],
        differing=(
            ("did", "not", "lose", "single", "person"),
            ("entirely", "nobody", "was"),
            ("not", "one", "life"),
        ),
    ),
    fact(
        5,
        "time",
        "fire starts in a timber store",
        "when the fire started",
        False,
        [
            value(COAST, "2 a.m.", "02:00"),
            value(WIRE, "2 a.m.", "02:00"),
            value(GAZETTE, "2 a.m.", "02:00"),
            value(POST, "2 a.m.", "02:00"),
        ],
    ),
    fact(
        6,
        "number",
        "firefighters and fireboats",
        "firefighters sent",
        False,
        [value(WIRE, "60", "60", "Some 60"), value(POST, "Sixty", "60")],
    ),
    fact(
        7,
        "duration",
        "tanker towed clear",
        "time to tow the tanker clear",
        False,
        [
            value(COAST, "90 minutes", "PT90M"),
            value(WIRE, "an hour and a half", "PT90M"),
            value(GAZETTE, "90 minutes", "PT90M"),
        ],
    ),
    fact(
        8,
        "place",
        "smoke over the district",
        "the district under smoke",
        True,
        [
            value(BAY, "Dravnik", "Dravnik"),
            value(COAST, "Dravnyk", "Dravnyk"),
            value(WIRE, "Dravnik", "Dravnik"),
        ],
    ),
    fact(
        9,
        "money",
        "damage estimate",
        "damage estimate",
        False,
        [
            value(GAZETTE, "40 million crowns", "40000000 crowns"),
            value(POST, "40 million crowns", "40000000 crowns"),
        ],
    ),
)


def mark(
    file: str, term: str, category: FramingCategory, note: str, neutral: str | None = None
) -> FramingMark:
    source, paragraph_id, start, end = span(file, term)
    return FramingMark(source, paragraph_id, start, end, term, category, note, neutral)


FRAMING = (
    mark(BAY, "INFERNO", "intensifier", "dramatises the event", "fire"),
    mark(BAY, "devastating", "intensifier", "adds drama without a fact"),
    mark(BAY, "insisted", "attribution-verb", "suggests the statement is contested", "said"),
    mark(BAY, "regime", "loaded", "negative connotation", "administration"),
    mark(BAY, "claimed", "attribution-verb", "casts doubt on the statement", "said"),
    mark(BAY, "so-called", "scare-quote", "distances the outlet from the term"),
    mark(BAY, "alleged", "hedge", "unverified"),
    mark(BAY, "terrified", "intensifier", "adds emotion without a fact"),
    mark(WIRE, "suspect", "hedge", "not established"),
)


def attribution(file: str, phrase: str, who: str, verb: str | None, kind: str) -> Attribution:
    source, paragraph_id, start, end = span(file, phrase)
    return Attribution(source, paragraph_id, start, end, who, verb, kind)


ATTRIBUTIONS = (
    attribution(WIRE, "officials said", "officials", "said", "officials"),
    attribution(COAST, "according to the port authority", "the port authority", None, "agency"),
    attribution(BAY, "sources at the port blamed", "sources at the port", "blamed", "sources"),
)

_ID = {name: s.id for name, s in BY_FILE.items()}
PROVENANCE = (
    ProvenanceLink(
        _ID[COAST],
        _ID[WIRE],
        0.18,
        "verbatim",
        "shares wire phrasing on the start and the towing of the tanker",
    ),
)
PROFILES = (
    OutletProfile(
        _ID[BAY],
        226,
        {
            "hedge": 4.4,
            "loaded": 4.4,
            "attribution-verb": 8.8,
            "scare-quote": 4.4,
            "intensifier": 13.3,
        },
        {"insisted": 1, "said": 1, "claimed": 1, "blamed": 1},
        {"Ana Ruiz": 1, "Petra Lind": 1},
        {"district": "Dravnik"},
        1,
    ),
    OutletProfile(
        _ID[COAST],
        231,
        {"attribution-verb": 0.0},
        {"told": 1},
        {"Ana Ruiz": 1},
        {"district": "Dravnyk"},
        0,
    ),
    OutletProfile(
        _ID[WIRE],
        170,
        {"hedge": 5.9},
        {"said": 5},
        {"Anna Ruiz": 1, "police": 1},
        {"district": "Dravnik"},
        0,
    ),
    OutletProfile(_ID[GAZETTE], 214, {}, {"said": 3}, {"Ana Ruiz": 1, "Petra Lind": 1}, {}, 0),
    OutletProfile(_ID[POST], 228, {}, {"said": 2, "put": 1}, {"Ana Ruiz": 1}, {}, 0),
)


def fixture_analysis() -> Analysis:
    return Analysis(
        sources=SOURCES,
        groups=GROUPS,
        facts=FACTS,
        omissions=_omissions(),
        framing=FRAMING,
        attributions=ATTRIBUTIONS,
        provenance=PROVENANCE,
        profiles=PROFILES,
    )
