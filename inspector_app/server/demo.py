"""Demo data for `inspector-server demo`, the GUI's embedded demo server and benchmarks:
the domain's demo returns, the bundled checklists, a bench and a few people with PINs.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from inspector_app.locations import resource_path
from inspector_app.server import admin
from inspector_app.server.db import Database

DEMO_STATION = "demo-bench"
DEMO_PEOPLE = (
    # (name, role, badge, PIN): printed by `inspector-server demo`, documented in docs/api.md.
    ("Demo Inspector", "inspector", "badge-0042", "1234"),
    ("Demo Lead", "lead", "lead-0001", "432100"),
)


def bundled_checklists() -> list[Path]:
    return sorted(resource_path("checklists").glob("*.yaml"))


def seed_demo(
    db: Database,
    *,
    returns: int = 60,
    today: dt.date | None = None,
    seed: int = 7,
    station_token: str | None = None,
) -> dict[str, str]:
    """Fill `db` with demo data; returns a token per role (station, inspector, lead, admin).

    `station_token`: the demo bench's token, when the caller made it (see tokens.issue)."""
    from inspector_app.domain.demo import demo_returns

    today = today or dt.datetime.now(dt.UTC).date()
    with db.write() as session:
        admin.import_returns(session, demo_returns(returns, today, seed))
        for path in bundled_checklists():
            admin.publish_checklist(session, path.read_text(encoding="utf-8"), source=str(path))
        issued = {"station": admin.add_station(session, DEMO_STATION, secret=station_token)}
        for name, role, badge, pin in DEMO_PEOPLE:
            issued[role] = admin.add_person(session, name, role, badge=badge, pin=pin)
        issued["admin"] = admin.issue_admin_token(session)
    return {role: token.secret for role, token in issued.items()}
