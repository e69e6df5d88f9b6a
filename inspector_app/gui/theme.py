"""The station's look: large type, high contrast, one clearly marked primary action per screen.

A packing bench is read at arm's length, often with gloves on a touch screen, so every
control is at least 48 px tall and text starts at 15 pt. Colours carry meaning only together
with words (the eligibility banner says "Eligible", it is not just green), for colour-blind
inspectors. Widgets opt into a style with a dynamic property: `role` on buttons
(primary/danger) and `tone` on labels (ok/warn/bad/info), set with `set_tone`.
"""

from __future__ import annotations

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QAbstractSpinBox, QApplication, QLabel, QWidget

from inspector_app.locations import resource_path

INK = "#14171c"
MUTED = "#4a5260"
PAPER = "#f6f7f9"
CARD = "#ffffff"
LINE = "#c9ced6"
PRIMARY = "#1450b8"
PRIMARY_DARK = "#0d3a87"
OK_BG, OK_FG = "#e2f3e6", "#0b5222"
WARN_BG, WARN_FG = "#fff2cc", "#6b4a00"
BAD_BG, BAD_FG = "#fde3e1", "#8a1610"
INFO_BG, INFO_FG = "#e4ecfa", "#133d80"
# The arrows of combo and spin boxes. Once a style sheet gives these boxes a border, Fusion
# no longer draws their arrows (it drew thin bars), so the sheet names its own, with buttons
# wide enough for a gloved finger.
ICONS = resource_path("icons").as_posix()

