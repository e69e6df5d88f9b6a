"""The station's durable local store: SQLite (WAL, fsync per commit) migrated by Alembic."""
