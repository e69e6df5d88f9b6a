"""The committed lock files under requirements/: current, pinned, hashed, consistent.

These read the real files and pyproject.toml; resolving again would need the network, which
``make lock`` does.
"""

from __future__ import annotations

import re
import sys
import tomllib
from dataclasses import dataclass
from pathlib import Path

import pytest
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

REPO = Path(__file__).resolve().parents[2]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from tools import lock  # noqa: E402

PIN = re.compile(r"^(?P<name>[A-Za-z0-9._-]+)==(?P<version>[^ ;\\]+)\s*(?:;(?P<marker>[^\\]+))?")


@dataclass(frozen=True)
class Pin:
    name: str
    version: str
    marker: str
    hashes: int


def read_pins(path: Path) -> list[Pin]:
    """Every requirement of a lock file with the number of hashes that follow it."""
    pins: list[Pin] = []
    for block in re.split(r"\n(?=\S)", path.read_text(encoding="utf-8")):
        if block.startswith("#"):
            continue
        match = PIN.match(block)
        assert match, f"{path.name}: not an exact pin: {block.splitlines()[0]!r}"
        pins.append(
            Pin(
                canonicalize_name(match["name"]),
                match["version"],
                (match["marker"] or "").strip(),
                block.count("--hash=sha256:"),
            )
        )
    return pins


def test_the_committed_locks_match_pyproject() -> None:
    assert lock.stale_locks() == [], "run `make lock` and commit the result"


def test_a_range_change_makes_the_locks_stale_and_a_description_change_does_not(
    tmp_path: Path,
) -> None:
    original = (REPO / "pyproject.toml").read_text(encoding="utf-8")
    described = tmp_path / "described.toml"
    described.write_text(original.replace("description = ", 'description = "x" #'), "utf-8")
    widened = tmp_path / "widened.toml"
    widened.write_text(original.replace('"numpy>=1.26,<3"', '"numpy>=1.26,<4"'), "utf-8")
    assert widened.read_text(encoding="utf-8") != original

    assert lock.dependency_digest(described) == lock.dependency_digest()
    assert lock.dependency_digest(widened) != lock.dependency_digest()


@pytest.mark.parametrize("lock_set", lock.SETS, ids=lambda s: s.name)
def test_every_requirement_is_an_exact_pin_with_hashes(lock_set: lock.LockSet) -> None:
    pins = read_pins(lock_set.path)
    assert len(pins) > 20
    assert [p.name for p in pins if p.hashes == 0] == []


@pytest.mark.parametrize("lock_set", lock.SETS, ids=lambda s: s.name)
def test_each_set_pins_what_pyproject_asks_for_within_its_range(lock_set: lock.LockSet) -> None:
    data = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))
    wanted = list(data["project"]["dependencies"]) + list(data["build-system"]["requires"])
    for extra in lock_set.extras:
        wanted += data["project"]["optional-dependencies"][extra]
    pins = read_pins(lock_set.path)
    for text in wanted:
        requirement = Requirement(text)
        versions = [p.version for p in pins if p.name == canonicalize_name(requirement.name)]
        assert versions, f"{lock_set.path.name} lacks {requirement.name}"
        outside = [v for v in versions if v not in requirement.specifier]
        assert outside == [], f"{requirement.name} {outside} outside {requirement.specifier}"


@pytest.mark.parametrize("lock_set", lock.SETS[1:], ids=lambda s: s.name)
def test_a_subset_ships_the_versions_the_full_set_tests(lock_set: lock.LockSet) -> None:
    tested = {(p.name, p.version, p.marker) for p in read_pins(lock.FULL.path)}
    untested = [p for p in read_pins(lock_set.path) if (p.name, p.version, p.marker) not in tested]
    assert untested == []
