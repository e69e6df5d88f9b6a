"""The poll against the fake Back Market: Care folders become returns in the benches' feed,
once, with their state changes; bad answers are skipped by folder; the CLI's exact forms."""

from __future__ import annotations

import datetime as dt
import logging
import os
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import func, select

from inspector_app.domain.returns import DateSource, ReturnReason
from inspector_app.marketplace.backmarket.client import BackMarketClient
from inspector_app.server.db import Database
from inspector_app.server.marketplace import poller
from inspector_app.server.marketplace.poller import cursor, poll_once
from inspector_app.server.models import MarketplaceFolder, ReturnRow
from inspector_app.server.returns_store import feed_page, touch
from inspector_app.server.trust_models import AuditEvent
from marketplace.conftest import connector_config

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture
def db(tmp_path):
    database = Database(f"sqlite:///{tmp_path / 'server.db'}")
    database.migrate()
    yield database
    database.close()


def _poll(db, tmp_path, fake, **overrides):
    config = connector_config(tmp_path, fake, **overrides)
    client = BackMarketClient(config)
    try:
        return poll_once(db, client, config)
    finally:
        client.close()


def _feed(db):
    with db.engine.connect() as conn:
        return {item.id: item for item in feed_page(conn, "", 1000).items}


def test_changed_folders_become_returns_in_the_feed(db, tmp_path, fake):
    fake.add_return(1001, reason_code=22, imei="356938035643809")
    fake.add_return(1002, reason_code=1, category_name="Tablettes", title="iPad Air 2020")
    fake.add_return(1003, reason_code=25, issues=(("TECHNICAL", "SCREEN"),), resolution="REPAIR")
    report = _poll(db, tmp_path, fake)
    assert report.ok, report.stopped
    assert (report.listed, report.fetched, report.created) == (3, 3, 3)
    feed = _feed(db)
    first = feed["BM-1001"]
    assert first.rma == "1001"
    assert first.product.imei == "356938035643809"
    assert first.reason == ReturnReason.FAILURE_AT_FIRST_USE
    assert first.customer_name == "Camille"
    assert first.delivered_at_source == DateSource.ESTIMATED
    assert "Back Market reason 22" in first.reason_detail
    assert "sold as excellent (condition 10)" in first.reason_detail
    assert feed["BM-1002"].reason == ReturnReason.WITHDRAWAL
    assert feed["BM-1002"].product.category.value == "tablet"
    assert feed["BM-1003"].reason == ReturnReason.FAILURE_AT_FIRST_USE  # 25: the claim decides
    with db.read() as session:
        row = session.get(MarketplaceFolder, 1003)
        assert row.originals["return_reason"] == 25
        assert row.originals["reason_rule"] == "issue TECHNICAL"
        assert row.arrival == "awaiting_label"
    assert cursor(db).startswith(report.started_at[:16])


def test_a_repoll_never_duplicates_and_carries_state_changes(db, tmp_path, fake):
    for folder_id in range(1001, 1026):
        fake.add_return(folder_id)
    assert _poll(db, tmp_path, fake).created == 25
    with db.engine.connect() as conn:
        head = feed_page(conn, "", 1000).next_cursor

    again = _poll(db, tmp_path, fake)
    assert (again.created, again.updated, again.fetched) == (0, 0, 0)
    assert again.unchanged == 25
    with db.read() as session:  # the poller's acts are audited; a poll changing nothing is not
        imports = session.scalars(select(AuditEvent).order_by(AuditEvent.id)).all()
    assert [(e.kind, e.actor, e.role) for e in imports] == [
        ("returns_imported", "backmarket poller", "system")
    ]
    assert imports[0].detail == "25 new, 0 updated from Back Market"

    fake.modify_folder(1007, state=9)
    fake.set_label(1008, state="ALIVE", issued=fake.now() - dt.timedelta(days=1))
    changed = _poll(db, tmp_path, fake)
    assert (changed.fetched, changed.closed, changed.created) == (2, 1, 0)
    with db.read() as session:
        assert session.scalar(select(func.count()).select_from(ReturnRow)) == 25
        assert session.get(MarketplaceFolder, 1007).state == 9
        assert session.get(MarketplaceFolder, 1007).closed_at is not None
        assert session.get(MarketplaceFolder, 1008).arrival == "label_issued"
    with db.engine.connect() as conn:
        after = feed_page(conn, head, 1000)
    # Only the folder whose mapped return changed moves in the feed; closing changes
    # the folder row (marked closed), not what the bench caches.
    assert {item.id for item in after.items} <= {"BM-1007", "BM-1008"}


