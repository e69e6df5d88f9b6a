"""Where photo bytes live: one interface, a directory or S3-compatible object storage.

Photos are content-addressed (`ab/cd/<sha256>`), written whole or not at all, and never
changed; the database's `photos` row is what says a photo has arrived, and it is committed
only after the backend holds the complete bytes (routes/photos.py), so every check the
server makes (an inspection's photos are all there) reads rows, whatever the backend.

An upload is first streamed to a spool file (photos.spool_upload) while it is hashed, and
handed to the backend only once its hash and type are checked:

- DirectoryPhotoStore: the spool is `<root>/.incoming/`, on the same filesystem, so storing
  is a rename: readers never see a partial file under a photo's name, and no temporary file
  appears among the photos. Safe on a shared mount (NFS) that several machines write.
- S3PhotoStore: a local spool, then one PUT with Content-MD5 (the store checks the bytes it
  received). Meant for AWS S3, MinIO and Ceph RGW; path-style addressing by default when an
  endpoint is given, as MinIO and RGW expect.
"""

from __future__ import annotations

import base64
import hashlib
import logging
import os
import shutil
from collections.abc import Iterable
from pathlib import Path
from typing import Protocol

from inspector_app.atomic_write import TEMP_PREFIX, fsync_directory
from inspector_app.server.config import ServerConfig
from inspector_app.server.problems import ProblemError
from inspector_app.wire import SHA256_RE

SPOOL_DIR_NAME = ".incoming"
S3_SCHEME = "s3://"


log = logging.getLogger("inspector_app.server.photo_store")


class PhotoStoreError(ProblemError):
    """The backend failed (network, credentials, the store itself): 503, retry later."""

    def __init__(self, what: str, exc: Exception) -> None:
        super().__init__(
            503, "photo_store_unavailable", "The photo store is unavailable; retry later."
        )
        self.headers["Retry-After"] = "30"
        log.error("photo store failed", extra={"fields": {"what": what, "error": str(exc)}})


def photo_key(sha256: str) -> str:
    """The relative name of a photo: `ab/cd/<sha256>`."""
    if not SHA256_RE.match(sha256):
        raise ValueError("not a sha256")
    return f"{sha256[:2]}/{sha256[2:4]}/{sha256}"


class PhotoBackend(Protocol):
    kind: str
    spool_dir: Path
    """Where uploads are streamed before store(); the free-space floor is checked there."""

    def store(self, sha256: str, spooled: Path, content_type: str) -> None:
        """Make `spooled` (complete, fsync'd, hash checked) the photo `sha256`; consumes it."""

    def read(self, sha256: str) -> bytes: ...

    def delete(self, sha256s: Iterable[str]) -> set[str]:
        """Remove these photos (one already gone counts as removed): those it could not."""

    def problem(self) -> str | None:
        """None if the store is usable now, else why not (for the readiness endpoint)."""


class DirectoryPhotoStore:
    """Photo files under `root/ab/cd/<sha256>`, uploads spooled in `root/.incoming/`."""

    kind = "directory"

    def __init__(self, root: Path) -> None:
        self.root = Path(root)
        self.spool_dir = self.root / SPOOL_DIR_NAME

    def path_for(self, sha256: str) -> Path:
        return self.root / photo_key(sha256)

    def store(self, sha256: str, spooled: Path, content_type: str) -> None:
        target = self.path_for(sha256)
        created = [p for p in (target.parent.parent, target.parent) if not p.is_dir()]
        target.parent.mkdir(parents=True, exist_ok=True)
        spooled.replace(target)  # same filesystem: atomic; a racing copy has the same bytes
        fsync_directory(target.parent)
        for folder in created:
            fsync_directory(folder.parent)

    def read(self, sha256: str) -> bytes:
        return self.path_for(sha256).read_bytes()

    def delete(self, sha256s: Iterable[str]) -> set[str]:
        for sha256 in sha256s:
            self.path_for(sha256).unlink(missing_ok=True)
        return set()

    def problem(self) -> str | None:
        existing = next(p for p in (self.root, *self.root.parents) if p.exists())
        if not existing.is_dir() or not os.access(existing, os.W_OK):
            return f"photo directory {self.root}: {existing} is not a writable directory"
        return None  # present, or created by the first upload


