"""Contrastive framing: inside one aligned group, the word one outlet uses where another
uses a different word for the same thing ("aggression" / "actions", "claimed" / "said").

Two members' words are aligned with difflib on normalised tokens. A short replaced stretch
(one to three words on each side) between shared words is a candidate; it becomes a mark
only when one side holds a marked lexicon term and the other side holds a content word or a
lexicon word. Both sides are marked, each with the other outlet's term as ``contrast``.
"""

from __future__ import annotations

from dataclasses import dataclass
from difflib import SequenceMatcher
from itertools import combinations

from reader.analysis.framing.lexicon import Entry, Lexicon
from reader.analysis.framing.text import tokenize
from reader.model import Group, Member, Source
from reader.text import words as text_words
from reader.text.tokens import Token

MAX_WORDS = 3
MIN_CONTEXT = 2  # shared words on at least one side of the replaced stretch


@dataclass(frozen=True, slots=True)
class ContrastHit:
    source: str
    start: int  # offsets into the source text
    end: int
    term: str
    contrast: str
    other_source: str
    entry: Entry | None  # the lexicon entry behind this side's term, if any


def stop_words() -> frozenset[str]:
    return text_words.stop_words()


def _words(source: Source, member: Member) -> list[Token]:
    text = source.text[member.start : member.end]
    return [
        Token(member.start + t.start, member.start + t.end, t.text)
        for t in tokenize(text)
        if t.is_word
    ]


def _entry(words: list[Token], lexicon: Lexicon) -> tuple[list[Token], Entry | None]:
    """The lexicon term inside the stretch, narrowed to its own words ("further invades"
    -> "invades"); a stretch with no term comes back without its edge stop words."""
    n = len(words)
    for size in range(n, 0, -1):
        for i in range(n - size + 1):
            span = words[i : i + size]
            found = lexicon.lookup(" ".join(t.text for t in span))
            if found is not None and found.category != "naming":
                return span, found
    content = [i for i, t in enumerate(words) if t.lower not in stop_words()]
    return (words[content[0] : content[-1] + 1] if content else words), None


def _has_content(words: list[Token], entry: Entry | None) -> bool:
    return entry is not None or any(t.lower not in stop_words() for t in words)


@dataclass(slots=True)
class _Side:
    """One member's words, worked out once per member rather than once per pair.

    A group of 40 sources has 780 member pairs; tokenising and stemming both members again
    for each pair was most of the framing time. ``matcher`` holds the member's stems as
    difflib's second sequence (the one it indexes), so only ``set_seq1`` changes per pair.
    """

    words: list[Token]
    stems: list[str]
    marked: bool  # some 1..MAX_WORDS-word stretch is a marked (non-naming) lexicon term
    matcher: SequenceMatcher[str]


def _has_marked_term(words: list[Token], lexicon: Lexicon) -> bool:
    texts = [t.text for t in words]
    for size in range(1, MAX_WORDS + 1):
        for i in range(len(texts) - size + 1):
            found = lexicon.lookup(" ".join(texts[i : i + size]))
            if found is not None and found.mark and found.category != "naming":
                return True
    return False


def _side(source: Source, member: Member, lexicon: Lexicon) -> _Side:
    words = _words(source, member)
    stems = [text_words.stem(t.text) for t in words]
    matcher: SequenceMatcher[str] = SequenceMatcher(None, autojunk=False)
    matcher.set_seq2(stems)
    return _Side(words, stems, _has_marked_term(words, lexicon), matcher)


def _pair(a: Source, left: _Side, b: Source, right: _Side, lexicon: Lexicon) -> list[ContrastHit]:
    # A contrast needs a marked term on one side, and words that differ at all.
    if not (left.marked or right.marked):
        return []
    if left.stems == right.stems:
        return []
    wa, wb = left.words, right.words
    matcher = right.matcher
    matcher.set_seq1(left.stems)
    ops = matcher.get_opcodes()
    hits: list[ContrastHit] = []
    for k, (op, i1, i2, j1, j2) in enumerate(ops):
        if op != "replace" or not (1 <= i2 - i1 <= MAX_WORDS and 1 <= j2 - j1 <= MAX_WORDS):
            continue
        context = [o for o in (ops[k - 1] if k else None, ops[k + 1] if k + 1 < len(ops) else None)]
        if not any(o and o[0] == "equal" and o[2] - o[1] >= MIN_CONTEXT for o in context):
            continue
        side_a, entry_a = _entry(wa[i1:i2], lexicon)
        side_b, entry_b = _entry(wb[j1:j2], lexicon)
        marked = (entry_a is not None and entry_a.mark) or (entry_b is not None and entry_b.mark)
        if not marked or entry_a is entry_b:
            continue
        if not (_has_content(side_a, entry_a) and _has_content(side_b, entry_b)):
            continue
        term_a = a.text[side_a[0].start : side_a[-1].end]
        term_b = b.text[side_b[0].start : side_b[-1].end]
        hits.append(
            ContrastHit(a.id, side_a[0].start, side_a[-1].end, term_a, term_b, b.id, entry_a)
        )
        hits.append(
            ContrastHit(b.id, side_b[0].start, side_b[-1].end, term_b, term_a, a.id, entry_b)
        )
    return hits


def contrasts(sources: list[Source], groups: list[Group], lexicon: Lexicon) -> list[ContrastHit]:
    """Contrastive word choices across every pair of members (from two sources) of each group."""
    by_id = {s.id: s for s in sources}
    seen: set[tuple[str, int, int, str]] = set()
    found: list[ContrastHit] = []
    sides: dict[Member, _Side] = {}
    for group in groups:
        members = [m for m in group.members if m.source in by_id]
        for m in members:
            if m not in sides:
                sides[m] = _side(by_id[m.source], m, lexicon)
        for ma, mb in combinations(members, 2):
            if ma.source == mb.source:
                continue
            pair = _pair(by_id[ma.source], sides[ma], by_id[mb.source], sides[mb], lexicon)
            for hit in pair:
                key = (hit.source, hit.start, hit.end, hit.contrast.lower())
                if key not in seen:
                    seen.add(key)
                    found.append(hit)
    return found
