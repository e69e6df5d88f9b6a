"""Compile the Qt Designer forms in ui/*.ui into inspector_app/gui/generated/ with pyside6-uic.

Widgets use the generated classes by composition (`self.ui = Ui_X(); self.ui.setupUi(self)`),
so a form can be reworked in Designer without touching the code around it. The generated
modules are committed (the packaged build and a fresh checkout need no uic), and
`python -m inspector_app.gui.forms --check` fails when one is stale, so an edited .ui file
cannot ship with old code.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
UI_DIR = REPO / "ui"
OUT_DIR = Path(__file__).resolve().parent / "generated"
_VERSION_LINE = "## Created by: Qt User Interface Compiler"


def _uic() -> str:
    """The pyside6-uic next to the running interpreter, else the one on PATH."""
    beside = Path(sys.executable).with_name("pyside6-uic")
    if beside.exists():
        return str(beside)
    found = shutil.which("pyside6-uic")
    if found is None:
        raise SystemExit("pyside6-uic not found: install PySide6 in this environment")
    return found


def target_for(form: Path) -> Path:
    """ui/scan_page.ui -> inspector_app/gui/generated/ui_scan_page.py"""
    return OUT_DIR / f"ui_{form.stem}.py"


def compile_form(form: Path) -> str:
    """The Python code pyside6-uic makes of one form."""
    done = subprocess.run(
        [_uic(), "--generator", "python", str(form)],
        check=True,
        capture_output=True,
        text=True,
    )
    return done.stdout.replace(f"'{form}'", f"'{form.name}'")


def _comparable(code: str) -> str:
    """Generated code without the uic version banner, which differs between PySide6 releases."""
    return "\n".join(line for line in code.splitlines() if not line.startswith(_VERSION_LINE))


def stale_forms(forms: list[Path]) -> list[Path]:
    """Forms whose generated module is missing or differs from what uic makes now."""
    stale = []
    for form in forms:
        target = target_for(form)
        current = target.read_text(encoding="utf-8") if target.exists() else ""
        if _comparable(current) != _comparable(compile_form(form)):
            stale.append(form)
    return stale


def main(argv: list[str] | None = None) -> int:
    """Compile every form, or with --check report the stale ones and exit 1."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--check", action="store_true", help="do not write; exit 1 if a generated module is stale"
    )
    args = parser.parse_args(argv)
    forms = sorted(UI_DIR.glob("*.ui"))
    if args.check:
        stale = stale_forms(forms)
        for form in stale:
            print(
                f"stale: {target_for(form).relative_to(REPO)} (run python -m "
                f"inspector_app.gui.forms)",
                file=sys.stderr,
            )
        return 1 if stale else 0
    OUT_DIR.mkdir(exist_ok=True)
    (OUT_DIR / "__init__.py").write_text(
        '"""Modules generated from ui/*.ui by inspector_app.gui.forms; do not edit."""\n',
        encoding="utf-8",
    )
    for form in forms:
        target_for(form).write_text(compile_form(form), encoding="utf-8")
        print(f"{form.relative_to(REPO)} -> {target_for(form).relative_to(REPO)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
