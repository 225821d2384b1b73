"""Synthetic source sets: N outlets reporting one fictional event in M paragraphs each.

The benchmarks need source sets of any size that look like real coverage of one story, so
that the aligner, fact extraction and framing do the work they do on real news: the same
claims reworded (hand-written variants, synonyms, attribution moved to the front), told in
a different order, split over two paragraphs or merged into one, numbers and names that
diverge between outlets (spelling variants), claims some outlets leave out, local colour
no other outlet has, and boilerplate (share prompts, "Read more: ...", comment forms).

Everything is drawn from one ``random.Random(seed)``, so a seed always yields the same set.
The vocabulary and templates live in ``benchmarks/data/ferry.json``; the generator also
records which claims each paragraph carries (the planted truth), so a benchmark can check
that a speed-up did not cost alignment quality.

    python -m benchmarks.generate OUT_DIR --sources 20 --paragraphs 40 --seed 7
"""

from __future__ import annotations

import argparse
import contextlib
import hashlib
import json
import random
import re
from collections.abc import Iterator, Mapping, Sequence
from contextvars import ContextVar
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from reader.model import Paragraph, ParagraphKind, Source

DATA_FILE = Path(__file__).resolve().parent / "data" / "ferry.json"

# Outlet style: how freely it rewrites the shared story. Wire copiers reprint the agency
# text almost verbatim (the first variant of every claim, no synonyms, canonical facts).
_WIRE_SHARE = 0.15


@cache
def _ferry() -> Mapping[str, Any]:
    data: Mapping[str, Any] = json.loads(DATA_FILE.read_text(encoding="utf-8"))
    return data


_ACTIVE: ContextVar[Mapping[str, Any] | None] = ContextVar("vocabulary", default=None)


def vocabulary() -> Mapping[str, Any]:
    """The event's templates and word lists: the ferry's, loaded once, unless ``using``
    put another event's in place (benchmarks/events.py derives other events from it)."""
    return _ACTIVE.get() or _ferry()


@contextlib.contextmanager
def using(event: Mapping[str, Any]) -> Iterator[None]:
    """Generate from ``event``'s vocabulary inside the block."""
    token = _ACTIVE.set(event)
    try:
        yield
    finally:
        _ACTIVE.reset(token)


@dataclass(frozen=True, slots=True)
class GeneratedParagraph:
    kind: ParagraphKind
    text: str
    claims: tuple[str, ...]  # ids of the shared claims it carries (planted truth)


@dataclass(frozen=True, slots=True)
class GeneratedDocument:
    file_name: str
    outlet: str
    published: str
    paragraphs: tuple[GeneratedParagraph, ...]

    @property
    def text(self) -> str:
        return "\n\n".join(p.text for p in self.paragraphs) + "\n"


@dataclass(frozen=True, slots=True)
class GeneratedSet:
    seed: int
    documents: tuple[GeneratedDocument, ...]

    def write(self, folder: Path) -> list[Path]:
        """Write one UTF-8 .txt file per outlet (blank-line paragraphs) into ``folder``."""
        folder.mkdir(parents=True, exist_ok=True)
        paths = []
        for doc in self.documents:
            path = folder / doc.file_name
            path.write_text(doc.text, encoding="utf-8")
            paths.append(path)
        return paths

    def sources(self) -> tuple[Source, ...]:
        """The same set as in-memory Sources, with the planted paragraph kinds."""
        return tuple(_to_source(i + 1, doc) for i, doc in enumerate(self.documents))

    def truth(self) -> dict[str, Any]:
        """Planted groups: for every claim, the (file, 1-based paragraph) pairs carrying it."""
        groups: dict[str, list[list[Any]]] = {}
        for doc in self.documents:
            for index, para in enumerate(doc.paragraphs, start=1):
                for claim in para.claims:
                    groups.setdefault(claim, []).append([doc.file_name, index])
        shared = {
            claim: members
            for claim, members in groups.items()
            if len({file for file, _ in members}) >= 2
        }
        return {"seed": self.seed, "groups": shared}


def _to_source(number: int, doc: GeneratedDocument) -> Source:
    source_id = f"s{number}"
    text = doc.text
    paragraphs = []
    pos = 0
    for index, para in enumerate(doc.paragraphs, start=1):
        start = text.index(para.text, pos)
        end = start + len(para.text)
        paragraphs.append(
            Paragraph(
                id=f"{source_id}:p{index}",
                index=index,
                line=text.count("\n", 0, start) + 1,
                start=start,
                end=end,
                kind=para.kind,
                text=para.text,
            )
        )
        pos = end
    return Source(
        id=source_id,
        path=doc.file_name,
        text=text,
        sha256=hashlib.sha256(text.encode("utf-8")).hexdigest(),
        paragraphs=tuple(paragraphs),
        outlet=doc.outlet,
        title=doc.paragraphs[0].text,
        published=doc.published,
        language="en",
    )


