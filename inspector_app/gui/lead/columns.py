"""The columns of every Lead view table: what a lead reads, and what the CSV holds.

Headers are marked for translation here (context LeadTables) and translated by RowsModel
when shown, so a French lead's CSV has French headers, like the screen.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from inspector_app.gui.i18n import QT_TRANSLATE_NOOP
from inspector_app.gui.lead.table import CONTEXT, Column
from inspector_app.gui.vocabulary import name
from inspector_app.wire import (
    CurrencyTotal,
    FlaggedInspection,
    InspectorFigures,
    WaitingReturn,
)


def _when(moment: object) -> object:
    """A moment (shown in local time by the table), or "never"."""
    return QCoreApplication.translate(CONTEXT, "never") if moment is None else moment


def _refund(row: FlaggedInspection) -> CurrencyTotal | None:
    if row.refund_amount is None:
        return None
    return CurrencyTotal(currency=row.currency, total=row.refund_amount)


def _inspector(row: FlaggedInspection) -> str:
    """The inspector's name; the badge only for someone the server does not know."""
    return row.inspector_name or row.inspector


def _rma(row: WaitingReturn | FlaggedInspection) -> str:
    """What a lead finds the parcel by; the return's id only when the RMA is unknown."""
    return row.rma or row.return_id


def _flags(row: FlaggedInspection) -> str:
    return "; ".join(name(f) for f in row.flags)


def _minutes(row: InspectorFigures) -> float | None:
    seconds = row.median_inspection_seconds
    return None if seconds is None else seconds / 60


def _proposed(row: FlaggedInspection) -> str:
    return name(row.proposed_outcome) if row.proposed_outcome else ""


INSPECTORS = (
    Column(QT_TRANSLATE_NOOP("LeadTables", "Inspector"), lambda r: r.name),
    Column(QT_TRANSLATE_NOOP("LeadTables", "Badge"), lambda r: r.badge),
    Column(QT_TRANSLATE_NOOP("LeadTables", "Inspected"), lambda r: r.inspected, numeric=True),
    Column(QT_TRANSLATE_NOOP("LeadTables", "Median time (min)"), _minutes, numeric=True),
    Column(QT_TRANSLATE_NOOP("LeadTables", "Active hours"), lambda r: r.active_hours, numeric=True),
    Column(
        QT_TRANSLATE_NOOP("LeadTables", "Per active hour"),
        lambda r: r.per_active_hour,
        numeric=True,
    ),
    Column(QT_TRANSLATE_NOOP("LeadTables", "Overridden"), lambda r: r.overridden, numeric=True),
    Column(QT_TRANSLATE_NOOP("LeadTables", "Refused"), lambda r: r.refused, numeric=True),
)

STATIONS = (
    Column(QT_TRANSLATE_NOOP("LeadTables", "Station"), lambda r: r.name),
    Column(QT_TRANSLATE_NOOP("LeadTables", "Inspected"), lambda r: r.inspected, numeric=True),
    Column(QT_TRANSLATE_NOOP("LeadTables", "Last contact"), lambda r: _when(r.last_contact)),
    Column(QT_TRANSLATE_NOOP("LeadTables", "Queue"), lambda r: r.pending, numeric=True),
    Column(
        QT_TRANSLATE_NOOP("LeadTables", "Needs attention"),
        lambda r: r.needs_attention,
        numeric=True,
    ),
    Column(QT_TRANSLATE_NOOP("LeadTables", "Last sync"), lambda r: _when(r.last_success_at)),
    Column(QT_TRANSLATE_NOOP("LeadTables", "Version"), lambda r: r.version),
)

WAITING = (
    Column(QT_TRANSLATE_NOOP("LeadTables", "RMA"), _rma),
    Column(QT_TRANSLATE_NOOP("LeadTables", "Model"), lambda r: r.model),
    Column(QT_TRANSLATE_NOOP("LeadTables", "Reason"), lambda r: name(r.reason)),
    Column(QT_TRANSLATE_NOOP("LeadTables", "Received"), lambda r: r.received_at),
    Column(QT_TRANSLATE_NOOP("LeadTables", "Days waiting"), lambda r: r.waited_days, numeric=True),
)

REVIEW = (
    Column(QT_TRANSLATE_NOOP("LeadTables", "Finalized"), lambda r: r.finalized_at),
    Column(QT_TRANSLATE_NOOP("LeadTables", "RMA"), _rma),
    Column(QT_TRANSLATE_NOOP("LeadTables", "Model"), lambda r: r.model),
    Column(QT_TRANSLATE_NOOP("LeadTables", "Station"), lambda r: r.station),
    Column(QT_TRANSLATE_NOOP("LeadTables", "Inspector"), _inspector),
    Column(QT_TRANSLATE_NOOP("LeadTables", "Outcome"), lambda r: name(r.outcome)),
    Column(QT_TRANSLATE_NOOP("LeadTables", "Refund"), _refund, numeric=True),
    Column(QT_TRANSLATE_NOOP("LeadTables", "Proposed"), _proposed),
    Column(QT_TRANSLATE_NOOP("LeadTables", "Disposition"), lambda r: name(r.disposition)),
    Column(QT_TRANSLATE_NOOP("LeadTables", "Flags"), _flags),
    Column(QT_TRANSLATE_NOOP("LeadTables", "Override reason"), lambda r: r.override_reason),
)

REVIEW_PRINT = tuple(
    c for c in REVIEW if c.header not in ("Station", "Proposed", "Disposition", "Refund")
)
"""The review list on paper: the columns that fit a portrait page."""

RECURRING = (
    Column(QT_TRANSLATE_NOOP("LeadTables", "Model"), lambda r: r.model),
    Column(QT_TRANSLATE_NOOP("LeadTables", "Reason"), lambda r: name(r.reason)),
    Column(QT_TRANSLATE_NOOP("LeadTables", "Issue"), lambda r: name(r.issue)),
    Column(QT_TRANSLATE_NOOP("LeadTables", "Times"), lambda r: r.count, numeric=True),
    Column(QT_TRANSLATE_NOOP("LeadTables", "Last seen"), lambda r: r.last_seen),
)

ANSWERS = (
    Column(QT_TRANSLATE_NOOP("LeadTables", "Item"), lambda a: a.item),
    Column(QT_TRANSLATE_NOOP("LeadTables", "Answer"), lambda a: a.value),
)
