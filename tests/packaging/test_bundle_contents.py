"""The spec's lists against the source tree, without building anything (seconds, every CI run).

A resource directory the code reads but the spec forgets, or a Qt module the GUI starts using
while the spec excludes it, would only show up in a frozen build on a bench; these checks
catch both at review time.
"""

from __future__ import annotations

import _ssl
import ast
import re
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO / "packaging"))

import bundle_contents as bc  # noqa: E402

STATION_SOURCES = [
    p
    for p in (REPO / "inspector_app").rglob("*.py")
    if "server" not in p.relative_to(REPO / "inspector_app").parts
]


def tracked(path: str) -> list[str]:
    done = subprocess.run(
        ["git", "ls-files", path], cwd=REPO, capture_output=True, text=True, check=True
    )
    return done.stdout.split()


@pytest.mark.parametrize("name", bc.RESOURCE_DIRS)
def test_resource_dirs_exist_in_git(name: str) -> None:
    assert tracked(f"resources/{name}"), f"resources/{name} has no tracked files"


def test_every_resource_the_station_reads_is_bundled() -> None:
    used = set()
    for path in STATION_SOURCES:
        used |= set(re.findall(r'resource_path\(\s*"([^"]+)"', path.read_text(encoding="utf-8")))
    assert used, "no resource_path() calls found: has the helper been renamed?"
    assert used <= set(bc.RESOURCE_DIRS)


def imported_modules(path: Path) -> set[str]:
    names = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


def test_no_qt_module_the_station_imports_is_excluded() -> None:
    qt = {
        m.split(".")[1]
        for p in STATION_SOURCES
        for m in imported_modules(p)
        if m.startswith("PySide6.")
    }
    assert qt <= set(bc.QT_MODULES), qt - set(bc.QT_MODULES)


# `inspector-app demo` embeds the reference server for `make run`; the frozen station does
# not ship it, so only that developer command may name it.
DEMO_ONLY = {"inspector_app/commands/gui.py"}


def test_station_code_does_not_import_the_server() -> None:
    offenders = {
        str(p.relative_to(REPO))
        for p in STATION_SOURCES
        if any(m.startswith("inspector_app.server") for m in imported_modules(p))
    }
    assert offenders <= DEMO_ONLY


def test_excluded_own_modules_exist() -> None:
    for module in (m for m in bc.EXCLUDED_MODULES if m.startswith("inspector_app.")):
        path = REPO / Path(*module.split("."))
        assert path.is_dir() or path.with_suffix(".py").is_file(), module


def test_command_modules_are_bundled() -> None:
    from inspector_app.cli import COMMAND_MODULES

    assert bc.station_modules(list(COMMAND_MODULES)) == list(COMMAND_MODULES)
    assert (
        bc.station_modules(
            [
                "inspector_app.server.app",
                "inspector_app.gui.forms",
                "inspector_app.storage.migrations.env",
            ]
        )
        == []
    )


@pytest.mark.parametrize(
    ("dest", "keep"),
    [
        ("PySide6/Qt/lib/libQt6Widgets.so.6", True),
        ("PySide6/Qt/lib/libQt6WebEngineCore.so.6", False),
        ("PySide6/Qt/lib/libQt6Quick.so.6", False),
        ("PySide6/Qt/lib/libavcodec.so.63", False),
        ("PySide6/Qt/plugins/platforms/libqxcb.so", True),
        ("PySide6/Qt/plugins/platforms/libqoffscreen.so", True),
        ("PySide6/Qt/plugins/platforms/libqeglfs.so", False),
        ("PySide6/Qt/plugins/platformthemes/libqgtk3.so", False),
        ("PySide6/Qt/translations/qtbase_fr.qm", True),
        ("PySide6/Qt/translations/qtbase_de.qm", False),
        ("PySide6\\Qt\\translations\\qtbase_ja.qm", False),
        ("resources/translations/inspector_fr.qm", True),
        ("resources/translations/inspector_fr.ts", False),
        ("opencv_python_headless.libs/libavcodec-c4204469.so.62", True),
    ],
)
def test_wanted(dest: str, keep: bool) -> None:
    assert bc.wanted(dest) is keep


