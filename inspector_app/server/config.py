"""How a server instance is configured: where its database and photos live, and its limits.

The CLI builds a ServerConfig from `--data-dir`/`--db` and then the RI_SERVER_* environment
variables in ENVIRONMENT (what a systemd unit's EnvironmentFile or a container sets; the
table in docs/deployment.md lists them). An unusable value stops the server at start with
the variable's name, rather than being ignored.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from inspector_app.wire import MAX_PHOTO_BYTES

MAX_JSON_BYTES = 1024 * 1024
"""Largest JSON request body; a full inspection with 500 answers stays well below it."""

MAX_INSPECTION_PHOTO_BYTES = 300 * 1024 * 1024
"""Largest total size of the photos one inspection may reference."""


class ConfigError(ValueError):
    """An environment variable the server cannot use; the message names it."""


@dataclass(frozen=True, slots=True)
class ServerConfig:
    """Everything create_app needs; the CLI builds it from flags and environment."""

    db_url: str
    photo_dir: Path
    max_photo_bytes: int = MAX_PHOTO_BYTES
    max_json_bytes: int = MAX_JSON_BYTES
    max_inspection_photo_bytes: int = MAX_INSPECTION_PHOTO_BYTES
    run_jobs: bool = True
    """Whether this process takes part in running jobs (jobs.py); any number of them may."""
    job_lease_s: float = 30.0
    """A dead holder's jobs are taken over within 4/3 of this."""
    job_every: tuple[tuple[str, float], ...] = ()
    """(job name, seconds between runs) overriding a job's own interval."""

    @classmethod
    def for_data_dir(cls, data_dir: Path, db_url: str | None = None) -> ServerConfig:
        """A server keeping a SQLite file and its photos under `data_dir`, unless `db_url`."""
        data_dir = Path(data_dir)
        return cls(
            db_url=db_url or f"sqlite:///{data_dir / 'server.db'}",
            photo_dir=data_dir / "photos",
        )

    def with_environment(self, environ: Mapping[str, str]) -> ServerConfig:
        """This configuration with the RI_SERVER_* variables of `environ` applied."""
        changes: dict[str, Any] = {}
        for variable, (name, parse) in ENVIRONMENT.items():
            raw = environ.get(variable, "").strip()
            if not raw:
                continue
            try:
                changes[name] = parse(raw)
            except ValueError as exc:
                raise ConfigError(f"{variable}={raw!r}: {exc}") from None
        return dataclasses.replace(self, **changes)


def _flag(raw: str) -> bool:
    value = raw.lower()
    if value in ("1", "true", "yes", "on"):
        return True
    if value in ("0", "false", "no", "off"):
        return False
    raise ValueError("expected yes or no (1/0, true/false, on/off)")


def _positive(raw: str) -> float:
    value = float(raw)
    if not value > 0:
        raise ValueError("expected a positive number")
    return value


def _job_intervals(raw: str) -> tuple[tuple[str, float], ...]:
    """`name=seconds,name=seconds`."""
    pairs = []
    for item in raw.split(","):
        name, sep, seconds = item.partition("=")
        if not sep or not name.strip():
            raise ValueError("expected job-name=seconds, separated by commas")
        pairs.append((name.strip(), _positive(seconds)))
    return tuple(pairs)


ENVIRONMENT: dict[str, tuple[str, Callable[[str], Any]]] = {
    "RI_SERVER_JOBS": ("run_jobs", _flag),
    "RI_SERVER_JOB_LEASE_S": ("job_lease_s", _positive),
    "RI_SERVER_JOB_EVERY": ("job_every", _job_intervals),
}
"""Environment variable -> (ServerConfig field, parser)."""
