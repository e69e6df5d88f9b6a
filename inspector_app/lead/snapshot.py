"""Everything the Lead view shows for a date range, fetched in one go off the GUI thread.

`load` works with any source answering the LeadClient calls: the server's client, or the
bench's own store (local.BenchSource) when the server is out of reach.
"""

from __future__ import annotations

import datetime as dt
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