# --------------------------------------------------------------------------- rewording

_FRONTABLE_WORDS = {"the", "a", "an", "at", "it", "all", "every", "for", "with", "one"}
_ACCORDING_TAIL = re.compile(r"^(?P<body>[^\"]+), according to (?P<who>[^,\"]+)\.$")
_SAID_TAIL = re.compile(r"^(?P<body>[^\"]+), (?P<who>[a-z][a-z' ]{2,40}?) said\.$")


def _lower_first(text: str) -> str:
    first, _, rest = text.partition(" ")
    if first.lower() in _FRONTABLE_WORDS:
        return first.lower() + " " + rest
    return text


def _front_attribution(sentence: str, rng: random.Random) -> str:
    """Clause reordering: "X, officials said." becomes "Officials said X." (and the like)."""
    for pattern in (_ACCORDING_TAIL, _SAID_TAIL):
        match = pattern.match(sentence)
        if match:
            who, body = match["who"], _lower_first(match["body"])
            template: str = rng.choice(vocabulary()["attribution_fronts"])
            front = template.format(who=who, Who=who[0].upper() + who[1:])
            return front + body + "."
    return sentence


def _apply_synonyms(text: str, rate: float, rng: random.Random) -> str:
    if rate <= 0:
        return text
    synonyms: Mapping[str, list[str]] = vocabulary()["synonyms"]

    def swap(match: re.Match[str]) -> str:
        word = match.group(0)
        choices = synonyms.get(word.lower())
        if not choices or rng.random() >= rate:
            return word
        new = rng.choice(choices)
        return new[0].upper() + new[1:] if word[0].isupper() else new

    return re.sub(r"[A-Za-z']+", swap, text)


_SENTENCE_END = re.compile(r"(?<=[.!?\"])\s+(?=[A-Z\"])")


def _sentences(text: str) -> list[str]:
    return [s for s in _SENTENCE_END.split(text) if s]


# --------------------------------------------------------------------------- outlets


@dataclass(frozen=True, slots=True)
class _Style:
    wire: bool
    synonym_rate: float
    diverge_rate: float
    omit_rate: float
    front_rate: float
    shuffle: float  # spread of the reordering noise, in claim ranks
    split_rate: float
    merge_rate: float


def _outlet_names(count: int, rng: random.Random) -> list[str]:
    vocab = vocabulary()
    names = [f"{p} {s}" for p in vocab["outlet_prefixes"] for s in vocab["outlet_suffixes"]]
    return rng.sample(names, count)


def _style(rng: random.Random) -> _Style:
    if rng.random() < _WIRE_SHARE:
        return _Style(True, 0.0, 0.0, 0.1, 0.0, 0.5, 0.0, 0.0)
    return _Style(
        wire=False,
        synonym_rate=rng.uniform(0.15, 0.45),
        diverge_rate=rng.uniform(0.05, 0.3),
        omit_rate=rng.uniform(0.05, 0.25),
        front_rate=rng.uniform(0.2, 0.6),
        shuffle=rng.uniform(1.0, 4.0),
        split_rate=rng.uniform(0.05, 0.25),
        merge_rate=rng.uniform(0.05, 0.2),
    )


def _slot_values(style: _Style, rng: random.Random) -> dict[str, str]:
    values = {}
    for name, slot in vocabulary()["slots"].items():
        diverges = slot["variants"] and rng.random() < style.diverge_rate
        values[name] = rng.choice(slot["variants"]) if diverges else slot["canonical"]
    return values


def _fill(template: str, values: Mapping[str, str]) -> str:
    text = template.format_map(values)
    return text[0].upper() + text[1:]


def _person(rng: random.Random) -> tuple[str, str, str]:
    """A random first name, last name and the pronoun that goes with the first name."""
    vocab = vocabulary()
    pronoun = rng.choice(("she", "he"))
    return rng.choice(vocab["first_names"][pronoun]), rng.choice(vocab["last_names"]), pronoun


def _filler(rng: random.Random) -> str:
    """A paragraph of local colour that only this outlet has."""
    vocab = vocabulary()
    parts: Mapping[str, list[str]] = vocab["filler_parts"]
    first, last, pronoun = _person(rng)
    values = {name: rng.choice(options) for name, options in parts.items()}
    values |= {
        "first": first,
        "last": last,
        "pronoun": pronoun,
        "occupation": rng.choice(vocab["occupations"]),
        "town": rng.choice(vocab["towns"]),
    }
    sentences = [_fill(rng.choice(vocab["filler"]), values) for _ in range(rng.randint(1, 2))]
    return " ".join(dict.fromkeys(sentences))


