"""W3C Web Annotation export: an ``AnnotationCollection`` other tools can import.

Each note becomes an ``Annotation`` whose targets are ``SpecificResource``s with a
``TextQuoteSelector`` (exact, prefix, suffix) and, when the words were found in the current
text, a ``TextPositionSelector`` (code-point offsets, as the W3C model counts them). A
detached note keeps only its quote selector: its old offsets would point at other words.
Notes, tags and labels are bodies with the purposes ``commenting``, ``tagging`` and
``assessing``. Text is exported exactly (JSON escapes control characters).
See https://www.w3.org/TR/annotation-model/.
"""

from __future__ import annotations

import json
import os
import re
from pathlib import Path

from reader import __version__
from reader.export.notes import ExportNotes
from reader.model import Analysis, Source
from reader.store import AnchorMatch, ResolvedAnnotation

CONTEXT = "http://www.w3.org/ns/anno.jsonld"
# Invisible or reordering characters: escaped as \uXXXX, so the file shows them inertly in a
# terminal or editor while a JSON parser still reads the exact text.
_INVISIBLE = re.compile(
    "[\u0080-\u009f\u00ad\u061c\u180e\u200b-\u200f\u2028-\u202e\u2060-\u206f"
    "\ufeff\ufff9-\ufffb\ud800-\udfff]"
)


def source_iri(path: str, sha256: str) -> str:
    """An IRI for a source: its URL, a ``file:`` URI, or the content hash for stdin."""
    if path.startswith(("http://", "https://")):
        return path
    if path == "-":
        return f"urn:sha256:{sha256}"
    return Path(os.path.abspath(path)).as_uri()


def _target(analysis: Analysis, match: AnchorMatch) -> dict[str, object]:
    anchor = match.anchor
    source: Source | None = analysis.source(match.source_id) if match.source_id else None
    quote: dict[str, object] = {
        "type": "TextQuoteSelector",
        "exact": anchor.exact,
        "prefix": anchor.prefix,
        "suffix": anchor.suffix,
    }
    selectors: list[dict[str, object]] = [quote]
    if source is not None and match.start is not None and match.end is not None:
        # Context as it reads now, so the quote selector alone finds the words too.
        quote["prefix"] = source.text[max(0, match.start - len(anchor.prefix)) : match.start]
        quote["suffix"] = source.text[match.end : match.end + len(anchor.suffix)]
        selectors.append({"type": "TextPositionSelector", "start": match.start, "end": match.end})
    iri = (
        source_iri(source.path, source.sha256)
        if source is not None
        else source_iri(anchor.source.path, anchor.source.sha256)
    )
    return {"type": "SpecificResource", "source": iri, "selector": selectors}


def _annotation(analysis: Analysis, item: ResolvedAnnotation) -> dict[str, object]:
    annotation = item.annotation
    bodies: list[dict[str, object]] = [
        {
            "type": "TextualBody",
            "purpose": "commenting",
            "format": "text/plain",
            "value": annotation.note,
        }
    ]
    if annotation.label:
        bodies.append({"type": "TextualBody", "purpose": "assessing", "value": annotation.label})
    bodies += [{"type": "TextualBody", "purpose": "tagging", "value": t} for t in annotation.tags]
    return {
        "id": f"urn:newsdiff:annotation:{annotation.id}",
        "type": "Annotation",
        "motivation": "commenting",
        "created": annotation.created,
        "modified": annotation.updated,
        "body": bodies,
        "target": [_target(analysis, m) for m in item.matches],
    }


def export_webannotation(
    analysis: Analysis, notes: ExportNotes, *, generated: str, title: str
) -> str:
    """The notes as a JSON-LD ``AnnotationCollection`` with one page holding them all."""
    items = [_annotation(analysis, item) for item in notes.resolved]
    collection = {
        "@context": CONTEXT,
        "type": "AnnotationCollection",
        "label": title,
        "total": len(items),
        "generator": {"type": "Software", "name": f"newsdiff {__version__}"},
        "generated": generated,
        "first": {"type": "AnnotationPage", "startIndex": 0, "items": items},
    }
    dumped = json.dumps(collection, ensure_ascii=False, indent=2)
    return _INVISIBLE.sub(lambda m: f"\\u{ord(m.group()):04x}", dumped) + "\n"
