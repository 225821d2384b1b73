"""Scare quotes: a short quoted phrase that is not a direct quotation of a speaker.

Quotation marks around one to three words either quote a speaker (he noted "the special
nature" of the ties) or let the outlet keep its distance from a word (the ministry's
"reforms"). A short quote is taken for a direct quotation when:

* it follows a reporting verb or a colon right away, or a naming verb ("called the
  operation ...") within three words;
* its words open with a determiner or pronoun, a quoted fragment of speech;
* its words end with . , ! or ?, a quoted utterance;
* the same words stand inside a longer quotation in this source, or inside any quotation in
  another source of the set: the speaker's words, quoted again;
* the sentence has a speaker and the quote is not inside a noun phrase ("said the budget
  was 'balanced'" quotes the speaker's claim; "warnings about 'temporary' wiring" does not).

Everything else of one to three words, titles aside, is a scare quote.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from reader.analysis.framing.match import DETERMINERS, PREPOSITIONS, PRONOUNS, TermMatch
from reader.analysis.framing.text import Quote, quotes, sentences, tokenize, words
from reader.text.tokens import Token

MAX_WORDS = 3
NOTE = "quoted words with no speaker: the outlet keeps its distance"
_REPORTING_CUE = re.compile(r"(?i)\b(?:according to|citing|quoted)\b")
_NAMING_VERBS = frozenset({"called", "calls", "dubbed", "termed", "described", "labelled"})
_INTRODUCERS = frozenset({":", ",", "as"})
_NOT_MODIFIERS = frozenset(
    {"is", "was", "are", "were", "be", "been", "being", "became", "seemed", "remained"}
)


@dataclass(frozen=True, slots=True)
class ScareQuote:
    start: int  # paragraph offsets of the quotation marks themselves
    end: int
    text: str  # the quoted words with their quotation marks, as written


def normalise(text: str) -> str:
    """Lower-case words joined by single spaces, for comparing quoted wording."""
    return " ".join(w.lower() for w in words(text))


def quoted_texts(text: str) -> list[str]:
    """The normalised wording of every quotation in ``text``."""
    return [normalise(text[q.inner_start : q.inner_end]) for q in quotes(text)]


def _sentence_of(spans: list[tuple[int, int]], quote: Quote) -> tuple[int, int]:
    for start, end in spans:
        if start <= quote.start < end:
            return start, end
    return quote.start, quote.end


def _is_title(quoted: list[str]) -> bool:
    return all(w[:1].isupper() for w in quoted)


def _inside(wording: str, quotations: Iterable[str]) -> bool:
    padded = f" {wording} "
    return any(padded in f" {q} " for q in quotations if q != wording)


def _before(tokens: list[Token], offset: int) -> list[Token]:
    return [t for t in tokens if t.end <= offset]


def _after(tokens: list[Token], offset: int) -> Token | None:
    return next((t for t in tokens if t.start >= offset), None)


def _introduced(tokens: list[Token], quote: Quote, verb_ends: set[int]) -> bool:
    """A reporting verb or colon right before the quote, or a naming verb close by."""
    before = _before(tokens, quote.start)
    if not before:
        return False
    last = before[-1]
    if last.end in verb_ends or last.text in _INTRODUCERS:
        return True
    return any(t.lower in _NAMING_VERBS for t in before[-4:])


def _in_noun_phrase(tokens: list[Token], quote: Quote) -> bool:
    """Whether the quote sits inside a noun phrase: after a determiner, possessive or
    preposition, or right before the noun it modifies."""
    before = _before(tokens, quote.start)
    prev = before[-1].lower if before else ""
    if prev in DETERMINERS or prev in PREPOSITIONS or prev.endswith(("'s", "’s")):
        return True
    following = _after(tokens, quote.end)
    return (
        following is not None
        and following.is_word
        and following.text[0].islower()
        and following.lower not in PREPOSITIONS | _NOT_MODIFIERS | {"that", "and", "or"}
        and prev not in _NOT_MODIFIERS
    )


def scare_quotes(
    text: str, reporting: list[TermMatch], elsewhere: Iterable[str] = ()
) -> list[ScareQuote]:
    """Scare quotes in one paragraph.

    ``reporting``: its reporting-verb matches; ``elsewhere``: the normalised wording of the
    quotations in the other sources of the set.
    """
    spans = sentences(text)
    tokens = tokenize(text)
    verb_ends = {m.end for m in reporting}
    all_quotes = quotes(text)
    own = [normalise(text[q.inner_start : q.inner_end]) for q in all_quotes]
    others = list(elsewhere)
    found: list[ScareQuote] = []
    for quote in all_quotes:
        inner = text[quote.inner_start : quote.inner_end]
        quoted = words(inner)
        if not 1 <= len(quoted) <= MAX_WORDS or _is_title(quoted):
            continue
        if inner.rstrip()[-1:] in ".,!?" or quoted[0].lower() in DETERMINERS | PRONOUNS:
            continue
        if any(o.start < quote.start and quote.end < o.end for o in all_quotes):
            continue
        wording = normalise(inner)
        if _inside(wording, own) or any(f" {wording} " in f" {q} " for q in others):
            continue
        if _introduced(tokens, quote, verb_ends):
            continue
        start, end = _sentence_of(spans, quote)
        speaker = any(start <= m.start < end for m in reporting) or bool(
            _REPORTING_CUE.search(text, start, end)
        )
        if speaker and not _in_noun_phrase(tokens, quote):
            continue
        found.append(ScareQuote(quote.start, quote.end, text[quote.start : quote.end]))
    return found
