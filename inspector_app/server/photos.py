"""Receiving a photo: streamed to a spool file while hashed, checked, then stored and recorded.

The body is never held whole in memory: chunks are written to a spool file (photo_store.py
says where) in batches of up to SPOOL_BATCH bytes, and hashed on the way. Only a complete
body whose SHA-256 is the one in the URL and whose first bytes are a JPEG or PNG signature
is handed to the photo store; its row is committed after the store holds it, so a row always
means complete bytes. A crash in between leaves at most an unreferenced object that the
next upload of the same photo overwrites with identical bytes, or a spool file the retention
job removes.

An upload the client cuts off (its connection drops mid-body) is logged as one plain line
and its spool file removed; it is the bench's to retry, not a server error.
"""

from __future__ import annotations

import datetime as dt
import errno
import hashlib
import logging
import os
import tempfile
from collections.abc import AsyncIterator
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session
from starlette.concurrency import run_in_threadpool
from starlette.requests import ClientDisconnect

from inspector_app.atomic_write import TEMP_PREFIX
from inspector_app.server.db import Database
from inspector_app.server.models import Photo
from inspector_app.server.photo_store import PhotoBackend
from inspector_app.server.problems import ProblemError
from inspector_app.server.upload_limits import insufficient_storage
from inspector_app.wire import PhotoAck

JPEG_MAGIC = b"\xff\xd8\xff"
PNG_MAGIC = b"\x89PNG\r\n\x1a\n"
ACCEPTED_TYPES = ("image/jpeg", "image/png", "application/octet-stream")
SPOOL_BATCH = 1024 * 1024
"""Bytes gathered before a write to the spool file (one thread hop per batch, not per chunk)."""

log = logging.getLogger("inspector_app.server.photos")


def sniff_image_type(head: bytes) -> str:
    """`image/jpeg` or `image/png` from the magic bytes; 415 for anything else."""
    if head.startswith(JPEG_MAGIC):
        return "image/jpeg"
    if head.startswith(PNG_MAGIC):
        return "image/png"
    raise ProblemError(
        415,
        "unsupported_photo_type",
        "A photo must be a JPEG or PNG image.",
        "The body does not start with a JPEG or PNG signature.",
    )


def check_declared_type(content_type: str | None) -> None:
    """Reject a body declared as something else (JSON, a form) before reading it."""
    base = (content_type or "application/octet-stream").split(";", 1)[0].strip().lower()
    if base not in ACCEPTED_TYPES:
        raise ProblemError(
            415,
            "unsupported_media_type",
            "Send the photo as image/jpeg or image/png.",
            f"Content-Type was {base[:100]!r}.",
        )


class UploadCutError(Exception):
    """The client went away before sending the whole body."""


@dataclass(frozen=True, slots=True)
class Spooled:
    """A received body: its spool file (fsync'd), size, SHA-256 and sniffed type."""

    path: Path
    size: int
    sha256: str
    content_type: str


class _SpoolFile:
    """A spool file being written and hashed, one batch at a time on a worker thread."""

    def __init__(self, folder: Path) -> None:
        folder.mkdir(parents=True, exist_ok=True)
        fd, name = tempfile.mkstemp(dir=folder, prefix=TEMP_PREFIX, suffix=".photo")
        self.path = Path(name)
        self.file = os.fdopen(fd, "wb")
        self.digest = hashlib.sha256()
        self.size = 0
        self.head = b""

    def write(self, batch: bytes) -> None:
        if not self.head:
            self.head = batch[:16]
        self.digest.update(batch)
        self.file.write(batch)
        self.size += len(batch)

    def finish(self) -> None:
        self.file.flush()
        os.fsync(self.file.fileno())
        self.file.close()

    def discard(self) -> None:
        self.file.close()
        self.path.unlink(missing_ok=True)


