"""Story names: what is allowed, checked in one place, and how a name is looked up.

A name is what the user typed with the spaces around it dropped, both when a story is saved
and when it is looked up, so it is found exactly as saved. It must be one printable line
(no control, bidi or invisible character, no lone surrogate), at most ``MAX_NAME``
characters, and may not start with ``-`` (the command line would take it for an option).
"""

from __future__ import annotations

import re

from reader.store.errors import StoreError
from reader.text.safe import inert

MAX_NAME = 200
_SURROGATE = re.compile("[\ud800-\udfff]")


class StoryNameError(StoreError, ValueError):
    """A story name that cannot be saved; the message says why, in one line."""


def story_key(name: str) -> str:
    """The name as saved and looked up: without the spaces around it."""
    return name.strip()


def check_story_name(name: object) -> str:
    """The name to save, or ``StoryNameError`` saying what is wrong with it."""
    if not isinstance(name, str):
        raise StoryNameError("a story name is text")
    key = story_key(name)
    if not key:
        raise StoryNameError("a story needs a name that is not blank")
    if len(key) > MAX_NAME:
        raise StoryNameError(f"a story name is at most {MAX_NAME} characters")
    if _SURROGATE.search(key) or inert(key, keep_newlines=False) != key:
        raise StoryNameError("a story name may not hold control, bidi or invisible characters")
    if key.startswith("-"):
        raise StoryNameError("a story name may not start with '-' (it reads as an option)")
    return key


def can_exist(name: str) -> bool:
    """False when no saved story can have this name (so a lookup need not ask SQLite,
    which cannot even encode a lone surrogate)."""
    return not _SURROGATE.search(name)
