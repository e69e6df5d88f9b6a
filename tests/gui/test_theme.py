"""The style sheet's pictures exist and load, and spin boxes keep their number off the border."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtGui import QImage
from PySide6.QtWidgets import QSpinBox
from pytestqt.qtbot import QtBot

from inspector_app.gui import theme
from inspector_app.gui.verdict_page import VerdictPage

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
