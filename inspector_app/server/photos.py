"""The photo store: files named by their SHA-256, written atomically, checked on the way in.

A photo's file is written (temp file, fsync, rename) before its row is committed, so a row
always points at a complete file; a crash between the two leaves at most an orphan file that
the next upload of the same photo simply overwrites with identical bytes.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from pathlib import Path

from sqlalchemy.orm import Session

from inspector_app.atomic_write import write_atomically
from inspector_app.server.models import Photo
from inspector_app.server.problems import ProblemError
from inspector_app.wire import SHA256_RE, PhotoAck

JPEG_MAGIC = b"\xff\xd8\xff"
PNG_MAGIC = b"\x89PNG\r\n\x1a\n"
ACCEPTED_TYPES = ("image/jpeg", "image/png", "application/octet-stream")


def sniff_image_type(body: bytes) -> str:
    """`image/jpeg` or `image/png` from the magic bytes; 415 for anything else."""
    if body.startswith(JPEG_MAGIC):
        return "image/jpeg"
    if body.startswith(PNG_MAGIC):
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


class PhotoStore:
    """Photo files under `root/ab/cd/<sha256>`."""

    def __init__(self, root: Path) -> None:
        self.root = Path(root)

    def path_for(self, sha256: str) -> Path:
        if not SHA256_RE.match(sha256):
            raise ValueError("not a sha256")
        return self.root / sha256[:2] / sha256[2:4] / sha256

    def write(self, sha256: str, body: bytes) -> None:
        write_atomically(self.path_for(sha256), body)

    def read(self, sha256: str) -> bytes:
        return self.path_for(sha256).read_bytes()


def verify_photo(sha256: str, body: bytes) -> str:
    """Check an uploaded body against its URL hash and its magic bytes; returns its type."""
    actual = hashlib.sha256(body).hexdigest()
    if actual != sha256:
        raise ProblemError(
            400,
            "photo_hash_mismatch",
            "The photo's SHA-256 differs from the one in the URL.",
            f"The body hashes to {actual}.",
        )
    return sniff_image_type(body)


def record_photo(session: Session, sha256: str, size: int, content_type: str) -> PhotoAck:
    """Add the row of a photo whose file is already written (inside a write transaction).

    The file goes first and outside the transaction: hashing and two fsyncs per photo would
    otherwise hold the database's single writer and queue every bench's uploads behind each
    other. A file without a row (a crash in between) is harmless: it is content-addressed,
    not yet referenced, and the station's retry writes the same bytes again.
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
