"""The message linter: the shipped templates and checklists are clean, and every kind of
problem a customer would meet is caught."""

from __future__ import annotations

from pathlib import Path

import pytest
from domain.builders import CHECKLISTS

from inspector_app.domain.checklist import load_template, load_template_file
from inspector_app.messages import MessageCatalog, MessageKind, check_template
from inspector_app.messages.lint import MAX_MARKETPLACE_CHARS, leaks, lint

DEFAULTS = [load_template_file(p) for p in sorted(CHECKLISTS.glob("*.yaml"))]
SMARTPHONE = (CHECKLISTS / "smartphone.yaml").read_text(encoding="utf-8")


def test_the_shipped_templates_and_checklists_are_clean() -> None:
    assert lint(MessageCatalog.load(), DEFAULTS, internal=["bench-01", "Ines Inspector"]) == []


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Decision: refuse_send_back.", ["refuse_send_back"]),
        ("Rule cracked_screen fired.", ["cracked_screen"]),
        ("Seen by badge-0042 at 10:00.", ["badge-0042"]),
        ("Photo " + "ab" * 32 + ".", ["ab" * 32]),
        (
            "Inspection 0b8a6f7e-1c2d-4e5f-8a9b-0c1d2e3f4a5b.",
            ["0b8a6f7e-1c2d-4e5f-8a9b-0c1d2e3f4a5b"],
        ),
        ("Checked on Bench-01 by Ines Inspector.", ["bench-01", "Ines Inspector"]),
        ("Tracking 1Z999AA10123456784, order BM-88412077, RMA-1.", []),
        ("Le téléphone est fissuré ; voir photo 1.", []),
    ],
)
def test_internal_words_are_found(text: str, found: list[str]) -> None:
    assert leaks(text, ["bench-01", "Ines Inspector"]) == found


def test_a_finding_with_jargon_or_without_french_is_reported() -> None:
    text = SMARTPHONE.replace(
        'en: "The screen glass is cracked or chipped."',
        'en: "screen_condition = cracked"',
    ).replace('      fr: "La vitre de l\'écran est fissurée ou ébréchée."\n', "", 1)
    template = load_template(text, "smartphone.yaml")
    problems = [str(p) for p in lint(MessageCatalog.load(), [template])]
    assert "smartphone: rule cracked_screen: the customer sentence is not written in fr" in problems
    assert (
        "smartphone: rule cracked_screen (en): the customer sentence shows internal words: "
        "screen_condition" in problems
    )


def test_a_rule_that_decides_without_a_sentence_is_reported() -> None:
    text = SMARTPHONE.replace("    customer:\n", "    customer_removed:\n", 1)
    start = text.index("    customer_removed:\n")
    end = text.index("  - id:", start)
    template = load_template(text[:start] + text[end:], "smartphone.yaml")
    problems = [str(p) for p in lint(MessageCatalog.load(), [template])]
    assert problems[0] == (
        "smartphone: rule imei_mismatch: decides an outcome or grade but has no customer sentence"
    )


def test_a_message_longer_than_the_marketplace_takes_is_reported(tmp_path: Path) -> None:
    long_line = "We are very sorry. " * (MAX_MARKETPLACE_CHARS // 19 + 1)
    text = f"Subject: {{{{ rma }}}}\n\n{long_line}\n"
    catalog = MessageCatalog.load()
    catalog.templates["en", MessageKind.REPAIR] = check_template(text, "en", MessageKind.REPAIR)
    problems = [str(p) for p in lint(catalog, DEFAULTS[:1], languages=["en"])]
    assert problems and all("a marketplace message takes 5000" in p for p in problems)
