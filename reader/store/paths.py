"""What the annotation database file is called (the folder is ``reader.settings.user_data_dir``,
which the command line reads without loading the store)."""

from __future__ import annotations

DB_NAME = "newsdiff.db"
