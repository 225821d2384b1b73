"""Markdown export: a briefing a journalist can paste into a draft or keep in Obsidian.

Layout: YAML front matter (title, date, sources); the divergences; a section per claim
(group) in reading order, under the id the app shows it with (``g7``), with each outlet's
wording quoted, who left it out, the divergent facts and the user's notes; then notes by
source; then detached notes (with the words they were on and why they are detached); then
the source list. Every citation names outlet, date and path/URL. All untrusted text goes
through ``reader.export.mdtext`` (inert + escaped).
"""

from __future__ import annotations

from collections.abc import Sequence

from reader import __version__
from reader.export import mdtext
from reader.export.notes import ExportNotes
from reader.export.title import export_title
from reader.model import Analysis, Fact, Group, Source
from reader.model.names import source_names
from reader.report.divergences import markdown_list
from reader.store import ResolvedAnnotation, locate_fact, locate_group

_QUOTE_PREVIEW = 80
_SEP = " \u00b7 "


def _reading_key(analysis: Analysis, group: Group) -> tuple[int, int]:
    order = {s.id: i for i, s in enumerate(analysis.sources)}
    return min((order.get(m.source, len(order)), m.start) for m in group.members)


def _name(analysis: Analysis, source_id: str) -> str:
    """What to call a source (``reader.model.names``); a shared name gets the source's place."""
    return source_names(analysis)[source_id]


def _cite(analysis: Analysis, source: Source) -> str:
    return (
        f"**{mdtext.inline(_name(analysis, source.id))}**, "
        f"{mdtext.inline(source.published or 'undated')}, "
        f"{mdtext.code(source.path)}"
    )


def _overlaps(spans: Sequence[tuple[str, int, int]], group: Group) -> bool:
    return any(
        s == m.source and start < m.end and m.start < end
        for s, start, end in spans
        for m in group.members
    )


class _Placed:
    """Which section each note goes to; every note goes to exactly one."""

    def __init__(self, analysis: Analysis, groups: Sequence[Group], notes: ExportNotes) -> None:
        self.by_group: dict[str, list[ResolvedAnnotation]] = {g.id: [] for g in groups}
        self.by_source: dict[str, list[ResolvedAnnotation]] = {}
        self.detached: list[ResolvedAnnotation] = []
        for item in notes.resolved:
            if item.detached:
                self.detached.append(item)
                continue
            group_id = self._group_of(analysis, groups, item)
            if group_id is not None and group_id in self.by_group:
                self.by_group[group_id].append(item)
            else:
                self.by_source.setdefault(item.spans[0][0], []).append(item)

    @staticmethod
    def _group_of(
        analysis: Analysis, groups: Sequence[Group], item: ResolvedAnnotation
    ) -> str | None:
        kind = item.annotation.target.kind
        if kind == "group":
            group = locate_group(analysis, item)
            return group.id if group else None
        if kind == "fact":
            fact = locate_fact(analysis, item)
            return fact.group if fact else None
        return next((g.id for g in groups if _overlaps(item.spans, g)), None)


def _quote_of(analysis: Analysis, item: ResolvedAnnotation) -> str:
    """The words a note is on, with the outlet: as they read now, else as they were."""
    attached = [m for m in item.matches if m.source_id is not None and m.start is not None]
    loaded = [m for m in item.matches if m.source_id is not None]
    if attached:
        match = attached[0]
        source = analysis.source(str(match.source_id))
        words = source.text[match.start : match.end]
        name = _name(analysis, source.id)
    else:
        match = loaded[0] if loaded else item.matches[0]
        words = match.anchor.exact
        name = (
            _name(analysis, match.source_id)
            if match.source_id is not None
            else match.anchor.source.path.rstrip("/").rsplit("/", 1)[-1]
        )
    words = " ".join(words.split())
    if len(words) > _QUOTE_PREVIEW:
        words = words[: _QUOTE_PREVIEW - 1].rstrip() + "\u2026"
    return f"{mdtext.inline(name)}: \u201c{mdtext.inline(words)}\u201d"


def _note(analysis: Analysis, item: ResolvedAnnotation) -> list[str]:
    annotation = item.annotation
    head: list[str] = []
    if annotation.label:
        head.append(f"**{mdtext.inline(annotation.label)}**")
    head += [mdtext.obsidian_tag(t) for t in annotation.tags]
    target = annotation.target
    if target.kind == "span":
        head.append(f"on {_quote_of(analysis, item)}")
    else:
        what = "claim" if target.kind == "group" else target.kind
        head.append(f"on the {what} \u201c{mdtext.inline(target.subject)}\u201d")
    head.append(mdtext.inline(annotation.updated[:10]))
    out = [f"- {_SEP.join(head)}"]
    body = mdtext.note_block(annotation.note, "  ")
    if body:
        out += ["", *body]
    if item.detached:
        out += ["", f"  *Detached:* {mdtext.inline(item.reason)}"]
    return out


