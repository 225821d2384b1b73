"""Build the real-news evaluation set from public research collections, outside the repository.

    python -m benchmarks.realdata.build --out DIR --source newswcl50=PATH --source ecbplus=PATH

PATH is a git directory of the collection's repository (a bare snapshot or a clone's ``.git``)
or a clone's work tree. ``events.json`` next to this file names every event, its articles and
its split. The build writes, deterministically:

* ``DIR/<event-id>/<outlet>.txt``: one article, plain UTF-8, the collection's first paragraph
  (the headline where the collection has one) first, paragraphs separated by one blank line;
* ``DIR/_reading/<event-id>.txt``: every article of the event, each paragraph prefixed
  ``[<file> ¶<n>]`` (1-based, every paragraph counted), for readers who cite paragraphs;
* ``DIR/_reading/FORMAT.md``: the reading format (``READINGS.md`` here);
* ``DIR/manifest.json``: events, split, files and paragraph counts.

The text is the collection's own: NewsWCL50's paragraphs as given (a paragraph's inner line
breaks joined by a space); ECB+'s tokenised sentences, one paragraph each, joined back into
words by fixed spacing rules (ECB+ stores tokens, not the original spacing); its sentence 0, the
article's URL, is metadata and is left out. Article text is copyrighted: the output folder may
not be inside the repository.
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
EVENTS = HERE / "events.json"
FORMAT = HERE / "READINGS.md"


@dataclass(frozen=True)
class Article:
    file: str
    outlet: str
    kind: str
    article: str  # path inside the collection's repository


@dataclass(frozen=True)
class Event:
    id: str
    title: str
    topic: str
    collection: str
    split: str
    articles: tuple[Article, ...]


def load_events(path: Path = EVENTS) -> tuple[dict[str, dict[str, str]], list[Event]]:
    """The collections and events of ``events.json``."""
    doc = json.loads(path.read_text(encoding="utf-8"))
    events = [
        Event(
            id=e["id"],
            title=e["title"],
            topic=e["topic"],
            collection=e["collection"],
            split=e["split"],
            articles=tuple(
                Article(a["file"], a["outlet"], a["kind"], a["article"]) for a in e["articles"]
            ),
        )
        for e in doc["events"]
    ]
    return doc["collections"], events


def split_rule(events: Sequence[Event]) -> dict[str, str]:
    """The split ``events.json`` states: two of every five events by (topic, id digest)."""
    import hashlib

    order = sorted(events, key=lambda e: (e.topic, hashlib.sha256(e.id.encode()).hexdigest()))
    return {
        e.id: "heldout" if (i + 1) * 2 // 5 - i * 2 // 5 == 1 else "dev"
        for i, e in enumerate(order)
    }


def git_dir(path: Path) -> Path:
    return path / ".git" if (path / ".git").exists() else path


def read_blob(repo: Path, commit: str, path: str) -> bytes:
    """A file of a collection's repository: at the pinned commit if present, else at HEAD."""
    gd = str(git_dir(repo))
    for rev in (commit, "HEAD"):
        done = subprocess.run(
            ["git", "--git-dir", gd, "show", f"{rev}:{path}"], capture_output=True, check=False
        )
        if done.returncode == 0:
            return done.stdout
    raise FileNotFoundError(f"{path} not found in {repo}")


def wcl_paragraphs(raw: bytes) -> list[str]:
    """NewsWCL50 raw article: paragraphs are separated by blank lines (or one per line)."""
    text = raw.decode("utf-8-sig").replace("\r\n", "\n").replace("\r", "\n")
    blocks = re.split(r"\n\s*\n", text)
    paras: list[str] = []
    for block in blocks:
        lines = [ln.strip() for ln in block.split("\n") if ln.strip()]
        if lines:
            paras.append(" ".join(lines))
    return paras


