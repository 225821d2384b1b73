"""The day each source's relative dates ('on Monday', 'last week') count from.

A source's ``published`` date is not always the day its copy speaks from: an aggregator may
stamp a piece the day before the wire dateline it carries ('Jan 02' above 'Kiev, January
3 :'), and then 'on Monday said' means the Monday of the dateline, not the one a week
earlier. So the reference is the latest of the publication date and a dateline date in the
first paragraphs (a dateline far from publication is distrusted and ignored).

An undated source borrows the set's median reference, but only when its own absolute dates
agree with that day: every date it states outside a forward-looking clause is on or before
it, and the latest such date is recent. Otherwise it stays undated and its weekdays remain
constraints ('a Thursday') that comparison can still match against a precise date.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from datetime import date, timedelta

from reader.analysis.facts.dates import find_dates, parse_published
from reader.analysis.facts.extract import looks_ahead_at
from reader.analysis.facts.text import clauses, sentences
from reader.model import Source

_LEAD_PARAGRAPHS = 4  # a dateline opens the copy: headline, standfirst, then the first lines
_DATELINE_HEAD = re.compile(r"^[A-Z][\w .,\[\]()/-]*$")
_DATELINE_TRUST = timedelta(days=7)  # a dateline further than this from publication is not one
_RECENT = timedelta(days=31)  # an undated text's latest past date lies this close to its day


def looks_like_dateline_head(head: str) -> bool:
    """'KIEV, ' or 'Kiev [Ukraine], ': a short run of capitalised place words before a date."""
    head = head.strip()
    if not head or len(head) > 40 or not _DATELINE_HEAD.match(head):
        return False
    return not re.search(r"\b[a-z]", head)


def dateline_day(source: Source, near: date | None) -> date | None:
    """The date of the source's dateline, if one of its first paragraphs opens with one."""
    for paragraph in source.paragraphs[:_LEAD_PARAGRAPHS]:
        if paragraph.kind == "boilerplate":
            continue
        lead = paragraph.text[:120]
        hits = find_dates(lead, None, year_hint=near)
        if not hits:
            continue
        first = hits[0]
        if first.spec.exact is not None and looks_like_dateline_head(lead[: first.start]):
            return first.spec.exact
    return None


def _own_reference(source: Source) -> date | None:
    published = parse_published(source.published)
    dateline = dateline_day(source, published)
    if published is None:
        return dateline
    if dateline is None or abs(dateline - published) > _DATELINE_TRUST:
        return published
    return max(published, dateline)


def consistent_with(source: Source, day: date) -> bool:
    """Do the source's own absolute dates fit a text written on ``day``?

    Dates a clause looks ahead to ('talks are scheduled for ...') may lie after
    ``day``. A text with no absolute date of its own gives no evidence, so no reference.
    """
    past: list[date] = []
    for paragraph in source.body:
        text = paragraph.text
        for s_start, s_end in sentences(text):
            for start, end in clauses(text, s_start, s_end):
                clause = text[start:end]
                for hit in find_dates(clause, None, year_hint=day):
                    exact = hit.spec.exact
                    if exact is not None and not looks_ahead_at(clause, hit.start, hit.end):
                        past.append(exact)
    if not past:
        return False
    return max(past) <= day and day - max(past) <= _RECENT


def reference_days(sources: Sequence[Source]) -> Mapping[str, date]:
    """The reference day of every source that has one (see the module docstring)."""
    own = {s.id: _own_reference(s) for s in sources}
    known = sorted(d for d in own.values() if d is not None)
    median = known[len(known) // 2] if known else None
    out: dict[str, date] = {}
    for s in sources:
        day = own[s.id]
        if day is None and median is not None and consistent_with(s, median):
            day = median
        if day is not None:
            out[s.id] = day
    return out
