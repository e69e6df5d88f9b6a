"""Is this return eligible, under which rule, and why: in words the inspector can repeat.

The policy follows the marketplace's published rules:

- withdrawal: the customer may return the item within `window_days` of delivery;
- a seasonal extension (by default, orders from Black Friday to 31 December may be returned
  until 31 January) is data (`SeasonalRule`), not a special case in the code;
- defect claims (`ReturnReason.is_defect`) past the window are covered for `warranty_months`
  after delivery;
- transit damage (`delivery_problem`) must be reported within `transit_report_days` business
  days of delivery (a late report still counts as a withdrawal if the window is open).

A deadline that falls on a weekend or a public holiday moves to the next business day. The
customer's country decides the holidays (they are the one who has to act); the policy's
country is used when the return names none we know. The request date (`requested_at`) is
what must fall within a deadline; see docs/decisions.md.
"""

from __future__ import annotations

import calendar
import datetime as dt
import functools
import re
from collections.abc import Mapping
from dataclasses import dataclass, field

from inspector_app.domain.returns import Return, ReturnReason
from inspector_app.domain.texts import Phrase, format_date

_CONTEXT = "Eligibility"

_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_MONTHS = tuple(m.lower() for m in calendar.month_name)
_ORDINALS = {"1st": 1, "2nd": 2, "3rd": 3, "4th": 4, "5th": 5, "last": -1}
_FIXED_RE = re.compile(r"^(\d{1,2})-(\d{1,2})$")
_NTH_RE = re.compile(r"^(1st|2nd|3rd|4th|5th|last) (\w+) of (\w+)(?: ([+-]) ?(\d{1,2}) days?)?$")


RULES = (
    "transit_damage",
    "withdrawal_window",
    "seasonal_extension",
    "warranty",
    "warranty_expired",
    "transit_report_late",
    "window_closed",
    "dates_out_of_range",
)
"""Every `Eligibility.rule` id; stable, since reports count by them and templates test them."""


def format_day(day: dt.date) -> str:
    """`Mon 8 Dec 2026`: unambiguous in every locale the benches run in (the English form of
    `texts.format_date`; explanations carry the date itself, shown in the reader's language)."""
    return format_date(day)


# -- business days ---------------------------------------------------------------------------


@functools.lru_cache(maxsize=512)
def _holidays(country: str, year: int) -> Mapping[dt.date, str]:
    """Public holidays of one country and year; cached, since building them is the slow part.
    The package is imported here, at the first deadline, not with the domain: its import
    costs ~70 ms that a bench would otherwise spend before its window opens."""
    import holidays

    return dict(holidays.country_holidays(country, years=year).items())


@functools.lru_cache(maxsize=1)
def supported_countries() -> frozenset[str]:
    """ISO codes the `holidays` package knows, read from its registry: the same codes as
    `holidays.list_supported_countries()`, which imports every country's module to list their
    subdivisions too (1-3 s on a loaded bench, paid by the first parcel's lookup)."""
    from holidays.registry import EntityLoader

    return frozenset(EntityLoader.get_country_codes(include_aliases=True))


def holiday_name(day: dt.date, country: str) -> str:
    """The public holiday on `day` in `country`, or "" if it is none."""
    return _holidays(country, day.year).get(day, "")


def is_business_day(day: dt.date, country: str) -> bool:
    """Monday to Friday and not a public holiday in `country` (deadlines roll past the rest)."""
    return day.weekday() < 5 and day not in _holidays(country, day.year)


def next_business_day(day: dt.date, country: str) -> dt.date:
    """`day` itself if it is a business day, else the first business day after it."""
    while not is_business_day(day, country):
        day += dt.timedelta(days=1)
    return day


def add_business_days(day: dt.date, count: int, country: str) -> dt.date:
    """The `count`th business day after `day` (the day itself is not counted)."""
    for _ in range(count):
        day = next_business_day(day + dt.timedelta(days=1), country)
    return day


def add_months(day: dt.date, months: int) -> dt.date:
    """Same day `months` later; the 31st becomes the month's last day when it has none."""
    index = day.month - 1 + months
    year, month = day.year + index // 12, index % 12 + 1
    return day.replace(
        year=year, month=month, day=min(day.day, calendar.monthrange(year, month)[1])
    )


