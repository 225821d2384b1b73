"""Export: an analysis plus the user's notes as Markdown or W3C Web Annotation JSON."""

from reader.export.atomic import write_atomic
from reader.export.markdown import export_markdown, story_title
from reader.export.notes import ExportNotes, gather
from reader.export.webannotation import export_webannotation

__all__ = [
    "ExportNotes",
    "export_markdown",
    "export_webannotation",
    "gather",
    "story_title",
    "write_atomic",
]
