"""What a bundle may hold, checked field by field before anything is written.

A bundle comes from someone else: every field is data, never an instruction. Each is
checked for its type (a boolean is not a number), its range, its enumeration and its
length; strings may not hold lone surrogates, and names, paths, tags and marks may not hold
control, bidi or zero-width characters. A source's path must be absolute (a relative path
would resolve against whatever folder newsdiff runs in) or an http(s) URL without a user
name or password; every anchor, triage mark and source name must point at one of the bundle's own
sources. The first problem found is raised as ``BundleError`` with one line saying where.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import os
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from reader.model.anchors import SourceRecord, TextAnchor
from reader.model.corrections import CORRECTION_KINDS, Correction
from reader.store.errors import StoreError
from reader.store.models import LABELS, ROLES, TARGET_KINDS, TRIAGE_MARKS, Annotation, Target
from reader.store.names import StoryNameError, check_story_name
from reader.text.safe import inert

BUNDLE_FORMAT = "newsdiff.bundle"
BUNDLE_VERSION = 1

MAX_SOURCES = 500
MAX_ROWS = 20_000  # corrections, annotations, triage marks: each list (names: MAX_SOURCES)
MAX_ANCHORS = 1_000  # per annotation
MAX_TAGS = 100
MAX_PATH = 4_096
MAX_NOTE = 100_000
MAX_QUOTE = 100_000  # an anchor's exact text
MAX_CONTEXT = 4_096  # an anchor's prefix or suffix
MAX_SHORT = 200  # tags, subjects of a group, content types, charsets, ids
MAX_TIME = 64
_SHA = re.compile(r"[0-9a-f]{64}")
_SURROGATE = re.compile("[\ud800-\udfff]")


class BundleError(StoreError):
    """A bundle cannot be written or read; the message says why and what to do."""


@dataclass(frozen=True, slots=True)
class BundledSource:
    path: str
    sha256: str
    raw: bytes
    content_type: str | None
    charset: str | None
    url: str | None


@dataclass(frozen=True, slots=True)
class BundledNote:
    id: str
    kind: str
    subject: str
    anchors: tuple[TextAnchor, ...]
    note: str
    tags: tuple[str, ...]
    label: str | None
    anchor_state: str
    created: str
    updated: str
    role: str

    def annotation(self, note_id: str) -> Annotation:
        return Annotation(
            id=note_id,
            target=Target(kind=self.kind, anchors=self.anchors, subject=self.subject),  # type: ignore[arg-type]
            note=self.note,
            tags=self.tags,
            label=self.label,
            created=self.created,
            updated=self.updated,
            anchor_state=self.anchor_state,  # type: ignore[arg-type]
            role=self.role,  # type: ignore[arg-type]
        )


@dataclass(frozen=True, slots=True)
class BundledMark:
    source: SourceRecord
    mark: str
    created: str
    updated: str


@dataclass(frozen=True, slots=True)
class BundledName:
    source: SourceRecord
    name: str
    created: str
    updated: str


@dataclass(frozen=True, slots=True)
class Bundle:
    """A bundle that passed every check: only these values are ever written."""

    name: str
    created: str
    sources: tuple[BundledSource, ...]
    corrections: tuple[Correction, ...]  # ids are given fresh on import
    notes: tuple[BundledNote, ...]
    marks: tuple[BundledMark, ...]
    names: tuple[BundledName, ...] = ()  # the user's names for sources (optional field)


def _fail(where: str, what: str) -> BundleError:
    return BundleError(f"this bundle is damaged: {inert(where, keep_newlines=False)} {what}")


def _object(value: object, where: str) -> Mapping[str, Any]:
    if not isinstance(value, dict):
        raise _fail(where, "is not an object")
    return value


def _list(value: object, where: str, most: int, least: int = 0) -> Sequence[Any]:
    if not isinstance(value, list):
        raise _fail(where, "is not a list")
    if not least <= len(value) <= most:
        raise _fail(where, f"must hold {least} to {most} items, not {len(value)}")
    return value


def _text(value: object, where: str, most: int, *, line: bool = True) -> str:
    """A string within ``most`` characters; ``line``: one inert line (names, paths, tags)."""
    if not isinstance(value, str):
        raise _fail(where, f"is not text ({type(value).__name__})")
    if len(value) > most:
        raise _fail(where, f"is longer than {most} characters")
    if _SURROGATE.search(value):
        raise _fail(where, "holds a lone surrogate (not valid Unicode)")
    if line and inert(value, keep_newlines=False) != value:
        raise _fail(where, "holds control, bidi or invisible characters")
    return value


def _optional_text(value: object, where: str, most: int) -> str | None:
    return None if value is None else _text(value, where, most)


def _integer(value: object, where: str, least: int, most: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise _fail(where, f"is not a whole number ({type(value).__name__})")
    if not least <= value <= most:
        raise _fail(where, f"is out of range ({least} to {most})")
    return value


def _time(value: object, where: str) -> str:
    text = _text(value, where, MAX_TIME)
    try:
        datetime.fromisoformat(text)
    except ValueError:
        raise _fail(where, "is not a date and time (ISO 8601)") from None
    return text


def _choice(value: object, where: str, allowed: Sequence[str]) -> str:
    if not isinstance(value, str) or value not in allowed:
        raise _fail(where, f"must be one of {', '.join(allowed)}")
    return value


def _sha(value: object, where: str) -> str:
    if not isinstance(value, str) or not _SHA.fullmatch(value):
        raise _fail(where, "is not a SHA-256 hash (64 lower-case hex digits)")
    return value


def _has_credentials(url: str) -> bool:
    return "@" in url.split("://", 1)[-1].split("/", 1)[0]


def check_path(value: object, where: str) -> str:
    """An absolute path or an http(s) URL without credentials."""
    path = _text(value, where, MAX_PATH)
    if path.lower().startswith(("http://", "https://")):
        if _has_credentials(path):
            raise _fail(where, "is an address with a user name or password")
        return path
    if "://" in path or path.lower().startswith(("data:", "javascript:", "file:")):
        raise _fail(where, "is an address newsdiff does not read (only http and https)")
    if not os.path.isabs(path) or "\x00" in path:
        raise _fail(
            where,
            "is not an absolute path (a relative one would be read from the "
            "folder newsdiff runs in)",
        )
    return path


def _source(value: object, where: str, max_bytes: int) -> BundledSource:
    item = _object(value, where)
    path = check_path(item.get("path"), f"{where} path")
    sha = _sha(item.get("sha256"), f"{where} sha256")
    data = item.get("data")
    if not isinstance(data, str):
        raise _fail(f"{where} data", "is not text")
    if len(data) > (max_bytes + 2) // 3 * 4 + 4:
        raise BundleError(
            f"the copy of {inert(path, keep_newlines=False)} in this bundle is larger than the "
            f"{max_bytes}-byte cap (raise it with --max-bytes)"
        )
    try:
        raw = base64.b64decode(data, validate=True)
    except (binascii.Error, ValueError):
        raise _fail(f"{where} data", "is not base64") from None
    if len(raw) > max_bytes:
        raise BundleError(
            f"the copy of {inert(path, keep_newlines=False)} in this bundle is larger than the "
            f"{max_bytes}-byte cap (raise it with --max-bytes)"
        )
    if hashlib.sha256(raw).hexdigest() != sha:
        raise BundleError(
            f"the copy of {inert(path, keep_newlines=False)} in this bundle does not match its "
            "hash: the file is damaged or was edited"
        )
    url = _optional_text(item.get("url"), f"{where} url", MAX_PATH)
    if url is not None:
        check_path(url, f"{where} url")
    return BundledSource(
        path,
        sha,
        raw,
        _optional_text(item.get("content_type"), f"{where} content_type", MAX_SHORT),
        _optional_text(item.get("charset"), f"{where} charset", MAX_SHORT),
        url,
    )


def _anchor(value: object, where: str, paths: frozenset[str]) -> TextAnchor:
    item = _object(value, where)
    path = check_path(item.get("path"), f"{where} path")
    if path not in paths:
        raise _fail(f"{where} path", "is not one of the bundle's sources")
    start = _integer(item.get("start"), f"{where} start", 0, 2**40)
    end = _integer(item.get("end"), f"{where} end", start, 2**40)
    return TextAnchor(
        SourceRecord(_sha(item.get("sha256"), f"{where} sha256"), path),
        start,
        end,
        _text(item.get("exact"), f"{where} exact", MAX_QUOTE, line=False),
        _text(item.get("prefix"), f"{where} prefix", MAX_CONTEXT, line=False),
        _text(item.get("suffix"), f"{where} suffix", MAX_CONTEXT, line=False),
    )


def _correction(value: object, where: str, paths: frozenset[str]) -> Correction:
    item = _object(value, where)
    _text(item.get("id"), f"{where} id", MAX_SHORT)
    other = item.get("other")
    undone = item.get("undone")
    try:
        return Correction(
            "",
            _choice(item.get("kind"), f"{where} kind", CORRECTION_KINDS),  # type: ignore[arg-type]
            _anchor(item.get("passage"), f"{where} passage", paths),
            None if other is None else _anchor(other, f"{where} other", paths),
            created=_time(item.get("created"), f"{where} created"),
            undone=None if undone is None else _time(undone, f"{where} undone"),
        )
    except ValueError as exc:
        raise _fail(where, str(exc)) from None


def _note(value: object, where: str, paths: frozenset[str]) -> BundledNote:
    item = _object(value, where)
    kind = _choice(item.get("kind"), f"{where} kind", TARGET_KINDS)
    most = 1 if kind == "span" else MAX_ANCHORS
    anchors = tuple(
        _anchor(a, f"{where} anchor {n + 1}", paths)
        for n, a in enumerate(_list(item.get("anchors"), f"{where} anchors", most, least=1))
    )
    tags = tuple(
        _text(t, f"{where} tag {n + 1}", MAX_SHORT).strip()
        for n, t in enumerate(_list(item.get("tags"), f"{where} tags", MAX_TAGS))
    )
    label = item.get("label")
    note = _text(item.get("note"), f"{where} note", MAX_NOTE, line=False)
    if "role" in item:
        role = _choice(item.get("role"), f"{where} role", ROLES)
    else:  # a bundle from before roles: an old claim mark is a note tagged claim-mark
        is_mark = kind == "group" and note == "" and label is not None and tags == ("claim-mark",)
        role, tags = ("claim-mark", ()) if is_mark else ("note", tags)
    return BundledNote(
        _text(item.get("id"), f"{where} id", MAX_SHORT),
        kind,
        _text(item.get("subject"), f"{where} subject", MAX_CONTEXT),
        anchors,
        note,
        tuple(dict.fromkeys(t for t in tags if t)),
        None if label is None else _choice(label, f"{where} label", LABELS),
        _choice(item.get("anchor_state"), f"{where} anchor_state", ("anchored", "detached")),
        _time(item.get("created"), f"{where} created"),
        _time(item.get("updated"), f"{where} updated"),
        role,
    )


def _mark(value: object, where: str, paths: frozenset[str]) -> BundledMark:
    item = _object(value, where)
    path = check_path(item.get("path"), f"{where} path")
    if path not in paths:
        raise _fail(f"{where} path", "is not one of the bundle's sources")
    return BundledMark(
        SourceRecord(_sha(item.get("sha256"), f"{where} sha256"), path),
        _choice(item.get("mark"), f"{where} mark", TRIAGE_MARKS),
        _time(item.get("created"), f"{where} created"),
        _time(item.get("updated"), f"{where} updated"),
    )


def _name(value: object, where: str, paths: frozenset[str]) -> BundledName:
    item = _object(value, where)
    path = check_path(item.get("path"), f"{where} path")
    if path not in paths:
        raise _fail(f"{where} path", "is not one of the bundle's sources")
    name = " ".join(_text(item.get("name"), f"{where} name", MAX_SHORT).split())
    if not name:
        raise _fail(f"{where} name", "is blank")
    return BundledName(
        SourceRecord(_sha(item.get("sha256"), f"{where} sha256"), path),
        name,
        _time(item.get("created"), f"{where} created"),
        _time(item.get("updated"), f"{where} updated"),
    )


def check_header(document: object) -> Mapping[str, Any]:
    if not isinstance(document, dict) or document.get("format") != BUNDLE_FORMAT:
        raise BundleError("this file is not a newsdiff bundle")
    version = document.get("version")
    if isinstance(version, bool) or not isinstance(version, int) or version < 1:
        raise BundleError("this bundle has no valid version number: it is damaged")
    if version > BUNDLE_VERSION:
        made_by = document.get("newsdiff")
        made_by = inert(made_by, keep_newlines=False)[:40] if isinstance(made_by, str) else "?"
        raise BundleError(
            f"this bundle was made by a newer newsdiff ({made_by}, bundle version "
            f"{min(version, 10**6) if version < 10**6 else 'over a million'}); this newsdiff "
            f"reads up to version {BUNDLE_VERSION}: upgrade newsdiff to import it"
        )
    return document


def check_bundle(document: object, *, max_bytes: int, rename: str | None = None) -> Bundle:
    """The bundle's values once every field passed its check; raises ``BundleError``."""
    top = check_header(document)
    story = _object(top.get("story"), "story")
    try:
        name = check_story_name(rename if rename is not None else story.get("name"))
    except StoryNameError as exc:
        raise BundleError(f"{'--as' if rename is not None else 'the story name'}: {exc}") from None
    created = _time(story.get("created"), "story created")
    raw_sources = _list(top.get("sources"), "sources", MAX_SOURCES, least=1)
    sources = tuple(_source(s, f"source {n + 1}", max_bytes) for n, s in enumerate(raw_sources))
    paths = frozenset(s.path for s in sources)
    if len(paths) != len(sources):
        raise _fail("sources", "name the same path twice")
    corrections = tuple(
        _correction(c, f"correction {n + 1}", paths)
        for n, c in enumerate(_list(top.get("corrections"), "corrections", MAX_ROWS))
    )
    notes = tuple(
        _note(a, f"annotation {n + 1}", paths)
        for n, a in enumerate(_list(top.get("annotations"), "annotations", MAX_ROWS))
    )
    ids = [n.id for n in notes]
    if len(set(ids)) != len(ids):
        raise _fail("annotations", "repeat an id")
    marks = tuple(
        _mark(t, f"triage mark {n + 1}", paths)
        for n, t in enumerate(_list(top.get("triage"), "triage", MAX_ROWS))
    )
    names = tuple(  # optional: bundles written before source names have none
        _name(t, f"source name {n + 1}", paths)
        for n, t in enumerate(_list(top.get("names", []), "names", MAX_SOURCES))
    )
    return Bundle(name, created, sources, corrections, notes, marks, names)
