"""The columns of every Lead view table: what a lead reads, and what the CSV holds."""

from __future__ import annotations

from inspector_app.gui.lead.table import Column
from inspector_app.gui.vocabulary import name


def _when(moment: object) -> str:
    return moment.strftime("%Y-%m-%d %H:%M") if moment is not None else "never"


def _flags(row: object) -> str:
    return "; ".join(name(f) for f in row.flags)


INSPECTORS = (
    Column("Inspector", lambda r: r.name),
    Column("Badge", lambda r: r.badge),
    Column("Inspected", lambda r: r.inspected, numeric=True),
    Column("Median time (min)", lambda r: None if r.median_inspection_seconds is None
           else r.median_inspection_seconds / 60, numeric=True),
    Column("Active hours", lambda r: r.active_hours, numeric=True),
    Column("Per active hour", lambda r: r.per_active_hour, numeric=True),
    Column("Overridden", lambda r: r.overridden, numeric=True),
    Column("Refused", lambda r: r.refused, numeric=True),
)

STATIONS = (
    Column("Station", lambda r: r.name),
    Column("Inspected", lambda r: r.inspected, numeric=True),
    Column("Last contact (UTC)", lambda r: _when(r.last_contact)),
    Column("Queue", lambda r: r.pending, numeric=True),
    Column("Needs attention", lambda r: r.needs_attention, numeric=True),
    Column("Last sync (UTC)", lambda r: _when(r.last_success_at)),
    Column("Version", lambda r: r.version),
)

WAITING = (
    Column("Return", lambda r: r.return_id),
    Column("RMA", lambda r: r.rma),
    Column("Model", lambda r: r.model),
    Column("Reason", lambda r: name(r.reason)),
    Column("Received", lambda r: r.received_at.isoformat()),
    Column("Days waiting", lambda r: r.waited_days, numeric=True),
)

REVIEW = (
    Column("Finalized (UTC)", lambda r: _when(r.finalized_at)),
    Column("Return", lambda r: r.return_id),
    Column("Model", lambda r: r.model),
    Column("Station", lambda r: r.station),
    Column("Inspector", lambda r: r.inspector),
    Column("Outcome", lambda r: name(r.outcome)),
    Column("Proposed", lambda r: name(r.proposed_outcome) if r.proposed_outcome else ""),
    Column("Disposition", lambda r: name(r.disposition)),
    Column("Flags", _flags),
    Column("Override reason", lambda r: r.override_reason),
)

REVIEW_PRINT = tuple(c for c in REVIEW if c.header not in ("Station", "Proposed", "Disposition"))
"""The review list on paper: the columns that fit a portrait page."""

RECURRING = (
    Column("Model", lambda r: r.model),
    Column("Reason", lambda r: name(r.reason)),
    Column("Issue", lambda r: name(r.issue)),
    Column("Times", lambda r: r.count, numeric=True),
    Column("Last seen", lambda r: r.last_seen.isoformat()),
)

ANSWERS = (
    Column("Item", lambda a: a.item),
    Column("Answer", lambda a: a.value),
)