def _fact_line(analysis: Analysis, fact: Fact) -> str:
    values = _SEP.join(
        f"{mdtext.inline(_name(analysis, v.source))}: "
        f"\u201c{mdtext.inline(v.text)}\u201d ({mdtext.inline(v.normalized)})"
        for v in fact.values
    )
    return f"- **{mdtext.inline(fact.kind)}**, {mdtext.inline(fact.subject)}: {values}"


def _claim(analysis: Analysis, group: Group, notes: Sequence[ResolvedAnnotation]) -> list[str]:
    """A claim under the id the app shows it with (``g7 · label``)."""
    by_hand = " (linked by a reviewer)" if group.origin == "reviewer" else ""
    out = [f"### {mdtext.inline(group.id)}{_SEP}{mdtext.inline(group.label)}{by_hand}", ""]
    for member in group.members:
        source = analysis.source(member.source)
        out += [
            _cite(analysis, source),
            "",
            *mdtext.blockquote(source.text[member.start : member.end]),
            "",
        ]
    missing = [o for o in analysis.omissions if o.group == group.id]
    if missing:
        names = ", ".join(mdtext.inline(_name(analysis, s)) for s in missing[0].sources)
        out += [f"*Not reported by:* {names}", ""]
    facts = [f for f in analysis.facts if f.group == group.id and f.divergent]
    if facts:
        out += ["**Divergent facts**", "", *(_fact_line(analysis, f) for f in facts), ""]
    if notes:
        out += ["**Notes**", ""]
        for item in notes:
            out += [*_note(analysis, item), ""]
    return out


def _front_matter(analysis: Analysis, title: str, date: str, notes: ExportNotes) -> list[str]:
    out = ["---", f"title: {mdtext.yaml_string(title)}", f"date: {mdtext.yaml_date(date)}"]
    out.append("sources:")
    for s in analysis.sources:
        out += [
            f"  - name: {mdtext.yaml_string(_name(analysis, s.id))}",
            f"    outlet: {mdtext.yaml_string(s.outlet) if s.outlet else 'null'}",
            f"    published: {mdtext.yaml_date(s.published)}",
            f"    path: {mdtext.yaml_string(s.path)}",
        ]
        if s.id in notes.triage:
            out.append(f"    triage: {mdtext.yaml_string(notes.triage[s.id])}")
    out += [f"generator: {mdtext.yaml_string(f'newsdiff {__version__}')}", "---", ""]
    return out


def export_markdown(
    analysis: Analysis,
    notes: ExportNotes,
    *,
    date: str,
    title: str | None = None,
    annotated_only: bool = False,
) -> str:
    """The whole export as one Markdown string (write it with ``write_atomic``)."""
    title = title or export_title(analysis)
    groups = sorted(analysis.groups, key=lambda g: _reading_key(analysis, g))
    placed = _Placed(analysis, groups, notes)
    out = _front_matter(analysis, title, date, notes)
    out += [f"# {mdtext.inline(title)}", ""]
    out += markdown_list(analysis, source_names(analysis), mdtext.inline)
    shown = [g for g in groups if placed.by_group[g.id] or not annotated_only]
    out += ["## Claims", ""]
    if not shown:
        out += ["*No claim to show.*", ""]
    for group in shown:
        out += _claim(analysis, group, placed.by_group[group.id])
    if placed.by_source:
        out += ["## Notes by source", ""]
        for source in analysis.sources:
            if source.id in placed.by_source:
                out += [f"### {mdtext.inline(_name(analysis, source.id))}", ""]
                for item in placed.by_source[source.id]:
                    out += [*_note(analysis, item), ""]
    if placed.detached:
        out += [
            "## Detached notes",
            "",
            "Their words could not be found with certainty in the current text; "
            "they are shown with the words they were made on.",
            "",
        ]
        for item in placed.detached:
            out += [*_note(analysis, item), ""]
    out += ["## Sources", ""]
    for number, source in enumerate(analysis.sources, start=1):
        mark = notes.triage.get(source.id)
        extra = f", triage: **{mdtext.inline(mark)}**" if mark else ""
        title_part = f", *{mdtext.inline(source.title)}*" if source.title else ""
        out.append(f"{number}. {_cite(analysis, source)}{title_part}{extra}")
    return "\n".join(out).rstrip("\n") + "\n"
