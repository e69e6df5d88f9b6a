"""Refresh the pinned, hashed install sets under requirements/ (``make lock``).

A bench, CI and a developer's venv install from these files with
``pip install --require-hashes -r requirements/SET.txt`` and then the project itself with
``pip install --no-deps --no-build-isolation -e .``, so a fresh machine gets exactly the
versions the test suite ran against. The ranges in pyproject.toml stay for people who install
the package as a library; this file turns them into pins.

    python3 tools/lock.py                 # re-resolve, keeping every current pin that still fits
    python3 tools/lock.py --upgrade       # newest versions the ranges allow
    python3 tools/lock.py --upgrade-package numpy
    python3 tools/lock.py --check         # fail if pyproject.toml changed since the last lock

Adding a dependency: edit pyproject.toml, run ``make lock``, commit both. The locks are
universal (one file for Linux, Windows and macOS, with environment markers), so Windows
builds install from the same file. The subsets (package, server) are resolved under the
full set's pins, so the packaged station runs the very versions ``make test`` tested.

Only the standard library is used: ``make lock`` must work while the venv cannot be built
(a new dependency is missing from the locks). The resolver, uv, is itself pinned with hashes
in requirements/lock-tool.txt and installed into build/lock-tool.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import subprocess
import sys
import tomllib
import venv
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
REQUIREMENTS = ROOT / "requirements"
TOOL_VENV = ROOT / "build" / "lock-tool"
TOOL_LOCK = REQUIREMENTS / "lock-tool.txt"
TOOL_INPUT = REQUIREMENTS / "lock-tool.in"
DIGEST_PREFIX = "# pyproject dependencies sha256: "
# The oldest Python pyproject.toml allows; the universal resolution covers it and every newer one.
PYTHON_FLOOR = "3.11"


@dataclass(frozen=True)
class LockSet:
    """One install set: a file under requirements/ and the extras it installs."""

    name: str
    extras: tuple[str, ...]
    used_by: str

    @property
    def path(self) -> Path:
        return REQUIREMENTS / f"{self.name}.txt"


# The full set comes first: the others are resolved under its pins.
FULL = LockSet("dev", ("server", "dev", "package"), "make run, make test, make package, .ci/run")
SETS = (
    FULL,
    LockSet("package", ("package",), "packaging/build-linux.sh, packaging/build-windows.ps1"),
    LockSet("server", ("server",), "a central server install; the Windows CI's loopback server"),
)


def dependency_digest(pyproject: Path = ROOT / "pyproject.toml") -> str:
    """What the locks were resolved from: a change here means ``make lock`` is due.

    Only the tables that decide the resolution count, so reformatting or editing the
    project's description or tool settings leaves the locks current.
    """
    data = tomllib.loads(pyproject.read_text(encoding="utf-8"))
    project = data["project"]
    inputs = {
        "requires-python": project.get("requires-python"),
        "dependencies": project.get("dependencies", []),
        "optional-dependencies": project.get("optional-dependencies", {}),
        "build-system": data["build-system"]["requires"],
        "sets": [[s.name, list(s.extras)] for s in SETS],
    }
    return hashlib.sha256(json.dumps(inputs, sort_keys=True).encode()).hexdigest()


def recorded_digest(lock: Path) -> str | None:
    """The digest line written into a lock file, or None when there is none."""
    if not lock.exists():
        return None
    for line in lock.read_text(encoding="utf-8").splitlines():
        if line.startswith(DIGEST_PREFIX):
            return line.removeprefix(DIGEST_PREFIX).strip()
    return None


def stale_locks() -> list[Path]:
    """The lock files that do not match pyproject.toml (or are missing)."""
    current = dependency_digest()
    return [s.path for s in SETS if recorded_digest(s.path) != current]


def uv_executable() -> Path:
    """The pinned uv, installed on first use into its own small venv under build/."""
    bin_dir = TOOL_VENV / ("Scripts" if os.name == "nt" else "bin")
    uv = bin_dir / ("uv.exe" if os.name == "nt" else "uv")
    stamp = TOOL_VENV / "installed-from.txt"
    wanted = TOOL_LOCK.read_text(encoding="utf-8")
    if uv.exists() and stamp.exists() and stamp.read_text(encoding="utf-8") == wanted:
        return uv
    print(f"lock: installing the pinned uv into {TOOL_VENV.relative_to(ROOT)}", flush=True)
    venv.create(TOOL_VENV, with_pip=True, clear=True)
    python = bin_dir / ("python.exe" if os.name == "nt" else "python")
    subprocess.run(
        [python, "-m", "pip", "install", "--quiet", "--require-hashes", "-r", TOOL_LOCK],
        check=True,
    )
    stamp.write_text(wanted, encoding="utf-8")
    return uv


def compile_lock(
    uv: Path,
    sources: list[str],
    output: Path,
    *,
    upgrade: list[str],
    extras: tuple[str, ...] = (),
    stdin: str | None = None,
    constraint: Path | None = None,
) -> None:
    """Run ``uv pip compile`` with the options every lock shares."""
    command = [
        str(uv), "pip", "compile", *sources,
        "--universal", "--python-version", PYTHON_FLOOR,
        "--generate-hashes", "--quiet", "--no-config",
        "--custom-compile-command", "make lock",
        "--output-file", str(output.relative_to(ROOT)),
        *(arg for extra in extras for arg in ("--extra", extra)),
        *upgrade,
    ]  # fmt: skip
    if constraint is not None:
        command += ["--constraint", str(constraint.relative_to(ROOT))]
    subprocess.run(command, cwd=ROOT, input=stdin, text=True, check=True)


def stamp_digest(lock: Path, digest: str, used_by: str) -> None:
    """Put the pyproject digest and who installs the file under uv's own header."""
    lines = lock.read_text(encoding="utf-8").splitlines(keepends=True)
    kept = [line for line in lines if not line.startswith((DIGEST_PREFIX, "# installed by: "))]
    header_end = next(i for i, line in enumerate(kept) if not line.startswith("#"))
    kept[header_end:header_end] = [f"# installed by: {used_by}\n", f"{DIGEST_PREFIX}{digest}\n"]
    lock.write_text("".join(kept), encoding="utf-8")


