"""The UI's NotesStore backed by the SQLite annotation store (issue 6).

The store anchors notes to text, not to ids; this adapter places them on the analysis on
screen (``attach``) and keys them by what the screens show: group ids for claims,
paragraph ids for passages, source ids for triage marks. A claim's mark is kept as a group
annotation labelled verified / disputed / follow-up with the store role ``claim-mark`` (not a
tag: a user's tag of any name stays a tag).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import TypeVar

from reader.model import Analysis
from reader.store import (
    AnnotationStore,
    ResolvedAnnotation,
    StoreError,
    group_target,
    locate_fact,
    locate_group,
    span_target,
)
from reader.ui.names import source_name
from reader.ui.notes import (
    CLAIM_MARKS,
    SOURCE_MARKS,
    ClaimMark,
    Note,
    NoteEdit,
    NotesError,
    SourceMark,
)

R = TypeVar("R")


def _guard(action: Callable[[], R]) -> R:
    try:
        return action()
    except StoreError as error:
        raise NotesError(str(error)) from error


class StoreNotes:
    def __init__(self, store: AnnotationStore) -> None:
        self.store = store
        self.analysis = Analysis(sources=())
        self._notes: dict[str, list[Note]] = {}
        self._all: tuple[Note, ...] = ()
        self._marks: dict[str, ClaimMark] = {}
        self._mark_ids: dict[str, str] = {}
        self._triage: dict[str, SourceMark] = {}

    @property
    def where(self) -> str:
        path = self.store.path
        return str(path) if path is not None else "in memory"

    def attach(self, analysis: Analysis) -> None:
        self.analysis = analysis
        self._reload()

    def _reload(self) -> None:
        analysis = self.analysis
        notes: dict[str, list[Note]] = {}
        every: list[Note] = []
        marks: dict[str, ClaimMark] = {}
        mark_ids: dict[str, str] = {}
        for resolved in _guard(lambda: self.store.resolve(analysis.sources)):
            annotation = resolved.annotation
            anchor = self._anchor_of(resolved)
            if annotation.role == "claim-mark":
                if anchor is not None and annotation.label in CLAIM_MARKS:
                    marks[anchor] = annotation.label
                    mark_ids[anchor] = annotation.id
                continue
            note = self._note_of(resolved, anchor)
            every.append(note)
            if anchor is not None:
                notes.setdefault(anchor, []).append(note)
        triage: dict[str, SourceMark] = {}
        for source in analysis.sources:
            mark = _guard(lambda source=source: self.store.get_triage(source))  # type: ignore[misc]
            if mark is not None and mark.mark in SOURCE_MARKS:
                triage[source.id] = mark.mark
        self._notes, self._marks, self._mark_ids, self._triage = notes, marks, mark_ids, triage
        self._all = tuple(every)

    def _note_of(self, resolved: ResolvedAnnotation, anchor: str | None) -> Note:
        """A stored annotation as the screens show it: outlets and words as they read now."""
        annotation = resolved.annotation
        outlets: dict[str, None] = {}
        quote = ""
        for match in resolved.matches:
            if match.source_id is not None:
                source = self.analysis.source(match.source_id)
                outlets.setdefault(source_name(self.analysis, source.id), None)
                if not quote and match.start is not None and match.end is not None:
                    quote = source.text[match.start : match.end]
            elif match.method != "absent":
                outlets.setdefault(match.anchor.source.path.rsplit("/", 1)[-1], None)
        if not quote or resolved.detached:  # a detached note shows the words it was made on
            quote = next(
                (m.anchor.exact for m in resolved.matches if m.method == "detached"),
                quote or resolved.matches[0].anchor.exact,
            )
        at_source, at = next(((s, b) for s, b, _e in resolved.spans), ("", -1))
        return Note(
            anchor or "",
            annotation.note,
            annotation.tags,
            annotation.created,
            resolved.detached,
            annotation.label,
            id=annotation.id,
            updated=annotation.updated,
            kind=annotation.target.kind,
            outlets=tuple(outlets),
            quote=quote,
            subject=annotation.target.subject,
            source=at_source,
            start=at,
            reason=resolved.reason,
        )

    def _anchor_of(self, resolved: ResolvedAnnotation) -> str | None:
        """The group id or paragraph id a stored annotation now sits on."""
        analysis = self.analysis
        kind = resolved.annotation.target.kind
        if kind == "group":
            group = locate_group(analysis, resolved)
            if group is not None:
                return group.id
        if kind == "fact":
            fact = locate_fact(analysis, resolved)
            if fact is not None and fact.group:
                return fact.group
        for source_id, start, _end in resolved.spans:
            for paragraph in analysis.source(source_id).paragraphs:
                if paragraph.start <= start < paragraph.end:
                    return paragraph.id
        return None

    def list_for(self, anchor: str) -> Sequence[Note]:
        found = list(self._notes.get(anchor, ()))
        group = next((g for g in self.analysis.groups if g.id == anchor), None)
        if group is not None:
            for paragraph in dict.fromkeys(m.paragraph for m in group.members):
                found += self._notes.get(paragraph, ())
        return tuple(found)

    def _target(self, anchor: str):  # type: ignore[no-untyped-def]
        group = next((g for g in self.analysis.groups if g.id == anchor), None)
        if group is not None:
            return group_target(self.analysis, group)
        source = self.analysis.source(anchor.split(":")[0])
        paragraph = source.paragraph(anchor)
        return span_target(source, paragraph.start, paragraph.end)

    def add_note(
        self,
        anchor: str,
        text: str,
        *,
        tags: Sequence[str] = (),
        label: ClaimMark | None = None,
    ) -> None:
        target = self._target(anchor)
        _guard(lambda: self.store.add(target, text, tags=tuple(tags), label=label))
        self._reload()

    def all_notes(self) -> Sequence[Note]:
        return self._all

    def update_note(self, note_id: str, edit: NoteEdit) -> None:
        _guard(lambda: self.store.update(note_id, note=edit.text, tags=edit.tags, label=edit.label))
        self._reload()

    def delete_note(self, note_id: str) -> None:
        _guard(lambda: self.store.delete(note_id))
        self._reload()

    def marks(self) -> Mapping[str, ClaimMark]:
        return self._marks

    def set_mark(self, anchor: str, mark: ClaimMark | None) -> None:
        held = self._mark_ids.get(anchor)
        if held is not None and mark is None:
            _guard(lambda: self.store.delete(held))
        elif held is not None:
            _guard(lambda: self.store.update(held, label=mark))
        elif mark is not None:
            target = self._target(anchor)
            _guard(lambda: self.store.add(target, "", label=mark, role="claim-mark"))
        self._reload()

    def source_marks(self) -> Mapping[str, SourceMark]:
        return self._triage

    def set_source_mark(self, source: str, mark: SourceMark | None) -> None:
        _guard(lambda: self.store.set_triage(self.analysis.source(source), mark))
        if mark is None:
            self._triage.pop(source, None)
        else:
            self._triage[source] = mark

    def export_markdown(self, analysis: Analysis, date: str, title: str | None) -> str:
        from reader.export import export_markdown, gather  # only when notes are exported

        notes = _guard(lambda: gather(self.store, analysis))
        return export_markdown(analysis, notes, date=date, title=title)
