"""The "Framing" section of the Markdown briefing: per-outlet profiles, shared provenance and
the marked words, so a reader sees how each outlet tells the story before reading it."""

from __future__ import annotations

import re
from collections import Counter

from reader.model import Analysis, OutletProfile
from reader.model.names import source_names, with_names
from reader.text.safe import inert

_RATES = (
    ("hedge", "hedge"),
    ("loaded", "loaded"),
    ("attribution-verb", "stance verb"),
    ("intensifier", "intensifier"),
    ("scare-quote", "scare quote"),
    ("naming", "naming"),
    ("own-voice", "own voice"),
)
TOP = 4
_MARKUP = re.compile(r"([\\`*_{}\[\]<>()#+!|~])")


def _cell(text: str) -> str:
    """Untrusted text for a table cell or list line: inert, one line, Markdown escaped."""
    flat = " ".join(inert(text, keep_newlines=False).replace("\u240a", " ").split())
    return _MARKUP.sub(r"\\\1", flat)


def _top(counts: dict[str, int]) -> str:
    ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:TOP]
    return ", ".join(f"{k} ×{v}" for k, v in ranked)


def _profile_row(p: OutletProfile, names: dict[str, str]) -> str:
    label = names.get(p.source, p.source)
    rates = " | ".join(f"{p.per_thousand.get(key, 0.0):.1f}" for key, _ in _RATES)
    naming = ", ".join(f"{form}" for _, form in sorted(p.naming.items()))
    return (
        f"| {_cell(label)} | {p.words} | {rates} | {_cell(naming)} "
        f"| {_cell(_top(dict(p.attribution_verbs)))} | {_cell(_top(dict(p.quoted)))} "
        f"| {p.unattributed} |"
    )


def framing_section(analysis: Analysis, names: dict[str, str] | None = None) -> list[str]:
    """Markdown lines for the framing lens; empty when the analysis holds no framing.

    Sources are called by ``names`` (``reader.model.names``), in notes too: a reader of
    the briefing has no use for the ids the JSON report keys on.
    """
    names = names if names is not None else source_names(analysis)
    if not (analysis.profiles or analysis.framing or analysis.provenance):
        return []
    lines = ["## Framing", ""]
    if analysis.profiles:
        lines += ["Rates are marks per 1,000 words; own voice counts marks outside quotations.", ""]
        heads = " | ".join(title for _, title in _RATES)
        lines.append(f"| outlet | words | {heads} | names used | verbs | quotes | unattributed |")
        lines.append("| " + " | ".join(["---"] * (len(_RATES) + 6)) + " |")
        lines += [_profile_row(p, names) for p in analysis.profiles]
        lines.append("")
    if analysis.provenance:
        lines += ["### Shared text", ""]
        lines += [
            f"- {_cell(with_names(link.note, names))} ({link.kind})" for link in analysis.provenance
        ]
        lines.append("")
    if analysis.framing:
        lines += ["### Marked words", ""]
        for source in analysis.sources:
            terms = Counter(
                (m.category, m.term.lower() if m.category != "naming" else m.term)
                for m in analysis.framing
                if m.source == source.id
            )
            if terms:
                listed = "; ".join(
                    f"{category}: {term}" + (f" ×{n}" if n > 1 else "")
                    for (category, term), n in sorted(terms.items())
                )
                lines.append(f"- {_cell(names[source.id])}: {_cell(listed)}")
        lines.append("")
    return lines
