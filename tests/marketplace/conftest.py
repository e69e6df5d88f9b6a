"""Fixtures for the marketplace connector: the fake Back Market on loopback, every exchange
validated against Back Market's published OpenAPI file, and a connector configured for it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from backmarket_fake import FakeBackMarket
from backmarket_spec import SpecValidator, require_spec

from inspector_app.marketplace.backmarket import config as bm_config
from inspector_app.marketplace.backmarket.client import BackMarketClient

SCALE = 20.0
"""Limits, blocks and backoffs run 20 times faster than published (both sides agree)."""


@pytest.fixture
def validator() -> SpecValidator:
    require_spec()
    return SpecValidator().ready()


@pytest.fixture
def fake(validator: SpecValidator) -> Iterator[FakeBackMarket]:
    """The fake marketplace. At the end, no request or answer may have broken the file."""
    with FakeBackMarket(validator=validator, scale=SCALE) as marketplace:
        yield marketplace
    assert validator.violations == [], "\n".join(validator.violations)


def connector_config(
    data_dir: Path, fake: FakeBackMarket, **overrides: object
) -> bm_config.BackMarketConfig:
    settings = {
        "base_url": fake.url,
        "company": "Acme Refurb",
        "contact_email": "it@acme.example",
        "rate_scale": SCALE,
        "timeout_s": 30.0,  # generous: a loaded machine answers slowly, not never
        **overrides,
    }
    loaded = bm_config.load(data_dir, overrides=settings, environ={bm_config.TOKEN_ENV: fake.token})
    assert loaded is not None
    return loaded


@pytest.fixture
def client(tmp_path: Path, fake: FakeBackMarket) -> Iterator[BackMarketClient]:
    bm = BackMarketClient(connector_config(tmp_path, fake))
    yield bm
    bm.close()


# Databases on each backend (SQLite, and PostgreSQL when RI_TEST_PG_URL is set), as the
# server's own tests get them.
from server.conftest import db_url, pg_url, server, sqlite_template  # noqa: E402, F401
