"""Who each source quotes or cites, with which verb, and which claims it credits to no one.

A reporting verb ("said", "warned", "according to") is tied to its speaker with word-order
cues: the name right before the verb ("Biden warned Putin"); else the nearest name, agency,
institution or collective ("officials") before the verb in its clause; after the verb when
the clause is inverted ("..., said Jen Psaki", "reports UNN"); after "by", "according to"
or "citing"; else the sentence's opening subject (an appositive: "Alexei Danilov, secretary
of ..., said"). "he"/"she" resolve to the person the previous sentences were about, and a
verb coordinated with "and" keeps the speaker of the verb before it. Surnames are widened to
the full name the source uses ("Biden" -> "Joe Biden"). Body sentences of six words or more
without any attribution are reported as unattributed statements.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

from reader.analysis.framing.lexicon import Lexicon
from reader.analysis.framing.match import (
    AUXILIARIES,
    DETERMINERS,
    PREPOSITIONS,
    PRONOUNS,
    TermMatch,
    match_terms,
)
from reader.analysis.framing.speakers import Speakers, load_speakers
from reader.analysis.framing.text import quotes, sentences, tokenize
from reader.model import Attribution, Source
from reader.text.tokens import Token

_BOUNDARIES = frozenset({",", ";", ":", "”", "(", ")", "—", "–", '"', "that", "which", "who"})
_FORWARD_VERBS = frozenset({"according to", "cite"})
_CONNECTORS = frozenset({"of", "the", "and", "-"})
_NOT_MODIFIERS = DETERMINERS | PREPOSITIONS | PRONOUNS | AUXILIARIES | {"but", "that", "while"}
_PRIORITY = {"person": 0, "agency": 1, "officials": 2, "sources": 3}
MIN_CLAIM_WORDS = 6


@dataclass(frozen=True, slots=True)
class Speaker:
    who: str
    kind: str  # person | agency | officials | sources | pronoun
    named: bool = True  # False for a collective phrase ("US officials")


@dataclass(frozen=True, slots=True)
class _Names:
    """What the whole source tells about names: speaker words and the full names it uses."""

    sp: Speakers
    full: dict[str, str]  # surname -> full name ("Biden" -> "Joe Biden")
    offices: dict[str, str]  # title -> full name ("us president" -> "Joe Biden")


def _runs(tokens: Sequence[Token], sp: Speakers) -> list[list[Token]]:
    """Runs of capitalised words, joined by "of"/"the" inside ("Secretary of State X")."""
    runs: list[list[Token]] = []
    current: list[Token] = []
    for tok in tokens:
        capitalised = tok.is_word and tok.text[0].isupper() and tok.text not in sp.not_names
        if capitalised or (current and tok.text in _CONNECTORS):
            current.append(tok)
        else:
            if current:
                runs.append(current)
            current = []
    if current:
        runs.append(current)
    trimmed = [_trim(r) for r in runs]
    return [r for r in trimmed if r]


def _trim(run: list[Token]) -> list[Token]:
    while run and run[-1].lower in _CONNECTORS:
        run = run[:-1]
    return run


def _known(text: str, names: frozenset[str]) -> str | None:
    """The longest of ``names`` spelled by one to four consecutive words of ``text``."""
    words = [_clean(w) for w in text.split()]
    spans = (
        " ".join(words[i:j])
        for i in range(len(words))
        for j in range(i + 1, min(i + 5, len(words) + 1))
    )
    hits = [span for span in spans if span in names]
    return max(hits, key=len) if hits else None


def _is_organisation(text: str, sp: Speakers) -> bool:
    return any(_known(text, g) for g in (sp.agencies, sp.institutions, sp.governments))


def _person_tokens(run: list[Token], sp: Speakers) -> list[Token]:
    """The run minus titles and organisations ("US Secretary of State Antony Blinken")."""
    name = list(run)
    lowered = [t.lower for t in name]
    if "of" in lowered:
        name = name[len(lowered) - lowered[::-1].index("of") :]
    while name and (
        name[0].text in sp.titles
        or name[0].lower in _CONNECTORS
        or _is_organisation(name[0].text, sp)
    ):
        name = name[1:]
    return name


def _looks_like_person(name: list[Token], sp: Speakers) -> bool:
    if not name or len(name) > 3 or any(t.text in sp.org_words for t in name):
        return False
    if any(t.lower in _CONNECTORS for t in name):
        return False
    return not _is_organisation(" ".join(t.text for t in name), sp)


def _clean(name: str) -> str:
    return name.removesuffix("'s").removesuffix("’s")


def _classify_run(run: list[Token], names: _Names, *, lone_ok: bool) -> Speaker | None:
    """A capitalised run as a speaker; a lone word counts as a name only if ``lone_ok``."""
    sp = names.sp
    text = " ".join(t.text for t in run)
    name = _person_tokens(run, sp)
    if _looks_like_person(name, sp):
        who = _clean(" ".join(t.text for t in name))
        if len(name) > 1:
            return Speaker(who, "person")
        if who in names.full:
            return Speaker(names.full[who], "person")
        if lone_ok:
            return Speaker(who, "person")
    if not name and any(t.text in sp.roles for t in run):
        return Speaker(_clean(text), "person", named=False)  # "Ukrainian President"
    if agency := _known(text, sp.agencies):
        return Speaker(agency, "agency")
    if institution := _known(text, sp.institutions | sp.governments):
        return Speaker(institution, "officials")  # "White House", "Moscow": official voice
    return None


def _collective(tokens: Sequence[Token], sp: Speakers) -> tuple[int, Speaker] | None:
    """The rightmost collective ("officials", "a source", "news portals") and its modifiers."""
    for i in range(len(tokens) - 1, -1, -1):
        word = tokens[i].lower
        pair = f"{tokens[i - 1].lower} {word}" if i > 0 else word
        kind = "agency" if pair in sp.media_words or word in sp.media_words else None
        kind = kind or sp.collectives.get(word)
        if kind is None:
            continue
        start = i
        while start > 0 and i - start < 3 and tokens[start - 1].is_word:
            if tokens[start - 1].lower in _NOT_MODIFIERS:
                break
            start -= 1
        end = i + 1
        tail = list(tokens[i + 1 : i + 4])
        if [t.lower for t in tail[:1]] in (["in"], ["at"], ["from"]):
            runs = _runs(tokens[i + 2 :], sp)
            if runs and runs[0][0] in tail[1:3]:
                end = tokens.index(runs[0][-1]) + 1
        return i, Speaker(" ".join(t.text for t in tokens[start:end]), kind, named=False)
    return None


def find_speaker(
    tokens: Sequence[Token], names: _Names, *, nearest_last: bool, initial: Token | None = None
) -> Speaker | None:
    """The speaker in a window: the person, agency, institution or collective in it.

    ``nearest_last``: the window ends at the verb, so prefer what stands closest to it.
    ``initial``: the sentence's first word (a lone capitalised word there may be no name).
    """
    candidates: list[tuple[int, Speaker]] = []
    for run in _runs(tokens, names.sp):
        speaker = _classify_run(run, names, lone_ok=run[0] is not initial)
        if speaker:
            candidates.append((tokens.index(run[-1]), speaker))
    collective = _collective(tokens, names.sp)
    if collective:
        candidates.append(collective)
    for i, tok in enumerate(tokens):
        if tok.lower in names.sp.pronouns:
            candidates.append((i, Speaker(tok.lower, "pronoun")))
    if not candidates:
        return None
    if nearest_last:
        return max(candidates, key=lambda c: c[0])[1]
    return min(candidates, key=lambda c: (_PRIORITY.get(c[1].kind, 5), not c[1].named, c[0]))[1]


def _clause_before(tokens: Sequence[Token], verb_index: int) -> list[Token]:
    start = verb_index
    while start > 0 and tokens[start - 1].lower not in _BOUNDARIES:
        start -= 1
    return list(tokens[start:verb_index])


def _clause_after(tokens: Sequence[Token], verb_end: int) -> list[Token]:
    end = verb_end
    while end < len(tokens) and tokens[end].lower not in _BOUNDARIES | {".", "“", "?", "!"}:
        end += 1
    return list(tokens[verb_end:end])


def _adjacent_name(before: list[Token], names: _Names) -> Speaker | None:
    """A capitalised word right before the verb, adverbs skipped: "Biden (also) warned"."""
    rest = list(before)
    while rest and rest[-1].lower in AUXILIARIES:
        rest.pop()
    if not rest or not rest[-1].is_word or not rest[-1].text[0].isupper():
        return None
    runs = _runs(rest, names.sp)
    if not runs or runs[-1][-1] is not rest[-1]:
        return None
    return _classify_run(runs[-1], names, lone_ok=True)


def _speaker_for(
    tokens: list[Token], verb: TermMatch, names: _Names, previous: Speaker | None
) -> Speaker | None:
    vi = next((i for i, t in enumerate(tokens) if t.start >= verb.start), None)
    if vi is None:  # the verb sits inside a token ("U.S.alleged"): no clause to read
        return None
    ve = next((i for i, t in enumerate(tokens) if t.start >= verb.end), len(tokens))
    first = next((t for t in tokens if t.is_word), None)
    after = _clause_after(tokens, ve)
    if verb.entry.term in _FORWARD_VERBS:
        return find_speaker(after, names, nearest_last=False)
    lowered = [t.lower for t in after]
    if "by" in lowered[:4]:
        found = find_speaker(after[lowered.index("by") + 1 :], names, nearest_last=False)
        if found:
            return found
    if previous is not None and vi > 0 and tokens[vi - 1].lower == "and":
        return previous
    before = _clause_before(tokens, vi)
    return (
        _adjacent_name(before, names)
        or find_speaker(before, names, nearest_last=True, initial=first)
        or find_speaker(after, names, nearest_last=False)
        or find_speaker(tokens[:vi], names, nearest_last=False, initial=first)
    )


def _people(tokens: list[Token], names: _Names) -> list[str]:
    first = next((t for t in tokens if t.is_word), None)
    found = []
    for run in _runs(tokens, names.sp):
        speaker = _classify_run(run, names, lone_ok=run[0] is not first)
        if speaker and speaker.kind == "person" and speaker.named:
            found.append(speaker.who)
    return found


def _full_names(source: Source, sp: Speakers) -> tuple[dict[str, str], dict[str, str]]:
    """Surname -> full name, from every name of two or three words the source uses, and
    office -> full name, from the titles before them ("ukrainian president" -> "X Y")."""
    full: dict[str, str] = {}
    offices: dict[str, str] = {}
    for paragraph in source.body:
        for run in _runs(tokenize(paragraph.text), sp):
            name = _person_tokens(run, sp)
            if len(name) > 1 and _looks_like_person(name, sp):
                who = _clean(" ".join(t.text for t in name))
                full.setdefault(who.split()[-1], who)
                title = run[: run.index(name[0])]
                if any(t.text in sp.roles for t in title):
                    offices.setdefault(" ".join(t.lower for t in title), who)
    return full, offices


def _by_office(speaker: Speaker | None, names: _Names) -> Speaker | None:
    """A speaker named by office only ("the Ukrainian President") as the person the source
    names with that office elsewhere."""
    if speaker is None or speaker.named or speaker.kind != "person":
        return speaker
    office = speaker.who.lower().removeprefix("the ")
    return Speaker(names.offices[office], "person") if office in names.offices else speaker


def _mostly_quoted(text: str, start: int, end: int) -> bool:
    covered = sum(max(0, min(end, q.end) - max(start, q.start)) for q in quotes(text))
    return covered >= 0.5 * (end - start)


def attributions(source: Source, lexicon: Lexicon) -> list[Attribution]:
    """Every attribution in one source, and every unattributed body statement."""
    names = _Names(load_speakers(), *_full_names(source, load_speakers()))
    verbs = lexicon.by_category("attribution-verb")
    found: list[Attribution] = []
    topic: str | None = None
    for paragraph in source.body:
        if paragraph.kind == "dateline":
            continue
        text = paragraph.text
        matches = match_terms(text, lexicon, verbs)
        for s_start, s_end in sentences(text):
            tokens = tokenize(text[s_start:s_end])
            here = [
                replace(m, start=m.start - s_start, end=m.end - s_start)
                for m in matches
                if s_start <= m.start < s_end
            ]
            previous: Speaker | None = None
            for verb in here:
                speaker = _by_office(_speaker_for(tokens, verb, names, previous), names)
                if speaker and speaker.kind == "pronoun":
                    if previous is not None and previous.kind == "person":
                        speaker = previous  # "X said ..., which he says ..."
                    else:
                        speaker = Speaker(topic, "person") if topic else None
                previous = speaker
                found.append(
                    Attribution(
                        source=source.id,
                        paragraph=paragraph.id,
                        start=paragraph.start + s_start + verb.start,
                        end=paragraph.start + s_start + verb.end,
                        who=speaker.who if speaker else "",
                        verb=verb.entry.term,
                        kind=speaker.kind if speaker else "unattributed",
                    )
                )
            named = _people(tokens, names)
            speakers = [a.who for a in found[-len(here) :] if here and a.kind == "person"]
            if speakers or named:
                topic = (speakers or named)[0]
            is_claim = sum(t.is_word for t in tokens) >= MIN_CLAIM_WORDS
            if (
                not here
                and is_claim
                and paragraph.kind == "body"
                and not _mostly_quoted(text, s_start, s_end)
            ):
                found.append(
                    Attribution(
                        source=source.id,
                        paragraph=paragraph.id,
                        start=paragraph.start + s_start,
                        end=paragraph.start + s_end,
                        who="",
                        verb=None,
                        kind="unattributed",
                    )
                )
    return found