def test_prune_keeps_only_what_is_still_linked() -> None:
    entries = [
        ("PySide6/Qt/plugins/platforms/libqxcb.so", "/src/libqxcb.so", "BINARY"),
        ("PySide6/Qt/lib/libQt6Core.so.6", "/src/libQt6Core.so.6", "BINARY"),
        ("libQt6Core.so.6", "PySide6/Qt/lib/libQt6Core.so.6", "SYMLINK"),
        ("libxcb-cursor.so.0", "/sys/libxcb-cursor.so.0.0.0", "BINARY"),
        ("libxcb-util.so.1", "libxcb-util.so.1.0.0", "SYMLINK"),
        ("libxcb-util.so.1.0.0", "/sys/libxcb-util.so.1.0.0", "BINARY"),
        ("libcairo.so.2", "/sys/libcairo.so.2", "BINARY"),  # only the dropped GTK plugin used it
        ("libQt6Quick.so.6", "PySide6/Qt/lib/libQt6Quick.so.6", "SYMLINK"),
        ("libpython3.11.so.1.0", "/sys/libpython3.11.so.1.0", "BINARY"),
    ]
    links = {
        "/src/libqxcb.so": ["libxcb-cursor.so.0", "libQt6Core.so.6"],
        "/sys/libxcb-cursor.so.0.0.0": ["libxcb-util.so.1", "libc.so.6"],
    }
    kept = {e[0] for e in bc.prune_unreferenced(entries, lambda src: links.get(src, []))}
    assert kept == {
        "PySide6/Qt/plugins/platforms/libqxcb.so",
        "PySide6/Qt/lib/libQt6Core.so.6",
        "libQt6Core.so.6",
        "libxcb-cursor.so.0",
        "libxcb-util.so.1",
        "libxcb-util.so.1.0.0",
        "libpython3.11.so.1.0",
    }


def test_dangling_links_are_dropped() -> None:
    entries = [
        ("PySide6/Qt/lib/libQt6Core.so.6", "/src/libQt6Core.so.6", "BINARY"),
        ("libQt6Core.so.6", "PySide6/Qt/lib/libQt6Core.so.6", "SYMLINK"),
        ("libQt6Quick.so.6", "PySide6/Qt/lib/libQt6Quick.so.6", "SYMLINK"),
        ("libQt6Quick.so", "libQt6Quick.so.6", "SYMLINK"),  # a link to a dangling link
    ]
    assert [e[0] for e in bc.drop_dangling_links(entries)] == [
        "PySide6/Qt/lib/libQt6Core.so.6",
        "libQt6Core.so.6",
    ]


def test_spec_and_scripts_name_files_that_exist() -> None:
    spec = (REPO / "packaging" / "inspector-app.spec").read_text(encoding="utf-8")
    assert '"inspector_app" / "__main__.py"' in spec
    assert (REPO / "inspector_app" / "__main__.py").is_file()
    assert tracked("inspector_app/storage/migrations/versions")
    script = (REPO / "packaging" / "build-linux.sh").read_text(encoding="utf-8")
    for path in re.findall(r"packaging/[\w./-]+|docs/[\w.-]+", script):
        assert (REPO / path).exists(), path


def test_the_distributions_libraries_stay_out_and_python_extensions_stay_in() -> None:
    assert bc.from_the_system(("libssl.so.3", "/usr/lib/x86_64-linux-gnu/libssl.so.3", "BINARY"))
    assert not bc.from_the_system(("libicudata.so.73", "/venv/PySide6/Qt/lib/x", "BINARY"))
    assert not bc.from_the_system(("_ssl.so", _ssl.__file__, "EXTENSION"))
    assert not bc.from_the_system(("libpython3.11.so.1.0", "/usr/lib/libpython3.11.so", "BINARY"))
    vendored = "/usr/lib/python3/dist-packages/numpy.libs/libscipy_openblas64_.so"
    assert not bc.from_the_system(("numpy.libs/libscipy_openblas64_.so", vendored, "BINARY"))


def test_opencv_plugins_travel_as_files_next_to_the_extension(tmp_path: Path) -> None:
    extension_dir = tmp_path / "cv2" / "python-3"
    extension_dir.mkdir(parents=True)
    (extension_dir / "cv2.abi3.so").touch()
    (extension_dir / "libopencv_videoio_ffmpeg.so").touch()
    binaries = [("cv2/python-3/cv2.abi3.so", str(extension_dir / "cv2.abi3.so"), "EXTENSION")]
    assert bc.opencv_plugins(binaries) == [
        (
            "cv2/python-3/libopencv_videoio_ffmpeg.so",
            str(extension_dir / "libopencv_videoio_ffmpeg.so"),
            "DATA",
        )
    ]
    wheel = [("cv2/cv2.abi3.so", "/venv/site-packages/cv2/cv2.abi3.so", "EXTENSION")]
    assert bc.opencv_plugins(wheel) == []