# -- the seasonal rule -----------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class YearlyDay:
    """A day that comes back every year: a fixed date, or the nth weekday of a month.

    Written as text in configuration: `12-31`, `4th thursday of november + 1 day` (Black
    Friday: the day after US Thanksgiving), `last friday of november`.
    """

    month: int
    day: int = 0
    weekday: int = 0
    nth: int = 0
    offset_days: int = 0

    @classmethod
    def parse(cls, text: str) -> YearlyDay:
        """Read the text form; ValueError naming the accepted forms otherwise."""
        words = " ".join(text.lower().split())
        fixed = _FIXED_RE.match(words)
        if fixed:
            month, day = int(fixed.group(1)), int(fixed.group(2))
            if not 1 <= month <= 12 or not 1 <= day <= calendar.monthrange(2024, month)[1]:
                raise ValueError(f"{text!r} is not a day of the year (MM-DD)")
            return cls(month=month, day=day)
        nth = _NTH_RE.match(words)
        if nth and nth.group(2) in _WEEKDAYS and nth.group(3) in _MONTHS[1:]:
            sign = -1 if nth.group(4) == "-" else 1
            return cls(
                month=_MONTHS.index(nth.group(3)),
                weekday=_WEEKDAYS.index(nth.group(2)),
                nth=_ORDINALS[nth.group(1)],
                offset_days=sign * int(nth.group(5) or 0),
            )
        raise ValueError(
            f"{text!r}: write a day as MM-DD (12-31) or as "
            "'4th thursday of november + 1 day' (1st..5th or last, any weekday and month)"
        )

    def on(self, year: int) -> dt.date:
        """This day in `year` (a fixed 29 February falls on the 28th in common years)."""
        last = calendar.monthrange(year, self.month)[1]
        if self.day:
            return dt.date(year, self.month, min(self.day, last))
        if self.nth > 0:
            first = dt.date(year, self.month, 1)
            day = first + dt.timedelta(
                days=(self.weekday - first.weekday()) % 7 + 7 * (self.nth - 1)
            )
            if day.month != self.month:
                day -= dt.timedelta(days=7)
        else:
            end = dt.date(year, self.month, last)
            day = end - dt.timedelta(days=(end.weekday() - self.weekday) % 7)
        return day + dt.timedelta(days=self.offset_days)


@dataclass(frozen=True, slots=True)
class SeasonalRule:
    """Orders placed between `orders_from` and `orders_to` may be returned until `until`.

    `until` is its first occurrence on or after the end of the ordering period, so
    "until 01-31" after a November-December period means January of the next year.
    """

    id: str
    label: str
    orders_from: YearlyDay
    orders_to: YearlyDay
    until: YearlyDay

    @classmethod
    def from_text(
        cls, id: str, label: str, orders_from: str, orders_to: str, until: str
    ) -> SeasonalRule:
        return cls(
            id,
            label,
            YearlyDay.parse(orders_from),
            YearlyDay.parse(orders_to),
            YearlyDay.parse(until),
        )

    def period(self, ordered_at: dt.date) -> tuple[dt.date, dt.date] | None:
        """The ordering period `ordered_at` falls in, if any."""
        for year in (ordered_at.year, ordered_at.year - 1):
            start, end = self.orders_from.on(year), self.orders_to.on(year)
            if end < start:
                end = self.orders_to.on(year + 1)
            if start <= ordered_at <= end:
                return start, end
        return None

    def deadline(self, ordered_at: dt.date) -> dt.date | None:
        """The extended return deadline for an order placed on `ordered_at`, if it applies."""
        period = self.period(ordered_at)
        if period is None:
            return None
        end = period[1]
        until = self.until.on(end.year)
        return until if until >= end else self.until.on(end.year + 1)


HOLIDAY_SEASON = SeasonalRule.from_text(
    "holiday_season",
    Phrase(_CONTEXT, "holiday season"),
    orders_from="4th thursday of november + 1 day",
    orders_to="12-31",
    until="01-31",
)
"""The marketplace's extension: ordered from Black Friday to 31 Dec, returnable until 31 Jan."""


# -- the policy ------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Eligibility:
    """The answer the return card shows.

    `rule` is a stable id (reports count by it); `reason` is one or two plain sentences (a
    Phrase: English as a str, and shown in the reader's language by the interface);
    `deadline` is the deadline that decided, after rolling past weekends and holidays;
    `overdue` says the parcel reached us (or has still not reached us) later than customers
    are asked to send it after their request; it does not by itself make a return ineligible.
    """

    eligible: bool
    rule: str
    reason: str
    deadline: dt.date | None
    overdue: bool = False


