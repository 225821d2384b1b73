from __future__ import annotations

from pathlib import Path

import pytest

from reader.ingest import load_sources
from reader.ingest.errors import IngestError
from reader.ingest.extract_html import extract_html
from reader.model import Source
from tests.ingest.pages import (
    ARTICLE,
    CYRILLIC_ARTICLE,
    NO_ARTICLE,
    TIME_ELEMENT_PAGE,
    VISIBLE_DATE_PAGE,
)


@pytest.fixture(scope="module")
def page(tmp_path_factory: pytest.TempPathFactory) -> Source:
    path = tmp_path_factory.mktemp("html") / "coast.html"
    path.write_text(ARTICLE, encoding="utf-8")
    return load_sources([str(path)]).sources[0]


@pytest.mark.parametrize("leak", ["SCRIPTTEXT", "STYLETEXT", "FORMTEXT", "COMMENTTEXT", "Sport"])
def test_scripts_styles_forms_comments_and_navigation_never_reach_the_text(
    page: Source, leak: str
) -> None:
    assert leak not in page.text


def test_metadata_from_the_page(page: Source) -> None:
    assert page.outlet == "Coast Times"
    assert page.byline == "Jane Doe"
    assert page.title == "Harbour fire out after three hours"
    assert page.language == "en"
    assert (page.format, page.segmentation) == ("html", "html")


def test_a_future_date_is_kept(page: Source) -> None:
    assert page.published == "2031-05-05"


def test_kinds_follow_the_markup(page: Source) -> None:
    kinds = [(p.kind, p.text[:12]) for p in page.paragraphs]
    assert kinds == [
        ("headline", "Harbour fire"),
        ("body", "The warehous"),
        ("headline", "Nobody hurt"),
        ("body", "Nobody was h"),
        ("quote-block", "We had it un"),
        ("body", "The cause of"),
    ]


def test_paragraph_text_is_the_slice_of_the_extracted_text(page: Source) -> None:
    lines = page.text.split("\n")
    for p in page.paragraphs:
        assert p.text == page.text[p.start : p.end]
        assert lines[p.line - 1].startswith(p.text.split("\n")[0])


def test_inner_html_newlines_are_folded(page: Source) -> None:
    assert "from three towns" in page.paragraphs[1].text


def test_page_without_an_article_is_a_clear_error() -> None:
    with pytest.raises(IngestError, match="no article text"):
        extract_html(NO_ARTICLE)


def test_meta_charset_is_honoured(tmp_path: Path) -> None:
    path = tmp_path / "ru.html"
    path.write_bytes(CYRILLIC_ARTICLE.encode("cp1251"))
    source = load_sources([str(path)]).sources[0]
    assert source.title == "Пожар в порту"
    assert source.language == "ru"


def test_html_is_recognised_by_its_markup_not_its_name(tmp_path: Path) -> None:
    path = tmp_path / "saved-page.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    assert load_sources([str(path)]).sources[0].format == "html"


def load_page(tmp_path: Path, html: str) -> Source:
    path = tmp_path / "page.html"
    path.write_text(html, encoding="utf-8")
    return load_sources([str(path)]).sources[0]


def test_visible_date_line_gives_the_date_when_metadata_has_none(tmp_path: Path) -> None:
    source = load_page(tmp_path, VISIBLE_DATE_PAGE)
    assert source.published == "2031-05-05"
    assert [p.kind for p in source.paragraphs] == ["headline", "dateline", "body", "body"]


def test_time_element_gives_the_date(tmp_path: Path) -> None:
    assert load_page(tmp_path, TIME_ELEMENT_PAGE).published == "2031-05-04"
