"""The verdict screen's preview of the customer message."""

from __future__ import annotations

import pytest

from inspector_app.domain.returns import Return
from inspector_app.gui.message_preview import MessagePreview
from inspector_app.messages import MessageCatalog, MessageKind

from .conftest import facts

pytestmark = pytest.mark.gui


def test_preview_shows_the_rendered_message(
    catalog: MessageCatalog, returns: list[Return], qtbot
) -> None:
    preview = MessagePreview()
    qtbot.addWidget(preview)
    message = catalog.render(facts(returns[0], MessageKind.REPAIR), "fr")
    preview.show_message(message)
    assert preview.text() == (f"Subject: {message.subject}", message.body)
    assert preview.language.currentData() == "fr"
    preview.show_problem("No template")
    assert preview.text() == ("", "")
    assert preview.problem.text() == "No template"


def test_picking_a_language_asks_for_a_new_rendering(qtbot) -> None:
    preview = MessagePreview()
    qtbot.addWidget(preview)
    with qtbot.waitSignal(preview.language_changed) as changed:
        preview.language.activated.emit(preview.language.findData("en"))
    assert changed.args == ["en"]
