"""Plain values that flow from ingest through analysis to the report, store, export and UI.

Every span is ``(source id, start, end)``: half-open code-point offsets into the source's
decoded text (see ``docs/report-contract.md``). Values are frozen: the UI renders
them and never mutates them.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Literal

ParagraphKind = Literal["headline", "dateline", "body", "quote-block", "boilerplate"]
FactKind = Literal[
    "number",
    "quantity",
    "date",
    "time",
    "duration",
    "money",
    "person",
    "organization",
    "place",
    "quote",
    "attribution",
]
FramingCategory = Literal[
    "hedge", "loaded", "attribution-verb", "naming", "scare-quote", "intensifier"
]


# --------------------------------------------------------------------------- ingest


@dataclass(frozen=True, slots=True)
class Paragraph:
    """One paragraph of a source: its span in the decoded text and what kind it is."""

    id: str  # "s1:p4", unique in a report
    index: int  # 1-based position in its source
    line: int  # 1-based line of the first character in the decoded text
    start: int
    end: int
    kind: ParagraphKind
    text: str  # == source.text[start:end]


@dataclass(frozen=True, slots=True)
class Source:
    """One article as read: the decoded text every offset indexes, its paragraphs and metadata."""

    id: str  # "s1"
    path: str  # as given by the user (path, URL or "-")
    text: str  # decoded (or extracted) text; every offset indexes into it
    sha256: str  # of the raw bytes read
    paragraphs: tuple[Paragraph, ...]
    outlet: str | None = None
    title: str | None = None
    published: str | None = None  # YYYY-MM-DD
    byline: str | None = None
    language: str | None = None  # ISO 639-1
    format: str = "text"  # text | markdown | html
    segmentation: str = "blank-line"  # blank-line | line | wrapped | html
    encoding: str = "utf-8"
    name: str | None = None  # the user's name for it (r in the sources screen), else None

    def paragraph(self, paragraph_id: str) -> Paragraph:
        for p in self.paragraphs:
            if p.id == paragraph_id:
                return p
        raise KeyError(paragraph_id)

    @property
    def body(self) -> tuple[Paragraph, ...]:
        """Paragraphs that carry reporting (everything but boilerplate)."""
        return tuple(p for p in self.paragraphs if p.kind != "boilerplate")

    @property
    def label(self) -> str:
        """What to call this source on screen: outlet, else the file name."""
        if self.outlet:
            return self.outlet
        tail = self.path.rstrip("/").rsplit("/", 1)[-1]
        return tail or self.path


@dataclass(frozen=True, slots=True)
class LoadError:
    """A source that could not be read, and why, in one line for the user."""

    path: str
    reason: str

    def __str__(self) -> str:
        return f"{self.path}: {self.reason}"


@dataclass(frozen=True, slots=True)
class LoadResult:
    """What loading gave: the sources read, the ones that failed, and notices."""

    sources: tuple[Source, ...]
    errors: tuple[LoadError, ...] = ()
    notices: tuple[str, ...] = ()  # e.g. duplicates skipped


# --------------------------------------------------------------------------- analysis


@dataclass(frozen=True, slots=True)
class Member:
    """One source's passage in a group: a span of one of its paragraphs."""

    source: str
    paragraph: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Group:
    """One claim as several sources report it: their passages, aligned."""

    id: str  # "g7"
    members: tuple[Member, ...]
    label: str
    score: float  # 0..1
    verbatim: bool = False  # members are near-verbatim copies (wire copy)
    origin: str = "algorithm"  # or "reviewer" once corrected by hand


@dataclass(frozen=True, slots=True)
class FactValue:
    """What one source says a fact is: the words, their span and their normalised form."""

    source: str
    paragraph: str
    start: int
    end: int
    text: str
    normalized: str


