"""Alembic, run from code: every open brings the database to the newest schema in place.

IT upgrades a bench by installing a new build over the old one; the first start migrates the
existing database, keeping drafts, the outbox and the cache. The script directory ships
inside the package so frozen builds carry it.
"""

from __future__ import annotations

import functools
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, inspect, text

from inspector_app.errors import UserError

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"


def alembic_config(connection: Connection | None = None) -> Config:
    """An Alembic config pointing at our script directory, bound to `connection` if given."""
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    config.attributes["connection"] = connection
    return config


@functools.cache
def head_revision() -> str:
    """The newest migration this build knows: the highest of the script files' numbers (each
    file name starts with its revision; test_migrations checks that Alembic agrees). Read
    without Alembic, whose import costs a quarter of a second of every start that has
    nothing to migrate.
    """
    numbers = [path.name.split("_", 1)[0] for path in (MIGRATIONS_DIR / "versions").glob("0*.py")]
    if not numbers:
        raise RuntimeError("no migrations found")
    return max(numbers)


def current_revision(connection: Connection) -> str | None:
    """The revision the database is at (Alembic's one-row table), None for an empty one."""
    if not inspect(connection).has_table("alembic_version"):
        return None
    return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()


def upgrade(connection: Connection, revision: str) -> None:
    """Migrate the database behind `connection` to `revision` (tests use older ones)."""
    from alembic import command

    command.upgrade(alembic_config(connection), revision)
    if connection.in_transaction():
        connection.commit()


class NewerSchemaError(UserError, RuntimeError):
    """The database was written by a newer build than this one (an installer downgrade)."""


@functools.cache
def known_revisions() -> frozenset[str]:
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(alembic_config())
    return frozenset(rev.revision for rev in script.walk_revisions())


def upgrade_to_head(connection: Connection) -> None:
    """Migrate to the newest schema, doing nothing when already there (the common case).

    Refuses (NewerSchemaError) a database whose revision this build does not know: running
    old code on a newer schema could silently drop what the newer build stores.
    """
    current = current_revision(connection)
    if current is not None and current not in known_revisions():
        raise NewerSchemaError(
            f"This station's database was created by a newer version of Return Inspector "
            f"(schema {current}). Install that version or a later one; the data is untouched."
        )
    if current != head_revision():
        upgrade(connection, "head")
    elif connection.in_transaction():
        connection.commit()
