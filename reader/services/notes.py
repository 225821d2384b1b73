"""What the UI needs from the annotation store, and an in-memory stand-in.

Screens code against the ``NotesStore`` Protocol only, keyed by what they show (group ids,
paragraph ids, source ids). ``reader.services.store_notes.StoreNotes`` backs it with the SQLite
store of issue 6 (anchored to the text, so notes survive re-analysis); ``MemoryStore`` keeps
everything for one session (tests, or when the store cannot be opened).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import Literal, Protocol, TypeVar

from reader.model import Analysis
from reader.model.names import names_of

ClaimMark = Literal["verified", "disputed", "follow-up"]
SourceMark = Literal["trusted", "check", "discard"]
CLAIM_MARKS: tuple[ClaimMark, ...] = ("verified", "disputed", "follow-up")
SOURCE_MARKS: tuple[SourceMark, ...] = ("trusted", "check", "discard")
NO_LABEL = "none"
EDIT_PREFIX = "edit:"  # a draft's key when it edits a saved note: "edit:<note id>"
T = TypeVar("T")
K = TypeVar("K")
V = TypeVar("V")


class NotesError(Exception):
    """A note or mark could not be saved; ``str(error)`` is written for the user."""


@dataclass(frozen=True, slots=True)
class Note:
    """One annotation as the detail panel and the annotations screen show it."""

    anchor: str  # group id or paragraph id; "" when detached and placed nowhere
    text: str
    tags: tuple[str, ...] = ()
    created: str = ""  # ISO 8601
    detached: bool = False  # its words are no longer found in the source
    label: str | None = None  # verified / disputed / follow-up, or none
    id: str = ""  # the store's id: what edit and delete name
    updated: str = ""  # ISO 8601
    kind: str = "span"  # span | group | fact
    outlets: tuple[str, ...] = ()  # the outlets it is on (source labels, else file names)
    quote: str = ""  # the words it is on: as they read now, else as they were saved
    subject: str = ""  # the claim label or fact subject, for group and fact notes
    source: str = ""  # where a jump goes: source id and offset of its first placed span
    start: int = -1
    reason: str = ""  # why it is detached
    unsaved: bool = False  # a draft: typed, not saved as a note yet


@dataclass(frozen=True, slots=True)
class AnnotationDraft:
    """What the user has typed in the editor so far, saved or not."""

    text: str = ""
    tags: str = ""  # comma-separated, as typed
    label: str = NO_LABEL

    @property
    def tag_list(self) -> tuple[str, ...]:
        """The typed tags, trimmed, empty ones dropped, duplicates once."""
        return tuple(dict.fromkeys(t.strip() for t in self.tags.split(",") if t.strip()))

    @property
    def claim_label(self) -> ClaimMark | None:
        for mark in CLAIM_MARKS:
            if mark == self.label:
                return mark
        return None

    @property
    def empty(self) -> bool:
        return not self.text.strip() and not self.tag_list and self.claim_label is None


@dataclass(frozen=True, slots=True)
class DraftNote:
    """A draft as the screens see it: where it sits now, what was typed, and whether it is on
    disk. ``key`` is found again on every ``attach`` from what the draft is held by (its
    passage's words, a claim's member passages), so a renumbered claim keeps its draft."""

    handle: str  # names this draft to keep_draft / discard_draft / promote_draft
    key: str  # the passage or claim anchor it is on now, "edit:<note id>", "" when not placed
    typed: AnnotationDraft
    view: Note  # as the notes list shows it (``unsaved``; ``id`` is "draft:<handle>")
    durable: bool = True  # on disk: a crash or a killed terminal does not lose it
    problem: str = ""  # why it could not be saved to disk, in words for the user
    note_id: str = ""  # the saved note it edits ("" for a new note)


@dataclass(frozen=True, slots=True)
class NoteEdit:
    """A note's new text, tags and label (what the editor hands back)."""

    text: str
    tags: tuple[str, ...] = ()
    label: ClaimMark | None = None