STYLE = f"""
* {{ color: {INK}; }}
QMainWindow, QDialog, QStackedWidget > QWidget {{ background: {PAPER}; }}
QFrame#header {{ background: {INK}; }}
QFrame#header QLabel {{ color: #ffffff; font-size: 15pt; }}
QFrame#header QLabel#appTitle {{ font-weight: 700; }}
QFrame#header QLabel#stepLabel {{ color: #b8c3d6; padding-left: 16px; }}
QFrame#header QToolButton {{ color: #ffffff; background: transparent; border: 1px solid #59606b;
    border-radius: 6px; padding: 6px 14px; font-size: 13pt; min-height: 32px; }}
QFrame#header QToolButton:hover, QFrame#header QToolButton:focus {{ background: #2b313b; }}
QLabel {{ font-size: 14pt; }}
QLabel#title, QLabel#sectionTitle {{ font-size: 24pt; font-weight: 700; }}
QLabel#hint, QLabel#shortcutHint, QLabel#cameraStatus, QLabel#returnSummary,
QLabel#sectionCounter {{ color: {MUTED}; font-size: 13pt; }}
QLabel#recentTitle, QLabel#summaryTitle {{ font-size: 15pt; font-weight: 600; }}
QFrame#card, QFrame#details, QFrame#choices, QFrame[itemCard="true"] {{ background: {CARD};
    border: 1px solid {LINE}; border-radius: 10px; }}
QFrame[itemCard="true"] QLabel, QFrame#details QLabel, QFrame#choices QLabel,
QFrame#card QLabel {{ background: transparent; border: none; }}
QFrame#details QLabel[field="label"] {{ color: {MUTED}; }}
QPushButton {{ font-size: 15pt; min-height: 48px; padding: 4px 22px; border-radius: 8px;
    background: {CARD}; border: 2px solid {LINE}; }}
QPushButton:hover {{ border-color: {PRIMARY}; }}
QPushButton:focus {{ border-color: {PRIMARY}; }}
QPushButton:disabled {{ color: #9aa1ab; border-color: #e0e3e8; }}
QPushButton[role="primary"] {{ background: {PRIMARY}; color: #ffffff; border-color: {PRIMARY};
    font-weight: 700; }}
QPushButton[role="primary"]:hover {{ background: {PRIMARY_DARK}; }}
QPushButton[role="primary"]:focus {{ border: 3px solid #f0b400; }}
QPushButton[role="primary"]:disabled {{ background: #9db3da; border-color: #9db3da;
    color: #eef2f9; }}
QPushButton[role="danger"] {{ color: {BAD_FG}; border-color: #e3a09b; }}
QPushButton#receivingButton:checked {{ background: #f0b400; color: #14171c;
    border-color: #d89c00; font-weight: 700; }}
QPushButton[answer="true"] {{ background: {PRIMARY}; color: #ffffff; border-color: {PRIMARY};
    font-weight: 700; }}
QLineEdit, QComboBox, QSpinBox, QDoubleSpinBox, QPlainTextEdit, QTextBrowser {{ font-size: 15pt;
    background: {CARD}; border: 2px solid {LINE}; border-radius: 8px; padding: 6px 10px; }}
QLineEdit, QComboBox, QSpinBox, QDoubleSpinBox {{ min-height: 40px; }}
QLineEdit:focus, QComboBox:focus, QSpinBox:focus, QDoubleSpinBox:focus,
QPlainTextEdit:focus {{ border-color: {PRIMARY}; }}
QComboBox::drop-down {{ subcontrol-origin: border; subcontrol-position: center right;
    width: 44px; border: none; border-left: 1px solid {LINE}; }}
QComboBox::down-arrow {{ image: url({ICONS}/arrow-down.svg); width: 16px; height: 16px; }}
QComboBox::down-arrow:disabled {{ image: url({ICONS}/arrow-down-disabled.svg); }}
QSpinBox, QDoubleSpinBox {{ padding-right: 48px; }}
QSpinBox::up-button, QDoubleSpinBox::up-button {{ subcontrol-origin: border;
    subcontrol-position: top right; width: 44px; border: none; border-left: 1px solid {LINE};
    border-bottom: 1px solid {LINE}; }}
QSpinBox::down-button, QDoubleSpinBox::down-button {{ subcontrol-origin: border;
    subcontrol-position: bottom right; width: 44px; border: none;
    border-left: 1px solid {LINE}; }}
QSpinBox::up-button:pressed, QDoubleSpinBox::up-button:pressed,
QSpinBox::down-button:pressed, QDoubleSpinBox::down-button:pressed {{ background: {INFO_BG}; }}
QSpinBox::up-arrow, QDoubleSpinBox::up-arrow {{ image: url({ICONS}/arrow-up.svg);
    width: 18px; height: 18px; }}
QSpinBox::down-arrow, QDoubleSpinBox::down-arrow {{ image: url({ICONS}/arrow-down.svg);
    width: 18px; height: 18px; }}
QSpinBox::up-arrow:disabled, QDoubleSpinBox::up-arrow:disabled,
QSpinBox::up-arrow:off, QDoubleSpinBox::up-arrow:off {{
    image: url({ICONS}/arrow-up-disabled.svg); }}
QSpinBox::down-arrow:disabled, QDoubleSpinBox::down-arrow:disabled,
QSpinBox::down-arrow:off, QDoubleSpinBox::down-arrow:off {{
    image: url({ICONS}/arrow-down-disabled.svg); }}
QLineEdit#code {{ font-size: 22pt; min-height: 56px; font-family: "DejaVu Sans Mono", monospace; }}
QListWidget {{ font-size: 13pt; background: {CARD}; border: 1px solid {LINE}; border-radius: 8px; }}
QListWidget::item {{ padding: 6px; }}
QListWidget#messagePhotos {{ font-size: 11pt; }}
QListWidget#messagePhotos::item {{ padding: 0; }}
QProgressBar {{ background: #dde1e7; border: none; border-radius: 5px; }}
QProgressBar::chunk {{ background: {PRIMARY}; border-radius: 5px; }}
QLabel[tone="ok"] {{ background: {OK_BG}; color: {OK_FG};
    border-left: 8px solid #1e8e3e; border-radius: 6px; }}
QLabel[tone="warn"] {{ background: {WARN_BG}; color: {WARN_FG};
    border-left: 8px solid #d89c00; border-radius: 6px; }}
QLabel[tone="bad"] {{ background: {BAD_BG}; color: {BAD_FG};
    border-left: 8px solid #c5221f; border-radius: 6px; }}
QLabel[tone="info"] {{ background: {INFO_BG}; color: {INFO_FG};
    border-left: 8px solid {PRIMARY}; border-radius: 6px; }}
QLabel[tone="none"] {{ background: transparent; border: none; }}
QStatusBar {{ background: #e6e9ee; border-top: 1px solid {LINE}; }}
QStatusBar QLabel {{ font-size: 12pt; padding: 0 10px; }}
QStatusBar QPushButton {{ font-size: 12pt; min-height: 28px; padding: 0 12px; }}
QTabBar::tab {{ font-size: 12pt; padding: 8px 12px; }}
QCheckBox {{ font-size: 14pt; }}
QCheckBox::indicator {{ width: 24px; height: 24px; }}
QToolTip {{ font-size: 12pt; }}
"""


def apply(app: QApplication) -> None:
    """Install the style sheet and a base font that every widget inherits."""
    font = QFont(app.font())
    font.setPointSize(13)
    app.setFont(font)
    app.setStyle("Fusion")
    app.setStyleSheet(STYLE)


def set_tone(label: QLabel, tone: str) -> None:
    """Switch a label's banner style (ok, warn, bad, info, none) and re-apply the style sheet.
    Banners get a margin (QSS padding on labels is not reliably applied)."""
    label.setProperty("tone", tone)
    label.setMargin(0 if tone == "none" else 12)
    restyle(label)


def inset_spin_box(box: QAbstractSpinBox) -> None:
    """Keep a spin box's number off its left border, as line edits keep their text.

    Style-sheet padding does not move a spin box's inner editor (its text sat against the
    border), so the editor gets a text margin of its own."""
    box.lineEdit().setTextMargins(8, 0, 0, 0)


def restyle(widget: QWidget) -> None:
    """Re-evaluate style rules that depend on dynamic properties after one changed."""
    style = widget.style()
    style.unpolish(widget)
    style.polish(widget)
    widget.updateGeometry()
    widget.update()
