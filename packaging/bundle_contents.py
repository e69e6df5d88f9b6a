"""What goes into the frozen station, declared once for the spec and for its tests.

The spec (inspector-app.spec) imports this module; tests/packaging checks these lists against
the source tree (every data directory exists, no Qt module the GUI imports is excluded)
without running a build.
"""

from __future__ import annotations

import os
import posixpath
from collections.abc import Callable, Iterable
from fnmatch import fnmatch
from pathlib import Path

# Qt modules the station uses. Everything else PySide6 ships is excluded, and so are the Qt
# libraries, plugins and translations only those other modules need.
QT_MODULES = (
    "QtCore",
    "QtGui",
    "QtWidgets",
    "QtMultimedia",  # feedback sounds (QSoundEffect)
    "QtNetwork",  # needed by QtMultimedia
    "QtPrintSupport",  # intake labels on a system printer
    "QtSvg",  # SVG icons
    "QtCharts",  # the lead view's charts (pulls in the QtOpenGL libraries)
)

ALL_QT_MODULES = (
    "Qt3DAnimation",
    "Qt3DCore",
    "Qt3DExtras",
    "Qt3DInput",
    "Qt3DLogic",
    "Qt3DRender",
    "QtAsyncio",
    "QtAxContainer",
    "QtBluetooth",
    "QtCanvasPainter",
    "QtCharts",
    "QtConcurrent",
    "QtCore",
    "QtDBus",
    "QtDataVisualization",
    "QtDesigner",
    "QtGraphs",
    "QtGraphsWidgets",
    "QtGui",
    "QtHelp",
    "QtHttpServer",
    "QtLabsStyleKit",
    "QtLocation",
    "QtMultimedia",
    "QtMultimediaWidgets",
    "QtNetwork",
    "QtNetworkAuth",
    "QtNfc",
    "QtOpenGL",
    "QtOpenGLWidgets",
    "QtPdf",
    "QtPdfWidgets",
    "QtPositioning",
    "QtPrintSupport",
    "QtQml",
    "QtQuick",
    "QtQuick3D",
    "QtQuickControls2",
    "QtQuickTest",
    "QtQuickWidgets",
    "QtRemoteObjects",
    "QtScxml",
    "QtSensors",
    "QtSerialBus",
    "QtSerialPort",
    "QtSpatialAudio",
    "QtSql",
    "QtStateMachine",
    "QtSvg",
    "QtSvgWidgets",
    "QtTest",
    "QtTextToSpeech",
    "QtUiTools",
    "QtWebChannel",
    "QtWebEngineCore",
    "QtWebEngineQuick",
    "QtWebEngineWidgets",
    "QtWebSockets",
    "QtWebView",
    "QtXml",
)

EXCLUDED_MODULES = [
    # the reference server and its dependencies: benches never run it
    "inspector_app.server",
    "fastapi",
    "starlette",
    "uvicorn",
    "psycopg",
    "psycopg_binary",
    "psycopg_pool",
    # test and development tooling present in a developer's venv
    "pytest",
    "_pytest",
    "pytestqt",
    "hypothesis",
    "schemathesis",
    "httpx",
    "ruff",
    "pyzbar",
    # optional pretty-printers some dependencies import only when asked (pydantic's debug
    # output, Mako's syntax highlighting)
    "rich",
    "pygments",
    "markdown_it",
    "mdurl",
    "tkinter",
    "IPython",
    "matplotlib",
    "setuptools",
    "pip",
    # development helpers inside our own package (need lupdate/uic, not in a bundle)
    "inspector_app.gui.forms",
    # interactive-shell and image-format extras the station never uses
    "readline",
    "PIL._avif",
    "PIL.AvifImagePlugin",
    "PIL.ImageTk",
    "PIL._imagingtk",
    *(f"PySide6.{name}" for name in ALL_QT_MODULES if name not in QT_MODULES),
]

