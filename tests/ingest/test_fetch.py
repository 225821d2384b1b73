"""URLs against a local server on 127.0.0.1 only."""

from __future__ import annotations

from reader.ingest import load_sources
from reader.model import LoadResult


def load(*urls: str, max_bytes: int = 1_000_000, timeout: float = 5.0) -> LoadResult:
    return load_sources(list(urls), max_bytes=max_bytes, timeout=timeout)


def reason(result: LoadResult) -> str:
    (error,) = result.errors
    assert "\n" not in error.reason
    return error.reason


def test_article_url_is_extracted_with_metadata(server: str) -> None:
    source = load(f"{server}/article").sources[0]
    assert source.path == f"{server}/article"
    assert source.format == "html"
    assert source.title == "Harbour fire out after three hours"
    assert source.outlet == "Coast Times"


def test_plain_text_url_uses_the_declared_charset(server: str) -> None:
    source = load(f"{server}/plain").sources[0]
    assert source.format == "text" and source.paragraphs[0].text == "Harbour fire"


def test_redirect_is_followed(server: str) -> None:
    assert load(f"{server}/moved").sources[0].title == "Harbour fire out after three hours"


def test_redirect_loop_is_refused(server: str) -> None:
    assert "redirect" in reason(load(f"{server}/loop"))


def test_not_found(server: str) -> None:
    assert "404" in reason(load(f"{server}/nothing-here"))


def test_non_html_content_type_is_refused(server: str) -> None:
    assert "image/png" in reason(load(f"{server}/image"))


def test_declared_size_over_the_cap(server: str) -> None:
    assert "--max-bytes" in reason(load(f"{server}/huge-declared", max_bytes=1000))


def test_streamed_body_over_the_cap(server: str) -> None:
    assert "--max-bytes" in reason(load(f"{server}/huge-streamed", max_bytes=10_000))


def test_timeout(server: str) -> None:
    assert "timed out" in reason(load(f"{server}/slow", timeout=0.5))


def test_connection_refused(closed_port_url: str) -> None:
    assert "refused" in reason(load(closed_port_url)).lower()


def test_a_failing_url_does_not_stop_the_others(server: str) -> None:
    result = load(f"{server}/nothing-here", f"{server}/article")
    assert len(result.sources) == 1 and len(result.errors) == 1


def test_dateline_agency_beats_the_url_host(server: str) -> None:
    assert load(f"{server}/wire").sources[0].outlet == "Reuters"


def test_url_host_is_the_last_resort_for_the_outlet(server: str) -> None:
    assert load(f"{server}/bare").sources[0].outlet == "127.0.0.1"
