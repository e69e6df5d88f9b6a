"""Interface language: English source strings, French from resources/translations/*.qm.

`ui.language` is "system" (follow the operating system's locale), "en" or "fr". Translations
are Qt Linguist files: `.ts` are edited (Qt Linguist or by hand) and compiled to `.qm` with
`python -m inspector_app.gui.i18n --release`; `--update` re-extracts strings from ui/*.ui and
inspector_app/gui/*.py so a new string shows up in the .ts as unfinished.
"""

from __future__ import annotations

import argparse
import ast
import re
import subprocess
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from inspector_app.domain.texts import DEFAULT_LANGUAGE, LANGUAGES, translate
from inspector_app.locations import resource_path
from inspector_app.wire import PhraseOut

if TYPE_CHECKING:
    # PySide6's stub says `object`; it returns its text unchanged. Imported from here under the
    # same name, which is the name lupdate looks for.
    def QT_TRANSLATE_NOOP(context: str, text: str) -> str: ...
else:
    from PySide6.QtCore import QT_TRANSLATE_NOOP  # noqa: F401 (re-exported for the GUI's modules)

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


def language() -> str:
    """The language the interface is shown in now (the one `install` chose)."""
    name = QLocale().name().split("_")[0]
    return name if name in LANGUAGES else DEFAULT_LANGUAGE


def show(value: object) -> str:
    """`value` as the interface shows it: a checklist text in the interface's language, a
    sentence of the code (`Phrase`: eligibility, errors, findings) through the catalogue,
    dates, times and money in the language's one format. Every text of the layers below
    the GUI goes through here on its way to a widget."""
    return translate(value, language(), QCoreApplication.translate)


def server_text(english: str, coded: PhraseOut | None) -> str:
    """A sentence the server wrote, in the interface's language when the server sent its
    code and this build knows it; else the English it was sent (an older server, a newer
    code, a lead's own words)."""
    phrase = coded.phrase() if coded is not None else None
    return english if phrase is None else show(phrase)


def stored_server_text(english: str, stored: dict | None) -> str:
    """`server_text` of a sentence the bench stored with its code (`PhraseOut.model_dump()`),
    e.g. a marketplace return's standing in the returns cache."""
    return server_text(english, PhraseOut.from_stored(stored))


def server_texts(english: list[str], coded: list[PhraseOut]) -> list[str]:
    """Each of a list of the server's sentences (`server_text`); `coded` is empty or has
    one entry per sentence."""
    if len(coded) != len(english):
        return english
    return [server_text(words, code) for words, code in zip(english, coded, strict=True)]


def error_text(exc: BaseException) -> str:
    """What went wrong, in the interface's language: each problem of a refused verdict, the
    sentence an error was raised with, or (an error of a library) its own words."""
    parts = getattr(exc, "problems", None) or exc.args[:1]
    if parts and all(isinstance(part, str) for part in parts):
        return " ".join(show(part) for part in parts)
    return str(exc) or exc.__class__.__name__


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


def phrases_in(paths: list[Path]) -> list[tuple[str, str]]:
    """(context, source) of every `Phrase(context, "source", ...)` in `paths`, in order: the
    Qt-free layers' sentences, which lupdate cannot see. The context is a string literal or a
    module-level name bound to one (`_CONTEXT = "Checklist"`)."""
    found: list[tuple[str, str]] = []
    for path in paths:
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        constants = {
            target.id: node.value.value
            for node in tree.body
            if isinstance(node, ast.Assign)
            and isinstance(node.value, ast.Constant)
            and isinstance(node.value.value, str)
            for target in node.targets
            if isinstance(target, ast.Name)
        }
        for node in ast.walk(tree):
            if not (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id == "Phrase"
                and len(node.args) >= 2
            ):
                continue
            context, source = (_literal(arg, constants) for arg in node.args[:2])
            if context is None or source is None:
                raise ValueError(
                    f"{path}:{node.lineno}: a Phrase needs a literal context and source, "
                    "or the translation catalogue cannot know it"
                )
            found.append((context, source))
    return list(dict.fromkeys(found))


def _literal(node: ast.expr, constants: dict[str, str]) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.Name):
        return constants.get(node.id)
    return None


def phrase_source(folder: Path) -> Path:
    """A throw-away module listing every phrase of the Qt-free layers for lupdate."""
    package = REPO / "inspector_app"
    definition = package / "domain" / "texts.py"  # rebuilds phrases from stored parts
    paths = sorted(
        p
        for p in package.rglob("*.py")
        if "gui" not in p.relative_to(package).parts and p != definition
    )
    lines = [f"QT_TRANSLATE_NOOP({c!r}, {s!r})" for c, s in phrases_in(paths)]
    path = folder / "phrase_texts.py"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def all_sources(folder: Path) -> list[str]:
    """Everything lupdate reads: the forms, the GUI modules, the settings' texts and the
    phrases of the layers below the GUI."""
    sources = sorted(str(p) for p in (REPO / "ui").glob("*.ui"))
    return [*sources, *gui_sources(), str(settings_source(folder)), str(phrase_source(folder))]


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
            if language == DEFAULT_LANGUAGE:
                fill_source_language(ts)


_UNFINISHED = re.compile(
    r"(<source>(?P<source>[^<]*)</source>\s*)<translation type=\"unfinished\">[^<]*</translation>"
)
"""A string lupdate left unfinished, empty or with its guess from a similar string (which, in
the source language, is never better than the string itself)."""


def fill_source_language(ts: Path) -> None:
    """English is the language the strings are written in: its catalogue translates every
    new string to itself, so it is complete without anyone typing it twice."""
    text = ts.read_text(encoding="utf-8")
    ts.write_text(
        _UNFINISHED.sub(r"\1<translation>\g<source></translation>", text), encoding="utf-8"
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
