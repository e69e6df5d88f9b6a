"""Errors of the local store that a person can act on; each message says what to do."""

from __future__ import annotations

from inspector_app.errors import UserError


class StorageError(UserError, RuntimeError):
    """The local store cannot do what was asked; the message is meant for a person."""


class DiskFullError(StorageError):
    """The disk (or the space allowed to us) is full; nothing already saved was touched."""


class PhotoMissingError(StorageError):
    """A photo the database refers to is not on disk (or no longer matches its name)."""
