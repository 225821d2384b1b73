from __future__ import annotations

from pathlib import Path

from reader.ingest import load_sources
from reader.ingest.markdown import read_markdown
from reader.model import Source

DOC = """---
title: Harbour fire out
date: 2031-05-05
author: Jane Doe
outlet: Port Gazette
---
# Harbour fire out after three hours

The warehouse **burned** for three hours on Sunday, the
port authority said, before crews had it under control.

## Nobody hurt

> We had it under control by dawn,
> the chief said.

- Two boats were scorched
- The cause is not yet known

Background
==========

---

```
not a paragraph
```
Nobody was hurt, the harbour master said.
"""


def load(tmp_path: Path, text: str, name: str = "gazette.md") -> Source:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return load_sources([str(path)]).sources[0]


def test_paragraphs_and_kinds(tmp_path: Path) -> None:
    source = load(tmp_path, DOC)
    assert [(p.kind, p.text.split("\n")[0][:14]) for p in source.paragraphs] == [
        ("headline", "Harbour fire o"),
        ("body", "The warehouse "),
        ("headline", "Nobody hurt"),
        ("quote-block", "We had it unde"),
        ("body", "Two boats were"),
        ("body", "The cause is n"),
        ("headline", "Background"),
        ("body", "Nobody was hur"),
    ]


def test_text_is_the_markdown_itself_and_spans_index_it(tmp_path: Path) -> None:
    source = load(tmp_path, DOC)
    assert source.text == DOC
    for p in source.paragraphs:
        assert p.text == DOC[p.start : p.end]
        assert DOC.split("\n")[p.line - 1].endswith(p.text.split("\n")[0])


def test_inline_markup_stays_in_the_text(tmp_path: Path) -> None:
    assert "**burned**" in load(tmp_path, DOC).paragraphs[1].text


def test_front_matter_gives_metadata(tmp_path: Path) -> None:
    source = load(tmp_path, DOC)
    assert (source.title, source.published, source.byline, source.outlet) == (
        "Harbour fire out",
        "2031-05-05",
        "Jane Doe",
        "Port Gazette",
    )
    assert source.format == "markdown"


def test_title_is_the_first_heading_without_hashes(tmp_path: Path) -> None:
    source = load(tmp_path, "# Harbour fire out #\n\nThe warehouse burned for hours.\n")
    assert source.title == "Harbour fire out"


def test_heading_directly_above_text_is_its_own_paragraph() -> None:
    text = "# Harbour fire\nThe warehouse burned.\nCrews came.\n"
    found = read_markdown(text)
    assert [text[s.start : s.end] for s in found.spans] == [
        "Harbour fire",
        "The warehouse burned.",
        "Crews came.",
    ]
    assert found.kinds == {0: "headline"}


def test_the_parser_gives_the_structure_an_empty_heading_is_no_paragraph() -> None:
    # markdown-it-py (CommonMark) reads the blocks: a lone '#' is an empty heading, not text.
    text = "#\n\nText here.\n"
    found = read_markdown(text)
    assert [text[s.start : s.end] for s in found.spans] == ["Text here."]
