"""The lead's figures, computed from plain facts about inspections.

One computation serves both sides: the server feeds it rows from its database, the bench
feeds it its own finalized payloads when the server is out of reach. So a figure means the
same thing wherever it is shown, and the tests check each one against an independent count.
"""

from __future__ import annotations

import datetime as dt
import statistics
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Literal

from inspector_app.domain.returns import Disposition, Outcome
from inspector_app.wire import (
    CountRow,
    CurrencyTotal,
    HourCount,
    InspectorFigures,
    LeadReport,
    RecurringIssue,
    StationFigures,
    TrendDay,
)

TREND_DAYS = 30
RECURRING_DAYS = 30
UNKNOWN = "unknown"
"""Reason, category or model of a return the server never imported (a bench imported it)."""
UNGRADED = "ungraded"

ACCEPTED = Outcome.ACCEPT_FULL_REFUND.value
PARTIAL = Outcome.PARTIAL_REFUND.value
REFUSED = Outcome.REFUSE_SEND_BACK.value
QUARANTINE = Disposition.QUARANTINE.value
REFUND_OUTCOMES = frozenset({ACCEPTED, PARTIAL})
FRAUD_FLAGS = ("imei_mismatch", "tampered")
"""Flags that suggest fraud (a swapped or opened device): the review list's `fraud` filter.
Quarantine alone is not one: every refused item waits there until it is sent back."""


@dataclass(frozen=True, slots=True)
class Fact:
    """What the figures need to know about one current final inspection."""

    uuid: str
    return_id: str
    station: str
    inspector: str
    outcome: str
    grade: str | None
    disposition: str
    refund: Decimal
    """Money paid back: the verdict's amount, else the price on a full refund, else 0."""
    flags: tuple[str, ...]
    overridden: bool
    correction: bool
    started_at: dt.datetime
    finalized_at: dt.datetime
    reason: str = UNKNOWN
    category: str = UNKNOWN
    currency: str = "EUR"
    """The currency of `refund` (the return's, which the verdict must use)."""


def paid_back(outcome: str, refund_amount: Decimal | None, price: Decimal | None) -> Decimal | None:
    """What a verdict pays back, or None when it refunds nothing or the price is unknown.

    A full refund carries no amount on the wire (it repays the price paid, see the verdict
    rules), so its figure is the return's price; the review table's Refund cell and the
    day's refund total both read it here, so they never disagree."""
    if outcome not in REFUND_OUTCOMES:
        return None
    if refund_amount is not None:
        return Decimal(refund_amount)
    return Decimal(price) if price is not None else None


def refund_of(outcome: str, refund_amount: Decimal | None, price: Decimal | None) -> Decimal:
    """`paid_back` as a figure to add up: nothing paid back counts as 0."""
    return paid_back(outcome, refund_amount, price) or Decimal("0")


def refunds_by_currency(facts: Iterable[Fact]) -> list[CurrencyTotal]:
    """Refunds added up per currency, largest first: euros and pounds are never one sum."""
    totals: defaultdict[str, Decimal] = defaultdict(Decimal)
    for fact in facts:
        if fact.refund:
            totals[fact.currency] += fact.refund
    ordered = sorted(totals.items(), key=lambda kv: (-kv[1], kv[0]))
    return [CurrencyTotal(currency=c, total=t) for c, t in ordered]


def needs_review(fact: Fact) -> bool:
    """The lead's review list: an overridden verdict, a refusal, a quarantine or a flag."""
    return (
        fact.overridden
        or fact.outcome == REFUSED
        or fact.disposition == QUARANTINE
        or bool(fact.flags)
    )


def in_review(fact: Fact, kind: str) -> bool:
    """Whether `fact` belongs to the review list filtered by `kind` (see ReviewKind)."""
    return {
        "all": needs_review(fact),
        "overridden": fact.overridden,
        "refused": fact.outcome == REFUSED,
        "fraud": any(flag in FRAUD_FLAGS for flag in fact.flags),
        "flagged": bool(fact.flags),
    }[kind]


