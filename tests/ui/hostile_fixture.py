"""A small hand-made Analysis whose sources try markup and escapes (the untrusted-text tests).

Built by hand (sources, groups, facts, framing, profiles, provenance) so the UI tests do
not churn when the aligner or the fact extractor is tuned. Spans are found by searching
paragraph text, so the fixture reads like the story it describes. One outlet tries markup
and an escape sequence: the UI must show them literally.
"""

from __future__ import annotations

from reader.model import (
    Analysis,
    Attribution,
    Fact,
    FactValue,
    FramingCategory,
    FramingMark,
    Group,
    Member,
    Omission,
    OutletProfile,
    Paragraph,
    ParagraphKind,
    ProvenanceLink,
    Source,
)
from tests.sources import make_source

HOSTILE_TITLE = "Harbour fire: city blames operator [bold red]ALERT[/bold red]"

_SOURCES: list[tuple[str, str, str, str, list[tuple[ParagraphKind, str]]]] = [
    (
        "coast-times.txt",
        "Coast Times",
        "2031-05-06",
        "Harbour fire closes port for two days",
        [
            ("headline", "Harbour fire closes port for two days"),
            (
                "dateline",
                "PORTVALE, May 6 (Coast Times) - A fire that broke out in a harbour warehouse "
                "on Monday burned for three hours before crews brought it under control, "
                "officials said.",
            ),
            (
                "body",
                "Twelve warehouses were destroyed and the port will stay closed until Wednesday.",
            ),
            ("body", '"We will rebuild stronger," Mayor Ana Ruiz said at the scene.'),
            ("body", "Damage was estimated at $4 million by the harbour insurer."),
            ("boilerplate", "Share this article"),
            ("boilerplate", "Read more: Port news"),
        ],
    ),
    (
        "daily-wire.txt",
        "Daily Wire Service",
        "2031-05-05",
        "Blaze shuts harbour for 48 hours",
        [
            ("headline", "Blaze shuts harbour for 48 hours"),
            ("body", "Twelve warehouses burned down in the blaze, the port authority said."),
            ("body", "The fire raged for four hours on Monday, the port authority claimed."),
            ("body", "The cause of the fire is not yet known, according to investigators."),
        ],
    ),
    (
        "port-gazette.md",
        "Port Gazette",
        "2031-05-06",
        "Fire at the docks: was the port ready?",
        [
            ("headline", "Fire at the docks: was the port ready?"),
            ("body", "A dozen warehouses were lost when fire swept the docks."),
            ("body", "Critics say the operator ignored repeated safety warnings for years."),
            ("body", "Firefighters fought the fire for 3 hours before dawn on Monday."),
            ("quote-block", '"We must rebuild quickly," said Mayor Anna Ruiz.'),
            ("body", "The cause of the blaze remains unknown, investigators said."),
        ],
    ),
    (
        "metro-24.txt",
        "Metro 24",
        "2031-05-06",
        HOSTILE_TITLE,
        [
            ("headline", HOSTILE_TITLE),
            (
                "body",
                "The mayor insisted the city would rebuild, and blamed the so-called safety "
                "regime of the operator.",
            ),
            (
                "body",
                "Fifteen buildings were destroyed, the fire brigade said. "
                "[@click=app.quit]click me[/]",
            ),
            ("body", "The operator reportedly ignored safety warnings. \x1b]0;pwned\x07"),
            ("boilerplate", "Comments (12)"),
        ],
    ),
]


def _source(
    n: int,
    path: str,
    outlet: str,
    published: str,
    title: str,
    parts: list[tuple[ParagraphKind, str]],
) -> Source:
    return make_source(
        f"s{n}",
        [body for _, body in parts],
        kinds={index: kind for index, (kind, _) in enumerate(parts, start=1)},
        path=f"samples/harbour-fire/{path}",
        tail="\n",
        outlet=outlet,
        title=title,
        published=published,
        language="en",
    )


SOURCES = tuple(_source(n, *spec) for n, spec in enumerate(_SOURCES, start=1))
_BY_ID = {s.id: s for s in SOURCES}


def paragraph(source: str, index: int) -> Paragraph:
    return _BY_ID[source].paragraphs[index - 1]


def member(source: str, index: int) -> Member:
    p = paragraph(source, index)
    return Member(source, p.id, p.start, p.end)


def span(source: str, index: int, phrase: str) -> tuple[str, str, int, int]:
    """Where ``phrase`` stands in paragraph ``index`` of ``source``."""
    p = paragraph(source, index)
    at = p.start + p.text.index(phrase)
    return source, p.id, at, at + len(phrase)


def value(source: str, index: int, surface: str, normalized: str) -> FactValue:
    return FactValue(*span(source, index, surface), surface, normalized)


def framing(
    source: str, index: int, term: str, category: FramingCategory, note: str
) -> FramingMark:
    return FramingMark(*span(source, index, term), term, category, note)