class NotesStore(Protocol):
    """Every write may raise NotesError (read-only store, full disk...)."""

    def attach(self, analysis: Analysis) -> None:
        """Place the stored notes and marks on this analysis (called on every new one)."""

    def list_for(self, anchor: str) -> Sequence[Note]: ...

    def add_note(
        self,
        anchor: str,
        text: str,
        *,
        tags: Sequence[str] = (),
        label: ClaimMark | None = None,
    ) -> None: ...

    def all_notes(self) -> Sequence[Note]:
        """Every note on the attached sources, detached ones included, oldest first."""

    def update_note(self, note_id: str, edit: NoteEdit) -> None: ...

    def drafts(self) -> Sequence[DraftNote]:
        """Every draft on the attached sources, placed like the notes (oldest first)."""

    def keep_draft(self, key: str, typed: AnnotationDraft, handle: str = "") -> DraftNote:
        """Save ``typed`` as the draft ``handle`` ("" starts one) on ``key`` (a passage or claim
        anchor, or "edit:<note id>"). A draft that cannot reach the disk is kept in memory and
        says why; NotesError only when an edit's note is gone before its first save. Go on
        with the returned handle: it is new after a first save, or when another terminal
        changed that draft meanwhile (its text stays beside)."""

    def discard_draft(self, handle: str) -> bool:
        """Drop a draft; False when another terminal changed it since (then it is kept)."""

    def promote_draft(self, key: str, typed: AnnotationDraft, handle: str = "") -> str:
        """Save ``typed`` as a note (new on ``key``, or the edit ``key`` names) and drop the
        draft ``handle``, at once. Returns what to tell beyond "saved" ("" when nothing)."""

    def delete_note(self, note_id: str) -> None: ...

    def marks(self) -> Mapping[str, ClaimMark]: ...

    def set_mark(self, anchor: str, mark: ClaimMark | None) -> None: ...

    def source_marks(self) -> Mapping[str, SourceMark]: ...

    def set_source_mark(self, source: str, mark: SourceMark | None) -> None: ...

    def source_names(self) -> Mapping[str, str]:
        """The user's names for the sources of the attached analysis, by source id."""

    def set_source_name(self, source: str, name: str | None) -> None: ...

    def export_markdown(self, analysis: Analysis, date: str, title: str | None) -> str: ...

    @property
    def where(self) -> str:
        """Where notes are kept, in words for the user."""


@dataclass
class MemoryStore:
    """Notes and marks for this session only."""

    notes: dict[str, list[Note]] = field(default_factory=dict)
    claim_marks: dict[str, ClaimMark] = field(default_factory=dict)
    triage: dict[str, SourceMark] = field(default_factory=dict)
    names: dict[str, str] = field(default_factory=dict)
    analysis: Analysis = field(default_factory=lambda: Analysis(sources=()))
    held_drafts: dict[str, DraftNote] = field(default_factory=dict)
    # A claim draft's member paragraphs (stable ids): how it finds its claim again.
    draft_claims: dict[str, frozenset[str]] = field(default_factory=dict)
    drafts_made: int = 0

    def attach(self, analysis: Analysis) -> None:
        self.analysis = analysis
        for handle, draft in list(self.held_drafts.items()):
            key = self._claim_of(self.draft_claims.get(handle, frozenset())) or draft.key
            self.held_drafts[handle] = self._placed_draft(handle, key, draft.typed)

    def _claim_of(self, members: frozenset[str]) -> str | None:
        """The claim now holding at least half of these paragraphs, the most of them."""
        best, hits = None, 0
        for group in self.analysis.groups:
            found = len(members & {m.paragraph for m in group.members})
            if found > hits:
                best, hits = group.id, found
        return best if hits * 2 >= len(members) else None

    def drafts(self) -> Sequence[DraftNote]:
        return tuple(self.held_drafts.values())

    def keep_draft(self, key: str, typed: AnnotationDraft, handle: str = "") -> DraftNote:
        if handle not in self.held_drafts:
            self.drafts_made += 1
            handle = f"memory-draft-{self.drafts_made}"
        group = next((g for g in self.analysis.groups if g.id == key), None)
        if group is not None:
            self.draft_claims[handle] = frozenset(m.paragraph for m in group.members)
        kept = self._placed_draft(handle, key, typed)
        self.held_drafts[handle] = kept
        return kept

    def _placed_draft(self, handle: str, key: str, typed: AnnotationDraft) -> DraftNote:
        note_id = key.removeprefix(EDIT_PREFIX) if key.startswith(EDIT_PREFIX) else ""
        base = next((n for n in self.all_notes() if note_id and n.id == note_id), None)
        view = replace(
            base or _placed(self.analysis, Note(key, "")),
            text=typed.text,
            tags=typed.tag_list,
            label=typed.claim_label,
            id=f"draft:{handle}",
            unsaved=True,
        )
        return DraftNote(handle, key, typed, view, durable=False, note_id=note_id)

    def discard_draft(self, handle: str) -> bool:
        self.held_drafts.pop(handle, None)
        self.draft_claims.pop(handle, None)
        return True

    def promote_draft(self, key: str, typed: AnnotationDraft, handle: str = "") -> str:
        edit = NoteEdit(typed.text.strip(), typed.tag_list, typed.claim_label)
        if key.startswith(EDIT_PREFIX):
            self.update_note(key.removeprefix(EDIT_PREFIX), edit)
        else:
            self.add_note(key, edit.text, tags=edit.tags, label=edit.label)
        self.discard_draft(handle)
        return ""

    def list_for(self, anchor: str) -> Sequence[Note]:
        return tuple(self.notes.get(anchor, ()))

    def add_note(
        self,
        anchor: str,
        text: str,
        *,
        tags: Sequence[str] = (),
        label: ClaimMark | None = None,
    ) -> None:
        count = sum(len(held) for held in self.notes.values())
        note = Note(anchor, text, tuple(tags), label=label, id=f"memory-{count + 1}")
        self.notes.setdefault(anchor, []).append(_placed(self.analysis, note))

    def all_notes(self) -> Sequence[Note]:
        return tuple(sorted((n for held in self.notes.values() for n in held), key=_made))

    def update_note(self, note_id: str, edit: NoteEdit) -> None:
        for held in self.notes.values():
            for n, note in enumerate(held):
                if note.id == note_id:
                    held[n] = replace(note, text=edit.text, tags=edit.tags, label=edit.label)
                    return
        raise NotesError("That note is gone (deleted elsewhere).")

    def delete_note(self, note_id: str) -> None:
        for held in self.notes.values():
            for note in held:
                if note.id == note_id:
                    held.remove(note)
                    return
        raise NotesError("That note is gone (deleted elsewhere).")

    def marks(self) -> Mapping[str, ClaimMark]:
        return self.claim_marks

    def set_mark(self, anchor: str, mark: ClaimMark | None) -> None:
        set_or_drop(self.claim_marks, anchor, mark)

    def source_marks(self) -> Mapping[str, SourceMark]:
        return self.triage

    def set_source_mark(self, source: str, mark: SourceMark | None) -> None:
        set_or_drop(self.triage, source, mark)

    def source_names(self) -> Mapping[str, str]:
        return self.names

    def set_source_name(self, source: str, name: str | None) -> None:
        name = " ".join((name or "").split())
        set_or_drop(self.names, source, name or None)

    def export_markdown(self, analysis: Analysis, date: str, title: str | None) -> str:
        from reader.export import ExportNotes, export_markdown

        notes = ExportNotes(triage=dict(self.triage))
        return export_markdown(analysis, notes, date=date, title=title)

    @property
    def where(self) -> str:
        return "in memory for this session"


