"""Every sample set's expected.json is consistent with the files it describes.

The expected.json files are the planted truth the loader tests and ``reader.eval`` measure
against, so a wrong index here would silently mis-score everyone. These tests re-count the
paragraphs with a splitter of their own (not the loader's), and check that every reference
(files, paragraph indexes, groups, surface texts of facts) points at something real.
"""

from __future__ import annotations

import json
import re
from functools import cache
from pathlib import Path
from typing import Any, get_args

import pytest

from reader.model import FactKind, FramingCategory, ParagraphKind

ROOT = Path(__file__).resolve().parent.parent.parent
SAMPLES = ROOT / "samples"
SET_DIRS = sorted(p for p in SAMPLES.iterdir() if (p / "expected.json").is_file())
SET_IDS = [p.name for p in SET_DIRS]
READABLE = {".txt", ".md", ".html", ".htm"}
KINDS = set(get_args(ParagraphKind))
FACT_KINDS = set(get_args(FactKind))
FRAMING = set(get_args(FramingCategory))
SEGMENTATIONS = {"text": {"blank-line", "line", "wrapped"}, "markdown": {"blank-line"}}
ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
NORMALIZED = {
    "number": re.compile(r"-?\d+(\.\d+)?"),
    "date": ISO_DATE,
    "time": re.compile(r"\d{2}:\d{2}"),
    "duration": re.compile(r"P(\d+D)?(T(\d+H)?(\d+M)?(\d+S)?)?"),
}


# Numeric references to C0 controls other than tab, LF, CR (and to DEL): invalid in XML.
C0_CHARACTER_REFERENCE = re.compile(
    r"&#(?:0*(?:[0-8]|1[1-24-9]|2\d|3[01]|127)|x0*(?:[0-8bcef]|1[\da-f]|7f));", re.IGNORECASE
)


@cache
def expected(set_dir: Path) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((set_dir / "expected.json").read_text(encoding="utf-8"))
    return data


def _split_blank_lines(text: str) -> list[str]:
    chunks = re.split(r"\n[ \t]*\n", text.replace("\r\n", "\n").replace("\r", "\n"))
    return [c.strip() for c in chunks if c.strip()]


def _split_lines(text: str) -> list[str]:
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    return [line.strip() for line in lines if line.strip()]


def _html_paragraphs(raw: str) -> list[str]:
    """Headline, then the article paragraphs trafilatura extracts (comments off).

    trafilatura keeps the ``<h1>`` in the text for some pages and drops it for others; a
    reader always sees the headline first, so it is put back from the page metadata.
    """
    import trafilatura

    raw = C0_CHARACTER_REFERENCE.sub("", raw)  # one &#27; makes trafilatura give up
    lines = _split_lines(trafilatura.extract(raw, include_comments=False) or "")
    metadata = trafilatura.extract_metadata(raw)
    title = metadata.title if metadata is not None else None
    if title and (not lines or lines[0] != title):
        lines.insert(0, title)
    return lines


@cache
def paragraphs(path: Path, segmentation: str) -> list[str]:
    """The paragraphs a careful reader sees, counted independently of reader/ingest."""
    raw = path.read_text(encoding="utf-8")
    if segmentation == "html":
        return _html_paragraphs(raw)
    if segmentation == "line":
        return _split_lines(raw)
    return _split_blank_lines(raw)


def _flat(text: str) -> str:
    """Lower-cased, whitespace-collapsed, markdown emphasis dropped: for containment checks."""
    return " ".join(text.replace("**", "").replace("*", "").replace("_", " ").split()).lower()


def _paras_of(set_dir: Path, name: str) -> list[str]:
    meta = expected(set_dir)["sources"][name]
    return paragraphs(set_dir / name, meta["segmentation"])


def _member_texts(set_dir: Path, group: dict[str, Any], name: str) -> list[str]:
    paras = _paras_of(set_dir, name)
    return [paras[index - 1] for file, index in group["members"] if file == name]


@pytest.fixture(params=SET_DIRS, ids=SET_IDS)
def set_dir(request: pytest.FixtureRequest) -> Path:
    path: Path = request.param
    return path


def test_the_set_make_run_opens_exists_beside_a_second_set() -> None:
    assert "harbour-fire" in SET_IDS
    assert len([name for name in SET_IDS if name != "hostile"]) >= 2


