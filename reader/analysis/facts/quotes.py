"""Direct quotes and who they are credited to.

Straight and curly double quotes, and single quotes around two words or more; a quote may
run over several sentences. The attribution is the nearest attribution verb outside the
quote in the same sentence ("...," he wrote; Psaki said "..."; according to the White
House) and the speaker next to it: a person, an organisation, or a pronoun the caller
resolves to the sentence subject it tracks.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from reader.analysis.facts import lexicon

_PAIRS = (("“", "”"), ('"', '"'), ("‘", "’"), ("'", "'"), ("«", "»"))
_PRONOUNS = frozenset({"he", "she", "they", "we", "i"})
# a name after one of these follows the verb as where or how, not who: 'said in a Twitter
# message', 'told reporters at the White House', 'wrote on Facebook'
_PLACE_WORDS = frozenset({"in", "on", "at", "to", "via", "from", "during", "with", "for", "into"})


@dataclass(frozen=True, slots=True)
class QuoteHit:
    start: int  # the quoted words, without the quote marks
    end: int
    verb: str
    speaker_at: tuple[int, int] | None  # span of the word(s) naming the speaker
    pronoun: str  # 'he' when the speaker is a pronoun, else ''


def _spans(text: str) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []

    def taken(i: int) -> bool:
        return any(s - 1 <= i <= e for s, e in spans)

    for opening, closing in _PAIRS:
        single = opening in ("‘", "'")
        i = 0
        while True:
            i = text.find(opening, i)
            if i < 0:
                break
            if taken(i) or (single and i > 0 and text[i - 1].isalnum()):
                i += 1
                continue
            j = i + 1
            while True:
                j = text.find(closing, j)
                if j < 0 or not (single and j + 1 < len(text) and text[j + 1].isalpha()):
                    break
                j += 1
            if j < 0:
                break
            inner = text[i + 1 : j]
            if len(inner.split()) >= 2 and not taken(j):
                spans.append((i + 1, j))
            i = j + 1
    return sorted(spans)


_SMALL = frozenset({"a", "an", "the", "of", "and", "or", "in", "on", "at", "to", "for", "with"})


def is_title(quoted: str) -> bool:
    """Is a quoted span a title, not speech: every word capitalised but the small ones
    ('Meet the Press', 'The Daily Show'), with no sentence punctuation inside?"""
    words = quoted.strip(" ,.").split()
    if not words or len(words) > 8 or re.search(r"[,.;:!?]", quoted.strip(" ,.!?")):
        return False
    big = [w for w in words if w.lower() not in _SMALL]
    return (
        bool(big) and all(w[0].isupper() or w[0].isdigit() for w in big) and words[0][0].isupper()
    )


def _verb_pattern() -> re.Pattern[str]:
    verbs = "|".join(sorted(lexicon.attribution_verbs(), key=len, reverse=True))
    return re.compile(rf"\b({verbs}|[Aa]ccording to|citing)\b")


def find_quotes(text: str, sentences: list[tuple[int, int]]) -> list[QuoteHit]:
    """Quotes in ``text`` with the attribution verb and where the speaker is named."""
    verbs = _verb_pattern()
    hits: list[QuoteHit] = []
    spans = _spans(text)
    for start, end in spans:
        s_start = next((a for a, b in sentences if a <= start - 1 < b), 0)
        s_end = next((b for a, b in sentences if a < end + 1 <= b), len(text))
        after = _outside(text, end + 1, _attribution_end(text, end + 1, s_end, sentences), spans)
        before = _outside(text, s_start, start - 1, spans)
        verb, speaker, pronoun = "", None, ""
        for region in (after, before):
            found = list(verbs.finditer(text, region[0], region[1]))
            if not found:
                continue
            match = found[0]
            verb = match.group(1).lower()
            speaker, pronoun = _speaker(text, region, match)
            if speaker or pronoun:
                break
        if not verb and hits and hits[-1].verb:
            previous = hits[-1]  # a quote that goes on after "...," Psaki said. "..."
            verb, speaker, pronoun = previous.verb, previous.speaker_at, previous.pronoun
        hits.append(QuoteHit(start, end, verb, speaker, pronoun))
    return hits


_TAG_WORDS = 8  # words: a sentence this short after a closing quote may be its attribution


def _attribution_end(text: str, at: int, s_end: int, sentences: list[tuple[int, int]]) -> int:
    """Where a quote's trailing attribution may end. A quote that closes its sentence
    ('... continue?” Ann Lee tweeted.') leaves its attribution to the short sentence that
    follows, when that sentence has no quote of its own."""
    if text[at:s_end].strip():
        return s_end
    nxt = next(((a, b) for a, b in sentences if a >= at), None)
    if nxt is None or text[at : nxt[0]].strip():
        return s_end
    tag = text[nxt[0] : nxt[1]]
    if len(tag.split()) > _TAG_WORDS or any(m in tag for m in '"“”«»'):
        return s_end
    return nxt[1]


def _outside(text: str, a: int, b: int, spans: list[tuple[int, int]]) -> tuple[int, int]:
    """Shrink [a, b) so it does not run into another quote."""
    for s, e in spans:
        if a <= s - 1 < b:
            if s - 1 - a > b - (e + 1):
                b = s - 1
            else:
                a = max(a, e + 1)
    return a, max(a, b)


def _after_preposition(words: list[str]) -> bool:
    """Do the words before a name end in a preposition, with or without an article?"""
    if words and words[-1] in ("a", "an", "the", "his", "her", "its", "their"):
        words = words[:-1]
    return bool(words) and words[-1] in _PLACE_WORDS


def _untimed(left: str) -> str:
    """The words before a speech verb without the time at their end: 'Ann Lee late
    Thursday' (tweeted) is 'Ann Lee', 'she on Monday' (said) is 'she'."""
    words = _time_words()
    while True:
        match = re.search(r"\s*\b([\w’']+)[\s,]*$", left)
        if not match or match.group(1).lower() not in words:
            return left
        left = left[: match.start()] + " "


