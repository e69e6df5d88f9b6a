"""The generated forms are current, and both languages are complete and load."""

from __future__ import annotations

import ast
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale

from inspector_app.gui import forms, i18n
from inspector_app.locations import resource_path

TRANSLATIONS = resource_path("translations")
PLACEHOLDER = re.compile(r"\{[a-z_]*\}")


def test_generated_forms_are_current() -> None:
    assert forms.main(["--check"]) == 0


def test_check_notices_a_stale_form(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    ui_dir = tmp_path / "ui"
    ui_dir.mkdir()
    form = ui_dir / "about_dialog.ui"
    shutil.copy(forms.UI_DIR / "about_dialog.ui", form)
    form.write_text(
        form.read_text(encoding="utf-8").replace("Log folder", "Logs"), encoding="utf-8"
    )
    monkeypatch.setattr(forms, "UI_DIR", ui_dir)
    assert forms.stale_forms([form]) == [form]


def _messages(ts: Path) -> dict[tuple[str, str], ET.Element]:
    root = ET.parse(ts).getroot()
    return {
        (ctx.findtext("name"), msg.findtext("source")): msg
        for ctx in root.iter("context")
        for msg in ctx.iter("message")
    }


@pytest.mark.parametrize("language", i18n.LANGUAGES)
def test_every_string_is_translated(language: str) -> None:
    for (context, source), msg in _messages(TRANSLATIONS / f"inspector_{language}.ts").items():
        translation = msg.find("translation")
        assert translation.get("type") not in ("unfinished", "vanished", "obsolete"), (
            context,
            source,
        )
        assert translation.text, (context, source)
        # Placeholders survive translation, or .format() would fail at run time.
        assert set(PLACEHOLDER.findall(source)) == set(PLACEHOLDER.findall(translation.text)), (
            context,
            source,
        )


def test_translation_files_know_every_string_in_the_code(tmp_path: Path) -> None:
    fresh = tmp_path / "fresh.ts"
    sources = i18n.all_sources(tmp_path)
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    subprocess.run([str(lupdate), *sources, "-ts", str(fresh)], check=True, capture_output=True)
    in_code = set(_messages(fresh))
    stored = set(_messages(TRANSLATIONS / "inspector_fr.ts"))
    assert in_code <= stored, f"run python -m inspector_app.gui.i18n --update: {in_code - stored}"


def _translate_calls_lupdate_cannot_see(tree: ast.AST) -> list[int]:
    """Lines of `translate(context, "text")` calls whose context is not written out: lupdate
    reads the source, not the running program, so such a text never reaches a catalogue and
    stays English on screen (a Stations table said "never" in French this way)."""
    return [
        node.lineno
        for node in ast.walk(tree)
        if isinstance(node, ast.Call)
        and isinstance(node.func, ast.Attribute)
        and node.func.attr == "translate"
        and len(node.args) >= 2
        and isinstance(node.args[1], ast.Constant)
        and not isinstance(node.args[0], ast.Constant)
    ]


def test_every_translated_literal_names_its_context_literally() -> None:
    hidden = {
        path: lines
        for path in sorted(Path(i18n.__file__).parent.rglob("*.py"))
        if (lines := _translate_calls_lupdate_cannot_see(ast.parse(path.read_text("utf-8"))))
    }
    assert not hidden, f"mark the text with QT_TRANSLATE_NOOP(literal context, text): {hidden}"


def test_the_lupdate_blind_spot_is_found() -> None:
    tree = ast.parse('QCoreApplication.translate(CONTEXT, "never")')
    assert _translate_calls_lupdate_cannot_see(tree) == [1]


def test_french_is_loaded_when_chosen(qapp: object) -> None:
    installed = i18n.install(qapp, "fr")
    try:
        assert QCoreApplication.translate("ScanPage", "Scan a parcel") == "Scanner un colis"
        assert QCoreApplication.translate("Vocabulary", "Partial refund") == (
            "Remboursement partiel"
        )
    finally:
        for translator in installed:
            QCoreApplication.removeTranslator(translator)
        QLocale.setDefault(QLocale("en"))


def test_language_follows_the_system_unless_set() -> None:
    assert i18n.pick_language("system", QLocale("fr_FR")) == "fr"
    assert i18n.pick_language("system", QLocale("de_DE")) == "en"
    assert i18n.pick_language("en", QLocale("fr_FR")) == "en"