@pytest.mark.expect_log("inspector_app.server.marketplace", r"^Care folder 100[23] skipped: ")
@pytest.mark.expect_log(
    "inspector_app.server.marketplace",
    r"^order 501004 unavailable .*; mapped from the folder alone$",
)
def test_bad_answers_are_skipped_by_folder_and_retried(db, tmp_path, fake, caplog):
    for folder_id in (1001, 1002, 1003, 1004):
        fake.add_return(folder_id)
    fake.inject(r"^/ws/sav/1002$", "wrong_shape")
    fake.inject(r"^/ws/sav/1003$", "malformed")
    fake.orders.pop(fake.folders[1004]["orderline"]["order"]["order_id"])  # partial: no order
    caplog.set_level(logging.WARNING, "inspector_app")
    report = _poll(db, tmp_path, fake)
    assert report.ok
    assert sorted(fid for fid, _ in report.skipped) == [1002, 1003]
    assert "Care folder 1002 skipped" in caplog.text
    assert "Care folder 1003 skipped" in caplog.text
    feed = _feed(db)
    assert set(feed) == {"BM-1001", "BM-1004"}
    assert feed["BM-1004"].product.imei == ""  # mapped from the folder alone

    retried = _poll(db, tmp_path, fake)
    assert retried.created == 2
    assert set(_feed(db)) == {"BM-1001", "BM-1002", "BM-1003", "BM-1004"}
    with db.read() as session:
        assert (
            session.scalar(
                select(func.count())
                .select_from(MarketplaceFolder)
                .where(MarketplaceFolder.problem != "")
            )
            == 0
        )


@pytest.mark.expect_log(
    "inspector_app.server.marketplace",
    r"^Back Market poll stopped \(challenged\): .*Cloudflare refused",
)
def test_a_challenge_stops_the_poll_and_keeps_the_cursor(db, tmp_path, fake):
    fake.add_return(1001)
    fake.inject(r"^/ws/sav$", "403_bot")
    report = _poll(db, tmp_path, fake)
    assert not report.ok
    assert report.stopped_state == "challenged"
    assert cursor(db) == ""
    assert _poll(db, tmp_path, fake).created == 1


def test_a_receipt_survives_the_next_poll(db, tmp_path, fake):
    fake.add_return(1001)
    _poll(db, tmp_path, fake)
    with db.write() as session:
        touch(session, session.get(ReturnRow, "BM-1001"), received_at=dt.date.today())
    fake.modify_folder(1001, date_last_message=fake.now().isoformat())
    assert _poll(db, tmp_path, fake).fetched == 1
    with db.read() as session:
        assert session.get(ReturnRow, "BM-1001").received_at == dt.date.today()
        assert session.get(MarketplaceFolder, 1001).arrival == "at_warehouse"


def test_receipts_reach_every_open_folder_batch_by_batch(db, tmp_path, fake, monkeypatch):
    """Arrival states are recomputed for every open folder, a batch per transaction: with
    batches of 2, the fifth folder still learns that its parcel arrived, though no folder
    changed on the marketplace."""
    monkeypatch.setattr(poller, "BATCH", 2)
    for folder_id in range(1001, 1006):
        fake.add_return(folder_id)
    _poll(db, tmp_path, fake)
    with db.write() as session:
        for folder_id in range(1001, 1006):
            touch(session, session.get(ReturnRow, f"BM-{folder_id}"), received_at=dt.date.today())
    assert _poll(db, tmp_path, fake).fetched == 0
    with db.read() as session:
        arrival = set(session.scalars(select(MarketplaceFolder.arrival)).all())
    assert arrival == {"at_warehouse"}