def _time_words() -> frozenset[str]:
    calendar = lexicon.calendar()
    return (
        frozenset(calendar["weekdays"])
        | frozenset(calendar["relative_days"])
        | frozenset(("on", "late", "early", "earlier", "later", "last", "this", "night"))
        | frozenset(("morning", "afternoon", "evening", "week"))
    )


def _speaker(
    text: str, region: tuple[int, int], verb: re.Match[str]
) -> tuple[tuple[int, int] | None, str]:
    if verb.group(1).lower() in ("according to", "citing"):
        tail = re.match(r"\s+((?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*)", text[verb.end() :])
        if tail:
            return (verb.end() + tail.start(1), verb.end() + tail.end(1)), ""
        return None, ""
    left = _untimed(text[region[0] : verb.start()])
    pron = re.search(
        r"\b(he|she|they|we|I)\s+(?:(?:also|then|later|further|\w+ly)\s+)?$", left, re.I
    )
    if pron:
        return None, pron.group(1).lower()
    name = re.search(r"([A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*)*)[\s,*_]*$", left)
    if name:
        return (region[0] + name.start(1), region[0] + name.end(1)), ""
    if re.search(r",\s*$", left) and re.match(r"\W*[A-Z]", left):
        # 'Jonah Wexley, who led the rescue, said': the sentence subject speaks
        return (region[0], verb.start()), ""
    right = re.match(
        r"\s+((?:[a-z]+\s+){0,4}?)([A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*)",
        text[verb.end() : region[1]],
    )
    if right and not _after_preposition(right.group(1).split()):
        # 'said Ann Lee', 'said the White House'; not 'said in a Twitter message'
        return (verb.end() + right.start(2), verb.end() + right.end(2)), ""
    pron = re.match(r"\s+(he|she|they|we)\b", text[verb.end() : region[1]], re.I)
    if pron:
        return None, pron.group(1).lower()
    return None, ""