def notes_on(store: NotesStore, anchors: Sequence[str]) -> tuple[Note, ...]:
    """The notes on several anchors, each once: a row packs several sources' paragraphs."""
    found: dict[str, Note] = {}
    for anchor in anchors:
        for note in store.list_for(anchor):
            found.setdefault(note.id or f"{anchor}:{len(found)}", note)
    return tuple(found.values())


def _made(note: Note) -> int:
    return int(note.id.rsplit("-", 1)[-1])


def _placed(analysis: Analysis, note: Note) -> Note:
    """A session-only note with its outlets and words, read from the analysis on screen."""
    group = next((g for g in analysis.groups if g.id == note.anchor), None)
    if group is not None:
        sources = dict.fromkeys(m.source for m in group.members)
        first = group.members[0]
        outlets = tuple(names_of(analysis)[s] for s in sources)
        return replace(
            note,
            kind="group",
            subject=group.label,
            outlets=outlets,
            source=first.source,
            start=first.start,
        )
    for source in analysis.sources:
        for paragraph in source.paragraphs:
            if paragraph.id == note.anchor:
                words = source.text[paragraph.start : paragraph.end]
                return replace(
                    note,
                    outlets=(names_of(analysis)[source.id],),
                    quote=words,
                    source=source.id,
                    start=paragraph.start,
                )
    return note


def set_or_drop(mapping: dict[K, V], key: K, value: V | None) -> None:
    """Keep ``value`` under ``key``, or forget the key when there is no value (a mark or
    name taken back): what every in-memory mark and name of the notes services does."""
    if value is None:
        mapping.pop(key, None)
    else:
        mapping[key] = value


def next_in_cycle(cycle: Sequence[T], current: T | None) -> T | None:
    """The mark after ``current``: none -> first -> ... -> last -> none."""
    if current is None:
        return cycle[0]
    at = cycle.index(current)
    return cycle[at + 1] if at + 1 < len(cycle) else None