# Directories below resources/ the station reads at run time (through
# inspector_app.locations.resource_path); each is copied to resources/<name> in the bundle.
RESOURCE_DIRS = (
    "checklists",
    "fonts",
    "icons",
    "messages",
    "sounds",
    "training",
    "translations",
)

# Files the PySide6 hooks collect but the station never loads, as glob patterns on their
# path inside the bundle (with / separators).
UNWANTED_FILES = (
    # Qt libraries of excluded modules, dragged in by plugins
    *(
        f"PySide6/Qt/lib/libQt6{name}*"
        for name in (
            "Quick",
            "Qml",
            "VirtualKeyboard",
            "WebEngine",
            "Pdf",
            "3D",
            "EglFS",
            "EglFs",
            "Designer",
            "ShaderTools",
            "Positioning",
            "Location",
            "Sensors",
        )
    ),
    # Qt's FFmpeg serves QMediaPlayer and QCamera only; QSoundEffect plays our WAVs without it
    "PySide6/Qt/lib/libav*",
    "PySide6/Qt/lib/libsw*",
    "PySide6/Qt/lib/libQt6FFmpegStub*",
    "PySide6/Qt/plugins/multimedia/*",
    # embedded-device platforms (framebuffer, EGLFS, VNC) and their input plugins
    "PySide6/Qt/plugins/platforms/libqeglfs*",
    "PySide6/Qt/plugins/platforms/libqlinuxfb*",
    "PySide6/Qt/plugins/platforms/libqminimalegl*",
    "PySide6/Qt/plugins/platforms/libqvnc*",
    "PySide6/Qt/plugins/platforms/libqvkkhrdisplay*",
    "PySide6/Qt/plugins/egldeviceintegrations/*",
    "PySide6/Qt/plugins/generic/*",
    # GTK theming (pulls GTK, Pango and Cairo into the bundle), the virtual keyboard, PDF images
    "PySide6/Qt/plugins/platformthemes/libqgtk3*",
    "PySide6/Qt/plugins/platforminputcontexts/libqtvirtualkeyboard*",
    "PySide6/Qt/plugins/imageformats/libqpdf*",
    "PySide6/Qt/qml/*",
    "PySide6/Qt/resources/*",
    # translation sources; compiled .qm files are what Qt loads
    "resources/translations/*.ts",
)

# Qt's own translations: only the languages the station offers (gui/i18n.py LANGUAGES).
QT_TRANSLATIONS_DIR = "PySide6/Qt/translations/"
QT_TRANSLATIONS_KEPT = ("qtbase_en.qm", "qtbase_fr.qm", "qtmultimedia_en.qm", "qtmultimedia_fr.qm")

# The interpreter library is loaded by the bootloader, never named as a dependency.
ALWAYS_KEPT = ("libpython*", "python3*.dll", "base_library.zip")


# Where a Linux distribution keeps its own libraries. What PyInstaller collects from here
# (OpenSSL, SQLite, GLib, X11, PulseAudio, libstdc++...) stays out of the bundle: the .deb
# depends on the packages instead (packaging/debian_depends.py), so the bench gets the
# distribution's security updates for them.
SYSTEM_LIBRARY_DIRS = ("/lib/", "/lib64/", "/usr/lib/", "/usr/lib64/")
PYTHON_PACKAGE_DIRS = ("site-packages", "dist-packages")


def from_the_system(entry: tuple) -> bool:
    """Whether a PyInstaller TOC entry is one of the distribution's shared libraries.

    Python extension modules never are, even from a distribution's Python (they are part of
    the interpreter we ship), nor is the interpreter library itself, nor what a Python
    package installed under /usr/lib vendors (pip's wheels, not the distribution's).
    """
    dest, source, typecode = entry
    real = os.path.realpath(source)
    return (
        typecode == "BINARY"
        and real.startswith(SYSTEM_LIBRARY_DIRS)
        and not any(part in PYTHON_PACKAGE_DIRS for part in Path(real).parts)
        and not any(fnmatch(Path(dest).name, pattern) for pattern in ALWAYS_KEPT)
    )