_NO_SPACE_BEFORE = {",", ".", ":", ";", "!", "?", ")", "]", "}", "%", "'s", "’s", "n't", "…"}
_NO_SPACE_AFTER = {"(", "[", "{", "$", "£", "€", "#"}
_CONTRACTIONS = {"'s", "'re", "'ve", "'ll", "'d", "'m", "n't"} | {
    "’s",
    "’re",
    "’ve",
    "’ll",
    "’d",
    "’m",
}


def _letter(token: str) -> bool:
    return len(token) == 1 and token.isalpha()


def _joins_digits(tokens: Sequence[str], i: int) -> bool:
    """Whether ``tokens[i]`` separates a number's parts: ``6 . 1``, ``1 : 12``, ``1 , 199``."""
    if not 0 < i < len(tokens) - 1:
        return False
    before, sep, after = tokens[i - 1], tokens[i], tokens[i + 1]
    if sep in {".", ":", "/"}:
        return before[-1:].isdigit() and after[:1].isdigit()
    if sep == ",":
        return before.isdigit() and len(before) <= 3 and after.isdigit() and len(after) == 3
    return False


def detokenize(tokens: Sequence[str]) -> str:
    """ECB+ tokens back into text by fixed rules (the corpus keeps no original spacing).

    Joins: punctuation to the word before it, contractions, ``6 . 1`` / ``1 , 199`` / ``1 : 12``
    (digit, separator, digit), ``U . S .`` (single letters with dots), ``90 - day`` (a hyphen
    between two word characters), and opening/closing double quotes by their parity.
    """
    out = ""
    prev = ""
    open_double = False
    n = len(tokens)
    for i, tok in enumerate(tokens):
        nxt = tokens[i + 1] if i + 1 < n else ""
        space = bool(out)
        if tok in _NO_SPACE_BEFORE or tok.lower() in _CONTRACTIONS:
            space = False
        if prev in _NO_SPACE_AFTER:
            space = False
        # 6 . 1 and 1 : 12 (digits round a dot or colon), 1 , 199 (a thousands comma)
        if _joins_digits(tokens, i) or (i >= 1 and _joins_digits(tokens, i - 1)):
            space = False
        # U . S . / a . m .
        before = tokens[i - 2] if i >= 2 else ""
        if prev == "." and _letter(before) and _letter(tok):
            space = False
        # hyphenated words: T - Mobile, 90 - day
        if tok == "-" and prev[-1:].isalnum() and nxt[:1].isalnum():
            space = False
        if prev == "-" and i >= 2 and tokens[i - 2][-1:].isalnum() and tok[:1].isalnum():
            space = False
        if tok == '"':
            if open_double:
                space = False
            open_double = not open_double
        elif tok.startswith('"'):
            open_double = True
        elif tok.endswith('"'):
            open_double = False
        if prev == '"' and open_double:
            space = False
        if prev in {"“", "‘"}:
            space = False
        if tok in {"”", "’"} and out:
            space = False
        out += (" " if space else "") + tok
        prev = tok
    return out.strip()


def ecb_paragraphs(raw: bytes) -> list[str]:
    """ECB+ document: one paragraph per tokenised sentence, sentence 0 (the URL) left out."""
    root = ET.fromstring(raw)
    sentences: dict[int, list[str]] = {}
    for tok in root.iter("token"):
        sentences.setdefault(int(tok.get("sentence", "0")), []).append(tok.text or "")
    paras: list[str] = []
    for number in sorted(sentences):
        if number == 0:
            continue
        text = re.sub(r"\s+", " ", detokenize(sentences[number])).strip()
        if text:
            paras.append(text)
    return paras


READERS = {"newswcl50": wcl_paragraphs, "ecbplus": ecb_paragraphs}


def inside_repo(out: Path) -> bool:
    out = out.resolve()
    return out == REPO or REPO in out.parents


