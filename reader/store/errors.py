"""Typed failures the UI can show as they are: each message says what happened and what to do."""

from __future__ import annotations


class StoreError(Exception):
    """The annotation store could not do what was asked; ``str(error)`` is for the user."""


class StoreReadOnlyError(StoreError):
    """A save was refused: the store is open read-only (read-only folder, newer schema, ...)."""


class AnnotationNotFoundError(StoreError, KeyError):
    """No annotation has that id (deleted meanwhile, perhaps from another terminal)."""

    def __str__(self) -> str:
        return f"no annotation with id {self.args[0]!r}" if self.args else "no such annotation"