def test_expected_json_has_the_common_keys(set_dir: Path) -> None:
    data = expected(set_dir)
    assert data["set"] == set_dir.name
    for key in ("description", "sources", "groups", "facts", "omissions"):
        assert key in data, key


def test_sources_are_exactly_the_readable_files_of_the_set(set_dir: Path) -> None:
    on_disk = {p.name for p in set_dir.iterdir() if p.suffix.lower() in READABLE}
    assert set(expected(set_dir)["sources"]) == on_disk


def test_source_metadata_is_well_formed(set_dir: Path) -> None:
    for name, meta in expected(set_dir)["sources"].items():
        assert meta["published"] is None or ISO_DATE.fullmatch(meta["published"]), name
        assert meta["format"] in {"text", "markdown", "html"}, name
        if meta["format"] == "html":
            assert meta["segmentation"] == "html", name
        else:
            assert meta["segmentation"] in SEGMENTATIONS[meta["format"]], name
        assert meta["language"] is None or re.fullmatch(r"[a-z]{2}", meta["language"]), name
        for key in ("outlet", "title", "byline"):
            assert meta[key] is None or isinstance(meta[key], str), (name, key)


def test_paragraph_count_matches_an_independent_split(set_dir: Path) -> None:
    for name, meta in expected(set_dir)["sources"].items():
        found = paragraphs(set_dir / name, meta["segmentation"])
        assert len(found) == meta["paragraphs"], (name, found)


def test_kinds_name_existing_paragraphs_with_known_kinds(set_dir: Path) -> None:
    for name, meta in expected(set_dir)["sources"].items():
        for index, kind in meta["kinds"].items():
            assert 1 <= int(index) <= meta["paragraphs"], (name, index)
            assert kind in KINDS - {"body"}, (name, index, kind)


def test_title_is_the_headline_paragraph(set_dir: Path) -> None:
    for name, meta in expected(set_dir)["sources"].items():
        headlines = [int(i) for i, kind in meta["kinds"].items() if kind == "headline"]
        if meta["title"] is None:
            assert not headlines, name
            continue
        first = _paras_of(set_dir, name)[headlines[0] - 1]
        assert first.lstrip("# ") == meta["title"], name


def test_every_group_spans_two_sources_and_valid_body_paragraphs(set_dir: Path) -> None:
    data = expected(set_dir)
    for number, group in enumerate(data["groups"]):
        assert group["label"], number
        files = {file for file, _ in group["members"]}
        assert len(files) >= 2, (number, group["label"])
        assert len(group["members"]) == len({tuple(m) for m in group["members"]}), number
        for file, index in group["members"]:
            meta = data["sources"][file]
            assert 1 <= index <= meta["paragraphs"], (number, file, index)
            kind = meta["kinds"].get(str(index), "body")
            assert kind not in {"boilerplate", "dateline"}, (number, file, index, kind)


def test_facts_reference_groups_and_member_files(set_dir: Path) -> None:
    data = expected(set_dir)
    for fact in data["facts"]:
        assert fact["kind"] in FACT_KINDS, fact["subject"]
        group = data["groups"][fact["group"]]
        members = {file for file, _ in group["members"]}
        assert len(fact["values"]) >= 2, fact["subject"]
        for file in fact["values"]:
            assert file in members, (fact["subject"], file)
        for file in fact.get("texts", {}):
            assert file in fact["values"], (fact["subject"], file)


def test_divergent_flag_matches_the_normalized_values(set_dir: Path) -> None:
    for fact in expected(set_dir)["facts"]:
        differ = len(set(fact["values"].values())) > 1
        assert fact["divergent"] is differ, fact["subject"]


def test_normalized_values_have_the_canonical_shape(set_dir: Path) -> None:
    for fact in expected(set_dir)["facts"]:
        pattern = NORMALIZED.get(fact["kind"])
        for value in fact["values"].values():
            if pattern is not None:
                assert pattern.fullmatch(value), (fact["subject"], value)
            assert value == value.strip() and value, fact["subject"]


def test_fact_surface_texts_occur_in_their_group_paragraphs(set_dir: Path) -> None:
    data = expected(set_dir)
    for fact in data["facts"]:
        group = data["groups"][fact["group"]]
        surfaces = fact["values"] if fact["kind"] == "quote" else fact.get("texts", {})
        for file, surface in surfaces.items():
            texts = _member_texts(set_dir, group, file)
            assert any(_flat(surface) in _flat(t) for t in texts), (fact["subject"], file)