class S3PhotoStore:
    """Photo objects under `prefix` + `ab/cd/<sha256>` in one bucket."""

    kind = "s3"

    def __init__(
        self,
        bucket: str,
        prefix: str,
        spool_dir: Path,
        *,
        endpoint: str = "",
        region: str = "",
        addressing: str = "",
    ) -> None:
        import boto3
        from botocore.config import Config

        self.bucket = bucket
        self.prefix = prefix
        self.spool_dir = Path(spool_dir)
        self.client = boto3.client(
            "s3",
            endpoint_url=endpoint or None,
            region_name=region or None,
            config=Config(
                s3={"addressing_style": addressing or ("path" if endpoint else "virtual")},
                connect_timeout=5,
                read_timeout=30,
                retries={"max_attempts": 4, "mode": "standard"},
                # Newer boto3 adds CRC checksums that not every S3-compatible store accepts;
                # we send Content-MD5 ourselves, which all of them check.
                request_checksum_calculation="when_required",
                response_checksum_validation="when_required",
            ),
        )

    def key_for(self, sha256: str) -> str:
        return self.prefix + photo_key(sha256)

    def store(self, sha256: str, spooled: Path, content_type: str) -> None:
        from botocore.exceptions import BotoCoreError, ClientError

        md5 = hashlib.md5(usedforsecurity=False)
        with spooled.open("rb") as body:
            for block in iter(lambda: body.read(1 << 20), b""):
                md5.update(block)
            body.seek(0)
            try:
                self.client.put_object(
                    Bucket=self.bucket,
                    Key=self.key_for(sha256),
                    Body=body,
                    ContentType=content_type,
                    ContentMD5=base64.b64encode(md5.digest()).decode("ascii"),
                )
            except (BotoCoreError, ClientError) as exc:
                raise PhotoStoreError(f"S3 PUT {sha256}", exc) from exc
        spooled.unlink()

    def read(self, sha256: str) -> bytes:
        from botocore.exceptions import BotoCoreError, ClientError

        try:
            answer = self.client.get_object(Bucket=self.bucket, Key=self.key_for(sha256))
            return answer["Body"].read()
        except (BotoCoreError, ClientError) as exc:
            raise PhotoStoreError(f"S3 GET {sha256}", exc) from exc

    def delete(self, sha256s: Iterable[str]) -> set[str]:
        from botocore.exceptions import BotoCoreError, ClientError

        by_key = {self.key_for(sha256): sha256 for sha256 in sha256s}
        keys = [{"Key": key} for key in by_key]
        failed: set[str] = set()
        for start in range(0, len(keys), 1000):  # S3's limit per DeleteObjects call
            try:
                answer = self.client.delete_objects(
                    Bucket=self.bucket, Delete={"Objects": keys[start : start + 1000]}
                )
            except (BotoCoreError, ClientError) as exc:
                raise PhotoStoreError("S3 DeleteObjects", exc) from exc
            failed.update(by_key[error["Key"]] for error in answer.get("Errors", []))
        return failed

    def problem(self) -> str | None:
        from botocore.exceptions import BotoCoreError, ClientError

        try:
            self.client.head_bucket(Bucket=self.bucket)
        except (BotoCoreError, ClientError) as exc:
            return f"bucket {self.bucket}: {exc}"
        return None


def open_photo_store(config: ServerConfig) -> PhotoBackend:
    """The backend `config.photo_store` names: `s3://bucket/prefix`, a directory, or by
    default `config.photo_dir`."""
    location = config.photo_store
    if location.startswith(S3_SCHEME):
        bucket, _, prefix = location.removeprefix(S3_SCHEME).partition("/")
        prefix = prefix.strip("/")
        return S3PhotoStore(
            bucket,
            f"{prefix}/" if prefix else "",
            config.spool_dir or config.photo_dir.parent / "spool",
            endpoint=config.s3_endpoint,
            region=config.s3_region,
            addressing=config.s3_addressing,
        )
    return DirectoryPhotoStore(Path(location) if location else config.photo_dir)


def free_bytes(folder: Path) -> int:
    """Free space for an unprivileged writer on the filesystem of `folder` (created if need be)."""
    folder.mkdir(parents=True, exist_ok=True)
    return shutil.disk_usage(folder).free


def stale_spool_files(folder: Path, older_than_s: float, now: float) -> list[Path]:
    """Spool files a crashed or cut upload left behind (uploads take seconds, not hours)."""
    if not folder.is_dir():
        return []
    return [
        path for path in folder.glob(f"{TEMP_PREFIX}*") if now - path.stat().st_mtime > older_than_s
    ]
