"""Code and docs stand on their own: no pointer to a document outside the repository (the
design notes the project started from) and no issue numbers, which mean nothing to the next
reader once the tracker is gone; the reason belongs in the text itself, or in
docs/decisions.md. Data outside the repository is fine to name: the barcode corpus and the
marketplace's reference document are inputs that tests and benchmarks read, not explanations.
"""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
FORBIDDEN = re.compile(
    r"DESIGN(\.md|\s*§)"  # the design notes, by name or by section
    r"|\.\./shared/(?!corpus\b|reference\b)"  # anything beside the checkout but the data
    r"|\bissues?\s+#?\d+\b|\(#\d+\)"  # "issue 16", "issues 3", "(#15)"
    r"|\b(?:see|fix(?:es|ed)?|close[sd]?|PR|ticket)\s+#\d+\b"  # "see #15", "fixes #15"
)


def project_files() -> list[Path]:
    """The files git tracks, and new ones it does not ignore; in a plain copy of the tree,
    every file outside hidden folders (.venv, caches)."""
    try:
        listed = subprocess.run(
            ["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"],
            cwd=REPO,
            capture_output=True,
            check=True,
        ).stdout.decode()
    except (OSError, subprocess.CalledProcessError):
        return [
            path
            for path in REPO.rglob("*")
            if not any(part.startswith(".") for part in path.relative_to(REPO).parts)
        ]
    return [REPO / name for name in listed.split("\0") if name]


def offending_lines() -> list[str]:
    """`path:line: text` of each line of a text file that points outside the repository."""
    found = []
    for path in project_files():
        if not path.is_file() or path == Path(__file__):
            continue
        data = path.read_bytes()
        if b"\0" in data:
            continue  # images, fonts, sounds: no prose
        text = data.decode("utf-8", errors="replace")
        for number, line in enumerate(text.splitlines(), start=1):
            if FORBIDDEN.search(line):
                found.append(f"{path.relative_to(REPO)}:{number}: {line.strip()}")
    return found


def test_no_references_to_outside_documents_or_issue_numbers() -> None:
    assert offending_lines() == []


def test_the_pattern_catches_what_it_is_for_and_spares_data_paths() -> None:
    for line in (
        "see DESIGN §4",
        "read DESIGN.md first",
        "Read `../shared/DESIGN.md` for the shape",
        "(issue 7 plugs it in)",
        "fixes issue #12",
        "Goals (issues 3)",
        "as agreed in (#15)",
        "# see #15",
    ):
        assert FORBIDDEN.search(line), line
    for line in (
        "design issues with the layout",
        "python -m benchmarks.decode ../shared/corpus",
        "`../shared/reference/backmarket-openapi.yml`",
        "issued by IT",
        'en: "Scan the IMEI (dial *#06#)"',
        "color: #202020; background: #333",
        "(Pos(#9, Value) > 0)",
    ):
        assert not FORBIDDEN.search(line), line