def test_backship_dates_and_arrival_states(db, tmp_path, fake):
    now = fake.now()
    fake.add_return(1001, is_backship=True)
    fake.add_delivery(
        fake.folders[1001]["orderline"]["order"]["order_id"], delivered=now - dt.timedelta(days=9)
    )
    fake.add_backship_return(
        1001,
        tracking="XR1001FR",
        created=now - dt.timedelta(days=2),
        pickup=now - dt.timedelta(days=1),
        hub_scanned=True,
    )
    fake.add_return(1002, label=now - dt.timedelta(days=10))  # never picked up: overdue
    fake.add_return(1003, label=now - dt.timedelta(days=1))
    fake.add_backship_return(1003, tracking="XR1003FR", created=now - dt.timedelta(hours=20))
    fake.add_return(1004, label=now - dt.timedelta(days=3), label_state="USED")
    report = _poll(db, tmp_path, fake, backship=True)
    assert report.ok, report.stopped
    feed = _feed(db)
    assert feed["BM-1001"].delivered_at_source == DateSource.BACKSHIP
    assert feed["BM-1001"].delivered_at == (now - dt.timedelta(days=9)).date()
    assert feed["BM-1001"].tracking_numbers == ["XR1001FR"]
    with db.read() as session:
        arrival = dict(
            session.execute(select(MarketplaceFolder.folder_id, MarketplaceFolder.arrival)).all()
        )
    assert arrival == {1001: "in_transit", 1002: "overdue", 1003: "label_issued", 1004: "picked_up"}
    with db.read() as session:
        expected = dict(
            session.execute(
                select(MarketplaceFolder.folder_id, MarketplaceFolder.expected_on)
            ).all()
        )
    today = now.date()
    assert expected == {
        1001: (now - dt.timedelta(days=1)).date() + dt.timedelta(days=3),
        1002: None,
        1003: None,
        1004: today + dt.timedelta(days=3),
    }


def _cli(data_dir: Path, *args: str, token: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "RI_BACKMARKET_TOKEN": token}
    return subprocess.run(
        [sys.executable, "-m", "inspector_app.server.cli", "--data-dir", str(data_dir), *args],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_cli_check_pull_once_and_status(tmp_path, fake):
    data_dir = tmp_path / "server"
    data_dir.mkdir()
    (data_dir / "marketplace.toml").write_text(
        '[backmarket]\ncompany = "Acme"\ncontact_email = "it@acme.example"\nrate_scale = 20.0\n',
        encoding="utf-8",
    )
    fake.add_return(1001)
    fake.add_return(1002)
    url = ["--base-url", fake.url]

    checked = _cli(data_dir, "marketplace", "check", *url, token=fake.token)
    assert checked.returncode == 0, checked.stdout + checked.stderr
    assert "token accepted" in checked.stdout

    pulled = _cli(data_dir, "marketplace", "pull", "--once", *url, token=fake.token)
    assert pulled.returncode == 0, pulled.stdout + pulled.stderr
    assert "Returns: 2 new, 0 updated" in pulled.stdout

    status = _cli(data_dir, "marketplace", "status", *url, token=fake.token)
    assert status.returncode == 0, status.stdout + status.stderr
    assert "completed" in status.stdout

    refused = _cli(data_dir, "marketplace", "pull", "--once", *url, token="wrong-token")
    assert refused.returncode == 1
    assert "unauthorized" in refused.stdout
    for run in (checked, pulled, status, refused):
        assert fake.token not in run.stdout + run.stderr
