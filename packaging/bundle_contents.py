"""What goes into the frozen station, declared once for the spec and for its tests.

The spec (inspector-app.spec) imports this module; tests/packaging checks these lists against
the source tree (every data directory exists, no Qt module the GUI imports is excluded)
without running a build.
"""

from __future__ import annotations

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
)

ALL_QT_MODULES = (
    "Qt3DAnimation", "Qt3DCore", "Qt3DExtras", "Qt3DInput", "Qt3DLogic", "Qt3DRender",
    "QtAsyncio", "QtAxContainer", "QtBluetooth", "QtCanvasPainter", "QtCharts", "QtConcurrent",
    "QtCore", "QtDBus", "QtDataVisualization", "QtDesigner", "QtGraphs", "QtGraphsWidgets",
    "QtGui", "QtHelp", "QtHttpServer", "QtLabsStyleKit", "QtLocation", "QtMultimedia",
    "QtMultimediaWidgets", "QtNetwork", "QtNetworkAuth", "QtNfc", "QtOpenGL",
    "QtOpenGLWidgets", "QtPdf", "QtPdfWidgets", "QtPositioning", "QtPrintSupport", "QtQml",
    "QtQuick", "QtQuick3D", "QtQuickControls2", "QtQuickTest", "QtQuickWidgets",
    "QtRemoteObjects", "QtScxml", "QtSensors", "QtSerialBus", "QtSerialPort",
    "QtSpatialAudio", "QtSql", "QtStateMachine", "QtSvg", "QtSvgWidgets", "QtTest",
    "QtTextToSpeech", "QtUiTools", "QtWebChannel", "QtWebEngineCore", "QtWebEngineQuick",
    "QtWebEngineWidgets", "QtWebSockets", "QtWebView", "QtXml",
)

EXCLUDED_MODULES = [
    # the reference server and its dependencies: benches never run it
    "inspector_app.server", "fastapi", "starlette", "uvicorn", "psycopg", "psycopg_binary",
    "psycopg_pool",
    # test and development tooling present in a developer's venv
    "pytest", "_pytest", "pytestqt", "hypothesis", "schemathesis", "httpx", "ruff",
    "pyzbar", "tkinter", "IPython", "matplotlib", "setuptools", "pip",
    # development helpers inside our own package (need lupdate/uic, not in a bundle)
    "inspector_app.gui.forms",
    # interactive-shell and image-format extras the station never uses
    "readline", "PIL._avif", "PIL.AvifImagePlugin", "PIL.ImageTk", "PIL._imagingtk",
    *(f"PySide6.{name}" for name in ALL_QT_MODULES if name not in QT_MODULES),
]

# Directories below resources/ the station reads at run time (through
# inspector_app.locations.resource_path); each is copied to resources/<name> in the bundle.
RESOURCE_DIRS = ("checklists", "fonts", "messages", "sounds", "translations")

# Files the PySide6 hooks collect but the station never loads, as glob patterns on their
# path inside the bundle (with / separators).
UNWANTED_FILES = (
    # Qt libraries of excluded modules, dragged in by plugins
    *(f"PySide6/Qt/lib/libQt6{name}*" for name in (
        "Quick", "Qml", "VirtualKeyboard", "WebEngine", "Pdf", "3D", "EglFS", "EglFs",
        "Charts", "Designer", "ShaderTools", "Positioning", "Location", "Sensors",
    )),
    # Qt's FFmpeg serves QMediaPlayer and QCamera only; QSoundEffect plays our WAVs without it
    "PySide6/Qt/lib/libav*", "PySide6/Qt/lib/libsw*", "PySide6/Qt/lib/libQt6FFmpegStub*",
    "PySide6/Qt/plugins/multimedia/*",
    # embedded-device platforms (framebuffer, EGLFS, VNC) and their input plugins
    "PySide6/Qt/plugins/platforms/libqeglfs*", "PySide6/Qt/plugins/platforms/libqlinuxfb*",
    "PySide6/Qt/plugins/platforms/libqminimalegl*", "PySide6/Qt/plugins/platforms/libqvnc*",
    "PySide6/Qt/plugins/platforms/libqvkkhrdisplay*",
    "PySide6/Qt/plugins/egldeviceintegrations/*", "PySide6/Qt/plugins/generic/*",
    # GTK theming (pulls GTK, Pango and Cairo into the bundle), the virtual keyboard, PDF images
    "PySide6/Qt/plugins/platformthemes/libqgtk3*",
    "PySide6/Qt/plugins/platforminputcontexts/libqtvirtualkeyboard*",
    "PySide6/Qt/plugins/imageformats/libqpdf*",
    "PySide6/Qt/qml/*", "PySide6/Qt/resources/*",
    # translation sources; compiled .qm files are what Qt loads
    "resources/translations/*.ts",
)

# Qt's own translations: only the languages the station offers (gui/i18n.py LANGUAGES).
QT_TRANSLATIONS_DIR = "PySide6/Qt/translations/"
QT_TRANSLATIONS_KEPT = ("qtbase_en.qm", "qtbase_fr.qm", "qtmultimedia_en.qm",
                        "qtmultimedia_fr.qm")

# The interpreter library is loaded by the bootloader, never named as a dependency.
ALWAYS_KEPT = ("libpython*", "python3*.dll", "base_library.zip")


def wanted(dest: str) -> bool:
    """False for a bundle path the station does not need."""
    dest = dest.replace("\\", "/")
    if dest.startswith(QT_TRANSLATIONS_DIR):
        return dest[len(QT_TRANSLATIONS_DIR):] in QT_TRANSLATIONS_KEPT
    return not any(fnmatch(dest, pattern) for pattern in UNWANTED_FILES)


def prune_unreferenced(binaries: list, imports_of: Callable[[str], Iterable[str]]) -> list:
    """Drop the shared libraries at the bundle's top level that nothing kept still needs.

    PyInstaller copies each collected binary's dependencies to the top level; once
    `wanted()` has removed a plugin, its dependencies (GTK for the GTK theme plugin, ...)
    remain. `binaries` are PyInstaller TOC entries (dest, source, typecode);
    `imports_of(source)` gives the names a binary links against.
    """
    def is_dependency(dest: str) -> bool:
        return "/" not in dest and not any(fnmatch(dest, p) for p in ALWAYS_KEPT)

    roots = [b for b in binaries if not is_dependency(b[0])]
    candidates = {b[0]: b for b in binaries if is_dependency(b[0])}
    needed: set[str] = set()
    queue = [b for b in roots if b[2] != "SYMLINK"]
    kept: dict[str, tuple] = {}
    while queue:
        entry = queue.pop()
        names = {Path(name).name for name in imports_of(entry[1])}
        for name in names - needed:
            needed.add(name)
            dependency = candidates.get(name)
            if dependency and name not in kept:
                kept[name] = dependency
                if dependency[2] == "SYMLINK":  # keep its target too
                    target = candidates.get(Path(dependency[1]).name)
                    if target:
                        kept[target[0]] = target
                        queue.append(target)
                else:
                    queue.append(dependency)
    return roots + list(kept.values())


def station_modules(all_modules: list[str]) -> list[str]:
    """Our modules the bundle must carry even though only importlib names them
    (cli.COMMAND_MODULES), minus the excluded ones."""
    excluded = tuple(m for m in EXCLUDED_MODULES if m.startswith("inspector_app"))
    return [
        m for m in all_modules
        if not m.startswith(excluded) and not m.startswith("inspector_app.storage.migrations")
    ]
