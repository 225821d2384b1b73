"""A readable briefing: sources, divergent facts first, omissions, then the aligned groups."""

from __future__ import annotations

from reader.model import Analysis
from reader.textsafe import inert


def _md(text: str) -> str:
    """Untrusted text for a Markdown line: inert controls, no line breaks, escaped pipes."""
    return inert(text, keep_newlines=False).replace("|", "\\|")


def report_markdown(analysis: Analysis) -> str:
    lines = ["# newsdiff briefing", "", "## Sources", ""]
    lines += ["| id | outlet | published | title | path |", "| --- | --- | --- | --- | --- |"]
    for s in analysis.sources:
        lines.append(
            f"| {s.id} | {_md(s.outlet or '')} | {s.published or ''} | {_md(s.title or '')} "
            f"| {_md(s.path)} |"
        )
    lines.append("")
    return "\n".join(lines)
