"""Read every screen of the French interface the way an inspector sees it, and find English.

`test_french_walk.py` walks the real window through `SCREENS`, in order; at each one it reads
every visible text (labels, buttons, group titles, tabs, list and combo items, table headers
and cells, placeholders, tooltips, window titles) of the windows the screen shows, and
reports each text that is English:

- it is, or contains a line that is, an English string the translation catalogue translates
  differently (a string shown without going through the catalogue), or the English of a
  checklist text that has a French one (a question shown without `i18n.show`);
- it has a word that only English has (`ENGLISH_ONLY`), once the screen's data is set aside:
  product models, codes, customer names and their own words are not the interface.

Adding a screen (bench corrections, training, kiosk...): append a `Screen` to SCREENS (or
pass your own list to `walk`) whose `show(walk)` brings the window there, using
`walk.driver` (tools/gui_driver.py) like a person would, and returns the windows to read
(the main window, a dialog it opened...). A dialog that runs modally is read from inside
`walk.read_modal(open_it)`. Data a screen shows on purpose (a code, a name the user typed)
goes in `walk.data`. A failure names the screen, the widget (class and object name) and the
text, and says why it looks English.

The same walk finds Alt-key clashes (`mnemonic_clashes`, in English and French): a `Walk`
reads each window with its `reader`, the English reader by default.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from PySide6.QtCore import QModelIndex, QTimer
from PySide6.QtGui import QKeySequence, Qt, QTextDocumentFragment
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListView,
    QPlainTextEdit,
    QTabWidget,
    QTextEdit,
    QWidget,
)

from inspector_app.domain.checklist import load_template_file
from inspector_app.locations import resource_path

_ENGLISH_WORDS = """
    the and of to with without for from is are was were be been being not yes no please
    take taken scanned scanning back next save saved cancel close settings sign start
    anyway found none all some other missing retry export refund refunded full partial
    refuse refused accept accepted repair repaired replace replaced restock recycle
    refurbish supplier quarantine screen housing battery charges cracked scratches
    scratched light heavy damaged damage order orders return returns returned parcel
    customer needs server offline online sync synced waiting pending sent deadline window
    withdrawal warranty eligible inspect inspected inspector inspectors camera picture
    frame press key keys enter typed language english french report lead shift bench about
    folder log data files printer print what why how when where which who before after
    more less than then there here has have had will would should can cannot could must it
    its they them their we our us at by into out up down over under override reason
    proposed proposal outcome good very fair done ready looking already item items answer
    answers required optional fault faults works work working power powers glass touch
    signs use used unused photograph sound speaker speakers microphone microphones buttons
    button new your you this that these those each every any only just also again still yet
    now today yesterday week month year day days hour hours minute does did doing seems
    dead tested passed failed failure something wrong went show shows shown hide open
    opened opening closed nothing everything right left
