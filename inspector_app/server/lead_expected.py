"""The lead's "Expected" view: marketplace parcels on their way, grouped by when they are due.

Rows are the open Care folders (marketplace_folders) whose return no bench has received;
their arrival state and expected day are kept up to date by the poller. The groups are
disjoint: a parcel the carrier delivered but no bench received yet, or due today, is
`today`; due later is `in_transit`; late in transit or overdue for pickup is `overdue`;
still with the customer is `label_issued`. Folders awaiting a label are not on their way
yet and are left out.

The open, not yet received folders of one seller number in the hundreds to low thousands,
so they are grouped in Python after one indexed query.
"""

from __future__ import annotations

import datetime as dt
from typing import Literal

from sqlalchemy import select
from sqlalchemy.orm import Session

from inspector_app.server.models import MarketplaceFolder, ReturnRow
from inspector_app.wire import CountRow, ExpectedPage, ExpectedReturn

GROUPS = ("today", "in_transit", "overdue", "label_issued")
Group = Literal["today", "in_transit", "overdue", "label_issued", "all"]
_MOVING = ("picked_up", "in_transit")


def group_of(arrival: str, expected_on: dt.date | None, as_of: dt.date) -> str | None:
    """The group of a parcel in `arrival` state due on `expected_on`, seen on `as_of`."""
    if arrival == "at_warehouse":
        return "today"
    if arrival == "overdue":
        return "overdue"
    if arrival == "label_issued":
        return "label_issued"
    if arrival in _MOVING:
        if expected_on is None or expected_on > as_of:
            return "in_transit"
        return "today" if expected_on == as_of else "overdue"
    return None


def expected_page(
    session: Session, as_of: dt.date, group: Group, offset: int, limit: int
) -> ExpectedPage:
    rows = session.execute(
        select(MarketplaceFolder, ReturnRow.data)
        .join(ReturnRow, ReturnRow.id == MarketplaceFolder.return_id)
        .where(
            MarketplaceFolder.state != 9,
            MarketplaceFolder.problem == "",
            MarketplaceFolder.arrival != "awaiting_label",
            ReturnRow.received_at.is_(None),
        )
    ).all()
    items: list[ExpectedReturn] = []
    for folder, data in rows:
        found = group_of(folder.arrival, folder.expected_on, as_of)
        if found is None:
            continue
        issued = folder.label_issued_at
        items.append(
            ExpectedReturn(
                return_id=folder.return_id,
                rma=data["rma"],
                model=data["product"]["model"],
                category=data["product"]["category"],
                arrival=folder.arrival,
                group=found,
                tracking_numbers=data.get("tracking_numbers", []),
                carrier=folder.carrier,
                label_issued_at=issued,
                picked_up_at=folder.picked_up_at,
                carrier_delivered_at=folder.carrier_delivered_at,
                expected_on=folder.expected_on,
                age_days=(as_of - issued.date()).days if issued is not None else None,
            )
        )
    counts = [CountRow(key=g, count=sum(1 for i in items if i.group == g)) for g in GROUPS]
    if group != "all":
        items = [i for i in items if i.group == group]
    items.sort(key=lambda i: (GROUPS.index(i.group), i.expected_on or as_of, -(i.age_days or 0)))
    return ExpectedPage(
        as_of=as_of,
        group=group,
        total=len(items),
        offset=offset,
        counts=counts,
        items=items[offset : offset + limit],
    )
