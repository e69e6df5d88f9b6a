"""Everything the Lead view shows for a date range, fetched in one go off the GUI thread.

`load` works with any source answering the LeadClient calls: the server's client, or the
bench's own store (local.BenchSource) when the server is out of reach. The `load_*` lists
exist on the server only (a bench does not know what the marketplace is sending, nor the
other benches' acts), so they take a LeadClient.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from inspector_app import wire
from inspector_app.lead.client import all_items


@dataclass(frozen=True, slots=True)
class Snapshot:
    report: wire.LeadReport
    review: list[wire.FlaggedInspection]
    waiting: list[wire.WaitingReturn]
    recurring: list[wire.RecurringIssue]


def load(source: Any, date_from: dt.date, date_to: dt.date) -> Snapshot:
    """The report and every row of its lists (page by page) for the range."""
    return Snapshot(
        report=source.report(date_from, date_to),
        review=all_items(
            lambda offset, limit: source.review(date_from, date_to, "all", offset, limit)
        ),
        waiting=all_items(lambda offset, limit: source.waiting(date_to, offset, limit)),
        recurring=all_items(lambda offset, limit: source.recurring(date_to, offset, limit)),
    )


@dataclass(frozen=True, slots=True)
class ServerList:
    """One of the lists only the server has (parcels on their way, the audit log, the
    marketplace plans): every row, and the page's own figures (counts per group, whether
    the marketplace is sent to) as the first page gave them."""

    items: list[Any]
    counts: dict[str, int]
    sending: bool | None = None


def _gathered(fetch: Callable[[int, int], Any]) -> ServerList:
    """Every row of a paginated list, keeping the first page's counts and flags."""
    pages: list[Any] = []

    def keeping_first(offset: int, limit: int) -> Any:
        page = fetch(offset, limit)
        if not pages:
            pages.append(page)
        return page

    items = all_items(keeping_first)
    first = pages[0]
    return ServerList(
        items=items,
        counts={c.key: c.count for c in getattr(first, "counts", [])},
        sending=getattr(first, "sending", None),
    )


def load_expected(client: Any, as_of: dt.date, group: str) -> ServerList:
    """Parcels on their way as of `as_of` (one group, or all), with every group's count."""
    return _gathered(lambda offset, limit: client.expected(as_of, group, offset, limit))


def load_audit(client: Any, date_from: dt.date, date_to: dt.date) -> ServerList:
    return _gathered(lambda offset, limit: client.audit(date_from, date_to, offset, limit))


def load_plans(client: Any, which: str) -> ServerList:
    """Marketplace plans of a filter, with the waiting and failed counts and whether the
    server sends to the marketplace or only plans (dry run)."""
    return _gathered(lambda offset, limit: client.plans(which, offset, limit))
