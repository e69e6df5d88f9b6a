"""The style sheet's pictures exist and load, spin boxes keep their number off the border, and
every default checklist item fits the bench's screen."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtGui import QFont, QImage
from PySide6.QtWidgets import QSpinBox, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from inspector_app.domain.checklist.template import load_template_file
from inspector_app.gui import theme
from inspector_app.gui.item_widgets import make_item_widget
from inspector_app.gui.verdict_page import VerdictPage
from inspector_app.locations import resource_path

_URL = re.compile(r"url\(([^)]+)\)")


def test_every_picture_the_style_names_exists_and_loads() -> None:
    """A missing or unreadable arrow picture leaves Qt drawing nothing at all, silently: the
    combo and spin boxes would lose their arrows again."""
    pictures = set(_URL.findall(theme.STYLE))
    assert {Path(p).name for p in pictures} >= {"arrow-up.svg", "arrow-down.svg"}
    for picture in pictures:
        assert Path(picture).is_file(), picture
        assert not QImage(picture).isNull(), f"{picture} does not load (no SVG image plugin?)"


def test_spin_boxes_keep_their_number_off_the_border(qtbot: QtBot) -> None:
    box = QSpinBox()
    qtbot.addWidget(box)
    assert box.lineEdit().textMargins().left() == 0
    theme.inset_spin_box(box)
    assert box.lineEdit().textMargins().left() > 0
    page = VerdictPage()
    qtbot.addWidget(page)
    assert page.ui.refund.lineEdit().textMargins().left() > 0


# A checklist card's width in the 1366-pixel window the bench is built for (the scroll area
# less its margins and scroll bar). A card wider than this scrolls sideways, hiding answers.
CARD_WIDTH = 1280


@pytest.mark.parametrize("language", ["en", "fr"])
def test_every_default_item_fits_the_bench_screen(
    qtbot: QtBot, language: str, request: pytest.FixtureRequest
) -> None:
    """The photo button shares the answer row, so the row's answers and the button must fit
    side by side in both languages, for every item of every default checklist."""
    if language == "fr":
        request.getfixturevalue("french")
    host = QWidget()
    qtbot.addWidget(host)
    host.setStyleSheet(theme.STYLE)
    font = QFont(host.font())
    font.setPointSize(13)
    host.setFont(font)
    column = QVBoxLayout(host)
    widgets = []
    for path in sorted(resource_path("checklists").glob("*.yaml")):
        for item in load_template_file(path).items:
            widgets.append(make_item_widget(item))
            column.addWidget(widgets[-1])
    for child in (host, *host.findChildren(QWidget)):
        child.ensurePolished()  # the style sheet's sizes, without showing a window
    widths = {w.item.id: w.minimumSizeHint().width() for w in widgets}
    assert len(widths) > 20
    assert {item: width for item, width in widths.items() if width > CARD_WIDTH} == {}
