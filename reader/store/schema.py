"""The database schema as a list of forward migrations; ``PRAGMA user_version`` counts them.

Rules for whoever adds a step: append only, never edit a landed step (databases in the wild
were built from it); steps are additive (new tables, new columns with defaults) so an older
newsdiff can still *read* a newer database; validation of enumerations (labels, marks,
kinds) lives in Python, not in ``CHECK`` constraints, so a new label needs no table rebuild.

Version history:

1. annotations with tags and text anchors (span, group and fact targets alike: a group or a
   fact is held by the anchored spans of its members, never by its unstable id).
2. triage marks per source (trusted / check / discard), keyed by content hash and path.
3. stories (issue 9): a named source set, its sources, and the reviewer's corrections to the
   alignment, each held by anchored spans like annotations so they survive re-analysis.
4. an annotation's role: ``note`` (the user's) or ``claim-mark`` (a claim's triage mark, which
   older versions stored as a note tagged ``claim-mark``, so a user tag of that name was taken
   for a mark). Old marks (empty note, that single tag, a group target) move to the role.
5. drafts: a note being written, saved as it is typed so a crash or a killed terminal loses
   nothing. Kept in their own tables, never in ``annotations``: no reader of notes (the notes
   list, the export, a bundle, an older newsdiff opening this file read-only) can take a
   draft for a note, and only ``DraftStore.promote`` turns one into a note. Each save bumps
   ``revision`` and names the revision it continues, so two terminals never overwrite each
   other's text (a stale save becomes a second draft).
6. where a story's source came from (issue 18): ``local`` (read on this machine) or
   ``bundle`` (imported: shown from the bundled copy, read where it lives only when the user
   asks with ``--refresh``, never just because a bundle named a path or a URL).
7. the user's names for sources (issue 16), keyed by content hash and path like triage marks.
8. where the reader left each story (issue 16): the focused passage, as an anchor (claim ids
   change with re-analysis), and how far down the view it sat; one row per story.
"""

from __future__ import annotations

# The anchor columns are shared by every table that points into a source's text.
_ANCHOR_COLUMNS = """
    source_sha256 TEXT NOT NULL,   -- of the raw bytes when the anchor was (re)made
    source_path TEXT NOT NULL,     -- absolute path or URL
    start INTEGER NOT NULL,        -- code-point offsets into the decoded text
    "end" INTEGER NOT NULL,
    exact TEXT NOT NULL,           -- W3C TextQuoteSelector: the quote and its context
    prefix TEXT NOT NULL,
    suffix TEXT NOT NULL
"""

