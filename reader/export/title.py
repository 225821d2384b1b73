"""The title of an export, the same in the app and on the command line: the story's name
when the sources are a saved story, else the words most headlines share.

The shared words are those at least half of the headlines use (function words aside;
words compared by stem, so "fire" and "fires" meet). They are read in one headline, the one
densest in them (a headline of 16 words holds more of them than one of 8 without saying the
story better): from the first to the last as that headline writes them when they make one
phrase (at most one other word between them, function words aside), else that whole
headline, which then says the story in the words most outlets use. A phrase of one word says
too little, so then too the whole headline is the title; with no headline at all, a plain
name.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Sequence

from reader.model import Analysis, Source
from reader.text.words import stem, stop_words

PLAIN_TITLE = "newsdiff export"
_WORD = re.compile(r"\w[\w'\u2019.-]*\w|\w")
_MAX_FILLER = 1  # other words (function words aside) a phrase of shared words may hold


def export_title(analysis: Analysis, story: str | None = None) -> str:
    """The story's name, else the headline words most sources share, else a plain name."""
    if story and story.strip():
        return story.strip()
    return headline_title(analysis.sources) or PLAIN_TITLE


def headline_title(sources: Sequence[Source]) -> str | None:
    """The words most headlines share, as one headline writes them; None with no headline."""
    titles = [" ".join(s.title.split()) for s in sources if s.title and s.title.strip()]
    if not titles:
        return None
    stop = stop_words()
    found = [[(m.start(), m.end(), stem(m.group(0))) for m in _WORD.finditer(t)] for t in titles]
    content = [{k for _, _, k in words if k not in stop} for words in found]
    shared = Counter(k for keys in content for k in keys)
    need = max(2, math.ceil(len(titles) / 2))
    common = {k for k, n in shared.items() if n >= need}
    best = max(range(len(titles)), key=lambda i: (*_score(content[i], common), -i))
    words = [w for w in found[best] if w[2] in common]
    if len(words) < 2:
        return titles[best]
    title = titles[best]
    first, last = words[0], words[-1]
    inside = [w for w in found[best] if first[0] <= w[0] <= last[0] and w[2] not in stop]
    if len(inside) - len(words) > _MAX_FILLER:
        return title
    text = title[first[0] : last[1]]
    return text[0].upper() + text[1:]


def _score(content: set[str], common: set[str]) -> tuple[bool, float, int]:
    """A headline that holds two shared words or more, the densest in them, then the most."""
    hits = len(content & common)
    return (hits >= 2, hits / max(1, len(content)), hits)


def export_filename(title: str, day: str) -> str:
    """``newsdiff-<title in lower case, words joined by ->-<day>.md``."""
    slug = "-".join("".join(c if c.isalnum() else " " for c in title.lower()).split())
    return f"newsdiff-{slug[:60].strip('-') or 'story'}-{day}.md"