def wanted(dest: str) -> bool:
    """False for a bundle path the station does not need."""
    dest = dest.replace("\\", "/")
    if dest.startswith(QT_TRANSLATIONS_DIR):
        return dest[len(QT_TRANSLATIONS_DIR) :] in QT_TRANSLATIONS_KEPT
    return not any(fnmatch(dest, pattern) for pattern in UNWANTED_FILES)


def link_target(entry: tuple) -> str:
    """Where a PyInstaller SYMLINK entry (dest, relative target, "SYMLINK") points."""
    return posixpath.normpath(posixpath.join(posixpath.dirname(entry[0]), entry[1]))


def prune_unreferenced(entries: list, imports_of: Callable[[str], Iterable[str]]) -> list:
    """Drop the shared libraries at the bundle's top level that nothing kept still needs.

    PyInstaller copies each collected binary's dependencies to the top level, under their
    file name and, as SYMLINK entries, under their soname; once `wanted()` has removed a
    plugin, its dependencies (GTK for the GTK theme plugin, ...) remain. `entries` are
    PyInstaller TOC entries (dest, source, typecode), binaries and symlinks together;
    `imports_of(source)` gives the names a binary links against.
    """

    def is_dependency(dest: str) -> bool:
        return "/" not in dest and not any(fnmatch(dest, p) for p in ALWAYS_KEPT)

    by_dest = {e[0]: e for e in entries}
    kept = {e[0]: e for e in entries if not is_dependency(e[0])}
    queue = [e for e in kept.values() if e[2] != "SYMLINK"]
    seen: set[str] = set()
    while queue:
        entry = queue.pop()
        for name in {Path(n).name for n in imports_of(entry[1])} - seen:
            seen.add(name)
            dependency = by_dest.get(name)
            while dependency is not None and dependency[0] not in kept:
                kept[dependency[0]] = dependency
                if dependency[2] != "SYMLINK":
                    queue.append(dependency)
                    break
                dependency = by_dest.get(link_target(dependency))
    return list(kept.values())


def drop_dangling_links(entries: list) -> list:
    """SYMLINK entries whose target is still in the bundle, and every other entry."""
    entries = list(entries)
    while True:
        present = {e[0] for e in entries}
        kept = [e for e in entries if e[2] != "SYMLINK" or link_target(e) in present]
        if len(kept) == len(entries):
            return kept
        entries = kept


def opencv_plugins(binaries: Iterable[tuple]) -> list[tuple]:
    """Data entries for the videoio plugins lying next to the collected OpenCV extension.

    The slim OpenCV (build-opencv.sh) reads video files and streams through an FFmpeg plugin
    linked against the system's FFmpeg, which OpenCV loads at run time from the extension's
    directory. Carried as a plain file, PyInstaller does not follow its links and copy the
    system's FFmpeg (and its hundred codec libraries) into the bundle. The PyPI wheel has no
    plugin, so for it this is empty.
    """
    plugins = []
    for dest, source, _ in binaries:
        if Path(dest).name.startswith("cv2.") and Path(source).parent.name.startswith("python-"):
            folder = str(Path(dest).parent)
            plugins += [
                (f"{folder}/{p.name}", str(p), "DATA")
                for p in sorted(Path(source).parent.glob("libopencv_videoio_*.so"))
            ]
    return plugins


def station_modules(all_modules: list[str]) -> list[str]:
    """Our modules the bundle must carry even though only importlib names them
    (cli.COMMAND_MODULES), minus the excluded ones."""
    excluded = tuple(m for m in EXCLUDED_MODULES if m.startswith("inspector_app"))
    return [
        m
        for m in all_modules
        if not m.startswith(excluded) and not m.startswith("inspector_app.storage.migrations")
    ]
