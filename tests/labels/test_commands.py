"""`inspector-app label test` and `inspector-app message check|preview`, run as IT would."""

from __future__ import annotations

import argparse
import io
from pathlib import Path

import pytest
import yaml

from inspector_app.commands import labels as commands
from inspector_app.messages import builtin_dir


@pytest.fixture(autouse=True)
def no_config_files(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("RI_MACHINE_CONFIG", str(tmp_path / "absent-machine.toml"))
    monkeypatch.setenv("RI_USER_CONFIG", str(tmp_path / "absent-user.toml"))


def run(*argv: str) -> tuple[int, str]:
    parser = argparse.ArgumentParser()
    parser.add_argument("--data-dir")
    parser.add_argument("--set", action="append", default=[])
    commands.register(parser.add_subparsers(dest="command"))
    args = parser.parse_args(argv)
    out = io.StringIO()
    return args.handler(args, out), out.getvalue()


def test_label_test_prints_on_the_network_printer(tcp_printer) -> None:
    code, out = run(
        "label", "test", "--printer", f"zpl:127.0.0.1:{tcp_printer.port}", "--size", "4x6in"
    )
    assert (code, out) == (0, f"Label sent to 127.0.0.1:{tcp_printer.port}.\n")
    job = tcp_printer.wait_job()
    assert b"^PW812\n^LL1218\n" in job
    assert b"TEST-PRINT" in job


def test_label_test_with_the_printer_off_says_so(closed_port: int) -> None:
    code, out = run("--set", f"labels.printer=zpl:127.0.0.1:{closed_port}", "label", "test")
    assert code == 1
    assert out.startswith(f"error: The label printer at 127.0.0.1:{closed_port} refused")


def test_label_test_to_pdf_saves_in_the_data_dir(data_dir: Path) -> None:
    code, out = run("--data-dir", str(data_dir), "label", "test")
    files = list((data_dir / "labels").iterdir())
    assert (code, out) == (0, f"Label saved to {files[0]}.\n")


def test_label_test_refuses_an_os_printer_headless() -> None:
    code, out = run("label", "test", "--printer", "system:Office")
    assert code == 1
    assert "only available in the station window" in out


def test_message_check_passes_the_shipped_templates(data_dir: Path) -> None:
    files = sorted(str(p) for p in builtin_dir().glob("*/*.jinja"))
    code, out = run("--data-dir", str(data_dir), "message", "check", *files)
    assert code == 0, out
    assert out.count(": OK (") == len(files) == 16
    assert out.splitlines()[-1] == (
        "lint: 0 problem(s) in the messages rendered with the findings of game_console, "
        "headphones, laptop, smartphone, smartwatch, tablet"
    )


def test_message_check_names_the_line_of_a_typo(data_dir: Path, tmp_path: Path) -> None:
    good = tmp_path / "en" / "repair.jinja"
    good.parent.mkdir()
    good.write_text("Subject: {{ rma }}\n\nHello {{ customer_name }}\n")
    typo = tmp_path / "fr" / "repair.jinja"
    typo.parent.mkdir()
    typo.write_text("Subject: {{ rma }}\n\nBonjour {{ cutsomer_name }}\n")
    loose = tmp_path / "draft.txt"
    loose.write_text("Subject: {{ rma }}\n\nHi\n")
    code, out = run(
        "--data-dir", str(data_dir), "message", "check", str(good), str(typo), str(loose)
    )
    assert code == 1
    assert out.splitlines()[:3] == [
        f"{good}: OK (en, repair)",
        f"{typo}, line 3: unknown field 'cutsomer_name'; fields are: customer_name, rma, "
        "order_id, product, category, reason, price, outcome, grade, decision_date, findings, "
        "grade_finding, photos, note",
        f"{loose}: name it <language>/<kind>.jinja or give --language and --kind",
    ]
    checked = run(
        "--data-dir",
        str(data_dir),
        "message",
        "check",
        "--language",
        "en",
        "--kind",
        "repair",
        str(loose),
    )
    assert checked[0] == 0, checked[1]


def test_message_check_lints_what_customers_would_read(data_dir: Path, tmp_path: Path) -> None:
    """A template that passes the publish-time check but leaks the bench's name, or breaks on
    a real finding without photos, is caught by the linter."""
    breaks = tmp_path / "en" / "refuse_send_back.jinja"
    breaks.parent.mkdir()
    breaks.write_text(
        "Subject: {{ rma }} refused\n\n"
        "{% for f in findings %}{{ f.text }} ({{ f.photos[0] }})\n{% endfor %}"
    )
    leaky = tmp_path / "en" / "repair.jinja"
    leaky.write_text("Subject: {{ rma }} repaired\n\nChecked at bench-07 by Ines.\n")
    checklist = builtin_dir().parent / "checklists" / "smartphone.yaml"
    version = yaml.safe_load(checklist.read_text(encoding="utf-8"))["version"]
    code, out = run(
        "--data-dir",
        str(data_dir),
        "--set",
        "station.name=bench-07",
        "message",
        "check",
        str(breaks),
        str(leaky),
        "--checklist",
        str(checklist),
    )
    assert code == 1
    lines = out.splitlines()
    assert lines[:2] == [f"{breaks}: OK (en, refuse_send_back)", f"{leaky}: OK (en, repair)"]
    assert lines[2].startswith(
        f"en/refuse_send_back: smartphone v{version}, refuse_send_back with 6 findings: "
        "does not render:"
    ), out
    assert lines[3] == (
        f"en/repair: smartphone v{version}, repair with 1 findings: shows internal words: bench-07"
    )
    assert lines[-1].startswith("lint: 2 problem(s)")


def test_message_preview_fills_in_example_data(data_dir: Path) -> None:
    code, out = run(
        "--data-dir",
        str(data_dir),
        "message",
        "preview",
        "--language",
        "fr",
        "--outcome",
        "partial_refund",
    )
    assert code == 0
    assert out.startswith(
        "Subject: Votre retour RMA-2026-004211 : remboursement partiel de "
        "316,75\u00a0€\n\nBonjour Camille,\n"
    )
    assert out.endswith(
        "[attached: photo-1.jpg]\n[attached: photo-2.jpg]\n[attached: photo-3.jpg]\n"
    )