@dataclass(frozen=True, slots=True)
class EligibilityPolicy:
    """The seller's return rules (window, warranty, transit report, seasonal extensions), as
    settings rather than code, so IT can follow a marketplace change without a new build."""

    window_days: int = 30
    warranty_months: int = 12
    transit_report_days: int = 3
    country: str = "FR"
    seasonal: tuple[SeasonalRule, ...] = field(default=(HOLIDAY_SEASON,))
    ship_within_days: int = 14
    """Days the customer has to send the parcel after the request (EU Directive 2011/83 art. 14)."""

    def __post_init__(self) -> None:
        if self.country not in supported_countries():
            raise ValueError(f"No public-holiday calendar for country {self.country!r}.")
        for name in ("window_days", "warranty_months", "transit_report_days", "ship_within_days"):
            if getattr(self, name) < 0:
                raise ValueError(f"{name} must not be negative.")
        object.__setattr__(self, "seasonal", tuple(self.seasonal))

    def holiday_country(self, ret: Return) -> str:
        """Whose holidays move the deadlines: the customer's, else the policy's."""
        return ret.country if ret.country in supported_countries() else self.country

    def window_deadline(self, ret: Return) -> dt.date:
        """Last day to request a withdrawal, before any seasonal extension."""
        raw = ret.delivered_at + dt.timedelta(days=self.window_days)
        return next_business_day(raw, self.holiday_country(ret))

    def seasonal_deadline(self, ret: Return) -> tuple[dt.date, SeasonalRule] | None:
        """The latest extension any seasonal rule gives this order, rolled to a business day."""
        best: tuple[dt.date, SeasonalRule] | None = None
        for rule in self.seasonal:
            until = rule.deadline(ret.ordered_at)
            if until is None:
                continue
            until = next_business_day(until, self.holiday_country(ret))
            if best is None or until > best[0]:
                best = (until, rule)
        return best

    def evaluate(self, ret: Return, today: dt.date) -> Eligibility:
        """Decide eligibility of `ret`; `today` only decides `overdue`.

        Dates so close to the end of the calendar that a deadline cannot be computed are
        bad data, reported as such rather than raised into the bench's scan loop.
        """
        try:
            return self._evaluate(ret, today)
        except OverflowError:
            return Eligibility(
                False,
                "dates_out_of_range",
                Phrase(
                    _CONTEXT,
                    "The return's dates (delivered {delivered}) are out of range; "
                    "check the order data.",
                    delivered=ret.delivered_at,
                ),
                None,
            )

    def _evaluate(self, ret: Return, today: dt.date) -> Eligibility:
        arrived = ret.received_at or today
        overdue = arrived > ret.requested_at + dt.timedelta(days=self.ship_within_days)
        for check in (self._transit, self._window, self._season, self._warranty):
            result = check(ret)
            if result is not None:
                return Eligibility(
                    result.eligible, result.rule, result.reason, result.deadline, overdue
                )
        return self._refusal(ret, overdue)

    @property
    def _window_words(self) -> Phrase:
        return Phrase(_CONTEXT, "the {days}-day withdrawal window", days=self.window_days)

    def _transit_deadline(self, ret: Return) -> dt.date:
        return add_business_days(
            ret.delivered_at, self.transit_report_days, self.holiday_country(ret)
        )

    def _transit(self, ret: Return) -> Eligibility | None:
        if ret.reason is not ReturnReason.DELIVERY_PROBLEM:
            return None
        deadline = self._transit_deadline(ret)
        if ret.requested_at > deadline:
            return None
        return Eligibility(
            True,
            "transit_damage",
            Phrase(
                _CONTEXT,
                "Transit damage reported within {days} business days of delivery "
                "(deadline {deadline}).",
                days=self.transit_report_days,
                deadline=deadline,
            ),
            deadline,
        )

    def _window(self, ret: Return) -> Eligibility | None:
        deadline = self.window_deadline(ret)
        if ret.requested_at > deadline:
            return None
        raw = ret.delivered_at + dt.timedelta(days=self.window_days)
        moved = _moved(raw, deadline, self.holiday_country(ret))
        reason = Phrase(
            _CONTEXT,
            "Within {window} (deadline {deadline}{moved}).",
            window=self._window_words,
            deadline=deadline,
            moved=moved,
        )
        if ret.reason is ReturnReason.DELIVERY_PROBLEM:
            reason = Phrase(
                _CONTEXT,
                "Transit damage was reported after its deadline ({late}), but the return is "
                "still within {window} (deadline {deadline}{moved}).",
                late=self._transit_deadline(ret),
                window=self._window_words,
                deadline=deadline,
                moved=moved,
            )
        return Eligibility(True, "withdrawal_window", reason, deadline)

    def _season(self, ret: Return) -> Eligibility | None:
        seasonal = self.seasonal_deadline(ret)
        if seasonal is None or ret.requested_at > seasonal[0]:
            return None
        until, rule = seasonal
        return Eligibility(
            True,
            "seasonal_extension",
            Phrase(
                _CONTEXT,
                "Past {window}, but ordered on {ordered}, in the {season}, so returnable "
                "until {until}.",
                window=self._window_words,
                ordered=ret.ordered_at,
                season=rule.label,
                until=until,
            ),
            until,
        )

    def _warranty_deadline(self, ret: Return) -> dt.date:
        end = add_months(ret.delivered_at, self.warranty_months)
        return next_business_day(end, self.holiday_country(ret))

    def _warranty(self, ret: Return) -> Eligibility | None:
        if not ret.reason.is_defect:
            return None
        deadline = self._warranty_deadline(ret)
        if ret.requested_at > deadline:
            return None
        return Eligibility(
            True,
            "warranty",
            Phrase(
                _CONTEXT,
                "Past {window} (closed {closed}), but a defect claim within the "
                "{months}-month warranty (until {deadline}).",
                window=self._window_words,
                closed=self._closed(ret),
                months=self.warranty_months,
                deadline=deadline,
            ),
            deadline,
        )

    def _closed(self, ret: Return) -> dt.date:
        """The last day a plain return was possible (window or seasonal extension)."""
        seasonal = self.seasonal_deadline(ret)
        window = self.window_deadline(ret)
        return max(window, seasonal[0]) if seasonal else window

    def _refusal(self, ret: Return, overdue: bool) -> Eligibility:
        asked = ret.requested_at
        if ret.reason.is_defect:
            deadline = self._warranty_deadline(ret)
            return Eligibility(
                False,
                "warranty_expired",
                Phrase(
                    _CONTEXT,
                    "Defect claimed on {asked}, after the {months}-month warranty ended "
                    "({deadline}).",
                    asked=asked,
                    months=self.warranty_months,
                    deadline=deadline,
                ),
                deadline,
                overdue,
            )
        closed = self._closed(ret)
        if ret.reason is ReturnReason.DELIVERY_PROBLEM:
            return Eligibility(
                False,
                "transit_report_late",
                Phrase(
                    _CONTEXT,
                    "Transit damage must be reported within {days} business days of delivery "
                    "(deadline {deadline}); it was reported on {asked}, after {window} had "
                    "also closed ({closed}).",
                    days=self.transit_report_days,
                    deadline=self._transit_deadline(ret),
                    asked=asked,
                    window=self._window_words,
                    closed=closed,
                ),
                closed,
                overdue,
            )
        return Eligibility(
            False,
            "window_closed",
            Phrase(
                _CONTEXT,
                "Requested on {asked}, after {window} closed ({closed}).",
                asked=asked,
                window=self._window_words,
                closed=closed,
            ),
            closed,
            overdue,
        )


_WEEKDAY_PHRASES = (
    Phrase(_CONTEXT, "a Monday"),
    Phrase(_CONTEXT, "a Tuesday"),
    Phrase(_CONTEXT, "a Wednesday"),
    Phrase(_CONTEXT, "a Thursday"),
    Phrase(_CONTEXT, "a Friday"),
    Phrase(_CONTEXT, "a Saturday"),
    Phrase(_CONTEXT, "a Sunday"),
)


def _moved(raw: dt.date, deadline: dt.date, country: str) -> Phrase | str:
    """Why a deadline moved, e.g. ", moved from Sat 5 Dec 2026: a Saturday"."""
    if raw == deadline:
        return ""
    name = holiday_name(raw, country)
    why = (
        Phrase(_CONTEXT, "a public holiday ({name})", name=name)
        if name
        else _WEEKDAY_PHRASES[raw.weekday()]
    )
    return Phrase(_CONTEXT, ", moved from {day}: {why}", day=raw, why=why)
