"""The public JSON contract. Field order and names follow docs/report-contract.md.

The ``note`` strings are prose for people, so they call sources by name ("Wire #2 writes
'firmly'"), as the briefing and the screen do; the id fields beside them stay ids.
"""

from __future__ import annotations

import json
from typing import Any

from reader import __version__
from reader.model import Analysis, Fact, FramingMark, Group, OutletProfile, Source, Truncation
from reader.model.names import source_names, with_names
from reader.text.safe import json_inert

SCHEMA = "newsdiff.report/1"


def _source(s: Source) -> dict[str, Any]:
    return {
        "id": s.id,
        "path": s.path,
        "outlet": s.outlet,
        "name": s.name,
        "title": s.title,
        "published": s.published,
        "byline": s.byline,
        "language": s.language,
        "sha256": s.sha256,
        "paragraphs": [
            {
                "id": p.id,
                "index": p.index,
                "line": p.line,
                "start": p.start,
                "end": p.end,
                "kind": p.kind,
                "text": p.text,
            }
            for p in s.paragraphs
        ],
    }


def _group(g: Group) -> dict[str, Any]:
    return {
        "id": g.id,
        "members": [
            {"source": m.source, "paragraph": m.paragraph, "start": m.start, "end": m.end}
            for m in g.members
        ],
        "label": g.label,
        "score": round(g.score, 3),
        "verbatim": g.verbatim,
        "origin": g.origin,
    }


def _fact(f: Fact, names: dict[str, str]) -> dict[str, Any]:
    out: dict[str, Any] = {
        "id": f.id,
        "kind": f.kind,
        "group": f.group,
        "subject": f.subject,
        "divergent": f.divergent,
        "values": [
            {
                "source": v.source,
                "paragraph": v.paragraph,
                "start": v.start,
                "end": v.end,
                "text": v.text,
                "normalized": v.normalized,
            }
            for v in f.values
        ],
    }
    if f.differing_words:
        out["differing_words"] = [list(words) for words in f.differing_words]
    if f.kind in ("person", "organization", "place"):
        out["spelling_differs"] = f.spelling_differs
    if f.divergent:
        out["divergence"] = f.divergence or "value"
        if f.confidence is not None:
            out["confidence"] = round(f.confidence, 2)
        if f.evidence:
            out["evidence"] = with_names(f.evidence, names)
    return out


def _mark(m: FramingMark, names: dict[str, str]) -> dict[str, Any]:
    out: dict[str, Any] = {
        "source": m.source,
        "paragraph": m.paragraph,
        "start": m.start,
        "end": m.end,
        "term": m.term,
        "category": m.category,
        "note": with_names(m.note, names),
    }
    if m.neutral is not None:
        out["neutral"] = m.neutral
    if m.contrast is not None:
        out["contrast"] = m.contrast
    return out


def _profile(p: OutletProfile) -> dict[str, Any]:
    return {
        "source": p.source,
        "words": p.words,
        "per_thousand": {k: round(v, 2) for k, v in sorted(p.per_thousand.items())},
        "attribution_verbs": dict(sorted(p.attribution_verbs.items())),
        "quoted": dict(sorted(p.quoted.items())),
        "naming": dict(sorted(p.naming.items())),
        "unattributed": p.unattributed,
    }


def _truncated(cut: Truncation | None) -> dict[str, Any] | None:
    if cut is None:
        return None
    return {
        "analysed_chars": cut.analysed_chars,
        "total_chars": cut.total_chars,
        "reason": cut.reason,
    }


def report_dict(analysis: Analysis) -> dict[str, Any]:
    names = source_names(analysis)
    cuts = {t.source: t for t in analysis.truncated}
    return {
        "schema": SCHEMA,
        "generator": f"newsdiff {__version__}",
        "sources": [
            _source(s) | {"truncated": _truncated(cuts.get(s.id))} for s in analysis.sources
        ],
        "groups": [_group(g) for g in analysis.groups],
        "facts": [_fact(f, names) for f in analysis.facts],
        "omissions": [{"group": o.group, "sources": list(o.sources)} for o in analysis.omissions],
        "framing": [_mark(m, names) for m in analysis.framing],
        "exclusives": [
            {
                "source": e.source,
                "paragraph": e.paragraph,
                "start": e.start,
                "end": e.end,
                "note": with_names(e.note, names),
            }
            for e in analysis.exclusives
        ],
        "profiles": [_profile(p) for p in analysis.profiles],
        "provenance": [
            {
                "a": link.a,
                "b": link.b,
                "shared": round(link.shared, 3),
                "kind": link.kind,
                "note": with_names(link.note, names),
            }
            for link in analysis.provenance
        ],
        "attributions": [
            {
                "source": a.source,
                "paragraph": a.paragraph,
                "start": a.start,
                "end": a.end,
                "who": a.who,
                "verb": a.verb,
                "kind": a.kind,
            }
            for a in analysis.attributions
        ],
        "stories": [
            {"id": st.id, "sources": list(st.sources), "label": st.label} for st in analysis.stories
        ],
    }


def report_json(analysis: Analysis) -> str:
    """Deterministic JSON: the same analysis gives the same bytes on every run."""
    return json_inert(json.dumps(report_dict(analysis), ensure_ascii=False, indent=2)) + "\n"
