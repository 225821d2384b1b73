"""Export: an analysis plus the user's notes as Markdown or W3C Web Annotation JSON."""

from reader.export.atomic import write_atomic
from reader.export.leave_out import without_sources
from reader.export.markdown import export_markdown
from reader.export.notes import ExportNotes, gather
from reader.export.title import export_title
from reader.export.webannotation import export_webannotation

__all__ = [
    "ExportNotes",
    "export_markdown",
    "export_title",
    "export_webannotation",
    "gather",
    "without_sources",
    "write_atomic",
]
