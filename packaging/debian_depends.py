"""The .deb's Depends and Recommends, read off the bundle's ELF files.

The bundle carries what pip installed (Qt, ICU, NumPy, OpenCV...) but takes the
distribution's own libraries (OpenSSL, SQLite, GLib, X11, PulseAudio...) from the system:
those get the distribution's security updates, and copying the build machine's would add
~35 MB that every Debian system has anyway. So every library a bundled binary links against
and the bundle does not hold must come from a package: this script finds each one's file
through the dynamic linker's cache (`ldconfig -p`) and its package through `dpkg -S`. Like
a simple dpkg-shlibdeps, without versions: the package is built on the release it is for
(docs/packaging.md), whose libraries are at least as new as the build's.

Libraries needed only by OpenCV's FFmpeg plugin go to Recommends: without them cameras work
and only video files and network streams do not (the station says so).

    python packaging/debian_depends.py dist/inspector-app
    depends=libdbus-1-3, libegl1, ...
    recommends=libavcodec59, ...

Exits non-zero, naming the library, when one is not on this system or not in any package.
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
from pathlib import Path

OPTIONAL = ("libopencv_videoio_",)
"""Bundled binaries that are optional: what only they need is recommended, not required."""

SIXTY_FOUR_BIT = ("x86-64", "AArch64")
"""How `ldconfig -p` marks the libraries of the architectures we package (amd64, arm64)."""

PROVIDED_BY_GLIBC_LINE = {"libc6"}
"""Packages the control file declares itself (with the minimum glibc version)."""


class MissingLibraryError(RuntimeError):
    """A needed library this system cannot account for."""


def is_elf(path: Path) -> bool:
    with path.open("rb") as handle:
        return handle.read(4) == b"\x7fELF"


def needed(path: Path) -> set[str]:
    """The sonames an ELF file links against (its DT_NEEDED entries)."""
    done = subprocess.run(
        ["readelf", "--dynamic", str(path)],
        capture_output=True,
        text=True,
        check=False,
        env={**os.environ, "LC_ALL": "C", "LANGUAGE": ""},  # readelf's words are translated
    )
    if done.returncode != 0:
        raise MissingLibraryError(f"{path}: readelf failed: {done.stderr.strip()}")
    return set(re.findall(r"\(NEEDED\).*\[([^\]]+)\]", done.stdout))


def linker_cache() -> dict[str, str]:
    """soname -> path for this architecture's libraries known to the dynamic linker."""
    out = subprocess.run(["ldconfig", "-p"], capture_output=True, text=True, check=True).stdout
    cache: dict[str, str] = {}
    for line in out.splitlines():
        match = re.match(r"\s*(\S+) \(([^)]*)\) => (\S+)", line)
        if match and any(arch in match[2] for arch in SIXTY_FOUR_BIT):
            cache.setdefault(match[1], match[3])
    return cache


def package_of(path: str) -> str:
    """The Debian package that installed `path`, trying both sides of the /usr merge."""
    candidates = [path, str(Path(path).resolve())]
    for candidate in list(candidates):
        if candidate.startswith("/usr/lib/"):
            candidates.append(candidate[len("/usr") :])
        elif candidate.startswith("/lib/"):
            candidates.append("/usr" + candidate)
    for candidate in candidates:
        done = subprocess.run(
            ["dpkg", "-S", candidate], capture_output=True, text=True, check=False
        )
        # "pkg:arch: /path" or "pkg1, pkg2: /path"; a diverted file adds "diversion by" lines
        owners = [
            line.split(": ", 1)[0].split(", ")[0].split(":")[0]
            for line in done.stdout.splitlines()
            if done.returncode == 0 and ": " in line and not line.startswith("diversion ")
        ]
        if owners:
            return owners[0]
    raise MissingLibraryError(f"{path}: no installed package owns it")


def system_needs(bundle: Path) -> tuple[set[str], set[str]]:
    """The sonames the bundle's required and optional binaries take from the system."""
    binaries = [p for p in bundle.rglob("*") if p.is_file() and not p.is_symlink() and is_elf(p)]
    inside = {p.name for p in bundle.rglob("*")}
    required: set[str] = set()
    optional: set[str] = set()
    for binary in binaries:
        outside = needed(binary) - inside
        (optional if binary.name.startswith(OPTIONAL) else required).update(outside)
    return required, optional - required


def packages(sonames: set[str], cache: dict[str, str]) -> list[str]:
    """The packages providing `sonames`, sorted, without those the control file names itself."""
    found = set()
    for soname in sorted(sonames):
        if soname not in cache:
            raise MissingLibraryError(f"{soname}: not installed on this build machine")
        found.add(package_of(cache[soname]))
    return sorted(found - PROVIDED_BY_GLIBC_LINE)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("bundle", type=Path)
    parser.add_argument(
        "--depends",
        action="append",
        default=[],
        metavar="PACKAGE",
        help="a package the bundle needs without linking to it (a library Qt loads at run time)",
    )
    args = parser.parse_args(argv)
    try:
        required, optional = system_needs(args.bundle)
        cache = linker_cache()
        depends = sorted(set(packages(required, cache)) | set(args.depends))
        recommends = [p for p in packages(optional, cache) if p not in depends]
    except MissingLibraryError as error:
        print(f"debian_depends.py: {error}", file=sys.stderr)
        return 1
    print("depends=" + ", ".join(depends))
    print("recommends=" + ", ".join(recommends))
    return 0


if __name__ == "__main__":
    sys.exit(main())
