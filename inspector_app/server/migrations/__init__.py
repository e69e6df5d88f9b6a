"""Alembic migrations of the server database (run by db.migrate at every start)."""
