"""Store: annotations and triage marks in one SQLite file, anchored to the sources' text.

The UI's entry point is ``AnnotationStore``; targets come from ``span_target``,
``group_target`` and ``fact_target``; failures are ``StoreError`` subclasses whose message
is written for the user.
"""

from reader.model.anchors import CONTEXT, SourceRecord, TextAnchor, make_anchor, reanchor
from reader.store.anchor import place
from reader.store.api import KEEP, AnnotationStore
from reader.store.db import Database, open_database
from reader.store.drafts import Draft, DraftStore, Promoted
from reader.store.errors import AnnotationNotFoundError, StoreError, StoreReadOnlyError
from reader.store.models import (
    LABELS,
    TRIAGE_MARKS,
    AnchorMatch,
    Annotation,
    ResolvedAnnotation,
    Target,
    TriageMark,
)
from reader.store.targets import (
    fact_target,
    group_target,
    locate_fact,
    locate_group,
    overlapping,
    span_target,
)

__all__ = [
    "CONTEXT",
    "KEEP",
    "LABELS",
    "TRIAGE_MARKS",
    "AnchorMatch",
    "Annotation",
    "AnnotationNotFoundError",
    "AnnotationStore",
    "Database",
    "Draft",
    "DraftStore",
    "Promoted",
    "ResolvedAnnotation",
    "SourceRecord",
    "StoreError",
    "StoreReadOnlyError",
    "Target",
    "TextAnchor",
    "TriageMark",
    "fact_target",
    "group_target",
    "locate_fact",
    "locate_group",
    "make_anchor",
    "open_database",
    "overlapping",
    "place",
    "reanchor",
    "span_target",
]