def count_rows(values: Iterable[str | None], missing: str = UNKNOWN) -> list[CountRow]:
    """Counts, largest first, ties by key (so two runs list them identically)."""
    counter = Counter(v if v is not None else missing for v in values)
    return [CountRow(key=k, count=n) for k, n in sorted(counter.items(), key=_by_count)]


def _by_count(item: tuple[str, int]) -> tuple[int, str]:
    return -item[1], item[0]


def flag_counts(facts: Iterable[Fact]) -> list[CountRow]:
    """Every flag, plus the review reasons that are not flags in the payload."""
    counter: Counter[str] = Counter()
    for fact in facts:
        counter.update(set(fact.flags))
        counter["verdict_override"] += fact.overridden
        counter["refused"] += fact.outcome == REFUSED
        counter["quarantine"] += fact.disposition == QUARANTINE
        counter["correction"] += fact.correction
    return [CountRow(key=k, count=n) for k, n in sorted(counter.items(), key=_by_count) if n]


def duration_s(fact: Fact) -> float | None:
    """Seconds from start to finalize; None for a clock that went backwards on the bench."""
    seconds = (fact.finalized_at - fact.started_at).total_seconds()
    return seconds if seconds >= 0 else None


def median_s(facts: Iterable[Fact]) -> float | None:
    durations = [d for d in map(duration_s, facts) if d is not None]
    return statistics.median(durations) if durations else None


def per_hour(facts: Iterable[Fact], zone: dt.tzinfo | None = dt.UTC) -> list[HourCount]:
    """Inspections finalized in each hour of the day on the site's clocks (`zone`; None: this
    computer's), all 24 for the chart's axis."""
    counter = Counter(f.finalized_at.astimezone(zone).hour for f in facts)
    return [HourCount(hour=h, count=counter[h]) for h in range(24)]


def _hour_key(moment: dt.datetime) -> tuple[dt.date, int]:
    """The hour a moment falls in, the same in every zone: a zone's hours are UTC hours
    (but for the rare half-hour zone, which this counts in whole UTC hours)."""
    utc = moment.astimezone(dt.UTC)
    return utc.date(), utc.hour


def inspector_figures(facts: Sequence[Fact], names: Mapping[str, str]) -> list[InspectorFigures]:
    """Per inspector, busiest first: count, median time, throughput per active hour."""
    by_badge: dict[str, list[Fact]] = defaultdict(list)
    for fact in facts:
        by_badge[fact.inspector].append(fact)
    rows = []
    for badge, mine in by_badge.items():
        hours = len({_hour_key(f.finalized_at) for f in mine})
        rows.append(
            InspectorFigures(
                badge=badge,
                name=names.get(badge, badge),
                inspected=len(mine),
                median_inspection_seconds=median_s(mine),
                active_hours=hours,
                per_active_hour=round(len(mine) / hours, 2) if hours else None,
                overridden=sum(f.overridden for f in mine),
                refused=sum(f.outcome == REFUSED for f in mine),
            )
        )
    return sorted(rows, key=lambda r: (-r.inspected, r.badge))


def station_figures(
    facts: Sequence[Fact], heartbeats: Iterable[StationFigures]
) -> list[StationFigures]:
    """Every known bench with its count in the range; benches seen only in inspections too."""
    counts = Counter(f.station for f in facts)
    rows = {b.name: b.model_copy(update={"inspected": counts[b.name]}) for b in heartbeats}
    for name, n in counts.items():
        rows.setdefault(name, StationFigures(name=name, inspected=n, last_contact=None))
    return sorted(rows.values(), key=lambda r: (-r.inspected, r.name))


