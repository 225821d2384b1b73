"""Scare quotes: a short quoted phrase that no speaker is credited with.

Quotation marks around one to three words either quote a speaker ("he noted 'the special
nature' of ties") or let the outlet keep its distance from a word (the government's
"reforms"). Only the second is framing: a quote counts as a scare quote when the sentence
around it names no speaker and has no reporting verb, and the quote is not part of a
longer quotation or a title.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from reader.analysis.framing.match import TermMatch
from reader.analysis.framing.text import Quote, quotes, sentences, words

MAX_WORDS = 3
NOTE = "quoted words with no speaker: the outlet keeps its distance"
_REPORTING_CUE = re.compile(r"(?i)\b(?:according to|citing|called|dubbed|termed|quoted)\b")


@dataclass(frozen=True, slots=True)
class ScareQuote:
    start: int  # paragraph offsets of the quotation marks themselves
    end: int
    text: str  # the quoted words with their quotation marks, as written


def _sentence_of(spans: list[tuple[int, int]], quote: Quote) -> tuple[int, int]:
    for start, end in spans:
        if start <= quote.start < end:
            return start, end
    return quote.start, quote.end


def _is_title(quoted: list[str]) -> bool:
    return all(w[:1].isupper() for w in quoted)


def _attributed(text: str, sentence: tuple[int, int], reporting: list[TermMatch]) -> bool:
    start, end = sentence
    if any(start <= m.start < end for m in reporting):
        return True
    return bool(_REPORTING_CUE.search(text, start, end))


def scare_quotes(text: str, reporting: list[TermMatch]) -> list[ScareQuote]:
    """Scare quotes in one paragraph; ``reporting`` holds its reporting-verb matches."""
    spans = sentences(text)
    found: list[ScareQuote] = []
    all_quotes = quotes(text)
    for quote in all_quotes:
        inner = text[quote.inner_start : quote.inner_end]
        quoted = words(inner)
        if not 1 <= len(quoted) <= MAX_WORDS or _is_title(quoted):
            continue
        if inner.rstrip()[-1:] in ".,!?":
            continue  # a quoted utterance, not a quoted word
        if any(o is not quote and o.start < quote.start and quote.end < o.end for o in all_quotes):
            continue
        if _attributed(text, _sentence_of(spans, quote), reporting):
            continue
        found.append(ScareQuote(quote.start, quote.end, text[quote.start : quote.end]))
    return found
