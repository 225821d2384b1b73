"""More synthetic events, and the source sets that stress scale: many events in one folder,
long articles, text of short sentences, many tiny files, one file of many lines.

Every event is the ferry event of ``benchmarks/data/ferry.json`` retold with other names,
places and figures (and a random part of its claims): ten of them in one folder are ten
disasters of one kind, which is the hard case for telling stories apart (the same template
words everywhere, only the names, places and numbers differ). Deterministic for a seed.

    python -m benchmarks.events OUT --kind mixed --seed 7
"""

from __future__ import annotations

import argparse
import copy
import random
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from benchmarks.generate import GeneratedSet, generate, using, vocabulary

# Slots holding a name (renamed per event), the rest hold figures (scaled per event).
_NAMED = frozenset(
    ("ship", "port", "strait", "island", "captain", "cg_chief", "minister", "operator", "mayor")
) | {"survivor"}
_CONSONANTS = "bcdfghklmnprstvz"
_VOWELS = "aeiou"
_CLAIM_SHARE = 0.7  # of the ferry's claims, what each other event tells


def _word(rng: random.Random, syllables: int) -> str:
    parts = [rng.choice(_CONSONANTS) + rng.choice(_VOWELS) for _ in range(syllables)]
    return ("".join(parts) + rng.choice(("n", "r", "l", "s", "k", ""))).capitalize()


def _misspell(name: str, rng: random.Random) -> str:
    """A spelling variant: one letter doubled or dropped (not the first)."""
    k = rng.randrange(1, len(name))
    return name[:k] + name[k] + name[k:] if rng.random() < 0.5 else name[:k] + name[k + 1 :]


def _rename(value: str, rng: random.Random, names: dict[str, str]) -> str:
    """Every capitalised word of ``value`` gets the event's own name for it."""

    def swap(match: re.Match[str]) -> str:
        word = match.group(0)
        if word in {"MV", "Strait", "Straits", "Lines", "Line", "Star"}:
            return word
        if word not in names:
            names[word] = _word(rng, rng.randint(2, 3))
        return names[word]

    return re.sub(r"\b[A-Z][\w']+", swap, value)


def _scale(value: str, factor: float) -> str:
    def swap(match: re.Match[str]) -> str:
        number = float(match.group(0))
        if 1900 <= number <= 2100:
            return match.group(0)
        scaled = number * factor
        return f"{scaled:.1f}" if "." in match.group(0) else str(max(1, round(scaled)))

    return re.sub(r"\d+(?:\.\d+)?", swap, value)


def event_vocabulary(index: int, seed: int) -> Mapping[str, Any]:
    """Event ``index`` (0 is the ferry itself): other names, places, figures and claims."""
    base = vocabulary()
    if index == 0:
        return base
    rng = random.Random(f"{seed}:{index}")
    event: dict[str, Any] = copy.deepcopy(dict(base))
    names: dict[str, str] = {}
    factor = rng.uniform(0.4, 3.0)
    for slot_name, slot in event["slots"].items():
        if slot_name in _NAMED:
            canonical = _rename(slot["canonical"], rng, names)
            slot["canonical"] = canonical
            slot["variants"] = [_misspell(canonical, rng) for _ in slot["variants"]]
        else:
            slot["canonical"] = _scale(slot["canonical"], factor)
            slot["variants"] = [_scale(v, factor) for v in slot["variants"]]
    event["towns"] = [_word(rng, rng.randint(2, 3)) for _ in event["towns"]]
    lead, *rest = event["claims"]
    kept = [c for c in rest if rng.random() < _CLAIM_SHARE]
    event["claims"] = [lead, *kept]
    return event


def event_set(seed: int, index: int, sources: int, paragraphs: int) -> GeneratedSet:
    """``sources`` outlets reporting event ``index``."""
    with using(event_vocabulary(index, seed)):
        return generate(seed * 1000 + index, sources, paragraphs)


