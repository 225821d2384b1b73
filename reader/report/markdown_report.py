"""A readable briefing: the divergences first (one row each), the sources, each divergent
fact in detail, omissions, then the aligned groups.

Written for a journalist skimming before a call: what the outlets disagree on comes first,
then who left what out (a claims x outlets table), then every aligned passage in full.
All article text is untrusted: it passes through ``inert`` and is escaped so that it
cannot become Markdown structure (tables, headings, links, HTML).
"""

from __future__ import annotations

import re

from reader.model import Analysis, Fact, Group, Source
from reader.model.names import source_names, with_names
from reader.report.divergences import markdown_list
from reader.report.markdown_framing import framing_section
from reader.text.safe import inert

_MARKUP = re.compile(r"([\\`*_{}\[\]<>()#+!|~])")


def _md(text: str) -> str:
    """Untrusted text for one Markdown line or table cell: inert, one line, escaped."""
    flat = " ".join(inert(text, keep_newlines=False).replace("\u240a", " ").split())
    return _MARKUP.sub(r"\\\1", flat)


def _sources(analysis: Analysis, names: dict[str, str]) -> list[str]:
    lines = ["## Sources", "", "| id | name | published | title | path |"]
    lines.append("| --- | --- | --- | --- | --- |")
    for s in analysis.sources:
        lines.append(
            f"| {s.id} | {_md(names[s.id])} | {_md(s.published or '')} "
            f"| {_md(s.title or '')} | {_md(s.path)} |"
        )
    return [*lines, ""]


def _stories(analysis: Analysis, names: dict[str, str]) -> list[str]:
    """Said before anything else: several stories, or sources not read whole."""
    lines: list[str] = []
    if len(analysis.stories) > 1:
        lines += [
            "## Stories",
            "",
            f"These sources tell **{len(analysis.stories)} different stories**; claims, facts "
            "and omissions are compared within each story only.",
            "",
        ]
        for story in analysis.stories:
            outlets = ", ".join(_md(names[s]) for s in story.sources)
            lines.append(f"- {story.id}: {_md(story.label)} ({outlets})")
        lines.append("")
    if analysis.truncated:
        lines += ["## Not analysed in full", ""]
        for cut in analysis.truncated:
            lines.append(
                f"- {_md(names[cut.source])}: only {cut.analysed_chars:,} of "
                f"{cut.total_chars:,} characters analysed ({_md(cut.reason)})"
            )
        lines.append("")
    return lines


def _fact(fact: Fact, names: dict[str, str], groups: dict[str, Group]) -> list[str]:
    where = f" (in {fact.group}: {_md(groups[fact.group].label)})" if fact.group in groups else ""
    lines = [f"### {_md(fact.subject)} \u2014 {fact.kind}{where}", ""]
    lines += ["| outlet | as written | normalised |", "| --- | --- | --- |"]
    for value in fact.values:
        lines.append(
            f"| {_md(names.get(value.source, value.source))} | {_md(value.text)} "
            f"| {_md(value.normalized)} |"
        )
    if fact.divergence == "precision":
        lines += [
            "",
            "A difference of precision: one value is a bound or range that holds the other.",
        ]
    if fact.evidence or fact.confidence is not None:
        sure = f" (confidence {fact.confidence:.2f})" if fact.confidence is not None else ""
        lines += ["", f"Evidence{sure}: {_md(with_names(fact.evidence, names))}"]
    if fact.differing_words:
        differing = "; ".join(
            f"{_md(names.get(v.source, v.source))}: {_md(' '.join(words))}"
            for v, words in zip(fact.values, fact.differing_words, strict=False)
            if words
        )
        lines += ["", f"Differing words: {differing}"]
    return [*lines, ""]


def _omissions(analysis: Analysis, names: dict[str, str]) -> list[str]:
    if not analysis.omissions:
        return ["## Omissions", "", "Every outlet reports every aligned claim.", ""]
    sources = analysis.sources
    header = " | ".join(_md(names[s.id]) for s in sources)
    lines = ["## Omissions", "", "\u2713 reports it, \u2014 leaves it out.", ""]
    lines += [f"| claim | {header} |", "| --- |" + " :---: |" * len(sources)]
    omitted = {o.group: set(o.sources) for o in analysis.omissions}
    for group in analysis.groups:
        if group.id not in omitted:
            continue
        present = {m.source for m in group.members}
        cells = " | ".join(
            "\u2713" if s.id in present else "\u2014" if s.id in omitted[group.id] else ""
            for s in sources
        )
        lines.append(f"| {group.id}: {_md(group.label)} | {cells} |")
    return [*lines, ""]


def _spellings(analysis: Analysis, names: dict[str, str]) -> list[str]:
    spelled = [f for f in analysis.facts if f.spelling_differs]
    if not spelled:
        return []
    lines = ["## Names spelled differently", ""]
    for fact in spelled:
        forms = "; ".join(
            f"{_md(names.get(v.source, v.source))}: {_md(v.text)}" for v in fact.values
        )
        lines.append(f"- {_md(fact.subject)} ({fact.kind}): {forms}")
    return [*lines, ""]


def _exclusives(analysis: Analysis, names: dict[str, str]) -> list[str]:
    lines = ["## Only one outlet reports", ""]
    if not analysis.exclusives:
        return [*lines, "Nothing is reported by one outlet alone.", ""]
    texts = {s.id: s for s in analysis.sources}
    for e in analysis.exclusives:
        paragraph = texts[e.source].paragraph(e.paragraph)
        text = texts[e.source].text[e.start : e.end]
        lines.append(f"- **{_md(names[e.source])}** \u00b6{paragraph.index}: {_md(text)}")
    return [*lines, ""]


def _groups(analysis: Analysis, names: dict[str, str]) -> list[str]:
    lines = ["## Aligned passages", ""]
    if not analysis.groups:
        return [*lines, "No passage is reported by two outlets.", ""]
    texts = {s.id: s for s in analysis.sources}
    for group in analysis.groups:
        flag = ", near-verbatim copies" if group.verbatim else ""
        lines += [f"### {group.id}: {_md(group.label)} (score {group.score:.2f}{flag})", ""]
        for m in group.members:
            source: Source = texts[m.source]
            paragraph = source.paragraph(m.paragraph)
            text = source.text[m.start : m.end]
            lines.append(f"- **{_md(names[m.source])}** \u00b6{paragraph.index}: {_md(text)}")
        lines.append("")
    return lines


def report_markdown(analysis: Analysis) -> str:
    names = source_names(analysis)
    groups = {g.id: g for g in analysis.groups}
    lines = ["# newsdiff briefing", "", *markdown_list(analysis, names, _md)]
    lines += [*_sources(analysis, names), *_stories(analysis, names)]
    lines += ["## Divergent facts", ""]
    divergent = [f for f in analysis.facts if f.divergent]
    if divergent:
        for fact in divergent:
            lines += _fact(fact, names, groups)
    else:
        lines += ["No fact is stated differently by the outlets.", ""]
    lines += _spellings(analysis, names)
    lines += _omissions(analysis, names)
    lines += _exclusives(analysis, names)
    lines += _groups(analysis, names)
    lines += framing_section(analysis, names)
    return "\n".join(lines).rstrip("\n") + "\n"