"""
ENGLISH_ONLY = frozenset(_ENGLISH_WORDS.split())
"""Words of English UI text that French does not use (so "photo", "inspection", "code",
"message", "station", "scan", "test" or "grade", which French shares, are not here)."""

_WORD = re.compile(r"[A-Za-zÀ-ÿ]+(?:'[A-Za-z]+)?")
_NOT_WORDS = re.compile(r"`[^`]*`|\S*://\S*|\S*/\S*|\w*\d\w*")
"""Commands, addresses, paths and ids (a token such as tok_795be9627fce): what a person
types or copies, in any language."""


def catalogue_english(ts: Path | None = None) -> frozenset[str]:
    """English strings the French catalogue translates into something else (less those that
    are also French: "Issue" is the French for "Outcome")."""
    root = ET.parse(ts or resource_path("translations", "inspector_fr.ts")).getroot()
    english, french = set(), set()
    for message in root.iter("message"):
        source = message.findtext("source") or ""
        translation = message.findtext("translation") or ""
        if translation and translation != source:
            english.add(source.replace("&", "").strip())
            french.add(translation.replace("&", "").strip())
    return frozenset(english - french)


def checklist_english() -> frozenset[str]:
    """The English of every checklist text that the default checklists write in French."""
    found = set()
    for path in resource_path("checklists").glob("*.yaml"):
        template = load_template_file(path)
        texts = [template.title]
        for section in template.sections:
            texts.append(section.title)
            for item in section.items:
                texts += [item.label, item.help, item.unit, *(c.label for c in item.choices)]
        texts += [rule.label for rule in template.rules]
        found.update(str(t) for t in texts if t and t.get("fr") != str(t))
    return frozenset(found)


@dataclass(frozen=True, slots=True)
class Finding:
    screen: str
    widget: str
    text: str
    why: str

    def __str__(self) -> str:
        return f"  [{self.screen}] {self.widget}: {self.text!r} ({self.why})"


def _plain(text: str) -> str:
    if Qt.mightBeRichText(text):
        text = QTextDocumentFragment.fromHtml(text).toPlainText()
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").strip()


def readable_texts(window: QWidget) -> list[tuple[str, str]]:
    """(widget, text) for every text a person can read in `window` now."""
    found: list[tuple[str, str]] = []
    if window.windowTitle():
        found.append((f"{type(window).__name__} title", window.windowTitle()))
    for widget in [window, *window.findChildren(QWidget)]:
        if not widget.isVisible():
            continue
        name = f"{type(widget).__name__}#{widget.objectName() or '?'}"
        found += [(name, text) for text in map(_plain, _texts_of(widget)) if text]
    return found


def mnemonic_clashes(window: QWidget) -> list[tuple[str, str]]:
    """(key, who) for each Alt key that two visible controls of `window` answer to now."""
    owners: dict[str, list[str]] = {}
    for widget in [window, *window.findChildren(QWidget)]:
        if not widget.isVisible():
            continue
        name = f"{type(widget).__name__}#{widget.objectName() or '?'}"
        texts: list[str] = []
        if isinstance(widget, QAbstractButton) or (
            isinstance(widget, QLabel) and widget.buddy() is not None
        ):
            texts.append(widget.text())
        elif isinstance(widget, QGroupBox) and widget.isCheckable():
            texts.append(widget.title())
        elif isinstance(widget, QTabWidget):
            texts += [widget.tabText(i) for i in range(widget.count())]
        for text in texts:
            key = QKeySequence.mnemonic(text)
            if not key.isEmpty():
                owners.setdefault(key.toString(), []).append(f"{name} {text!r}")
    return [(key, " and ".join(who)) for key, who in owners.items() if len(who) > 1]


def _texts_of(widget: QWidget) -> list[str]:
    texts = [widget.toolTip()] if widget.toolTip() else []
    if isinstance(widget, QLabel | QAbstractButton):
        texts.append(widget.text())
    elif isinstance(widget, QGroupBox):
        texts.append(widget.title())
    elif isinstance(widget, QLineEdit):
        texts.append(widget.placeholderText())
    elif isinstance(widget, QComboBox):
        texts += [widget.itemText(i) for i in range(widget.count())]
    elif isinstance(widget, QTextEdit | QPlainTextEdit):
        texts.append(widget.toPlainText())
    elif isinstance(widget, QTabWidget):
        texts += [widget.tabText(i) for i in range(widget.count())]
    elif isinstance(widget, QAbstractItemView) and widget.model() is not None:
        texts += _model_texts(widget)
    return texts


def _model_texts(view: QAbstractItemView) -> list[str]:
    """Column headers and the text of the first rows (a long list repeats its kinds)."""
    model = view.model()
    top = QModelIndex()
    if isinstance(view, QListView):  # one column, no header (and a private columnCount)
        columns, texts = 1, []
    else:
        columns = model.columnCount(top)
        texts = [str(model.headerData(i, Qt.Orientation.Horizontal) or "") for i in range(columns)]
    for row in range(min(model.rowCount(top), 50)):
        for column in range(columns):
            value = model.data(model.index(row, column, top))
            if isinstance(value, str):
                texts.append(value)
    return texts


@dataclass
class Walk:
    """What screens use to get somewhere, and what they set aside as data."""

    bench: Any
    qtbot: Any
    demo: Any
    data: set[str] = field(default_factory=set)
    """Texts that are data, not interface: models, codes, names, a customer's own words."""
    extra: list[QWidget] = field(default_factory=list)
    reader: Callable[[QWidget], list[tuple[str, str]]] = readable_texts
    """What a screen reads of a window: its texts, or its Alt-key clashes."""

    def read(self, window: QWidget) -> list[tuple[str, str]]:
        return self.reader(window)

    @property
    def driver(self) -> Any:
        return self.bench.driver

    @property
    def window(self) -> Any:
        return self.bench.window

    def read_modal(self, open_it: Callable[[], None], close: Callable[[QWidget], None]) -> list:
        """Open a modal dialog, read it while it runs, then close it; what was read."""
        seen: list[tuple[str, str]] = []
        read_it: list[bool] = []

        def read() -> None:
            dialog = QApplication.activeModalWidget()
            if dialog is None:
                QTimer.singleShot(20, read)
                return
            seen.extend(self.read(dialog))
            read_it.append(True)
            close(dialog)

        QTimer.singleShot(20, read)
        open_it()
        self.qtbot.waitUntil(lambda: bool(read_it))
        return seen


@dataclass(frozen=True, slots=True)
class Screen:
    """One place of the interface: `show(walk)` gets there and returns what to read, as
    windows or as texts already read (from a modal dialog)."""

    name: str
    show: Callable[[Walk], Iterable[QWidget | tuple[str, str]]]


def english_in(
    screen: str,
    texts: Iterable[tuple[str, str]],
    known: frozenset[str],
    data: set[str],
) -> list[Finding]:
    """The texts of `screen` that are English."""
    findings = []
    for widget, text in texts:
        rest = text
        for value in sorted(data, key=len, reverse=True):
            if value:
                rest = rest.replace(value, " ")
        lines = {line.strip(" :*·.") for line in rest.splitlines()} | {rest.strip(" :*·.")}
        exact = sorted(line for line in lines if line in known)
        words = sorted({w.lower() for w in _WORD.findall(_NOT_WORDS.sub(" ", rest))} & ENGLISH_ONLY)
        if exact:
            findings.append(Finding(screen, widget, text, f"untranslated: {exact[0]!r}"))
        elif words:
            findings.append(Finding(screen, widget, text, f"English words: {', '.join(words)}"))
    return findings


def walk(walk_state: Walk, screens: Iterable[Screen]) -> list[Finding]:
    """Show each screen in turn and collect the English found on it."""
    known = catalogue_english() | checklist_english()
    findings: list[Finding] = []
    for screen in screens:
        findings += english_in(screen.name, read_screen(walk_state, screen), known, walk_state.data)
    return findings


def read_screen(walk_state: Walk, screen: Screen) -> list[tuple[str, str]]:
    """Show `screen` and read what it shows with the walk's reader."""
    texts: list[tuple[str, str]] = []
    for shown in screen.show(walk_state):
        texts += [shown] if isinstance(shown, tuple) else walk_state.read(shown)
    return texts
