"""A tiny hand-made source set (three outlets, two claims, one divergent fact), annotated
before one article changed, for the export tests and golden files. Not from the seeds."""

from __future__ import annotations

import itertools
from pathlib import Path

from reader.model import Analysis, Fact, FactValue, Group, Member, Omission, Source
from reader.store import AnnotationStore, fact_target, group_target, span_target
from tests.sources import make_source
from tests.store.conftest import TickingClock

COAST = (
    "Warehouse fire on the east quay\n\n"
    "A fire at a harbour warehouse burned for three hours on Monday, the fire service said.\n\n"
    "Forty firefighters attended and nobody was hurt.\n\n"
    "Share this article"
)
WIRE = (
    "Harbour blaze put out\n\n"
    "A warehouse fire at the harbour burned for four hours, officials said.\n\n"
    "The cause is not yet known, a spokesman for the port said."
)
GAZETTE = (
    "Fire on the quay | *Gazette*\n\n"
    "The cause of the warehouse fire is not yet known, the port authority said "
    "<script>alert(1)</script> in [a link](javascript:alert(2)) with #tags, **bold**, "
    "==marks==, %%hidden%%, $x$, &#x202E;, \u202eevil and an escape \x1b]0;owned\x07 here.\n\n"
    "Readers wrote in to ask about insurance."
)
HOSTILE_NOTE = (
    "<img src=x onerror=alert(1)> [click](http://evil.example) \x1b[31mred\x1b[0m\n"
    "\u202egnp.exe %%hidden%% $x$ ![[Secret note]] #not-a-tag\n\n"
    "- not a list\n# not a heading\n    not code"
)


def _span(text: str, quote: str) -> tuple[int, int]:
    start = text.index(quote)
    return start, start + len(quote)


def build_source(
    source_id: str, path: str, text: str, outlet: str, published: str | None
) -> Source:
    return make_source(
        source_id,
        text.split("\n\n"),
        kinds={1: "headline"},
        path=path,
        outlet=outlet,
        title=text.split("\n\n", 1)[0],
        published=published,
    )


def story(wire: str = WIRE) -> Analysis:
    coast = build_source(
        "s1", "/newsroom/harbour/coast-times.txt", COAST, "Coast Times", "2031-05-06"
    )
    wire_source = build_source(
        "s2", "https://wire.example/fire", wire, "Harbour Wire", "2031-05-05"
    )
    gazette = build_source("s3", "/newsroom/harbour/port-gazette.md", GAZETTE, "Port Gazette", None)
    duration_coast = "A fire at a harbour warehouse burned for three hours on Monday"
    duration_wire = "A warehouse fire at the harbour burned for four hours"
    cause_wire = wire.split("\n\n")[2]
    cause_gazette = GAZETTE.split("\n\n")[1]
    groups = (
        Group(
            "g1",
            (
                Member("s1", "s1:p2", *_span(COAST, duration_coast)),
                Member("s2", "s2:p2", *_span(wire, duration_wire)),
            ),
            "how long the fire burned",
            0.82,
        ),
        Group(
            "g2",
            (
                Member("s3", "s3:p2", *_span(GAZETTE, cause_gazette)),
                Member("s2", "s2:p3", *_span(wire, cause_wire)),
            ),
            "cause not known",
            0.74,
        ),
    )
    duration = Fact(
        "f1",
        "duration",
        "g1",
        "how long the fire burned",
        True,
        (
            FactValue("s1", "s1:p2", *_span(COAST, "three hours"), "three hours", "PT3H"),
            FactValue("s2", "s2:p2", *_span(wire, "four hours"), "four hours", "PT4H"),
        ),
    )
    return Analysis(
        sources=(coast, wire_source, gazette),
        groups=groups,
        facts=(duration,),
        omissions=(Omission("g1", ("s3",)), Omission("g2", ("s1",))),
    )


WIRE_EDITED = WIRE.replace("The cause is not yet known", "The cause is still unknown")


def annotated_store(folder: Path) -> AnnotationStore:
    """Notes of every kind made on the first version; the wire story is then edited."""
    counter = itertools.count(1)
    store = AnnotationStore.open(
        folder, clock=TickingClock(), new_id=lambda: f"{next(counter):032x}"
    )
    before = story()
    coast, wire, gazette = before.sources
    store.add(
        group_target(before, before.groups[0]),
        "Which is right? Call the fire service.\nAsk for the incident log.",
        tags=["call"],
        label="disputed",
    )
    store.add(fact_target(before, before.facts[0]), "3 or 4 hours", label="follow-up")
    store.add(
        span_target(coast, *_span(COAST, "Forty firefighters")),
        "Check the number with the union.",
        tags=["numbers", "two words"],
        label="verified",
    )
    store.add(span_target(gazette, *_span(GAZETTE, "Readers wrote")), HOSTILE_NOTE)
    store.add(
        span_target(wire, *_span(WIRE, "The cause is not yet known")),
        "Ask the port again on Friday.",
        tags=["port"],
    )
    store.set_triage(wire, "trusted")
    store.set_triage(gazette, "check")
    return store
