"""How a server instance is configured: where its database and photos live, and its limits.

The CLI builds a ServerConfig from `--data-dir`/`--db` and then the RI_SERVER_* environment
variables in ENVIRONMENT (what a systemd unit's EnvironmentFile or a container sets; the
table in docs/deployment.md lists them). An unusable value stops the server at start with
the variable's name, rather than being ignored.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from inspector_app.wire import MAX_PHOTO_BYTES, MessageStep

MAX_JSON_BYTES = 1024 * 1024
"""Largest JSON request body; a full inspection with 500 answers stays well below it."""

MAX_INSPECTION_PHOTO_BYTES = 300 * 1024 * 1024
"""Largest total size of the photos one inspection may reference."""

GIB = 1024**3


class ConfigError(ValueError):
    """An environment variable the server cannot use; the message names it."""


@dataclass(frozen=True, slots=True)
class ServerConfig:
    """Everything create_app needs; the CLI builds it from flags and environment."""

    db_url: str
    photo_dir: Path
    data_dir: Path | None = None
    """The instance's directory (marketplace.toml, message templates); None in tests that
    need none."""
    max_photo_bytes: int = MAX_PHOTO_BYTES
    max_json_bytes: int = MAX_JSON_BYTES
    max_inspection_photo_bytes: int = MAX_INSPECTION_PHOTO_BYTES
    run_jobs: bool = True
    """Whether this process takes part in running jobs (jobs.py); any number of them may."""
    job_lease_s: float = 30.0
    """A dead holder's jobs are taken over within 4/3 of this."""
    job_every: tuple[tuple[str, float], ...] = ()
    """(job name, seconds between runs) overriding a job's own interval."""
    photo_store: str = ""
    """`s3://bucket/prefix`, or a directory; empty: `photo_dir` (photo_store.py)."""
    s3_endpoint: str = ""
    """An S3-compatible store's URL (MinIO, Ceph RGW); empty: AWS S3."""
    s3_region: str = ""
    s3_addressing: str = ""
    """`path` or `virtual`; empty: path-style when an endpoint is given, else virtual."""
    spool_dir: Path | None = None
    """Where uploads to S3 are streamed first; empty: `<data-dir>/spool`."""
    photo_uploads_per_hour: int = 3600
    """Photo uploads one token may make in an hour (a bench makes one or two hundred)."""
    photo_bytes_per_hour: int = 2 * GIB
    """Bytes of photos one token may upload in an hour."""
    min_free_bytes: int = 2 * GIB
    """Below this much free space where uploads land, uploads are refused (507)."""
    uploads_at_once: int = 32
    """Photo uploads one worker process receives at the same time."""
    uploads_at_once_per_token: int = 8
    """Of those, how many one token may have (a bench sends up to 8 at once)."""
    collect_photos_after_days: int = 30
    """A photo no inspection references is deleted this long after it arrived; 0: never."""
    message_steps: frozenset[MessageStep] = frozenset(MessageStep)
    """The steps this site tells its customers about (all by default); messages of the others
    are stored with the inspection but never handed to the marketplace."""
    time_zone: str = "UTC"
    """The site's IANA time zone (`Europe/Paris`): the lead's days end at its midnight and
    its hours of the day are the warehouse's clocks. UTC by default, the one zone that needs
    no zone data on the host."""

    @property
    def zone(self) -> dt.tzinfo:
        """`time_zone` as a tzinfo (checked when the configuration was read)."""
        return dt.UTC if self.time_zone == "UTC" else ZoneInfo(self.time_zone)

    @classmethod
    def for_data_dir(
        cls,
        data_dir: Path,
        db_url: str | None = None,
        message_steps: frozenset[MessageStep] | None = None,
    ) -> ServerConfig:
        """A server keeping a SQLite file and its photos under `data_dir`, unless `db_url`."""
        data_dir = Path(data_dir)
        return cls(
            db_url=db_url or f"sqlite:///{data_dir / 'server.db'}",
            photo_dir=data_dir / "photos",
            data_dir=data_dir,
            message_steps=frozenset(MessageStep) if message_steps is None else message_steps,
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


def parse_message_steps(text: str) -> frozenset[MessageStep]:
    """`received,decision` -> those steps; `none` -> no step; ValueError naming the steps."""
    words = [w.strip() for w in text.split(",") if w.strip()]
    if words == ["none"]:
        return frozenset()
    try:
        return frozenset(MessageStep(w) for w in words)
    except ValueError:
        known = ", ".join(s.value for s in MessageStep)
        raise ValueError(f"{text!r}: name steps among {known}, or none") from None


def parse_time_zone(raw: str) -> str:
    """An IANA zone name this host has data for; ValueError naming an example otherwise."""
    try:
        ZoneInfo(raw)
    except (ZoneInfoNotFoundError, ValueError):
        raise ValueError(
            "expected an IANA time zone such as Europe/Paris or UTC (known to this host's "
            "zone data: on Debian the tzdata package)"
        ) from None
    return raw


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


def _count(raw: str) -> int:
    value = int(raw)
    if value < 1:
        raise ValueError("expected a whole number of at least 1")
    return value


def _days(raw: str) -> int:
    value = int(raw)
    if value < 0:
        raise ValueError("expected a whole number of days (0: never)")
    return value


_UNITS = {"": 1, "K": 1024, "M": 1024**2, "G": 1024**3, "T": 1024**4}


def _size(raw: str) -> int:
    """Bytes, or a number with K, M, G or T (binary: 2G is 2 GiB; `GiB`, `GB` also read)."""
    text = raw.upper().removesuffix("B").removesuffix("I")
    unit = text[-1:] if text[-1:] in _UNITS else ""
    number = text[: len(text) - len(unit)].strip()
    try:
        value = float(number) * _UNITS[unit]
    except ValueError:
        raise ValueError("expected a size such as 2G, 500M or 1048576") from None
    if value < 0:
        raise ValueError("expected a size of at least 0")
    return int(value)


def _addressing(raw: str) -> str:
    if raw not in ("path", "virtual"):
        raise ValueError("expected path or virtual")
    return raw


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
    "RI_SERVER_PHOTO_STORE": ("photo_store", str),
    "RI_SERVER_S3_ENDPOINT": ("s3_endpoint", str),
    "RI_SERVER_S3_REGION": ("s3_region", str),
    "RI_SERVER_S3_ADDRESSING": ("s3_addressing", _addressing),
    "RI_SERVER_SPOOL_DIR": ("spool_dir", Path),
    "RI_SERVER_PHOTO_UPLOADS_PER_HOUR": ("photo_uploads_per_hour", _count),
    "RI_SERVER_PHOTO_BYTES_PER_HOUR": ("photo_bytes_per_hour", _size),
    "RI_SERVER_MIN_FREE_SPACE": ("min_free_bytes", _size),
    "RI_SERVER_UPLOADS_AT_ONCE": ("uploads_at_once", _count),
    "RI_SERVER_UPLOADS_AT_ONCE_PER_TOKEN": ("uploads_at_once_per_token", _count),
    "RI_SERVER_COLLECT_PHOTOS_AFTER_DAYS": ("collect_photos_after_days", _days),
    "RI_SERVER_MESSAGE_STEPS": ("message_steps", parse_message_steps),
    "RI_SERVER_TIME_ZONE": ("time_zone", parse_time_zone),
}
"""Environment variable -> (ServerConfig field, parser)."""
