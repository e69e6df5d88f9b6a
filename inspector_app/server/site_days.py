"""The site's calendar days as spans of stored time.

Moments are stored in UTC; a lead asks for days, and a day is the warehouse's own, ending at
midnight on its clocks (ServerConfig.time_zone). Computing each day's bounds here, in the
zone's rules, keeps a daylight-saving day at its true 23 or 25 hours, where shifting every
stored moment by a fixed offset would not.
"""

from __future__ import annotations

import datetime as dt


def day_start(day: dt.date, zone: dt.tzinfo = dt.UTC) -> dt.datetime:
    """The first moment of `day` in `zone`, in UTC (how the moments it is compared with are
    stored: SQLite compares them as text)."""
    return dt.datetime.combine(day, dt.time(), tzinfo=zone).astimezone(dt.UTC)