def _claim_text(
    claim: Mapping[str, Any], style: _Style, values: Mapping[str, str], rng: random.Random
) -> str:
    variants: Sequence[str] = claim["variants"]
    template = variants[0] if style.wire else rng.choice(variants)
    sentences = _sentences(_fill(template, values))
    if not style.wire:
        sentences = [
            _front_attribution(s, rng) if rng.random() < style.front_rate else s for s in sentences
        ]
    return _apply_synonyms(" ".join(sentences), style.synonym_rate, rng)


def _body(style: _Style, values: Mapping[str, str], rng: random.Random) -> list[GeneratedParagraph]:
    claims: Sequence[Mapping[str, Any]] = vocabulary()["claims"]
    lead, rest = claims[0], list(claims[1:])
    kept = [c for c in rest if rng.random() >= style.omit_rate]
    kept.sort(key=lambda c: c["rank"] + rng.gauss(0, style.shuffle))
    body = [GeneratedParagraph("body", _claim_text(lead, style, values, rng), (lead["id"],))]
    for claim in kept:
        text = _claim_text(claim, style, values, rng)
        sentences = _sentences(text)
        if len(sentences) > 1 and rng.random() < style.split_rate:
            cut = rng.randint(1, len(sentences) - 1)
            body.append(GeneratedParagraph("body", " ".join(sentences[:cut]), (claim["id"],)))
            body.append(GeneratedParagraph("body", " ".join(sentences[cut:]), (claim["id"],)))
        elif len(body) > 1 and len(body[-1].claims) == 1 and rng.random() < style.merge_rate:
            previous = body.pop()
            body.append(
                GeneratedParagraph(
                    "body", previous.text + " " + text, (*previous.claims, claim["id"])
                )
            )
        else:
            body.append(GeneratedParagraph("body", text, (claim["id"],)))
    return body


def _document(outlet: str, paragraphs: int, rng: random.Random, style: _Style) -> GeneratedDocument:
    vocab = vocabulary()
    values = _slot_values(style, rng)
    values |= {"outlet": outlet, "PORT": values["port"].upper()}
    headline = _fill(rng.choice(vocab["headlines"]), values)
    tail_count = min(rng.randint(2, 4), max(paragraphs - 2, 0))
    boilerplate = [
        _fill(t, values | {"headline": _fill(rng.choice(vocab["headlines"]), values)})
        for t in rng.sample(vocab["boilerplate"], tail_count)
    ]
    head = [GeneratedParagraph("headline", headline, ())]
    if rng.random() < 0.4 and paragraphs >= 6:
        first, last, _ = _person(rng)
        first2, last2, _ = _person(rng)
        byline = rng.choice(vocab["bylines"]).format(
            first=first, last=last, first2=first2, last2=last2, outlet=outlet
        )
        head.append(GeneratedParagraph("dateline", byline, ()))
    body = _body(style, values, rng)
    room = max(paragraphs - len(head) - len(boilerplate), 1)
    del body[room:]  # inverted pyramid: the least important claims go first
    while len(body) < room:
        body.insert(rng.randint(1, len(body)), GeneratedParagraph("body", _filler(rng), ()))
    dateline = _fill(rng.choice(vocab["datelines"]), values)
    lead = body[0]
    body[0] = GeneratedParagraph("dateline", dateline + lead.text, lead.claims)
    # One boilerplate line sometimes sits mid-article (an ad slot or a "Read more" link).
    if len(boilerplate) > 2 and len(body) >= 2 and rng.random() < 0.5:
        body.insert(
            rng.randint(2, len(body)), GeneratedParagraph("boilerplate", boilerplate.pop(), ())
        )
    tail = [GeneratedParagraph("boilerplate", text, ()) for text in boilerplate]
    slug = outlet.lower().replace(" ", "-")
    return GeneratedDocument(
        file_name=f"{slug}.txt",
        outlet=outlet,
        published=rng.choice(vocab["published_dates"]),
        paragraphs=tuple(head + body + tail)[:paragraphs],
    )


def generate(seed: int, sources: int, paragraphs: int) -> GeneratedSet:
    """``sources`` outlets with exactly ``paragraphs`` paragraphs each, drawn from ``seed``."""
    if sources < 1 or paragraphs < 3:
        raise ValueError("need at least one source and three paragraphs")
    rng = random.Random(seed)
    outlets = _outlet_names(sources, rng)
    documents = tuple(_document(name, paragraphs, rng, _style(rng)) for name in outlets)
    return GeneratedSet(seed=seed, documents=documents)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.generate", description=__doc__)
    parser.add_argument("out", type=Path, help="folder to write the .txt files into")
    parser.add_argument("--sources", type=int, default=20)
    parser.add_argument("--paragraphs", type=int, default=40)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--truth", action="store_true", help="also write truth.json beside")
    args = parser.parse_args(argv)
    generated = generate(args.seed, args.sources, args.paragraphs)
    generated.write(args.out)
    if args.truth:
        truth_path = args.out.with_name(args.out.name + ".truth.json")
        truth_path.write_text(json.dumps(generated.truth(), indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
