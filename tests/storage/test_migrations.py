"""An older station database upgrades in place, keeping its data; models match migrations."""

from __future__ import annotations

import datetime as dt
import uuid
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import text

from inspector_app.storage.bench_events import BenchEventsRepo
from inspector_app.storage.db import DB_FILENAME, Database, create_sqlite_engine
from inspector_app.storage.errors import StorageError
from inspector_app.storage.migrate import alembic_config, current_revision, head_revision, upgrade
from inspector_app.storage.models import Base
from inspector_app.storage.outbox import OutboxRepo, OutboxState
from inspector_app.storage.returns_cache import ReturnsCache
from inspector_app.storage.sync_state import SyncStateRepo

NOW = "2026-11-20T09:00:00.000000+00:00"
# Rows as the first release wrote them: a cached return with its codes, a final inspection
# with a photo, queued in the outbox after two failed attempts.
FIRST_RELEASE_ROWS = (
    "INSERT INTO returns (pk, id, rma, order_id, category, model, sku, imei, serial, reason, "
    "reason_detail, customer_name, country, currency, price, ordered_at, delivered_at, "
    "requested_at, received_at, tracking_numbers, extra_codes, inspected, updated_at) "
    "VALUES (1, 'R1', 'RMA-1', 'O-1', 'smartphone', 'iPhone 12', '', '356938035643809', '', "
    "'withdrawal', '', 'Ana', 'FR', 'EUR', '299.00', '2026-11-01', '2026-11-03', "
    "'2026-11-10', NULL, '[\"1Z999AA10123456784\"]', '[]', 0, NULL)",
    "INSERT INTO return_codes (code, return_pk) VALUES ('1Z999AA10123456784', 1), "
    "('R1', 1), ('RMA1', 1), ('O1', 1), ('356938035643809', 1)",
    "INSERT INTO inspections (uuid, return_id, inspector, template_id, template_version, "
    "state, answers, started_at, finalized_at, payload, supersedes) VALUES ('u-1', 'R1', "
    f"'b1', 'smartphone', 1, 'final', '{{}}', '{NOW}', '{NOW}', X'7B7D', NULL)",
    "INSERT INTO photos (inspection_uuid, item, sha256, size, added_at) "
    f"VALUES ('u-1', 'front', '{'a' * 64}', 10, '{NOW}')",
    "INSERT INTO outbox (inspection_uuid, state, attempts, next_attempt_at, last_error, "
    f"message, created_at, sent_at) VALUES ('u-1', 'pending', 2, '{NOW}', 'timeout', '', "
    f"'{NOW}', NULL)",
)


def _make_first_schema_db(data_dir: Path) -> None:
    """A bench database as the first release left it (see FIRST_RELEASE_ROWS)."""
    engine = create_sqlite_engine(data_dir / DB_FILENAME)
    with engine.connect() as conn:
        upgrade(conn, "0001")
        assert current_revision(conn) == "0001"
        for statement in FIRST_RELEASE_ROWS:
            conn.execute(text(statement))
        conn.commit()
    engine.dispose()


def test_first_schema_upgrades_to_head_with_data_kept(data_dir: Path) -> None:
    _make_first_schema_db(data_dir)
    before = dt.datetime.now(dt.UTC)

    db = Database.open(data_dir)
    try:
        with db.engine.connect() as conn:
            assert current_revision(conn) == head_revision() != "0001"
        cache = ReturnsCache(db)
        found = cache.find(["1Z999AA10123456784"])
        assert [c.ret.id for c in found] == ["R1"]
        assert found[0].ret.product.imei == "356938035643809"
        with db.read() as session:
            cached_at = session.execute(text("SELECT cached_at FROM returns")).scalar()
        assert dt.datetime.fromisoformat(cached_at) >= before  # retention counts from upgrade

        outbox = OutboxRepo(db)
        entry = outbox.get("u-1")
        assert entry is not None
        assert (entry.state, entry.attempts, entry.last_error) == (
            OutboxState.PENDING,
            2,
            "timeout",
        )
        assert entry.payload == b"{}"
        assert [p.sha256 for p in entry.photos] == ["a" * 64]

        state = SyncStateRepo(db)  # the table the second migration adds
        state.set("cursor", "42")
        assert state.get("cursor") == "42"
        outbox.mark_sent("u-1")
        with db.read() as session:
            uploaded = session.execute(text("SELECT uploaded_at FROM photos")).scalar()
        assert uploaded is not None
    finally:
        db.close()


def test_models_match_migrated_schema(db: Database) -> None:
    with db.engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"compare_type": False})
        diffs = compare_metadata(context, Base.metadata)
    assert diffs == []


def test_database_from_a_newer_build_is_refused_untouched(data_dir: Path) -> None:
    Database.open(data_dir).close()
    engine = create_sqlite_engine(data_dir / DB_FILENAME)
    with engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '0099'"))
    engine.dispose()
    with pytest.raises(StorageError, match="newer version of Return Inspector"):
        Database.open(data_dir)
    engine = create_sqlite_engine(data_dir / DB_FILENAME)
    with engine.connect() as conn:
        assert current_revision(conn) == "0099"
    engine.dispose()


def test_the_head_read_from_file_names_is_alembics():
    """Every start compares the database with head_revision(), read from the script files'
    names to spare the Alembic import: a file named against the convention must fail here."""
    script = ScriptDirectory.from_config(alembic_config())
    assert head_revision() == script.get_current_head()
    for revision in script.walk_revisions():
        assert Path(revision.path).name.startswith(f"{revision.revision}_"), revision.path


def test_events_recorded_before_ids_get_stable_distinct_ones(data_dir: Path) -> None:
    """A bench upgraded with events already in its log uploads them too: each gets an id
    derived from its row, the same at every reading, so the server stores it once."""
    engine = create_sqlite_engine(data_dir / DB_FILENAME)
    with engine.connect() as conn:
        upgrade(conn, "0006")
        for i in (1, 2):
            conn.execute(
                text(
                    "INSERT INTO bench_events (at, kind, actor, place, subject, detail) "
                    f"VALUES ('{NOW}', 'sign_in', 'b{i}', 'bench-1', 'b{i}', '')"
                )
            )
        conn.commit()
    engine.dispose()

    db = Database.open(data_dir)
    try:
        events = BenchEventsRepo(db)
        events.record("sign_out", at=dt.datetime.now(dt.UTC), actor="b1", place="bench-1")
        first = [e.event_id for e in events.unsent(10)]
        assert len(first) == len(set(first)) == 3
        assert all(uuid.UUID(event_id) for event_id in first)
        assert [e.event_id for e in events.unsent(10)] == first
    finally:
        db.close()
