"""Render exported Markdown with a CommonMark parser to check what a reader would see."""

from __future__ import annotations

from collections.abc import Iterator

from markdown_it import MarkdownIt
from markdown_it.token import Token

_PARSER = MarkdownIt("commonmark").enable(["strikethrough", "table"])
ACTIVE = {"html_inline", "html_block", "link_open", "image", "fence", "code_block"}


def _walk(tokens: list[Token]) -> Iterator[Token]:
    for token in tokens:
        yield token
        if token.children:
            yield from _walk(token.children)


def body(markdown: str) -> str:
    """The Markdown after its YAML front matter."""
    return markdown.split("---\n", 2)[2] if markdown.startswith("---\n") else markdown


def tokens(markdown: str) -> list[Token]:
    return list(_walk(_PARSER.parse(body(markdown))))


def active(markdown: str) -> list[str]:
    """Tokens that would run, link, embed or reformat: raw HTML, links, images, code."""
    return [t.type for t in tokens(markdown) if t.type in ACTIVE]


def headings(markdown: str) -> list[str]:
    found = []
    all_tokens = tokens(markdown)
    for i, token in enumerate(all_tokens):
        if token.type == "heading_open":
            found.append(f"{token.tag} {all_tokens[i + 1].content}")
    return found


def visible_text(markdown: str) -> str:
    """What a reader sees, escapes resolved, one space between lines and blocks."""
    parts = []
    for token in _PARSER.parse(body(markdown)):
        if token.type == "inline" and token.children:
            parts.append(
                "".join(
                    c.content if c.type in ("text", "code_inline") else " "
                    for c in token.children
                    if c.type in ("text", "code_inline", "softbreak", "hardbreak")
                )
            )
    return " ".join(parts)