def refresh(upgrade: list[str]) -> None:
    uv = uv_executable()
    # The resolver itself first, so an upgrade takes effect at the next run.
    compile_lock(uv, [str(TOOL_INPUT.relative_to(ROOT))], TOOL_LOCK, upgrade=upgrade)
    digest = dependency_digest()
    build_requires = "\n".join(
        tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["build-system"][
            "requires"
        ]
    )
    for lock_set in SETS:
        print(f"lock: {lock_set.path.relative_to(ROOT)} (extras: {', '.join(lock_set.extras)})")
        # The build backend is pinned too: the editable install then fetches nothing.
        compile_lock(
            uv,
            ["-", "pyproject.toml"],
            lock_set.path,
            upgrade=upgrade,
            extras=lock_set.extras,
            stdin=build_requires,
            constraint=None if lock_set is FULL else FULL.path,
        )
        stamp_digest(lock_set.path, digest, lock_set.used_by)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="only check the locks are current")
    parser.add_argument("--upgrade", action="store_true", help="move every pin to the newest")
    parser.add_argument(
        "--upgrade-package", action="append", default=[], metavar="NAME", help="move one pin"
    )
    args = parser.parse_args(argv)
    if args.check:
        stale = stale_locks()
        for lock in stale:
            print(
                f"{lock.relative_to(ROOT)} does not match pyproject.toml's dependencies:"
                " run `make lock` and commit the result",
                file=sys.stderr,
            )
        return 1 if stale else 0
    upgrade = ["--upgrade"] if args.upgrade else []
    for name in args.upgrade_package:
        upgrade += ["--upgrade-package", name]
    refresh(upgrade)
    return 0


if __name__ == "__main__":
    sys.exit(main())