def test_omissions_name_existing_groups_and_absent_sources(set_dir: Path) -> None:
    data = expected(set_dir)
    for omission in data["omissions"]:
        group = data["groups"][omission["group"]]
        members = {file for file, _ in group["members"]}
        assert omission["sources"], omission
        for file in omission["sources"]:
            assert file in data["sources"], file
            assert file not in members, (omission["group"], file)


def test_omissions_list_every_absent_source_of_every_group(set_dir: Path) -> None:
    data = expected(set_dir)
    stated = {o["group"]: set(o["sources"]) for o in data["omissions"]}
    for number, group in enumerate(data["groups"]):
        absent = set(data["sources"]) - {file for file, _ in group["members"]}
        assert stated.get(number, set()) == absent, number


def test_framing_marks_occur_in_their_paragraph(set_dir: Path) -> None:
    data = expected(set_dir)
    for mark in data.get("framing", []):
        assert mark["category"] in FRAMING, mark
        meta = data["sources"][mark["file"]]
        assert 1 <= mark["paragraph"] <= meta["paragraphs"], mark
        text = _paras_of(set_dir, mark["file"])[mark["paragraph"] - 1]
        assert _flat(mark["term"]) in _flat(text), mark


def test_provenance_links_name_two_sources_of_the_set(set_dir: Path) -> None:
    data = expected(set_dir)
    for link in data.get("provenance", []):
        assert link["a"] in data["sources"] and link["b"] in data["sources"], link
        assert link["a"] != link["b"], link


def _words(text: str) -> list[str]:
    return re.findall(r"[a-z0-9]+", text.lower())


def _ngrams(words: list[str], n: int) -> set[tuple[str, ...]]:
    return {tuple(words[i : i + n]) for i in range(len(words) - n + 1)}


def test_samples_copy_no_run_of_eight_words_from_a_seed(set_dir: Path, seeds_dir: Path) -> None:
    seed_grams: set[tuple[str, ...]] = set()
    for seed in sorted(seeds_dir.iterdir()):
        seed_grams |= _ngrams(_words(seed.read_text(encoding="utf-8", errors="replace")), 8)
    for path in sorted(set_dir.iterdir()):
        text = path.read_text(encoding="utf-8", errors="replace")
        shared = _ngrams(_words(text), 8) & seed_grams
        assert not shared, (path.name, sorted(shared)[:3])


def test_literal_markup_is_in_the_paragraph_as_written(set_dir: Path) -> None:
    data = expected(set_dir)
    for entry in data.get("literal", []):
        text = _paras_of(set_dir, entry["file"])[entry["paragraph"] - 1]
        assert entry["text"] in text, entry


def test_control_sequences_are_real_characters_of_their_paragraph(set_dir: Path) -> None:
    data = expected(set_dir)
    for entry in data.get("controls", []):
        assert data["sources"][entry["file"]]["format"] != "html", entry["name"]
        raw = (set_dir / entry["file"]).read_bytes()
        assert entry["text"].encode("utf-8") in raw, entry["name"]
        text = _paras_of(set_dir, entry["file"])[entry["paragraph"] - 1]
        assert entry["text"] in text, entry["name"]


def test_hostile_set_carries_every_attack_the_issue_names() -> None:
    data = expected(SAMPLES / "hostile")
    found = "".join(e["text"] for e in data["controls"] + data["literal"])
    for needle in (
        "[bold",
        "[@click=app.quit]",
        "[link=",
        "\x1b[1;31m",  # CSI colour
        "\x1b[5A",  # cursor move
        "\x1b]0;",  # OSC 0 title
        "\x1b]2;",  # OSC 2 title
        "\x1b]8;;",  # OSC 8 link
        "\x1b]52;",  # OSC 52 clipboard
        "\x07",  # BEL
        "\x9b",  # C1 CSI
        "\u202e",  # bidi override
        "\u200b",  # zero-width space
    ):
        assert needle in found, repr(needle)


def test_hostile_expected_json_is_ascii_only_so_viewing_it_is_safe() -> None:
    raw = (SAMPLES / "hostile" / "expected.json").read_bytes()
    assert raw.isascii()
    assert b"\x1b" not in raw and b"\x07" not in raw
