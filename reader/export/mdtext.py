"""Untrusted text made safe for Markdown that renders alike on GitHub and in Obsidian.

Everything from an article, a file name, a URL or a note goes through ``visible`` (``inert``
plus the characters it leaves that would break the file: lone surrogates from undecodable
file names, non-characters) and is then escaped so it cannot become structure: no raw HTML,
no entity (``&#x202E;`` would decode to a bidi override), no link or image, no heading,
list, table, code block, no Obsidian tag, wikilink, comment, highlight, math or block ref,
and no bare URL that GitHub would turn into a link.
"""

from __future__ import annotations

import json
import re

from reader.text.safe import inert

# Backslash-escaped wherever they appear (CommonMark lets any ASCII punctuation be escaped).
_ALWAYS = re.compile(r"([\\`*_\[\]<>#|~$&=^@])")
_COMMENT = re.compile(r"%(?=%)|(?<=%)%")  # Obsidian %%comments%%
_AUTOLINK = re.compile(r"(?i)\b(https?|ftp|mailto|file|javascript|data)(:)")
_WWW = re.compile(r"(?i)\b(www)(\.)")
_LINE_START = re.compile(r"^([-+]|\d+[.)])")  # list markers at the start of a line
_UNSAFE = re.compile("[\ud800-\udfff\ufffe\uffff]")


def visible(text: str, *, keep_newlines: bool = True) -> str:
    """``inert`` text with lone surrogates and non-characters replaced by U+FFFD."""
    return _UNSAFE.sub("\ufffd", inert(text, keep_newlines=keep_newlines))


def _escape_line(line: str) -> str:
    line = line.replace("\t", " ").strip()
    line = _ALWAYS.sub(r"\\\1", line)
    line = _COMMENT.sub(r"\\%", line)
    line = _AUTOLINK.sub(r"\1\\\2", line)
    line = _WWW.sub(r"\1\\\2", line)
    return _LINE_START.sub(lambda m: m.group(1)[:-1] + "\\" + m.group(1)[-1], line)


def inline(text: str) -> str:
    """One line of escaped text: newlines and runs of spaces fold into one space."""
    return _escape_line(" ".join(visible(text).split()))


def lines(text: str) -> list[str]:
    """Escaped text keeping its line structure (blank lines kept as empty strings)."""
    return [_escape_line(line) for line in visible(text).split("\n")]


def blockquote(text: str) -> list[str]:
    """Quoted wording, one ``>`` line per paragraph of the text (whitespace folded)."""
    paragraphs = [" ".join(p.split()) for p in visible(text).split("\n\n")]
    out: list[str] = []
    for paragraph in paragraphs:
        if not paragraph:
            continue
        if out:
            out.append(">")
        out.append(f"> {_escape_line(paragraph)}")
    return out or [">"]


def note_block(text: str, indent: str) -> list[str]:
    """A multi-line note under a list item: lines kept (hard breaks), paragraphs kept."""
    out: list[str] = []
    for paragraph in re.split(r"\n[ \t]*\n", visible(text)):
        escaped = [line for line in lines(paragraph) if line]
        if not escaped:
            continue
        if out:
            out.append("")
        out += [f"{indent}{line}\\" for line in escaped[:-1]]
        out.append(f"{indent}{escaped[-1]}")
    return out


def code(text: str) -> str:
    """A code span (paths, URLs): literal on both renderers, fenced past any backtick run."""
    flat = visible(text, keep_newlines=False)
    longest = max((len(run) for run in re.findall(r"`+", flat)), default=0)
    fence = "`" * (longest + 1)
    pad = " " if flat.startswith(("`", " ")) or flat.endswith(("`", " ")) else ""
    return f"{fence}{pad}{flat}{pad}{fence}"


def yaml_string(text: str) -> str:
    """A YAML double-quoted scalar (JSON string syntax is valid YAML 1.2)."""
    dumped = json.dumps(visible(text, keep_newlines=False), ensure_ascii=False)
    return dumped.replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")


def yaml_date(text: str | None) -> str:
    """A bare ``YYYY-MM-DD`` (Obsidian shows it as a date property), else a quoted string."""
    if text is None:
        return "null"
    return text if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text) else yaml_string(text)


def obsidian_tag(tag: str) -> str:
    """``#tag`` when Obsidian would read it as a tag, else the tag as a code span."""
    if re.fullmatch(r"[^\W\d][\w/-]*|[\w/-]*[^\W\d_][\w/-]*", tag) and "\u2400" not in tag:
        return f"#{tag}"
    return code(tag)