@dataclass(frozen=True, slots=True)
class MixedSet:
    """Outlets reporting several events, one folder; which file tells which event."""

    sets: tuple[GeneratedSet, ...]

    def write(self, folder: Path) -> dict[str, int]:
        """One file per article, named by a running number (the name says nothing of the
        event); returns file name -> event index."""
        folder.mkdir(parents=True, exist_ok=True)
        event_of: dict[str, int] = {}
        documents = [(e, d) for e, s in enumerate(self.sets) for d in s.documents]
        order = random.Random(len(documents)).sample(range(len(documents)), len(documents))
        for number, k in enumerate(order, start=1):
            event, doc = documents[k]
            name = f"{number:03d}-{doc.file_name}"
            (folder / name).write_text(doc.text, encoding="utf-8")
            event_of[name] = event
        return event_of


def mixed(seed: int, events: int = 10, per_event: int = 3, paragraphs: int = 24) -> MixedSet:
    return MixedSet(tuple(event_set(seed, e, per_event, paragraphs) for e in range(events)))


_SHORT_WORDS = re.compile(r"[A-Za-z0-9'-]+")


def short_sentences(seed: int, articles: int, chars: int) -> list[str]:
    """``articles`` texts of about ``chars`` characters each, in sentences of 3 to 6 words
    (a transcript, a live blog, a list): many sentences for the characters."""
    rng = random.Random(seed)
    texts = []
    for a in range(articles):
        generated = generate(seed + a, 1, 60).documents[0]
        words = _SHORT_WORDS.findall(generated.text)
        paragraphs: list[str] = []
        size = 0
        k = 0
        while size < chars:
            sentences = []
            for _ in range(rng.randint(3, 8)):
                n = rng.randint(3, 6)
                chunk = [words[(k + i) % len(words)] for i in range(n)]
                k += n
                sentences.append(" ".join(chunk).capitalize() + ".")
            paragraphs.append(" ".join(sentences))
            size += len(paragraphs[-1]) + 2
        texts.append("\n\n".join(paragraphs) + "\n")
    return texts


def write_texts(texts: Sequence[str], folder: Path, prefix: str = "article") -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for k, text in enumerate(texts, start=1):
        (folder / f"{prefix}-{k:03d}.txt").write_text(text, encoding="utf-8")


def tiny_files(seed: int, count: int) -> list[str]:
    """``count`` files of one or two short paragraphs of one event (a folder of clippings),
    drawn from 40 outlets' articles, so that hardly two files are the same."""
    paragraphs = [
        p.text for d in generate(seed, 40, 30).documents for p in d.paragraphs if p.kind == "body"
    ]
    rng = random.Random(seed)
    return ["\n\n".join(rng.sample(paragraphs, rng.randint(1, 2))) + "\n" for _ in range(count)]


def many_lines(seed: int, lines: int) -> str:
    """One text of ``lines`` lines (a log, a dump, a book without blank lines)."""
    words = _SHORT_WORDS.findall(generate(seed, 1, 40).documents[0].text)
    rng = random.Random(seed)
    return "".join(
        " ".join(rng.choice(words) for _ in range(rng.randint(4, 12))) + "\n" for _ in range(lines)
    )


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.events", description=__doc__)
    parser.add_argument("out", type=Path)
    parser.add_argument("--kind", choices=("mixed", "short", "tiny", "lines"), default="mixed")
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args(argv)
    if args.kind == "mixed":
        for name, event in sorted(mixed(args.seed).write(args.out).items()):
            print(f"{name}\tevent {event}")
    elif args.kind == "short":
        write_texts(short_sentences(args.seed, 10, 49_000), args.out)
    elif args.kind == "tiny":
        write_texts(tiny_files(args.seed, 500), args.out, prefix="clip")
    else:
        args.out.mkdir(parents=True, exist_ok=True)
        (args.out / "lines.txt").write_text(many_lines(args.seed, 200_000), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
