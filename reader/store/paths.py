"""Where the annotation database lives (the folder rules are in ``reader.data_dir``, which
the command line reads without loading the store) and what the file is called."""

from __future__ import annotations

from reader.data_dir import DATA_DIR_ENV as DATA_DIR_ENV
from reader.data_dir import add_data_dir_option as add_data_dir_option
from reader.data_dir import data_dir as data_dir

DB_NAME = "newsdiff.db"
