"""Ingest: turn what the user gives (paths, folders, URLs, stdin) into segmented Sources."""

from reader.ingest.load import load_sources
from reader.settings import DEFAULT_MAX_BYTES, DEFAULT_TIMEOUT

__all__ = ["DEFAULT_MAX_BYTES", "DEFAULT_TIMEOUT", "load_sources"]
