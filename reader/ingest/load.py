"""Load every source the user named; report the unreadable ones and go on with the rest.

Minimal first cut: files, folders and stdin as UTF-8 text split on blank lines. Decoding,
HTML extraction, segmentation styles, paragraph kinds and metadata come with issue 2.
"""

from __future__ import annotations

import hashlib
import sys
from collections.abc import Iterable
from pathlib import Path

from reader.model import LoadError, LoadResult, Paragraph, Source

DEFAULT_MAX_BYTES = 20 * 1024 * 1024
_SUFFIXES = {".txt", ".md", ".html", ".htm"}


def _expand(spec: str) -> list[str] | LoadError:
    if spec == "-" or spec.startswith(("http://", "https://")):
        return [spec]
    path = Path(spec)
    if path.is_dir():
        found = sorted(str(p) for p in path.iterdir() if p.suffix.lower() in _SUFFIXES)
        return found or LoadError(spec, "directory holds no .txt, .md or .html file")
    if not path.exists():
        return LoadError(spec, "no such file")
    return [spec]


def _segment(source_id: str, text: str) -> tuple[Paragraph, ...]:
    paragraphs: list[Paragraph] = []
    pos = 0
    for chunk in text.split("\n\n"):
        stripped = chunk.strip()
        if stripped:
            start = pos + chunk.index(stripped)
            end = start + len(stripped)
            index = len(paragraphs) + 1
            paragraphs.append(
                Paragraph(
                    id=f"{source_id}:p{index}",
                    index=index,
                    line=text.count("\n", 0, start) + 1,
                    start=start,
                    end=end,
                    kind="headline" if index == 1 else "body",
                    text=text[start:end],
                )
            )
        pos += len(chunk) + 2
    return tuple(paragraphs)


def load_sources(specs: Iterable[str], *, max_bytes: int = DEFAULT_MAX_BYTES) -> LoadResult:
    sources: list[Source] = []
    errors: list[LoadError] = []
    for spec in specs:
        expanded = _expand(spec)
        if isinstance(expanded, LoadError):
            errors.append(expanded)
            continue
        for item in expanded:
            try:
                raw = sys.stdin.buffer.read() if item == "-" else Path(item).read_bytes()
            except OSError as exc:
                errors.append(LoadError(item, exc.strerror or str(exc)))
                continue
            if len(raw) > max_bytes:
                errors.append(LoadError(item, f"larger than the {max_bytes} byte cap"))
                continue
            text = raw.decode("utf-8-sig", errors="replace")
            text = text.replace("\r\n", "\n").replace("\r", "\n")
            source_id = f"s{len(sources) + 1}"
            sources.append(
                Source(
                    id=source_id,
                    path=item,
                    text=text,
                    sha256=hashlib.sha256(raw).hexdigest(),
                    paragraphs=_segment(source_id, text),
                )
            )
    return LoadResult(tuple(sources), tuple(errors))
