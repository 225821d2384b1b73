"""The real-news set's build script: text conversion, the committed events and the split rule.

No article text here: the inputs are written for the test.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from benchmarks.realdata import build


def test_detokenize_joins_punctuation_numbers_and_quotes() -> None:
    tokens = ['"We', "are", "ready", ",", '"', "said", "the", "U", ".", "S", ".", "envoy", "."]
    assert build.detokenize(tokens) == '"We are ready," said the U.S. envoy.'
    quake = ["a", "6", ".", "1", "-", "magnitude", "quake"]
    assert build.detokenize(quake) == "a 6.1-magnitude quake"
    price = ["$", "1", ",", "199", "at", "1", ":", "12", "PM"]
    assert build.detokenize(price) == "$1,199 at 1:12 PM"
    # a date's comma is not a thousands separator
    assert build.detokenize(["Jul", "2", ",", "2013"]) == "Jul 2, 2013"
    assert build.detokenize(["(", "34", "miles", ")", "it", "'s", "done"]) == "(34 miles) it's done"
    assert build.detokenize(["he", "said", '"', "yes", '"', "twice"]) == 'he said "yes" twice'


def test_wcl_paragraphs_keep_blank_line_paragraphs_and_join_inner_breaks() -> None:
    raw = "\ufeffTitle line\r\n\r\nFirst para\r\ncontinued.\r\n\r\n\r\nSecond.\r\n".encode()
    assert build.wcl_paragraphs(raw) == ["Title line", "First para continued.", "Second."]


def test_ecb_paragraphs_drop_the_url_sentence() -> None:
    raw = (
        b'<Document doc_name="x"><token t_id="1" sentence="0" number="0">http://x.org/a</token>'
        b'<token t_id="2" sentence="1" number="0">Head</token>'
        b'<token t_id="3" sentence="2" number="0">Body</token>'
        b'<token t_id="4" sentence="2" number="1">.</token></Document>'
    )
    assert build.ecb_paragraphs(raw) == ["Head", "Body."]


def test_events_json_is_well_formed_and_follows_its_split_rule() -> None:
    collections, events = build.load_events()
    assert len(events) >= 26
    assert len({e.id for e in events}) == len(events)
    for event in events:
        assert event.collection in collections
        assert 3 <= len(event.articles) <= 5, event.id
        assert len({a.file for a in event.articles}) == len(event.articles)
        assert len({a.outlet for a in event.articles}) == len(event.articles)
    assert {e.id: e.split for e in events} == build.split_rule(events)
    heldout = [e for e in events if e.split == "heldout"]
    assert len(heldout) >= 10
    assert {e.collection for e in heldout} == set(collections)


def test_the_output_may_not_be_inside_the_repository(tmp_path: Path) -> None:
    assert build.inside_repo(build.REPO / "anything")
    assert not build.inside_repo(tmp_path)
    assert build.main(["--out", str(build.REPO / "realdata-out"), "--source", "x=/"]) == 2


def test_a_missing_source_folder_is_a_usage_error(tmp_path: Path) -> None:
    assert build.main(["--out", str(tmp_path), "--source", f"ecbplus={tmp_path}/nope"]) == 2


@pytest.mark.parametrize("name", ["newswcl50", "ecbplus"])
def test_every_collection_has_a_reader(name: str) -> None:
    assert name in build.READERS
