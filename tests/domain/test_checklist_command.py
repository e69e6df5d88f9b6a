"""`inspector-app checklist check`: good files report their hash, bad ones file:line: field."""

from __future__ import annotations

import argparse
import io
from pathlib import Path

from inspector_app.commands.checklists import checklist_check_command, register

from .builders import CHECKLISTS


def run(*files: Path) -> tuple[int, str]:
    parser = argparse.ArgumentParser()
    register(parser.add_subparsers(dest="command"))
    args = parser.parse_args(["checklist", "check", *map(str, files)])
    out = io.StringIO()
    return checklist_check_command(args, out), out.getvalue()


def test_defaults_pass() -> None:
    status, text = run(*sorted(CHECKLISTS.glob("*.yaml")))
    assert status == 0
    assert (
        text.count(": ok: ") == 6 and "smartphone v3 (smartphone)" in text and "warning" not in text
    )


def test_bad_and_missing_files_fail_with_their_location(tmp_path: Path) -> None:
    broken = tmp_path / "broken.yaml"
    broken.write_text(
        (CHECKLISTS / "laptop.yaml").read_text().replace("kind: yes_no", "kind: yesno", 1)
    )
    missing = tmp_path / "missing.yaml"
    status, text = run(CHECKLISTS / "tablet.yaml", broken, missing)
    assert status == 1
    lines = text.splitlines()
    assert lines[0].startswith(f"{CHECKLISTS / 'tablet.yaml'}: ok: tablet v2")
    assert lines[1].startswith(f"{broken}:")
    assert ": sections[0].items[2].kind: unknown kind 'yesno'" in lines[1]
    assert lines[2].startswith(f"{missing}:1: (file): cannot read it")
