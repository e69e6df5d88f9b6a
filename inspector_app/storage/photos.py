"""Content-addressed photo files: data_dir/photos/ab/abcdef....jpg, named by their SHA-256.

A photo file is written completely and fsync'd before any row refers to it, so after a crash
a row never points at a half-written file; at worst a file has no row (swept later). Names
coming from outside (the database, the server, a path in a request) are validated as 64 hex
digits before they touch the filesystem, so no name can escape the photo directory.
"""

from __future__ import annotations

import datetime as dt
import errno
import hashlib
import logging
import time
from collections.abc import Collection, Iterator
from pathlib import Path

from inspector_app.atomic_write import TEMP_PREFIX, write_atomically
from inspector_app.storage.errors import DiskFullError, PhotoMissingError, StorageError
from inspector_app.wire import SHA256_RE

log = logging.getLogger("inspector_app.storage.photos")

_NO_SPACE = {errno.ENOSPC, errno.EDQUOT, errno.EFBIG}
SWEEP_GRACE = dt.timedelta(hours=1)
"""Leftover files younger than this are kept (another process may still be using them)."""


def check_sha256(sha256: str) -> str:
    """`sha256` if it is 64 lower-case hex digits, else ValueError (never a path)."""
    if not isinstance(sha256, str) or not SHA256_RE.match(sha256):
        raise ValueError(f"not a SHA-256 photo name: {sha256!r:.80}")
    return sha256


class PhotoStore:
    """The photo directory of one station."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.root.mkdir(parents=True, exist_ok=True)

    def path(self, sha256: str) -> Path:
        """Where the photo named `sha256` lives (validated; the file may not exist)."""
        sha256 = check_sha256(sha256)
        return self.root / sha256[:2] / f"{sha256}.jpg"

    def exists(self, sha256: str) -> bool:
        return self.path(sha256).is_file()

    def put(self, data: bytes) -> tuple[str, int]:
        """Store `data` durably and return (sha256, size).

        Raises DiskFullError when the disk is full and StorageError for other write
        failures; in both cases the partial file is removed and no other photo is touched.
        """
        if not data:
            raise ValueError("an empty photo cannot be stored")
        sha256 = hashlib.sha256(data).hexdigest()
        final = self.path(sha256)
        if self._intact(final, sha256):  # the same photo again (content-addressed)
            return sha256, len(data)
        try:
            write_atomically(final, data)
        except OSError as exc:
            if exc.errno in _NO_SPACE:
                raise DiskFullError(
                    f"The disk holding {self.root} is full, so the photo was not saved. "
                    "Free some space and take the photo again; everything saved before is safe."
                ) from exc
            raise StorageError(
                f"The photo could not be saved in {self.root}: {exc.strerror or exc}. "
                "Everything saved before is safe."
            ) from exc
        return sha256, len(data)

    @staticmethod
    def _intact(path: Path, sha256: str) -> bool:
        """Whether `path` holds exactly the bytes named `sha256` (a damaged copy is rewritten)."""
        try:
            return hashlib.sha256(path.read_bytes()).hexdigest() == sha256
        except OSError:  # absent or unreadable: write it (and report if that fails too)
            return False

    def read(self, sha256: str) -> bytes:
        """The photo's bytes, checked against its name (PhotoMissingError if absent or bad)."""
        path = self.path(sha256)
        try:
            data = path.read_bytes()
        except FileNotFoundError:
            raise PhotoMissingError(f"Photo {sha256[:12]}… is missing from {self.root}.") from None
        if hashlib.sha256(data).hexdigest() != sha256:
            raise PhotoMissingError(f"Photo {sha256[:12]}… is damaged on disk.")
        return data

    def delete(self, sha256: str) -> None:
        """Remove a photo file if present (callers first make sure no row needs it)."""
        self.path(sha256).unlink(missing_ok=True)

    def hashes(self) -> Iterator[str]:
        """Every photo name on disk."""
        for path in self.root.glob("??/*.jpg"):
            if SHA256_RE.match(path.stem) and path.parent.name == path.stem[:2]:
                yield path.stem

    def sweep(self, referenced: Collection[str], older_than: dt.timedelta = SWEEP_GRACE) -> int:
        """Delete leftovers of crashes: temp files and photos no row names; returns how many.

        Only files older than `older_than` go: another process on the same data directory
        (the window while `inspector-app pending` runs, say) may be between writing a file and
        inserting its row, and its fresh file must survive.
        """
        cutoff = time.time() - older_than.total_seconds()
        stale = [
            path
            for path in self.root.glob("??/*")
            if (path.name.startswith(TEMP_PREFIX) or path.stem not in referenced)
            and _mtime(path) < cutoff
        ]
        for path in stale:
            path.unlink(missing_ok=True)
        if stale:
            log.info("removed %d photo file(s) left unreferenced by a crash", len(stale))
        return len(stale)


def _mtime(path: Path) -> float:
    try:
        return path.stat().st_mtime
    except FileNotFoundError:
        return float("inf")
