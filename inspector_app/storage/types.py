"""Column types SQLite lacks: an aware UTC timestamp stored as sortable ISO-8601 text."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import String
from sqlalchemy.engine import Dialect
from sqlalchemy.types import TypeDecorator


def utcnow() -> dt.datetime:
    """The current time, aware and in UTC (every timestamp in the store is UTC)."""
    return dt.datetime.now(dt.UTC)


class UtcDateTime(TypeDecorator[dt.datetime]):
    """Aware datetimes in, aware UTC datetimes out; stored as fixed-width ISO text.

    Fixed width (always microseconds, always +00:00) keeps string order equal to time order,
    so range queries such as `next_attempt_at <= now` use the index. Naive datetimes are
    refused: a local wall-clock time in the store is a bug waiting for a DST change.
    """

    impl = String(32)
    cache_ok = True

    def process_bind_param(self, value: dt.datetime | None, dialect: Dialect) -> str | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to the store; use an aware UTC time")
        return value.astimezone(dt.UTC).isoformat(timespec="microseconds")

    def process_result_value(self, value: str | None, dialect: Dialect) -> dt.datetime | None:
        if value is None:
            return None
        return dt.datetime.fromisoformat(value)
