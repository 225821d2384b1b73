"""The UI's NotesStore backed by the SQLite annotation store (issue 6).

The store anchors notes to text, not to ids; this adapter places them on the analysis on
screen (``attach``) and keys them by what the screens show: group ids for claims,
paragraph ids for passages, source ids for triage marks. A claim's mark is kept as a group
annotation labelled verified / disputed / follow-up with the store role ``claim-mark`` (not a
tag: a user's tag of any name stays a tag).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import replace
from typing import TypeVar

from reader.model import Analysis
from reader.model.names import names_of
from reader.services.notes import (
    CLAIM_MARKS,
    EDIT_PREFIX,
    NO_LABEL,
    SOURCE_MARKS,
    AnnotationDraft,
    ClaimMark,
    DraftNote,
    Note,
    NoteEdit,
    NotesError,
    SourceMark,
    set_or_drop,
)
from reader.store import (
    Annotation,
    AnnotationStore,
    Draft,
    ResolvedAnnotation,
    StoreError,
    Target,
    group_target,
    locate_fact,
    locate_group,
    place,
    span_target,
)

R = TypeVar("R")
# What to tell when an edit could not replace its note (changed or deleted elsewhere).
BESIDE = {
    "beside-changed": "The note was changed in another terminal meanwhile: your edit is saved "
    "as a second note beside it.",
    "beside-deleted": "The note was deleted in another terminal meanwhile: your edit is saved "
    "as a new note on the same words.",
}


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
        self._names: dict[str, str] = {}
        self._draft_rows: dict[str, Draft] = {}  # by handle: as last read or written
        self._unwritten: dict[str, tuple[Draft, str]] = {}  # kept in memory only, and why
        self._drafts: tuple[DraftNote, ...] = ()

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
        names: dict[str, str] = {}
        for source in analysis.sources:
            name = _guard(lambda source=source: self.store.get_source_name(source))  # type: ignore[misc]
            if name:
                names[source.id] = name
        self._notes, self._marks, self._mark_ids, self._triage = notes, marks, mark_ids, triage
        self._names = names
        self._all = tuple(every)
        self._reload_drafts()

    def _note_of(self, resolved: ResolvedAnnotation, anchor: str | None) -> Note:
        """A stored annotation as the screens show it: outlets and words as they read now."""
        annotation = resolved.annotation
        outlets: dict[str, None] = {}
        quote = ""
        for match in resolved.matches:
            if match.source_id is not None:
                source = self.analysis.source(match.source_id)
                outlets.setdefault(names_of(self.analysis)[source.id], None)
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

    def _target(self, anchor: str) -> Target:
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
        set_or_drop(self._triage, source, mark)

    def source_names(self) -> Mapping[str, str]:
        return self._names

    def set_source_name(self, source: str, name: str | None) -> None:
        name = " ".join((name or "").split())
        _guard(lambda: self.store.set_source_name(self.analysis.source(source), name or None))
        set_or_drop(self._names, source, name or None)

    def export_markdown(self, analysis: Analysis, date: str, title: str | None) -> str:
        from reader.export import export_markdown, gather  # only when notes are exported

        notes = _guard(lambda: gather(self.store, analysis))
        return export_markdown(analysis, notes, date=date, title=title)

    # ------------------------------------------------------------------ drafts

    def _reload_drafts(self) -> None:
        """Place every draft on the analysis on screen, found again by its words (a claim's
        by its member passages, as its notes are), never by a claim number."""
        try:
            rows = {d.id: d for d in self.store.drafts.list()}
        except StoreError:
            rows = dict(self._draft_rows)  # show what was read last rather than nothing
        rows.update((handle, draft) for handle, (draft, _why) in self._unwritten.items())
        placed: list[DraftNote] = []
        for handle, draft in rows.items():
            matches = place(draft.target, self.analysis.sources)
            if all(m.method == "absent" for m in matches):
                continue  # a draft on other sources (another story)
            resolved = ResolvedAnnotation(_as_annotation(handle, draft), matches)
            note_id = draft.annotation_id or ""
            key = EDIT_PREFIX + note_id if note_id else (self._anchor_of(resolved) or "")
            view = replace(self._note_of(resolved, key), id=f"draft:{handle}", unsaved=True)
            typed = AnnotationDraft(draft.text, draft.tags, draft.label or NO_LABEL)
            why = self._unwritten.get(handle, (draft, ""))[1]
            placed.append(DraftNote(handle, key, typed, view, not why, why, note_id))
        self._draft_rows, self._drafts = rows, tuple(placed)

    def _draft(self, key: str, typed: AnnotationDraft, handle: str) -> Draft:
        """The draft ``handle`` with what is typed now; a first one is held by the words of
        ``key`` (an edit by its note's words, and the note's time as it was shown)."""
        base = self._draft_rows.get(handle)
        if base is None and key.startswith(EDIT_PREFIX):
            note_id = key.removeprefix(EDIT_PREFIX)
            shown = next((n for n in self._all if n.id == note_id), None)
            saved = _guard(lambda: self.store.get(note_id))
            seen = shown.updated if shown is not None else saved.updated
            base = Draft(saved.target, annotation_id=note_id, base_updated=seen)
        elif base is None:
            base = Draft(self._target(key))
        return replace(base, text=typed.text, tags=typed.tags, label=typed.claim_label)

    def drafts(self) -> Sequence[DraftNote]:
        return self._drafts

    def keep_draft(self, key: str, typed: AnnotationDraft, handle: str = "") -> DraftNote:
        draft = self._draft(key, typed, handle)
        try:
            saved = self.store.drafts.save(draft)
        except StoreError as error:
            handle = handle or f"unwritten-{len(self._unwritten) + 1}"
            self._unwritten[handle] = (draft, f"the draft is kept in memory only: {error}")
        else:
            self._unwritten.pop(handle, None)
            handle = saved.id
            self._draft_rows[handle] = saved
        self._reload_drafts()
        kept = next((d for d in self._drafts if d.handle == handle), None)
        why = self._unwritten.get(handle, (draft, ""))[1]
        return kept or DraftNote(
            handle, key, typed, Note(key, typed.text, unsaved=True), not why, why
        )

    def discard_draft(self, handle: str) -> bool:
        if self._unwritten.pop(handle, None) is not None and handle not in self._draft_rows:
            self._reload_drafts()
            return True
        draft = self._draft_rows.get(handle)
        gone = draft is None or _guard(lambda: self.store.drafts.discard(draft))
        self._reload_drafts()
        return gone

    def promote_draft(self, key: str, typed: AnnotationDraft, handle: str = "") -> str:
        draft = self._draft(key, replace(typed, text=typed.text.strip()), handle)
        promoted = _guard(lambda: self.store.drafts.promote(draft))
        self._unwritten.pop(handle, None)
        self._reload()
        return BESIDE.get(promoted.how, "")


def _as_annotation(handle: str, draft: Draft) -> Annotation:
    """A draft as the note it would become: what placing and listing notes read."""
    return Annotation(
        id=handle,
        target=draft.target,
        note=draft.text,
        tags=draft.tag_list,
        label=draft.label,
        created=draft.created,
        updated=draft.updated,
    )