async def spool_upload(chunks: AsyncIterator[bytes], folder: Path, expected_sha256: str) -> Spooled:
    """Write `chunks` to a new spool file in `folder` while hashing them; check the hash
    and the type. The caller owns the file afterwards (store it, or unlink it).

    UploadCutError if the client disconnects; ProblemError (400/413/415) for a bad body.
    The spool file is removed in every failing case.
    """
    spool = await run_in_threadpool(_SpoolFile, folder)
    batch = bytearray()
    try:
        try:
            async for chunk in chunks:
                batch += chunk
                if len(batch) >= SPOOL_BATCH:
                    await run_in_threadpool(spool.write, bytes(batch))
                    batch.clear()
            if batch:
                await run_in_threadpool(spool.write, bytes(batch))
            await run_in_threadpool(spool.finish)
        except ClientDisconnect:
            raise UploadCutError(f"after {spool.size + len(batch)} bytes") from None
        except OSError as exc:
            if exc.errno != errno.ENOSPC:
                raise
            raise insufficient_storage(0) from exc
        return _checked(spool, expected_sha256)
    except BaseException:
        await run_in_threadpool(spool.discard)
        raise


def _checked(spool: _SpoolFile, expected_sha256: str) -> Spooled:
    if spool.size == 0:
        raise ProblemError(400, "empty_photo", "The photo body is empty.")
    actual = spool.digest.hexdigest()
    if actual != expected_sha256:
        raise ProblemError(
            400,
            "photo_hash_mismatch",
            "The photo's SHA-256 differs from the one in the URL.",
            f"The body hashes to {actual}.",
        )
    return Spooled(spool.path, spool.size, actual, sniff_image_type(spool.head))


def log_cut_upload(sha256: str, token_id: str, how_far: str) -> None:
    """One plain line for an upload the client cut off: routine on warehouse Wi-Fi."""
    log.info(
        "photo upload cut by the client",
        extra={"fields": {"sha256": sha256, "token_id": token_id, "received": how_far}},
    )


def record_photo(session: Session, sha256: str, size: int, content_type: str) -> PhotoAck:
    """Add the row of a photo the store already holds (inside a write transaction).

    The bytes go first and outside the transaction: hashing, fsyncs or an S3 PUT would
    otherwise hold the database's single writer (SQLite) and queue every bench's uploads
    behind each other. Bytes without a row (a crash in between) are harmless: content-
    addressed, not referenced, and the station's retry stores the same bytes again.
    """
    if session.get(Photo, sha256) is not None:
        return PhotoAck(sha256=sha256, size=size, status="exists")
    session.add(
        Photo(
            sha256=sha256,
            size=size,
            content_type=content_type,
            stored_at=dt.datetime.now(dt.UTC),
        )
    )
    return PhotoAck(sha256=sha256, size=size, status="stored")


def keep_spooled(db: Database, store: PhotoBackend, spooled: Spooled) -> PhotoAck:
    """Hand a checked spool file to the photo store, then commit the photo's row (an upload,
    or a photo of an imported inspections file)."""
    try:
        with db.read() as session:
            known = session.get(Photo, spooled.sha256)
        if known is not None:  # another upload finished first
            spooled.path.unlink()
            return PhotoAck(sha256=spooled.sha256, size=spooled.size, status="exists")
        store.store(spooled.sha256, spooled.path, spooled.content_type)
    except BaseException:
        spooled.path.unlink(missing_ok=True)
        raise
    try:
        with db.write() as session:
            return record_photo(session, spooled.sha256, spooled.size, spooled.content_type)
    except IntegrityError:
        # A concurrent upload of the same photo committed its row first (PostgreSQL lets
        # both check before either inserts); the bytes are identical by their hash.
        return PhotoAck(sha256=spooled.sha256, size=spooled.size, status="exists")


def spool_bytes(data: bytes, folder: Path, expected_sha256: str) -> Spooled:
    """spool_upload for bytes already in hand (a photo of an inspections file): the same
    checks of hash and type, the same spool file for the store to take."""
    spool = _SpoolFile(folder)
    try:
        spool.write(data)
        spool.finish()
        return _checked(spool, expected_sha256)
    except BaseException:
        spool.discard()
        raise