def trend(
    date_to: dt.date,
    received_by_day: Mapping[dt.date, int],
    outcomes_by_day: Mapping[tuple[dt.date, str], int],
    days: int = TREND_DAYS,
) -> list[TrendDay]:
    """One row per day of the `days` ending at `date_to`, oldest first, empty days included."""
    inspected: Counter[dt.date] = Counter()
    for (day, _outcome), n in outcomes_by_day.items():
        inspected[day] += n
    rows = []
    for back in range(days - 1, -1, -1):
        day = date_to - dt.timedelta(days=back)
        rows.append(
            TrendDay(
                date=day,
                received=received_by_day.get(day, 0),
                inspected=inspected[day],
                accepted=outcomes_by_day.get((day, ACCEPTED), 0),
                partial=outcomes_by_day.get((day, PARTIAL), 0),
                refused=outcomes_by_day.get((day, REFUSED), 0),
            )
        )
    return rows


def recurring(rows: Iterable[tuple[str, str, Sequence[str], dt.date]]) -> list[RecurringIssue]:
    """(model, reason, flags, day) of each inspection -> issues that came back, most first.

    An issue is a flag the checklist raised (an IMEI mismatch, liquid damage, tampering...):
    template authors mark what counts as a defect by giving the rule a `flag`.
    """
    counts: Counter[tuple[str, str, str]] = Counter()
    last: dict[tuple[str, str, str], dt.date] = {}
    for model, reason, flags, day in rows:
        for flag in set(flags):
            key = (model, reason, flag)
            counts[key] += 1
            last[key] = max(day, last.get(key, day))
    ordered = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    return [
        RecurringIssue(model=m, reason=r, issue=i, count=n, last_seen=last[(m, r, i)])
        for (m, r, i), n in ordered
    ]


@dataclass(frozen=True, slots=True)
class Backlog:
    """Returns received but not yet inspected, as of the end of the report's last day."""

    waiting: int
    oldest_days: int | None


def report(
    facts: Sequence[Fact],
    *,
    date_from: dt.date,
    date_to: dt.date,
    received: int,
    backlog: Backlog,
    names: Mapping[str, str],
    heartbeats: Iterable[StationFigures],
    trend_rows: list[TrendDay],
    source: Literal["server", "bench"] = "server",
    zone: dt.tzinfo | None = dt.UTC,
) -> LeadReport:
    """The whole report from the range's facts and what only the store knows; hours of the
    day are read in `zone` (None: this computer's)."""
    outcomes = Counter(f.outcome for f in facts)
    return LeadReport(
        date_from=date_from,
        date_to=date_to,
        source=source,
        received=received,
        inspected=len(facts),
        waiting=backlog.waiting,
        oldest_waiting_days=backlog.oldest_days,
        accepted=outcomes[ACCEPTED],
        partial=outcomes[PARTIAL],
        refused=outcomes[REFUSED],
        overridden=sum(f.overridden for f in facts),
        flagged=sum(map(needs_review, facts)),
        refunds_total=sum((f.refund for f in facts), Decimal("0")),
        refunds=refunds_by_currency(facts),
        median_inspection_seconds=median_s(facts),
        by_outcome=count_rows(f.outcome for f in facts),
        by_grade=count_rows((f.grade for f in facts), missing=UNGRADED),
        by_reason=count_rows(f.reason for f in facts),
        by_category=count_rows(f.category for f in facts),
        by_disposition=count_rows(f.disposition for f in facts),
        flags=flag_counts(facts),
        per_hour=per_hour(facts, zone),
        inspectors=inspector_figures(facts, names),
        stations=station_figures(facts, heartbeats),
        trend=trend_rows,
        time_zone=zone_name(zone),
    )


def zone_name(zone: dt.tzinfo | None) -> str:
    """What a lead reads as the figures' zone: `Europe/Paris`, `UTC`, or this computer's
    zone's abbreviation (`CET`) when `zone` is None."""
    if zone is None:
        return dt.datetime.now().astimezone().tzname() or "local time"
    return str(zone)