@dataclass(frozen=True, slots=True)
class Fact:
    """A fact the sources state (a number, date, name, quote...), with each source's value."""

    id: str
    kind: FactKind
    group: str | None
    subject: str
    divergent: bool
    values: tuple[FactValue, ...]
    # For quote divergences: the words that differ, per value (same order as values).
    differing_words: tuple[tuple[str, ...], ...] = ()
    # A name (person, organization, place) the outlets spell differently: one entity, a
    # quiet note and never a divergence.
    spelling_differs: bool = False
    # For divergent facts: how sure the method is (0..1), why it raised the flag (the two
    # wordings, the speaker, the counted noun), and what kind of difference it is: "value"
    # (the values contradict), "precision" (one value is a bound or range that holds the
    # other: 'up to 1.6 million' against '1.5 million'), "wording" (a quote), "credit".
    confidence: float | None = None
    evidence: str = ""
    divergence: str = ""


@dataclass(frozen=True, slots=True)
class Omission:
    """A claim that some sources leave out while others report it."""

    group: str
    sources: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Exclusive:
    """A passage of one source that states something no other source reports."""

    source: str
    paragraph: str
    start: int
    end: int
    note: str


@dataclass(frozen=True, slots=True)
class FramingMark:
    """A word choice that frames the event (hedge, loaded term, attribution verb...)."""

    source: str
    paragraph: str
    start: int
    end: int
    term: str
    category: FramingCategory
    note: str
    neutral: str | None = None  # the neutral counterpart, when the lexicon has one
    contrast: str | None = None  # the other outlet's term, for contrastive marks


@dataclass(frozen=True, slots=True)
class Attribution:
    """Who a statement is credited to in one source, and with which verb."""

    source: str
    paragraph: str
    start: int
    end: int
    who: str  # "Jen Psaki", "officials", "TASS", or "" for an unattributed statement
    verb: str | None
    kind: str  # person | officials | sources | agency | unattributed


@dataclass(frozen=True, slots=True)
class ProvenanceLink:
    """Two sources sharing text: likely one wire source, not independent confirmation."""

    a: str
    b: str
    shared: float  # 0..1 share of the shorter source's body text
    kind: str  # verbatim | translation
    note: str


@dataclass(frozen=True, slots=True)
class OutletProfile:
    """How one source writes: framing rates, attribution verbs, who it quotes."""

    source: str
    words: int
    per_thousand: Mapping[str, float] = field(default_factory=dict)  # category -> rate
    attribution_verbs: Mapping[str, int] = field(default_factory=dict)
    quoted: Mapping[str, int] = field(default_factory=dict)  # who -> count
    naming: Mapping[str, str] = field(default_factory=dict)  # concept -> form used
    unattributed: int = 0


@dataclass(frozen=True, slots=True)
class Story:
    """Sources that cover one event; a folder may hold several (claims never join two)."""

    id: str  # "st1"
    sources: tuple[str, ...]  # source ids
    label: str  # a headline of the story


@dataclass(frozen=True, slots=True)
class Truncation:
    """A source a budget cut: how much of it the analysis read, and why."""

    source: str
    analysed_chars: int
    total_chars: int
    reason: str


@dataclass(frozen=True, slots=True)
class Analysis:
    """Everything the screens and reports show, computed once from the sources."""

    sources: tuple[Source, ...]
    groups: tuple[Group, ...] = ()
    facts: tuple[Fact, ...] = ()
    omissions: tuple[Omission, ...] = ()
    framing: tuple[FramingMark, ...] = ()
    attributions: tuple[Attribution, ...] = ()
    provenance: tuple[ProvenanceLink, ...] = ()
    profiles: tuple[OutletProfile, ...] = ()
    errors: tuple[LoadError, ...] = ()
    # Said to the user, not errors: e.g. a source too long to be analysed whole.
    notices: tuple[str, ...] = ()
    exclusives: tuple[Exclusive, ...] = ()
    # The events the sources cover (one story when they all cover one), and the sources a
    # budget cut (said in the report, the briefing and the app).
    stories: tuple[Story, ...] = ()
    truncated: tuple[Truncation, ...] = ()

    def source(self, source_id: str) -> Source:
        for s in self.sources:
            if s.id == source_id:
                return s
        raise KeyError(source_id)

    def group(self, group_id: str) -> Group:
        for g in self.groups:
            if g.id == group_id:
                return g
        raise KeyError(group_id)
