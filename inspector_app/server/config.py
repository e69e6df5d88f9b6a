"""How a server instance is configured: where its database and photos live, and its limits."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from inspector_app.wire import MAX_PHOTO_BYTES

MAX_JSON_BYTES = 1024 * 1024
"""Largest JSON request body; a full inspection with 500 answers stays well below it."""

MAX_INSPECTION_PHOTO_BYTES = 300 * 1024 * 1024
"""Largest total size of the photos one inspection may reference."""


@dataclass(frozen=True, slots=True)
class ServerConfig:
    """Everything create_app needs; the CLI builds it from flags and environment."""

    db_url: str
    photo_dir: Path
    max_photo_bytes: int = MAX_PHOTO_BYTES
    max_json_bytes: int = MAX_JSON_BYTES
    max_inspection_photo_bytes: int = MAX_INSPECTION_PHOTO_BYTES

    @classmethod
    def for_data_dir(cls, data_dir: Path, db_url: str | None = None) -> ServerConfig:
        """A server keeping a SQLite file and its photos under `data_dir`, unless `db_url`."""
        data_dir = Path(data_dir)
        return cls(
            db_url=db_url or f"sqlite:///{data_dir / 'server.db'}",
            photo_dir=data_dir / "photos",
        )
