"""What goes into the frozen station, declared once for the spec and for its tests.

The spec (inspector-app.spec) imports this module; tests/packaging checks these lists against
the source tree (every data directory exists, no Qt module the GUI imports is excluded)
without running a build.
"""

from __future__ import annotations

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
    *(f"PySide6.{name}" for name in ALL_QT_MODULES if name not in QT_MODULES),
]

# Directories below resources/ the station reads at run time (through
# inspector_app.locations.resource_path); each is copied to resources/<name> in the bundle.
RESOURCE_DIRS = ("fonts", "sounds")

# Regular expressions on destination paths (with / separators) of files the PySide6 hooks
# collect but the station never loads: libraries of excluded modules, plugins that would
# drag them in, Qt translations other than ours (en, fr), translation sources.
UNWANTED_BINARY = (
    r"Qt6?(WebEngine|Quick|Qml|3D|Pdf|VirtualKeyboard|Designer|Charts|DataVisualization"
    r"|Graphs|Location|Positioning|Sensors|Bluetooth|Nfc|RemoteObjects|Scxml|SerialBus"
    r"|SerialPort|TextToSpeech|WebChannel|WebSockets|WebView|SpatialAudio|Help|Sql|Test"
    r"|HttpServer|ShaderTools|LabsStyleKit|CanvasPainter)"
    r"|/plugins/(platforminputcontexts/.*virtualkeyboard|qmltooling|sqldrivers|designer"
    r"|webview|geoservices|position|sensors|texttospeech|canbus|sceneparsers|renderers"
    r"|renderplugins|geometryloaders|assetimporters|scxmldatamodel)/"
)
UNWANTED_DATA = (
    r"PySide6/Qt/translations/(?!qtbase_(en|fr)\.qm$|qtmultimedia_(en|fr)\.qm$)"
    r"|PySide6/Qt/(qml|resources)/"
    r"|resources/translations/.*\.ts$"
)


def station_modules(all_modules: list[str]) -> list[str]:
    """Our modules the bundle must carry even though only importlib names them
    (cli.COMMAND_MODULES), minus the excluded ones."""
    excluded = tuple(m for m in EXCLUDED_MODULES if m.startswith("inspector_app"))
    return [
        m for m in all_modules
        if not m.startswith(excluded) and not m.startswith("inspector_app.storage.migrations")
    ]
