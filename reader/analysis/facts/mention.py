"""One value as one source states it: the unit the extractors produce and compare matches."""

from __future__ import annotations

from dataclasses import dataclass

from reader.analysis.facts.dates import DateSpec
from reader.model import FactKind


@dataclass(frozen=True, slots=True)
class Mention:
    """A checkable detail found in one paragraph.

    ``start``/``end`` index the source's text; ``normalized`` is the comparable form
    (``100000``, ``2021-12-30``, ``PT50M``, ``Antony Blinken``, the quoted words).
    """

    source: str
    paragraph: str
    start: int
    end: int
    kind: FactKind
    text: str
    normalized: str
    unit: str = ""  # number: counted-noun class; quantity: measure; money: currency
    low: float | None = None  # numbers: the range a qualifier ("about", "more than") allows
    high: float | None = None
    date: DateSpec | None = None  # dates: the days the expression can mean
    speaker: str = ""  # quotes: who is credited (canonical person or organisation)
    verb: str = ""  # quotes: the attribution verb ("said", "wrote")
    sentence: tuple[int, int] = (0, 0)  # the sentence it sits in (source offsets)
    clause: tuple[int, int] = (0, 0)  # the clause it sits in (source offsets)
