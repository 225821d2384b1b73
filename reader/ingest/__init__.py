"""Ingest: turn what the user gives (paths, folders, URLs, stdin) into segmented Sources."""

from reader.ingest.fetch import DEFAULT_TIMEOUT
from reader.ingest.load import DEFAULT_MAX_BYTES, load_sources

__all__ = ["DEFAULT_MAX_BYTES", "DEFAULT_TIMEOUT", "load_sources"]
