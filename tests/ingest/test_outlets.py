from __future__ import annotations

import pytest

from reader.ingest.outlets import canonical_outlet, known_outlet, outlet_from_url


@pytest.mark.parametrize(
    ("url", "outlet"),
    [
        ("https://tass.com/politics/1", "TASS"),
        ("https://www.reuters.com/world/x", "Reuters"),
        ("https://edition.cnn.com/2031/05/05/x", "CNN"),
        ("https://news.coasttimes.example/fire", "news.coasttimes.example"),
        ("http://www.coasttimes.example/fire", "coasttimes.example"),
    ],
)
def test_outlet_from_url(url: str, outlet: str) -> None:
    assert outlet_from_url(url) == outlet


def test_aliases_map_to_the_canonical_name() -> None:
    assert known_outlet("ITAR-TASS") == "TASS"
    assert canonical_outlet("the  associated press") == "Associated Press"


def test_unknown_names_are_kept_as_written() -> None:
    assert known_outlet("Coast Times") is None
    assert canonical_outlet(" Coast  Times ") == "Coast Times"
