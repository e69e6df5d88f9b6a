"""How much one token may upload, and how much the server takes in at once.

- Per token and UTC hour, a number of photos and of bytes (ServerConfig), counted in the
  database with one atomic upsert, so every worker and machine counts against the same
  budget; over it, 429 with Retry-After to the next hour. A bench draining a day's backlog
  stays under it; a stolen token cannot fill the disk at line speed.
- Below a free-space floor where uploads land, 507 (the database and logs keep room).
- Per worker process, a number of uploads received at once, and a smaller number per token
  (503 / 429 beyond them, with Retry-After, after a short wait for a slot): each upload
  holds a spool file, a thread and up to 1 MiB of buffer, and one bench must not take
  every slot. A bench sends up to 8 at once (sync.push.PARALLEL), the default per token.
  This count is the process's own business (its own memory and threads), so it is not
  shared between workers.

Each refusal comes before the body is read. An upload of a photo the server already has is
answered without reading the body and costs nothing.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections import Counter
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from inspector_app.server.config import ServerConfig
from inspector_app.server.photo_models import PhotoUploadQuota
from inspector_app.server.problems import ProblemError

BUSY_RETRY_S = 5
SLOT_WAIT_S = 2.0
SLOT_POLL_S = 0.05
log = logging.getLogger("inspector_app.server.uploads")


def _refusal(status: int, code: str, title: str, retry_after_s: int) -> ProblemError:
    err = ProblemError(status, code, title)
    err.headers["Retry-After"] = str(max(1, retry_after_s))
    return err


class UploadGate:
    """Uploads this process is receiving now, in total and per token.

    An upload that finds no slot waits up to SLOT_WAIT_S for one (a burst of benches
    draining after an outage is smoothed rather than refused), then is refused. Only the
    event loop's thread uses the gate (async handlers), so plain counters need no lock; the
    wait looks again every SLOT_POLL_S rather than on an asyncio primitive, which would tie
    the gate to one event loop.
    """

    def __init__(self, total: int, per_token: int) -> None:
        self.total = total
        self.per_token = per_token
        self._by_token: Counter[str] = Counter()

    def _refusal(self, token_id: str) -> ProblemError | None:
        if sum(self._by_token.values()) >= self.total:
            return _refusal(
                503, "uploads_busy", "The server is receiving many photos; retry.", BUSY_RETRY_S
            )
        if self._by_token[token_id] >= self.per_token:
            return _refusal(
                429,
                "too_many_uploads_at_once",
                "Send fewer of this token's photos at once.",
                BUSY_RETRY_S,
            )
        return None

    @asynccontextmanager
    async def admit(self, token_id: str) -> AsyncIterator[None]:
        """Hold a slot while the block runs; 503 or 429 if none frees up in time."""
        deadline = time.monotonic() + SLOT_WAIT_S
        while (refused := self._refusal(token_id)) is not None:
            if time.monotonic() >= deadline:
                raise refused
            await asyncio.sleep(SLOT_POLL_S)
        self._by_token[token_id] += 1
        try:
            yield
        finally:
            self._by_token[token_id] -= 1
            if not self._by_token[token_id]:
                del self._by_token[token_id]


def insufficient_storage(free: int) -> ProblemError:
    """507, and a warning in the log for whoever watches it."""
    log.warning("photo upload refused: disk short of space", extra={"fields": {"free": free}})
    err = ProblemError(
        507,
        "insufficient_storage",
        "The server is short of disk space for photos; retry later.",
        "The server's log tells its administrator.",
    )
    err.headers["Retry-After"] = "300"
    return err


def check_free_space(free: int, incoming: int, floor: int) -> None:
    """507 if storing `incoming` more bytes would leave less than `floor` free."""
    if free - incoming < floor:
        raise insufficient_storage(free)


def reserve_upload(session: Session, token_id: str, size: int, config: ServerConfig) -> None:
    """Count one upload of `size` bytes against the token's hour, or 429 if it would exceed
    the hour's count or bytes (the refused one is not counted)."""
    now = time.time()
    hour = int(now // 3600)
    refused = _refusal(
        429,
        "upload_quota_exceeded",
        "This token has uploaded its photos for this hour; retry after it.",
        int((hour + 1) * 3600 - now) + 1,
    )
    if size > config.photo_bytes_per_hour:
        raise refused
    insert = (postgresql if session.get_bind().dialect.name == "postgresql" else sqlite).insert
    quota = PhotoUploadQuota.__table__
    statement = (
        insert(quota)
        .values(token_id=token_id, hour=hour, uploads=1, bytes=size)
        .on_conflict_do_update(
            index_elements=["token_id", "hour"],
            set_={"uploads": quota.c.uploads + 1, "bytes": quota.c.bytes + size},
            where=(quota.c.uploads + 1 <= config.photo_uploads_per_hour)
            & (quota.c.bytes + size <= config.photo_bytes_per_hour),
        )
        .returning(quota.c.uploads)
    )
    if session.execute(statement).first() is None:
        raise refused
