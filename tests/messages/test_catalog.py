"""Published templates override the shipped ones, kind by kind, and never break a bench."""

from __future__ import annotations

from pathlib import Path

import pytest

from inspector_app.domain.returns import Return
from inspector_app.messages import MessageCatalog, MessageKind, store_published
from inspector_app.messages.catalog import template_path

from .conftest import facts

CUSTOM = "Subject: Repair of {{ rma }}\n\nDear {{ customer_name }}, we repair it.\n"


def test_published_template_replaces_the_shipped_one(tmp_path: Path, returns: list[Return]) -> None:
    errors = store_published(tmp_path, [("en", MessageKind.REPAIR, CUSTOM)])
    assert errors == []
    catalog = MessageCatalog.load(published_dir=tmp_path)
    assert catalog.get("en", MessageKind.REPAIR).source == "server"
    assert catalog.get("fr", MessageKind.REPAIR).source.endswith("fr/repair.jinja")
    message = catalog.render(facts(returns[0], MessageKind.REPAIR), "en")
    assert message.subject == f"Repair of {returns[0].rma}"
    assert message.body == f"Dear {returns[0].customer_name}, we repair it.\n"


def test_invalid_published_template_is_not_stored(tmp_path: Path) -> None:
    errors = store_published(
        tmp_path,
        [
            ("en", MessageKind.REPAIR, CUSTOM.replace("rma", "rmz")),
            ("fr", MessageKind.REPLACE, CUSTOM),
        ],
    )
    assert errors == [
        "en/repair, line 1: unknown field 'rmz'; fields are: customer_name, rma, "
        "order_id, product, category, reason, price, outcome, grade, decision_date, findings, "
        "grade_finding, photos, note"
    ]
    assert not template_path(tmp_path, "en", MessageKind.REPAIR).exists()
    assert template_path(tmp_path, "fr", MessageKind.REPLACE).read_text() == CUSTOM


def test_withdrawn_template_falls_back_to_the_shipped_one(tmp_path: Path) -> None:
    store_published(tmp_path, [("en", MessageKind.REPAIR, CUSTOM)])
    store_published(tmp_path, [])
    assert list(tmp_path.rglob("*.jinja")) == []
    assert (
        MessageCatalog.load(published_dir=tmp_path).get("en", MessageKind.REPAIR).source != "server"
    )


@pytest.mark.expect_log(
    "inspector_app.messages", r"^skipped a published message template: .*replace\.jinja"
)
def test_corrupt_stored_template_is_skipped_with_a_reason(
    tmp_path: Path, returns: list[Return]
) -> None:
    path = template_path(tmp_path, "en", MessageKind.REPLACE)
    path.parent.mkdir(parents=True)
    path.write_text("Subject: {{ rma }\n\nbroken\n")
    catalog = MessageCatalog.load(published_dir=tmp_path)
    assert catalog.problems == [
        f"{path}: server, line 1: unexpected '}}'; using the shipped template"
    ]
    message = catalog.render(facts(returns[0], MessageKind.REPLACE), "en")
    assert message.subject.startswith(f"Your return {returns[0].rma}")


def test_a_language_from_outside_never_makes_a_path_outside_the_directory(
    tmp_path: Path,
) -> None:
    for language in ("../en", "..", "en/../../x", "/etc", "de"):
        with pytest.raises(ValueError, match="is not one of"):
            template_path(tmp_path, language, MessageKind.REPAIR)
    errors = store_published(tmp_path / "published", [("../en", MessageKind.REPAIR, CUSTOM)])
    assert len(errors) == 1 and "../en" in errors[0]
    assert not list(tmp_path.rglob("*.jinja"))