MIGRATIONS: tuple[str, ...] = (
    # v1: annotations, their tags, their anchors.
    f"""
    CREATE TABLE annotations (
        id TEXT PRIMARY KEY,           -- uuid4 hex: stable across machines and bundles
        target_kind TEXT NOT NULL,     -- span | group | fact
        subject TEXT NOT NULL DEFAULT '',  -- group label / fact subject when annotated
        note TEXT NOT NULL,
        label TEXT,                    -- verified | disputed | follow-up | NULL
        anchor_state TEXT NOT NULL DEFAULT 'anchored',  -- anchored | detached (last resolve)
        created TEXT NOT NULL,
        updated TEXT NOT NULL
    );
    CREATE TABLE annotation_tags (
        annotation_id TEXT NOT NULL REFERENCES annotations(id) ON DELETE CASCADE,
        ordinal INTEGER NOT NULL,
        tag TEXT NOT NULL,
        PRIMARY KEY (annotation_id, ordinal)
    );
    CREATE INDEX annotation_tags_by_tag ON annotation_tags(tag);
    CREATE TABLE anchors (
        annotation_id TEXT NOT NULL REFERENCES annotations(id) ON DELETE CASCADE,
        ordinal INTEGER NOT NULL,
        {_ANCHOR_COLUMNS},
        PRIMARY KEY (annotation_id, ordinal)
    );
    CREATE INDEX anchors_by_sha ON anchors(source_sha256);
    CREATE INDEX anchors_by_path ON anchors(source_path);
    """,
    # v2: triage marks per source.
    """
    CREATE TABLE triage_marks (
        source_sha256 TEXT NOT NULL,
        source_path TEXT NOT NULL,
        mark TEXT NOT NULL,            -- trusted | check | discard
        created TEXT NOT NULL,
        updated TEXT NOT NULL,
        PRIMARY KEY (source_sha256, source_path)
    );
    CREATE INDEX triage_marks_by_path ON triage_marks(source_path);
    """,
    # v3: stories and the reviewer's corrections (issue 9).
    f"""
    CREATE TABLE stories (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL UNIQUE,
        created TEXT NOT NULL,
        opened TEXT NOT NULL
    );
    CREATE TABLE story_sources (
        story_id TEXT NOT NULL REFERENCES stories(id) ON DELETE CASCADE,
        ordinal INTEGER NOT NULL,
        source_sha256 TEXT NOT NULL,
        source_path TEXT NOT NULL,
        added TEXT NOT NULL,
        PRIMARY KEY (story_id, ordinal)
    );
    CREATE TABLE corrections (
        id TEXT PRIMARY KEY,
        story_id TEXT NOT NULL REFERENCES stories(id) ON DELETE CASCADE,
        kind TEXT NOT NULL,            -- unlink | link | merge | split
        created TEXT NOT NULL,
        undone TEXT                    -- when undone, else NULL; kept for the list and redo
    );
    CREATE INDEX corrections_by_story ON corrections(story_id);
    CREATE TABLE correction_anchors (
        correction_id TEXT NOT NULL REFERENCES corrections(id) ON DELETE CASCADE,
        role TEXT NOT NULL,            -- which side: passage | other | group-a | group-b ...
        ordinal INTEGER NOT NULL,
        {_ANCHOR_COLUMNS},
        PRIMARY KEY (correction_id, role, ordinal)
    );
    """,
    # v4: what an annotation is for: the user's note or a claim's mark (internal data).
    """
    ALTER TABLE annotations ADD COLUMN role TEXT NOT NULL DEFAULT 'note';
    UPDATE annotations SET role = 'claim-mark'
        WHERE target_kind = 'group' AND note = '' AND label IS NOT NULL
        AND (SELECT COUNT(*) FROM annotation_tags t WHERE t.annotation_id = annotations.id) = 1
        AND EXISTS (SELECT 1 FROM annotation_tags t
                    WHERE t.annotation_id = annotations.id AND t.tag = 'claim-mark');
    DELETE FROM annotation_tags WHERE tag = 'claim-mark'
        AND annotation_id IN (SELECT id FROM annotations WHERE role = 'claim-mark');
    """,
    # v5: drafts of notes, held by anchored spans like the notes they become.
    f"""
    CREATE TABLE drafts (
        id TEXT PRIMARY KEY,
        target_kind TEXT NOT NULL,     -- span | group | fact
        subject TEXT NOT NULL DEFAULT '',
        annotation_id TEXT,            -- the saved note being edited; NULL for a new note
        base_updated TEXT,             -- that note's `updated` when the edit began
        note TEXT NOT NULL,
        tags TEXT NOT NULL DEFAULT '', -- as typed, comma separated
        label TEXT,
        revision INTEGER NOT NULL,     -- +1 on every save
        created TEXT NOT NULL,
        updated TEXT NOT NULL
    );
    CREATE TABLE draft_anchors (
        draft_id TEXT NOT NULL REFERENCES drafts(id) ON DELETE CASCADE,
        ordinal INTEGER NOT NULL,
        {_ANCHOR_COLUMNS},
        PRIMARY KEY (draft_id, ordinal)
    );
    """,
    # v6: where a story's source came from: read here, or a copy from an imported bundle.
    """
    ALTER TABLE story_sources ADD COLUMN origin TEXT NOT NULL DEFAULT 'local';
    """,
    # v7: the user's names for sources (r in the sources screen), kept like triage marks.
    """
    CREATE TABLE source_names (
        source_sha256 TEXT NOT NULL,
        source_path TEXT NOT NULL,
        name TEXT NOT NULL,
        created TEXT NOT NULL,
        updated TEXT NOT NULL,
        PRIMARY KEY (source_sha256, source_path)
    );
    CREATE INDEX source_names_by_path ON source_names(source_path);
    """,
    # v8: where the reader left a story: its focused passage and how far down the view it
    # sat, so that `newsdiff open NAME` shows it again.
    f"""
    CREATE TABLE story_positions (
        story_id TEXT PRIMARY KEY REFERENCES stories(id) ON DELETE CASCADE,
        row_key TEXT NOT NULL,          -- the focused row (claim or paragraph id) when left
        {_ANCHOR_COLUMNS},              -- its passage: ids change with re-analysis, words not
        lines_above INTEGER NOT NULL,   -- lines between the top of the view and the row
        updated TEXT NOT NULL
    );
    """,
)

SCHEMA_VERSION = len(MIGRATIONS)
