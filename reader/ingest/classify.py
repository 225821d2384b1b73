"""Give every paragraph its kind: headline, dateline, body, quote-block or boilerplate.

Boilerplate is recognised from ``reader/data/boilerplate.json`` (labels and patterns), never
from phrases written here, so a newsroom can teach newsdiff its own page furniture. It stays
in the report, marked, because a reader may still want to see it.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from functools import cache

from reader.ingest.dates import find_dates
from reader.model import ParagraphKind
from reader.text.data import load_json

_HEADLINE_MAX_CHARS = 250
_DATELINE_MAX_CHARS = 100
_LONE_WORD_MAX_CHARS = 20
_OPENING_QUOTES = "\"“«„'‘"
_CLOSING_QUOTES = "\"”»“'’"
_TIME = re.compile(r"\b\d{1,2}[:.]\d{2}(?:[:.]\d{2})?\b")
_BYLINE = re.compile(r"^(?:by|written by|author:)\s+\S", re.IGNORECASE)


@cache
def _boilerplate() -> tuple[frozenset[str], tuple[re.Pattern[str], ...], int, bool]:
    """The labels, the patterns, the length cap and whether lone words count as labels.

    The patterns anchored at the start (``^...``) are joined into one ``^(?:a|b|...)``,
    tried once at the start of a line instead of once each (20 sources x 40 paragraphs
    load in about half the time); the others are searched one by one."""
    data = load_json("boilerplate.json")
    labels = frozenset(label.casefold() for label in data["labels"])
    anchored = [p[1:] for p in data["patterns"] if p.startswith("^")]
    floating = [p for p in data["patterns"] if not p.startswith("^")]
    joined = [f"^(?:{'|'.join(f'(?:{p})' for p in anchored)})"] if anchored else []
    patterns = tuple(re.compile(p, re.IGNORECASE) for p in [*joined, *floating])
    return labels, patterns, int(data["max_chars"]), bool(data["lone_word_labels"])


@cache
def _date_line_words() -> frozenset[str]:
    data = load_json("months.json")
    return frozenset(w.casefold() for w in [*data["date_line_words"], *data["weekdays"]])


def _label_key(text: str) -> str:
    return " ".join(text.split()).strip(" :.-–—|»>").casefold()


def unemphasised(text: str) -> str:
    """``text`` on one line without Markdown emphasis wrapped around the whole of it."""
    return " ".join(text.split()).strip("_*").strip()


def is_boilerplate(text: str) -> bool:
    labels, patterns, max_chars, _ = _boilerplate()
    if len(text) > 2 * max_chars:  # cheap exit before normalising a long paragraph
        return False
    stripped = unemphasised(text)
    if _label_key(stripped) in labels:
        return True
    if len(stripped) > max_chars:
        return False
    pieces = re.split(r"\s[|·•]\s", stripped)  # "Share · Print": each piece alone too
    parts = [stripped, *(p.strip() for p in pieces)] if len(pieces) > 1 else [stripped]
    if any(_label_key(part) in labels for part in parts):
        return True
    return any(pattern.search(part) for part in parts for pattern in patterns)


def is_lone_label(text: str) -> bool:
    """One bare word on its own line: a section label such as a site's "Context"."""
    word = text.strip()
    return _boilerplate()[3] and word.isalpha() and len(word) <= _LONE_WORD_MAX_CHARS


def is_tweet_signature(text: str) -> bool:
    stripped = text.strip()
    return stripped[:1] in "—–-" and "(@" in stripped and is_boilerplate(stripped)


def is_date_line(text: str) -> bool:
    """A short line that only states when (and maybe where or by whom) the piece ran."""
    if len(text) > 2 * _DATELINE_MAX_CHARS:
        return False
    stripped = unemphasised(text)
    if len(stripped) > _DATELINE_MAX_CHARS:
        return False
    if _BYLINE.match(stripped) and not stripped.endswith("."):
        return True
    dates = find_dates(stripped)
    if not dates:
        return False
    rest = stripped
    for mention in reversed(dates):
        rest = rest[: mention.start] + " " + rest[mention.end :]
    rest = _TIME.sub(" ", rest)
    words = [w for w in re.split(r"[\s,|·•/()\[\]:–—-]+", rest) if w]
    words = [w.strip(".,;") for w in words if w.strip(".,;")]
    leftover = [w for w in words if w.casefold() not in _date_line_words()]
    if not leftover:
        return True
    if len(leftover) > 4:
        return False
    # Only names left (a place, an outlet, an author): "PORTVALE. May, 6th. Port Gazette."
    return all(w[:1].isupper() for w in leftover) or not stripped.endswith((".", "!", "?"))


def looks_like_headline(text: str) -> bool:
    stripped = text.strip()
    return (
        0 < len(stripped) <= _HEADLINE_MAX_CHARS
        and "\n" not in stripped
        and not stripped.endswith(".")
        and stripped[:1] not in _OPENING_QUOTES
    )


def is_quote_block(text: str) -> bool:
    """A paragraph that is one quotation from end to end, with no attribution outside it."""
    stripped = text.strip().rstrip(".,")
    if len(stripped) < 2 or stripped[0] not in _OPENING_QUOTES:
        return False
    if stripped[-1] not in _CLOSING_QUOTES:
        return False
    inner = stripped[1:-1]
    return not any(q in inner for q in '”»"')


def classify(
    texts: Sequence[str], forced: Mapping[int, ParagraphKind] | None = None
) -> list[ParagraphKind]:
    """Kinds for ``texts`` in order; ``forced`` (by 0-based index) comes from the format."""
    forced = forced or {}
    kinds: list[ParagraphKind] = ["body"] * len(texts)
    # A format that marks its headlines (Markdown, HTML) leaves no room for guessing one.
    headline_wanted = not any(kind == "headline" for kind in forced.values())
    content_seen = False
    for i, text in enumerate(texts):
        if i in forced:
            kinds[i] = forced[i]
        elif is_boilerplate(text):
            kinds[i] = "boilerplate"
        elif headline_wanted and looks_like_headline(text) and not is_date_line(text):
            kinds[i] = "headline"
        elif is_date_line(text):
            kinds[i] = "dateline"
        elif content_seen and is_lone_label(text):
            kinds[i] = "boilerplate"
        elif is_quote_block(text):
            kinds[i] = "quote-block"
        if kinds[i] not in ("boilerplate", "dateline"):
            headline_wanted = False
            content_seen = True
    for i in range(1, len(texts)):
        if is_tweet_signature(texts[i]) and kinds[i - 1] == "body" and i - 1 not in forced:
            kinds[i - 1] = "quote-block"
    return kinds