def build(out: Path, sources: dict[str, Path]) -> dict[str, object]:
    """Write the set into ``out``; return the manifest (also written as manifest.json)."""
    collections, events = load_events()
    missing = sorted({e.collection for e in events} - set(sources))
    if missing:
        raise SystemExit(f"no --source for: {', '.join(missing)}")
    out.mkdir(parents=True, exist_ok=True)
    reading = out / "_reading"
    reading.mkdir(exist_ok=True)
    manifest_events = []
    for event in events:
        folder = out / event.id
        if folder.exists():
            shutil.rmtree(folder)
        folder.mkdir()
        commit = collections[event.collection]["commit"]
        parse = READERS[event.collection]
        lines: list[str] = [f"# {event.id}: {event.title} ({event.topic})", ""]
        files = []
        for art in event.articles:
            paras = parse(read_blob(sources[event.collection], commit, art.article))
            (folder / art.file).write_text("\n\n".join(paras) + "\n", encoding="utf-8")
            files.append({"file": art.file, "outlet": art.outlet, "paragraphs": len(paras)})
            lines.append(f"=== {art.file} ({art.outlet}; {art.kind}) ===")
            lines.append("")
            for n, para in enumerate(paras, 1):
                lines.append(f"[{art.file} ¶{n}] {para}")
                lines.append("")
        (reading / f"{event.id}.txt").write_text("\n".join(lines), encoding="utf-8")
        manifest_events.append(
            {
                "id": event.id,
                "split": event.split,
                "topic": event.topic,
                "collection": event.collection,
                "files": files,
                "paragraphs": sum(int(f["paragraphs"]) for f in files),  # type: ignore[call-overload]
            }
        )
    if FORMAT.exists():
        shutil.copyfile(FORMAT, reading / "FORMAT.md")
    manifest: dict[str, object] = {"events": manifest_events}
    (out / "manifest.json").write_text(json.dumps(manifest, indent=1) + "\n", encoding="utf-8")
    return manifest


def check_paragraphs(out: Path) -> list[str]:
    """Files whose paragraph count in newsdiff's ingest differs from their blank-line count.

    Ingest only (``reader.ingest.load_sources``): no analysis runs and nothing of it is shown.
    """
    from reader.ingest.load import load_sources

    wrong: list[str] = []
    for folder in sorted(p for p in out.iterdir() if p.is_dir() and not p.name.startswith("_")):
        for path in sorted(folder.glob("*.txt")):
            want = len([b for b in path.read_text(encoding="utf-8").split("\n\n") if b.strip()])
            loaded = load_sources([str(path)])
            got = len(loaded.sources[0].paragraphs) if loaded.sources else -1
            if got != want:
                wrong.append(f"{path}: {want} paragraphs written, ingest reads {got}")
    return wrong


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m benchmarks.realdata.build", description=__doc__.split("\n\n")[0]
    )
    parser.add_argument("--out", required=True, type=Path, help="output folder, outside the repo")
    parser.add_argument(
        "--source",
        action="append",
        default=[],
        metavar="NAME=PATH",
        help="a collection (newswcl50, ecbplus) and its repository's git dir or clone",
    )
    args = parser.parse_args(argv)
    if inside_repo(args.out):
        print(f"refusing to write article text inside the repository: {args.out}", file=sys.stderr)
        return 2
    sources: dict[str, Path] = {}
    for spec in args.source:
        name, sep, path = spec.partition("=")
        if not sep or not Path(path).exists():
            print(f"bad --source {spec!r}: want NAME=PATH to an existing folder", file=sys.stderr)
            return 2
        sources[name] = Path(path)
    manifest = build(args.out, sources)
    events = manifest["events"]
    assert isinstance(events, list)
    print(f"{len(events)} events written to {args.out}")
    wrong = check_paragraphs(args.out)
    for line in wrong:
        print(line, file=sys.stderr)
    return 1 if wrong else 0


if __name__ == "__main__":
    raise SystemExit(main())
