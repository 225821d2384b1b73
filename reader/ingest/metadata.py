"""What a plain or Markdown text says about itself: outlet, title, date, byline, language.

Wire copy states its outlet and date in the dateline, in conventions such as
``KIEV, January 3. /TASS/.``, ``LONDON, May 5 (Reuters) -``, ``CITY (AP) --`` or
``KIEV. December, 31st. UNN.``; many pages also keep a date line of their own under the
headline ("Jan 02, 2022"). A date written without a year takes it from the same source when
it can; otherwise ``undated`` carries it so that the loader can place it among the other
sources of the set.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from reader.ingest.classify import is_date_line, unemphasised
from reader.ingest.dates import DateMention, find_dates, infer_year
from reader.ingest.language import detect_language
from reader.ingest.outlets import canonical_outlet, known_outlet
from reader.model import ParagraphKind

_LEAD_PARAGRAPHS = 4  # datelines sit in the first paragraphs after the headline
_DATE_LINE_WINDOW = 6
_HEAD_CHARS = 80
_BYLINE_MAX_CHARS = 100
_CREDIT_MAX_CHARS = 120
# What may stand before a dateline's date: a place, maybe with a bracketed country.
_PLACE = re.compile(r"^[^\W\d_][\w .'’-]{0,40}?(?:\s*\[[^\]\n]{1,30}\])?\s*[.,]\s*$")
# A date with no agency is a dateline only when a stop or a dash closes it, not a comma.
_DATE_CLOSER = re.compile(r"^\s*[.:–—-]")
_AFTER_DATE = (
    # KIEV, January 3. /TASS/.
    re.compile(r"^[.,]?\s*/(?P<agency>[^\W\d_][^/\n]{1,29})/"),
    # LONDON, May 5 (Reuters) -    Kiev [Ukraine], January 3 (ANI):
    re.compile(r"^[.,]?\s*\((?P<agency>[^\W\d_][^()\n]{1,29})\)\s*(?:[-–—]{1,2}|:)"),
    # KIEV. December, 31st. UNN.    PORTVALE. May, 6th. Port Gazette.
    re.compile(
        r"^\.\s+(?P<agency>[A-ZА-ЯЁІЇЄ][\w'’&-]{1,19}(?:\s[A-ZА-ЯЁІЇЄ][\w'’&-]*){0,3})\.(?:\s|$)"
    ),
)
# MOSCOW, January 3 - RIA Novosti.  (only for outlets we know: a dash also opens sentences)
_DASH_AGENCY = re.compile(r"^\s*[-–—]{1,2}\s*(?P<agency>[^\W\d_][\w -]{1,30}?)\s*[.:,]")
# CITY (AP) --    (Reuters) -
_PLACE_THEN_AGENCY = re.compile(
    r"^(?:[^\W\d_][\w .'’-]{0,40}?\s*)?\((?P<agency>[^\W\d_][^()\n]{1,29})\)\s*(?:[-–—]{1,2}|:)"
)
_BYLINE = re.compile(r"^(?:by|written by|author:)\s+(?P<rest>.+)$", re.IGNORECASE)
_BYLINE_CUT = re.compile(r"\s*(?:[,|·•/]|\s[-–—]\s|\s(?:for|in|on|at)\s|\d).*$")
_NAME_WORD = re.compile(r"^(?:[A-ZА-ЯЁІЇЄ][\w.'’-]*|and|&|de|van|von|der|da|di|le|la)$")
_CREDIT = re.compile(r"^(?:source|©|\(c\)|copyright)\s*:?\s*(?P<name>.+?)\s*\.?$", re.IGNORECASE)
_COPYRIGHT = re.compile(r"©|\(c\)|\bcopyright\b", re.IGNORECASE)
_COPYRIGHT_NOISE = re.compile(
    r"©|\(c\)|\bcopyright\b|\b(?:19|20)\d\d\b|\ball rights reserved\b", re.IGNORECASE
)
# "Picture: Bay Herald / J. Tenner": a picture credited to the paper's own staff.
_PICTURE_CREDIT = re.compile(
    r"^(?:photo|picture|image)s?\s*:\s*(?P<name>[^/|]+?)\s*/", re.IGNORECASE
)
_REPORTING_BY = re.compile(r"^\(?(?:additional\s+)?reporting by\s+(?P<rest>[^;)]+)", re.I)
_SEGMENTS = re.compile(r"\s*[|·•]\s*")


@dataclass(frozen=True, slots=True)
class TextMetadata:
    """What a plain text says about itself: outlet, headline, date, byline, language."""

    outlet: str | None = None
    title: str | None = None
    published: str | None = None  # YYYY-MM-DD
    undated: DateMention | None = None  # a month and day the source gives without a year
    byline: str | None = None
    language: str | None = None


@dataclass(frozen=True, slots=True)
class Dateline:
    """The date and the agency a dateline names, either possibly absent."""

    date: DateMention | None
    agency: str | None


def _looks_like_agency(name: str) -> bool:
    words = name.split()
    return 0 < len(words) <= 4 and all(w[:1].isupper() for w in words)


def read_dateline(paragraph: str) -> Dateline | None:
    """The date and agency of a dateline opening ``paragraph``, when it has one."""
    head = paragraph[:_HEAD_CHARS]
    dates = [d for d in find_dates(head) if _PLACE.match(head[: d.start]) or d.start == 0]
    if dates:
        date = dates[0]
        for pattern in _AFTER_DATE:
            match = pattern.match(head[date.end :])
            if match and _looks_like_agency(match["agency"]):
                return Dateline(date, canonical_outlet(match["agency"]))
        dashed = _DASH_AGENCY.match(head[date.end :])
        if dashed and known_outlet(dashed["agency"]):
            return Dateline(date, known_outlet(dashed["agency"]))
        closed = _DATE_CLOSER.match(head[date.end :])
        return Dateline(date, None) if date.start > 0 and closed else None
    match = _PLACE_THEN_AGENCY.match(head)
    if match and _looks_like_agency(match["agency"]):
        return Dateline(None, canonical_outlet(match["agency"]))
    return None


def read_byline(paragraph: str) -> str | None:
    """The name in "By Jane Doe" or "(Reporting by Jane Doe; Editing by ...)"."""
    if len(paragraph) > 2 * _BYLINE_MAX_CHARS:
        return None
    stripped = unemphasised(paragraph)
    if len(stripped) > _BYLINE_MAX_CHARS:
        return None
    match = _BYLINE.match(stripped) or _REPORTING_BY.match(stripped)
    if not match:
        return None
    name = _BYLINE_CUT.sub("", match["rest"]).strip().rstrip(".")
    words = name.split()
    # Two words at least: "By Tuesday, crews had..." opens a sentence, not a byline.
    if 2 <= len(words) <= 6 and all(_NAME_WORD.match(w) for w in words) and words[0][0].isupper():
        return name
    return None


def _is_name(words: list[str]) -> bool:
    return 0 < len(words) <= 5 and all(_NAME_WORD.match(w) for w in words) and words[0][0].isupper()


def _credited_outlet(paragraph: str) -> str | None:
    """A known outlet standing alone or after "Source:"; any name a copyright line gives."""
    if len(paragraph) > 2 * _CREDIT_MAX_CHARS:
        return None
    stripped = unemphasised(paragraph)
    if len(stripped) > _CREDIT_MAX_CHARS:
        return None
    known = known_outlet(stripped.strip(".: "))
    if known:
        return known
    match = _CREDIT.match(stripped)
    if match and known_outlet(match["name"]):
        return known_outlet(match["name"])
    for segment in _SEGMENTS.split(stripped):
        if _COPYRIGHT.search(segment):
            rest = _COPYRIGHT_NOISE.sub(" ", segment)
            for chunk in re.split(r"[.,;:]", rest):
                if _is_name(chunk.split()):
                    return canonical_outlet(chunk)
    return None


def _picture_outlet(paragraph: str) -> str | None:
    if len(paragraph) > 2 * _CREDIT_MAX_CHARS:
        return None
    match = _PICTURE_CREDIT.match(unemphasised(paragraph))
    return canonical_outlet(match["name"]) if match and _is_name(match["name"].split()) else None


def _date_line_names(line: str) -> tuple[str | None, str | None]:
    """(outlet, byline) a date line names: "Island Voice, 2031-05-07", "May 5 | Jane Doe"."""
    stripped = unemphasised(line)
    dates = find_dates(stripped)
    if not dates:
        return None, None
    outlet = byline = None
    before = stripped[: dates[0].start].strip(" ,|·•-–—")
    words = before.split()
    if "," not in before and len(words) >= 2 and _is_name(words) and not before.isupper():
        outlet = canonical_outlet(before)
    for n, segment in enumerate(_SEGMENTS.split(stripped[dates[-1].end :])):
        segment = segment.strip(" ,.")
        by = read_byline(segment)
        if by:
            byline = by
        elif n > 0 and 2 <= len(segment.split()) <= 3 and _is_name(segment.split()):
            byline = segment  # a bare name set apart by "|" or "·" after the date
    return outlet, byline


def _first(candidates: Sequence[str | None]) -> str | None:
    return next((c for c in candidates if c), None)


def _published(mention: DateMention, text: str) -> tuple[str | None, DateMention | None]:
    year = infer_year(mention, text)
    day = mention.to_date(year) if year is not None else None
    if day is None:
        return None, mention
    return day.isoformat(), None


def read_metadata(
    text: str, paragraphs: Sequence[str], kinds: Sequence[ParagraphKind]
) -> TextMetadata:
    """Metadata a text states about itself, ``None`` for whatever it does not state."""
    title = next(
        (" ".join(p.split()) for p, k in zip(paragraphs, kinds, strict=True) if k == "headline"),
        None,
    )
    content = [i for i, k in enumerate(kinds) if k not in ("boilerplate", "headline")]
    lead = content[:_LEAD_PARAGRAPHS]
    window = content[:_DATE_LINE_WINDOW] + content[-3:]
    datelines = [d for d in (read_dateline(paragraphs[i]) for i in lead) if d is not None]
    date_lines = [paragraphs[i] for i in window if is_date_line(paragraphs[i])]
    named = [_date_line_names(line) for line in date_lines]
    everywhere = range(len(paragraphs))
    outlet = _first(
        [d.agency for d in datelines]
        + [_credited_outlet(paragraphs[i]) for i in everywhere]
        + [o for o, _ in named]
        + [_picture_outlet(paragraphs[i]) for i in everywhere]
    )
    mention = next((d for line in date_lines for d in find_dates(unemphasised(line))), None)
    if mention is None:
        mention = next((d.date for d in datelines if d.date), None)
    published, undated = _published(mention, text) if mention else (None, None)
    byline = _first(
        [b for _, b in named]
        + [read_byline(paragraphs[i]) for i in window]
        + [read_byline(paragraphs[i]) for i in everywhere]
    )
    return TextMetadata(
        outlet=outlet,
        title=title,
        published=published,
        undated=undated,
        byline=byline,
        language=detect_language(text),
    )
