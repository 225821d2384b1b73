"""How much newsdiff reads of one source, and how long it waits for one.

In a module of their own, outside ``reader.ingest``, so that the command line can show and
parse them without loading the readers (the app reads its sources in another process).
"""

DEFAULT_MAX_BYTES = 20 * 1024 * 1024
DEFAULT_TIMEOUT = 20.0  # seconds for a URL
