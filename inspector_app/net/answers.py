"""Reading answers defensively: bounded bodies, Retry-After, the media type.

Each client turns these facts into its own messages (the bench speaks of "the server", the
connector of "the marketplace"); the reading itself is the same and lives here once.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from email.utils import parsedate_to_datetime

import requests

_CHUNK = 64 * 1024


class OversizeAnswerError(Exception):
    """An answer longer than the reader's cap. `announced` is the Content-Length when that
    alone gave it away (nothing was read), else None (reading stopped at the cap)."""

    def __init__(self, limit: int, announced: int | None) -> None:
        super().__init__(f"answer over {limit} bytes")
        self.limit = limit
        self.announced = announced


class BadContentLengthError(Exception):
    """A Content-Length header that is not a number."""


def read_capped(response: requests.Response, limit: int) -> bytes:
    """The body of a streamed `response`, never reading more than `limit` bytes whatever the
    headers claim (OversizeAnswerError past it, BadContentLengthError for a garbled length)."""
    announced = response.headers.get("Content-Length")
    if announced is not None:
        try:
            size = int(announced)
        except ValueError:
            raise BadContentLengthError(announced) from None
        if size > limit:
            raise OversizeAnswerError(limit, size)
    chunks: list[bytes] = []
    total = 0
    for chunk in response.iter_content(_CHUNK):
        total += len(chunk)
        if total > limit:
            raise OversizeAnswerError(limit, None)
        chunks.append(chunk)
    return b"".join(chunks)


def media_type(headers: Mapping[str, str]) -> str:
    """The Content-Type without parameters, lower-cased ('' when absent)."""
    return headers.get("Content-Type", "").split(";")[0].strip().lower()


def parse_retry_after(value: str | None, now: dt.datetime, cap: float) -> float | None:
    """Seconds from a Retry-After header (delta-seconds or HTTP-date), at most `cap`; None if
    absent or garbled."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(min(int(value), cap))
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=dt.UTC)
    return max(0.0, min((when - now).total_seconds(), cap))
