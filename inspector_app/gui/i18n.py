"""Interface language: English source strings, French from resources/translations/*.qm.

`ui.language` is "system" (follow the operating system's locale), "en" or "fr". Translations
are Qt Linguist files: `.ts` are edited (Qt Linguist or by hand) and compiled to `.qm` with
`python -m inspector_app.gui.i18n --release`; `--update` re-extracts strings from ui/*.ui and
inspector_app/gui/*.py so a new string shows up in the .ts as unfinished.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from inspector_app.locations import resource_path

LANGUAGES = ("en", "fr")
REPO = Path(__file__).resolve().parents[2]


def pick_language(setting: str, system_locale: QLocale | None = None) -> str:
    """The language to show: the setting, or the system's when it is "system" and supported."""
    if setting in LANGUAGES:
        return setting
    name = (system_locale or QLocale.system()).name().split("_")[0]
    return name if name in LANGUAGES else "en"


def install(app: QCoreApplication, setting: str) -> list[QTranslator]:
    """Load our and Qt's own translations for the chosen language; returns them (keep them
    referenced for the app's lifetime, Qt does not own them)."""
    language = pick_language(setting)
    QLocale.setDefault(QLocale(language))
    if language == "en":
        return []
    installed = []
    ours = QTranslator(app)
    if ours.load(str(resource_path("translations", f"inspector_{language}.qm"))):
        app.installTranslator(ours)
        installed.append(ours)
    qt_base = QTranslator(app)
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt_base.load(QLocale(language), "qtbase", "_", qt_dir):
        app.installTranslator(qt_base)
        installed.append(qt_base)
    return installed


def _tool(name: str) -> str:
    return str(Path(sys.executable).with_name(name))


def gui_sources() -> list[str]:
    """Every GUI module with translatable strings (generated forms come from ui/*.ui)."""
    gui = REPO / "inspector_app" / "gui"
    return sorted(str(p) for p in gui.rglob("*.py") if "generated" not in p.parts)


SETTINGS_CONTEXT = "Settings"
"""Context of the settings' labels and help texts, which are declared in the Qt-free
inspector_app.settings and translated where the settings dialog shows them."""


def settings_source(folder: Path) -> Path:
    """A throw-away module listing every setting's label and help for lupdate to find (the
    declarations stay the single source; nothing is copied into the code base)."""
    from inspector_app.settings import OPTIONS

    texts = dict.fromkeys(t for o in OPTIONS for t in (o.label, o.help) if t)
    lines = [f"QT_TRANSLATE_NOOP({SETTINGS_CONTEXT!r}, {text!r})" for text in texts]
    path = folder / "setting_texts.py"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def all_sources(folder: Path) -> list[str]:
    """Everything lupdate reads: the forms, the GUI modules and the settings' texts."""
    sources = sorted(str(p) for p in (REPO / "ui").glob("*.ui"))
    return [*sources, *gui_sources(), str(settings_source(folder))]


def update_sources() -> None:
    """Re-extract translatable strings into every .ts file (keeps existing translations)."""
    import tempfile

    with tempfile.TemporaryDirectory() as folder:
        sources = all_sources(Path(folder))
        for language in LANGUAGES:
            ts = resource_path("translations", f"inspector_{language}.ts")
            subprocess.run(
                [
                    _tool("pyside6-lupdate"),
                    "-no-obsolete",
                    "-locations",
                    "none",
                    *sources,
                    "-ts",
                    str(ts),
                ],
                check=True,
            )


def release() -> None:
    """Compile every .ts into the .qm the app loads."""
    for language in LANGUAGES:
        ts = resource_path("translations", f"inspector_{language}.ts")
        subprocess.run(
            [_tool("pyside6-lrelease"), str(ts), "-qm", str(ts.with_suffix(".qm"))], check=True
        )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Maintain the interface translations.")
    parser.add_argument("--update", action="store_true", help="re-extract strings into .ts")
    parser.add_argument("--release", action="store_true", help="compile .ts to .qm")
    args = parser.parse_args(argv)
    if args.update:
        update_sources()
    if args.release:
        release()
    return 0


if __name__ == "__main__":
    sys.exit(main())
