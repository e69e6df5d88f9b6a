"""Fixtures for the pure domain tests."""

from __future__ import annotations

import pytest

from inspector_app.domain.returns import Return

from .builders import make_return


@pytest.fixture
def ret() -> Return:
    return make_return()