_GROUPS: list[tuple[str, float, list[tuple[str, int]]]] = [
    ("headline", 0.55, [("s1", 1), ("s2", 1), ("s3", 1), ("s4", 1)]),
    ("warehouses destroyed", 0.81, [("s1", 3), ("s2", 2), ("s3", 2), ("s4", 3)]),
    ("fire duration", 0.77, [("s1", 2), ("s2", 3), ("s3", 4)]),
    ("mayor's statement", 0.64, [("s1", 4), ("s3", 5), ("s4", 2)]),
    ("operator ignored warnings", 0.7, [("s3", 3), ("s4", 4)]),
    ("cause unknown", 0.72, [("s2", 4), ("s3", 6)]),
]
GROUPS = tuple(
    Group(f"g{n}", tuple(member(s, i) for s, i in members), label, score)
    for n, (label, score, members) in enumerate(_GROUPS, start=1)
)

FACTS = (
    Fact(
        "f1",
        "duration",
        "g3",
        "how long the fire burned",
        True,
        (
            value("s1", 2, "three hours", "PT3H"),
            value("s2", 3, "four hours", "PT4H"),
            value("s3", 4, "3 hours", "PT3H"),
        ),
    ),
    Fact(
        "f2",
        "number",
        "g2",
        "warehouses destroyed",
        True,
        (
            value("s1", 3, "Twelve", "12"),
            value("s2", 2, "Twelve", "12"),
            value("s3", 2, "A dozen", "12"),
            value("s4", 3, "Fifteen", "15"),
        ),
    ),
    Fact(
        "f3",
        "quote",
        "g4",
        "the mayor on rebuilding",
        True,
        (
            value("s1", 4, "We will rebuild stronger", "We will rebuild stronger"),
            value("s3", 5, "We must rebuild quickly", "We must rebuild quickly"),
        ),
        differing_words=(("will", "stronger"), ("must", "quickly")),
    ),
    Fact(
        "f4",
        "person",
        "g4",
        "the mayor",
        True,
        (
            value("s1", 4, "Ana Ruiz", "Ana Ruiz"),
            value("s3", 5, "Anna Ruiz", "Anna Ruiz"),
        ),
    ),
    Fact(
        "f5",
        "date",
        "g3",
        "when the fire broke out",
        False,
        (
            value("s1", 2, "Monday", "2031-05-05"),
            value("s2", 3, "Monday", "2031-05-05"),
            value("s3", 4, "Monday", "2031-05-05"),
        ),
    ),
    Fact(
        "f6",
        "money",
        None,
        "damage estimate",
        False,
        (value("s1", 5, "$4 million", "4000000 USD"),),
    ),
)

OMISSIONS = (
    Omission("g3", ("s4",)),
    Omission("g4", ("s2",)),
    Omission("g5", ("s1", "s2")),
    Omission("g6", ("s1", "s4")),
)

FRAMING = (
    framing("s2", 3, "claimed", "attribution-verb", "casts doubt on the statement"),
    framing("s4", 2, "insisted", "attribution-verb", "suggests the claim is contested"),
    framing("s4", 2, "so-called", "scare-quote", "distances the outlet from the term"),
    framing("s4", 2, "regime", "loaded", "negative connotation"),
    framing("s4", 4, "reportedly", "hedge", "unverified claim"),
    framing("s3", 3, "Critics say", "attribution-verb", "unnamed critics"),
)

ATTRIBUTIONS = (
    Attribution(
        "s1",
        "s1:p2",
        paragraph("s1", 2).start,
        paragraph("s1", 2).end,
        "officials",
        "said",
        "officials",
    ),
    Attribution(
        "s2",
        "s2:p3",
        paragraph("s2", 3).start,
        paragraph("s2", 3).end,
        "the port authority",
        "claimed",
        "organization",
    ),
)

PROVENANCE = (
    ProvenanceLink(
        "s1", "s2", 0.34, "verbatim", "shares the warehouses sentence: likely one wire source"
    ),
)

PROFILES = (
    OutletProfile(
        "s1",
        61,
        {"hedge": 0.0, "loaded": 0.0, "attribution-verb": 0.0},
        {"said": 2},
        {"Ana Ruiz": 1},
        {"mayor": "Ana Ruiz"},
        0,
    ),
    OutletProfile(
        "s2",
        41,
        {"hedge": 0.0, "loaded": 0.0, "attribution-verb": 24.4},
        {"said": 1, "claimed": 1},
        {"port authority": 2},
        {},
        0,
    ),
    OutletProfile(
        "s3",
        49,
        {"hedge": 0.0, "loaded": 0.0, "attribution-verb": 20.4},
        {"said": 2, "say": 1},
        {"Anna Ruiz": 1, "critics": 1},
        {"mayor": "Anna Ruiz"},
        1,
    ),
    OutletProfile(
        "s4",
        42,
        {"hedge": 23.8, "loaded": 23.8, "scare-quote": 23.8, "attribution-verb": 23.8},
        {"insisted": 1, "said": 1},
        {"fire brigade": 1},
        {},
        1,
    ),
)


def hostile_analysis() -> Analysis:
    return Analysis(
        sources=SOURCES,
        groups=GROUPS,
        facts=FACTS,
        omissions=OMISSIONS,
        framing=FRAMING,
        attributions=ATTRIBUTIONS,
        provenance=PROVENANCE,
        profiles=PROFILES,
    )
