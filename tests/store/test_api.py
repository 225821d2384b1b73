"""The AnnotationStore API the UI calls: add, update, delete, list, resolve, triage marks."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from reader.model import Analysis, Fact, FactValue, Group, Member
from reader.store import (
    KEEP,
    Annotation,
    AnnotationNotFoundError,
    AnnotationStore,
    SourceRecord,
    fact_target,
    group_target,
    locate_fact,
    locate_group,
    overlapping,
    span_target,
)
from tests.store.conftest import make_source

COAST = (
    "Warehouse fire at the harbour\n\n"
    "A fire at the harbour warehouse burned for three hours, the fire service said.\n\n"
    "Nobody was hurt."
)
WIRE = (
    "Harbour blaze\n\n"
    "The blaze burned for four hours before it was put out, officials said.\n\n"
    "Forty firefighters attended."
)
CLAIM_COAST = "A fire at the harbour warehouse burned for three hours"
CLAIM_WIRE = "The blaze burned for four hours before it was put out"


def _span(text: str, quote: str) -> tuple[int, int]:
    start = text.index(quote)
    return start, start + len(quote)


def _analysis(coast: str = COAST, wire: str = WIRE, group_id: str = "g1") -> Analysis:
    a = make_source(coast, "/news/coast.txt", "s1")
    b = make_source(wire, "/news/wire.txt", "s2")
    members = (
        Member("s1", "s1:p2", *_span(coast, CLAIM_COAST)),
        Member("s2", "s2:p2", *_span(wire, CLAIM_WIRE)),
    )
    values = (
        FactValue("s1", "s1:p2", *_span(coast, "three hours"), "three hours", "PT3H"),
        FactValue("s2", "s2:p2", *_span(wire, "four hours"), "four hours", "PT4H"),
    )
    return Analysis(
        sources=(a, b),
        groups=(Group(group_id, members, "fire duration", 0.8),),
        facts=(Fact("f1", "duration", group_id, "how long it burned", True, values),),
    )


def _note_on(
    store: AnnotationStore,
    text: str,
    quote: str,
    note: str = "n",
    tags: tuple[str, ...] | list[str] = (),
    label: str | None = None,
) -> Annotation:
    source = make_source(text, "/news/coast.txt", "s1")
    return store.add(span_target(source, *_span(text, quote)), note, tags=tags, label=label)


def test_an_added_note_reads_back_whole(store: AnnotationStore) -> None:
    added = _note_on(store, COAST, "three hours", "call them", tags=["call"], label="disputed")
    assert store.get(added.id) == added
    assert (added.note, added.tags, added.label) == ("call them", ("call",), "disputed")
    assert added.created == added.updated


def test_tags_are_trimmed_and_deduplicated_in_order(store: AnnotationStore) -> None:
    added = _note_on(store, COAST, "three hours", tags=[" call ", "fire", "call", ""])
    assert added.tags == ("call", "fire")
    assert store.tags() == ("call", "fire")


def test_an_unknown_label_is_refused_and_nothing_is_saved(store: AnnotationStore) -> None:
    with pytest.raises(ValueError, match="label"):
        _note_on(store, COAST, "three hours", label="maybe")
    assert store.list() == ()


def test_update_changes_what_is_given_and_keeps_the_rest(store: AnnotationStore) -> None:
    added = _note_on(store, COAST, "three hours", "first", tags=["a"], label="follow-up")
    changed = store.update(added.id, note="second", label=KEEP)
    assert (changed.note, changed.tags, changed.label) == ("second", ("a",), "follow-up")
    assert changed.created == added.created and changed.updated > added.updated
    assert store.get(added.id) == changed
    cleared = store.update(added.id, tags=[], label=None)
    assert (cleared.note, cleared.tags, cleared.label) == ("second", (), None)


def test_delete_removes_and_a_second_delete_says_it_is_gone(store: AnnotationStore) -> None:
    added = _note_on(store, COAST, "three hours")
    store.delete(added.id)
    assert store.list() == ()
    with pytest.raises(AnnotationNotFoundError):
        store.delete(added.id)
    with pytest.raises(AnnotationNotFoundError):
        store.update(added.id, note="x")


def test_list_filters_by_tag_label_source_and_kind(store: AnnotationStore) -> None:
    analysis = _analysis()
    first = _note_on(store, COAST, "three hours", tags=["call"], label="disputed")
    second = store.add(group_target(analysis, analysis.groups[0]), "claim", label="verified")
    assert store.list(tag="call") == (first,)
    assert store.list(label="verified") == (second,)
    assert store.list(source=SourceRecord("nope", "/news/wire.txt")) == (second,)
    assert store.list(source=SourceRecord(analysis.sources[0].sha256, "/elsewhere")) == (
        first,
        second,
    )
    assert store.list(kind="group") == (second,)
    assert store.list(tag="call", label="verified") == ()


def test_resolve_returns_only_notes_on_the_loaded_sources(store: AnnotationStore) -> None:
    _note_on(store, COAST, "three hours")
    other = make_source("Something else entirely.", "/news/other.txt", "s1")
    assert store.resolve([other]) == ()
    (resolved,) = store.resolve([make_source(COAST, "/news/coast.txt", "s1")])
    assert resolved.state == "anchored"
    assert resolved.spans == (("s1", *_span(COAST, "three hours")),)


def test_a_re_saved_article_re_anchors_and_the_new_place_is_saved(
    store: AnnotationStore,
) -> None:
    added = _note_on(store, COAST, CLAIM_COAST)
    edited = "Updated at noon.\n\n" + COAST.replace("Nobody", "No one")
    (resolved,) = store.resolve([make_source(edited, "/news/coast.txt", "s1")])
    assert resolved.state == "anchored"
    assert resolved.spans == (("s1", *_span(edited, CLAIM_COAST)),)
    (anchor,) = store.get(added.id).target.anchors
    assert (anchor.start, anchor.source.sha256) == (
        _span(edited, CLAIM_COAST)[0],
        make_source(edited).sha256,
    )


def test_a_look_alike_edit_detaches_and_keeps_the_original_quote(
    store: AnnotationStore,
) -> None:
    added = _note_on(store, COAST, CLAIM_COAST)
    edited = COAST.replace("three hours", "four hours")
    (resolved,) = store.resolve([make_source(edited, "/news/coast.txt", "s1")])
    assert resolved.detached and resolved.spans == ()
    assert "no longer" in resolved.reason
    assert store.list(detached=True) == (store.get(added.id),)
    assert store.get(added.id).target.anchors == added.target.anchors
    # The article is put back as it was: the note finds its words again.
    (back,) = store.resolve([make_source(COAST, "/news/coast.txt", "s1")])
    assert back.state == "anchored" and store.list(detached=True) == ()


def test_resolve_without_remember_saves_nothing(store: AnnotationStore) -> None:
    added = _note_on(store, COAST, CLAIM_COAST)
    edited = COAST.replace("three hours", "four hours")
    store.resolve([make_source(edited, "/news/coast.txt", "s1")], remember=False)
    assert store.get(added.id) == added


def test_a_group_note_follows_its_claim_to_a_renumbered_group(store: AnnotationStore) -> None:
    before = _analysis()
    store.add(group_target(before, before.groups[0]), "which duration?")
    after = _analysis(coast="Breaking.\n\n" + COAST, group_id="g9")
    (resolved,) = store.resolve(after.sources)
    group = locate_group(after, resolved)
    assert group is not None and group.id == "g9"


def test_a_fact_note_follows_its_fact(store: AnnotationStore) -> None:
    before = _analysis()
    store.add(fact_target(before, before.facts[0]), "3 or 4 hours?")
    (resolved,) = store.resolve(before.sources)
    fact = locate_fact(before, resolved)
    assert fact is not None and fact.id == "f1"
    assert resolved.annotation.target.subject == "duration: how long it burned"


def test_a_group_note_is_detached_when_one_member_lost_its_words(
    store: AnnotationStore,
) -> None:
    before = _analysis()
    store.add(group_target(before, before.groups[0]), "which duration?")
    wire = make_source(WIRE.replace("four hours", "five hours"), "/news/wire.txt", "s2")
    (resolved,) = store.resolve([before.sources[0], wire])
    assert resolved.detached
    assert [m.method for m in resolved.matches] == ["position", "detached"]


def test_triage_marks_are_set_changed_and_cleared(store: AnnotationStore) -> None:
    source = make_source(COAST, "/news/coast.txt")
    first = store.set_triage(source, "check")
    second = store.set_triage(source, "trusted")
    assert first is not None and second is not None
    assert store.get_triage(source) == second
    assert second.created == first.created and second.updated > first.updated
    assert store.set_triage(source, None) is None
    assert store.get_triage(source) is None


def test_a_triage_mark_follows_a_re_saved_file_by_its_path(store: AnnotationStore) -> None:
    store.set_triage(make_source(COAST, "/news/coast.txt"), "discard")
    edited = make_source(COAST + " Updated.", "/news/coast.txt")
    mark = store.get_triage(edited)
    assert mark is not None and mark.mark == "discard"


def test_an_unknown_triage_mark_is_refused(store: AnnotationStore) -> None:
    with pytest.raises(ValueError):
        store.set_triage(make_source(COAST), "maybe")


def test_a_relative_path_is_remembered_absolute(
    data_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    assert SourceRecord.of(make_source(COAST, "coast.txt")).path == str(tmp_path / "coast.txt")
    assert SourceRecord.of(make_source(COAST, "https://x.test/a")).path == "https://x.test/a"


def test_overlapping_lists_the_notes_touching_a_passage(store: AnnotationStore) -> None:
    inside = _note_on(store, COAST, "three hours")
    _note_on(store, COAST, "Nobody was hurt")
    resolved = store.resolve([make_source(COAST, "/news/coast.txt", "s1")])
    start, end = _span(COAST, CLAIM_COAST)
    assert [r.annotation for r in overlapping(resolved, "s1", start, end)] == [inside]
    assert overlapping(resolved, "s2", start, end) == ()


def test_threads_sharing_one_store_lose_nothing(store: AnnotationStore) -> None:
    source = make_source(COAST, "/news/coast.txt", "s1")

    def write(worker: int) -> None:
        for i in range(50):
            store.add(span_target(source, 0, 9), f"thread {worker} note {i}")
            store.list(tag="none")

    threads = [threading.Thread(target=write, args=(w,)) for w in range(3)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(store.list()) == 150


def test_a_claim_mark_is_kept_apart_from_notes_by_its_role(store: AnnotationStore) -> None:
    analysis = _analysis()
    target = group_target(analysis, analysis.groups[0])
    mark = store.add(target, "", label="disputed", role="claim-mark")
    note = store.add(target, "look again", tags=["claim-mark"], label="verified")
    assert store.list(role="claim-mark") == (mark,)
    assert store.list(role="note") == (note,)
    assert store.get(note.id).tags == ("claim-mark",)
    assert store.update(mark.id, label="verified").role == "claim-mark"


def test_an_unknown_role_is_refused(store: AnnotationStore) -> None:
    analysis = _analysis()
    with pytest.raises(ValueError, match="role"):
        store.add(group_target(analysis, analysis.groups[0]), "", role="mark")  # type: ignore[arg-type]
    assert store.list() == ()
