"""Every shipped template renders for every kind and language with demo returns."""

from __future__ import annotations

import dataclasses
import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest

from inspector_app.domain.returns import Grade, Return
from inspector_app.domain.texts import format_money
from inspector_app.domain.vocabulary import LANGUAGES
from inspector_app.messages import (
    MessageCatalog,
    MessageKind,
    RenderedMessage,
    language_for,
    message_fields,
)
from inspector_app.messages.examples import example_facts
from inspector_app.messages.fields import FIELDS, format_date

from .conftest import facts


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("kind", list(MessageKind))
def test_every_kind_and_language_renders_with_demo_data(
    catalog: MessageCatalog, returns: list[Return], kind: MessageKind, language: str
) -> None:
    for i, ret in enumerate(returns):
        grade = None if i % 3 == 0 else list(Grade)[i % len(Grade)]
        tracking = "1Z999AA10123456784" if kind is MessageKind.SENT_BACK else ""
        message = catalog.render(facts(ret, kind, grade, "25.50", tracking), language)
        assert isinstance(message, RenderedMessage)
        assert message.language == language
        assert ret.rma in message.subject
        assert ret.product.model in message.body
        assert ret.order_id in message.body
        assert "{{" not in message.body + message.subject
        if kind in (MessageKind.PARTIAL_REFUND, MessageKind.REFUND_SENT):
            assert format_money(Decimal("25.50"), ret.currency, language) in message.subject
        if kind is MessageKind.ACCEPT_FULL_REFUND:
            # A full refund without an amount refunds the price paid.
            full = catalog.render(facts(ret, kind, grade), language)
            assert format_money(ret.price, ret.currency, language) in full.body
        if tracking:
            assert tracking in message.body


def test_language_follows_the_order_country(catalog: MessageCatalog, returns: list[Return]) -> None:
    ret = returns[0]
    assert language_for(dataclasses.replace(ret, country="FR")) == "fr"
    assert language_for(dataclasses.replace(ret, country="BE")) == "fr"
    assert language_for(dataclasses.replace(ret, country="DE")) == "en"
    french = catalog.render(facts(dataclasses.replace(ret, country="FR"), MessageKind.REPAIR))
    assert french.language == "fr"
    assert french.body.startswith("Bonjour")


def test_greeting_without_a_name(catalog: MessageCatalog, returns: list[Return]) -> None:
    ret = dataclasses.replace(returns[0], customer_name="")
    message = catalog.render(facts(ret, MessageKind.REPLACE), "en")
    assert message.body.startswith("Hello,\n")


@pytest.mark.parametrize("kind", list(MessageKind))
@pytest.mark.parametrize("optional", [True, False])
def test_declared_fields_are_exactly_what_a_message_provides(
    kind: MessageKind, optional: bool
) -> None:
    """FIELDS (the check's list of known names and the docs) match the values built."""
    values = message_fields(example_facts(kind, with_optional=optional), "en")
    declared = {f.name for f in FIELDS if kind in f.kinds and (optional or not f.optional)}
    assert values.keys() == declared


@pytest.mark.parametrize(
    ("amount", "currency", "language", "text"),
    [
        ("1249.5", "EUR", "en", "€1,249.50"),
        ("1249.5", "EUR", "fr", "1\u202f249,50\u00a0€"),
        ("9", "GBP", "en", "£9.00"),
        ("12.345", "CHF", "en", "12.35 CHF"),
        ("12", "CHF", "fr", "12,00\u00a0CHF"),
    ],
)
def test_money_is_written_the_local_way(
    amount: str, currency: str, language: str, text: str
) -> None:
    assert format_money(Decimal(amount), currency, language) == text


def test_dates_are_written_out() -> None:
    assert format_date(dt.date(2026, 8, 1), "fr") == "1er août 2026"
    assert format_date(dt.date(2026, 8, 2), "fr") == "2 août 2026"
    assert format_date(dt.date(2026, 11, 26), "en") == "26 November 2026"


def test_every_field_is_documented() -> None:
    docs = (Path(__file__).resolve().parents[2] / "docs" / "messages.md").read_text()
    assert [f.name for f in FIELDS if f"| `{f.name}` |" not in docs] == []
