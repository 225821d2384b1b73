"""How much newsdiff reads of one source, how long it waits for one, and how narrow a pane
may get.

In a module of their own, outside ``reader.ingest`` and ``reader.ui``, so that the command
line can show and parse them without loading the readers (the app reads its sources in
another process) and can tell how many panes the first frame shows without loading the UI.
"""

DEFAULT_MAX_BYTES = 20 * 1024 * 1024
DEFAULT_TIMEOUT = 20.0  # seconds for a URL
MIN_PANE_WIDTH = 38  # columns: below this a pane of prose stops being readable
