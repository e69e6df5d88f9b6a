"""Training mode in the window: the TRAINING banner, the trainer's score, and the sign-in
page's way into a sandbox.

In a sandbox's window (`inspector-app training`) a banner above every page says this is
practice and what the trainee finds in the parcel in hand (the exercise's brief), and
**End training** (`Ctrl+Shift+E`) shows the score and closes the window. On a real bench
whose site allows it, the sign-in page's **Training** button opens the sandbox as a second
process: the bench's own station, queue and sync are never touched, and the sandbox cannot
import anything the installed build lacks. The bench lends it the camera meanwhile.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable

from PySide6.QtCore import QObject, QProcess, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from inspector_app.domain.returns import Return
from inspector_app.domain.training import GRADE_ITEM, OUTCOME_ITEM, ExerciseScore
from inspector_app.gui.app import StationApp
from inspector_app.gui.i18n import pick_language
from inspector_app.gui.pages import Page
from inspector_app.gui.theme import set_tone
from inspector_app.locations import is_frozen
from inspector_app.station import Training
from inspector_app.station.training import TRAINEE_PIN, TrainingReport

log = logging.getLogger(__name__)

END_TRAINING_KEY = QKeySequence("Ctrl+Shift+E")


def _key_name() -> str:
    """End training's key as the reader's keyboard names it (Ctrl+Maj+E in French)."""
    return END_TRAINING_KEY.toString(QKeySequence.SequenceFormat.NativeText)


class TrainingBanner(QLabel):
    """Across the top of every page of a sandbox's window: practice only, and the parcel to
    work on with what the trainee finds in it."""

    def __init__(self, training: Training, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("trainingBanner")
        self.setWordWrap(True)
        set_tone(self, "warn")
        self._training = training
        self._language = language
        self._done: set[str] = set()
        self._page = Page.SIGN_IN
        self._ret: Return | None = None
        self._show()

    def mark_done(self, rmas: set[str]) -> None:
        """The exercises finalized so far (the next parcel offered is the first other)."""
        self._done = rmas
        self._show()

    def show_page(self, page: Page, ret: Return | None) -> None:
        """`page` is on screen, with `ret` open (card, checklist, verdict) or None."""
        self._page, self._ret = page, ret
        self._show()

    def _show(self) -> None:
        head = self.tr("TRAINING: practice only, nothing is sent or printed.")
        self.setText(f"<b>{head}</b><br>{self._line()}")

    def _line(self) -> str:
        """How to sign in; the brief of the open parcel's exercise; or the next to scan."""
        if self._page is Page.SIGN_IN:
            return self.tr("Sign in as {name} with the PIN {pin}.").format(
                name=self._training.trainee, pin=TRAINEE_PIN
            )
        exercises = self._training.exercises
        ret = self._ret
        current = self._training.exercise_for(ret.id) if ret is not None else None
        if current is not None and ret is not None:
            return self.tr("Parcel {n} of {total} ({rma}): {brief}").format(
                n=exercises.index(current) + 1,
                total=len(exercises),
                rma=current.rma,
                brief=current.brief_for(ret, self._language),
            )
        waiting = [e for e in exercises if e.rma not in self._done]
        if waiting:
            return self.tr("Next parcel: scan or type {rma}.").format(rma=waiting[0].rma)
        return self.tr("Every parcel is done: End training ({key}) shows the score.").format(
            key=_key_name()
        )


class ScoreDialog(QDialog):
    """The trainer's score: time in all and per parcel, what was missed or wrong.
    Accepted: close training; rejected (Esc): keep practising."""

    def __init__(
        self, report: TrainingReport, language: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("trainingScore")
        self.setWindowTitle(self.tr("Training score"))
        self._report = report
        self._language = language
        score = report.score
        lines = [
            self.tr(
                "{perfect} of {total} parcels without a fault, {done} finalized, {time} in all."
            ).format(
                perfect=score.perfect,
                total=len(score.exercises),
                done=score.done,
                time=self._duration(score.seconds),
            )
        ]
        lines += [self._line(exercise) for exercise in score.exercises]
        self.text = QLabel("<br><br>".join(lines))
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        buttons = QDialogButtonBox()
        close = buttons.addButton(
            self.tr("&Close training"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        close.setDefault(True)
        buttons.addButton(self.tr("&Keep practising"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(buttons)
        self.setMinimumWidth(640)

    def _line(self, exercise: ExerciseScore) -> str:
        if exercise.seconds is None:
            return self.tr("<b>{rma}</b>: not finalized.").format(rma=exercise.rma)
        return self.tr("<b>{rma}</b>: {time}. Missed: {missed}. Wrong: {wrong}.").format(
            rma=exercise.rma,
            time=self._duration(exercise.seconds),
            missed=self._items(exercise.rma, exercise.missed),
            wrong=self._items(exercise.rma, exercise.wrong),
        )

    def _items(self, rma: str, items: tuple[str, ...]) -> str:
        verdict = {OUTCOME_ITEM: self.tr("the outcome"), GRADE_ITEM: self.tr("the grade")}
        if not items:
            return self.tr("none")
        return "; ".join(
            verdict.get(item) or self._report.label(rma, item, self._language) for item in items
        )

    def _duration(self, seconds: float) -> str:
        minutes, rest = divmod(round(seconds), 60)
        return self.tr("{minutes} min {seconds} s").format(minutes=minutes, seconds=rest)


class TrainingMode(QObject):
    """A sandbox's window: the banner, End training, and keeping both up to date."""

    def __init__(self, window: QWidget, context: StationApp, training: Training) -> None:
        super().__init__(window)
        self._window = window
        self._ctx = context
        self._training = training
        self._language = pick_language(context.settings["ui.language"])
        self.banner = TrainingBanner(training, self._language)
        self.end_button = QToolButton()
        self.end_button.setObjectName("endTrainingButton")
        self.end_button.setText(self.tr("End training"))
        self.end_button.setToolTip(
            self.tr("Show the trainer's score and close training ({key})").format(key=_key_name())
        )
        self.end_button.clicked.connect(self.end)
        QShortcut(END_TRAINING_KEY, window, self.end)

    def show_page(self, page: Page, ret: Return | None) -> None:
        self.banner.show_page(page, ret)

    def finalized(self) -> None:
        """An exercise may be done: the banner then offers the next parcel."""
        self._ctx.bridge.call(
            self._training.score,
            self._ctx.station,
            done=lambda score: self.banner.mark_done({e.rma for e in score.exercises if e.done}),
        )

    def end(self) -> None:
        """The score, worked out on the station's worker; closing it closes the window."""
        self._ctx.bridge.call(self._training.report, self._ctx.station, done=self._show_score)

    def _show_score(self, report: TrainingReport) -> None:
        self.dialog = ScoreDialog(report, self._language, self._window)
        self.dialog.accepted.connect(self._window.close)
        self.dialog.open()


def training_command() -> tuple[str, list[str]]:
    """How this build starts `inspector-app training`: the frozen build is its own program."""
    if is_frozen():
        return sys.executable, ["training"]
    return sys.executable, ["-m", "inspector_app", "training"]


class TrainingLauncher(QObject):
    """The sign-in page's Training button: the sandbox as a child process, one at a time.
    The bench's camera is released while it runs (the sandbox scans with it) and taken back
    when it ends."""

    def __init__(self, context: StationApp, report_failure: Callable[[str], None]) -> None:
        super().__init__(context)
        self._ctx = context
        self._report_failure = report_failure
        self.process: QProcess | None = None

    def start(self) -> None:
        if self.process is not None:
            return  # already open: its window is the one to use
        program, arguments = training_command()
        process = QProcess(self)
        process.setProcessChannelMode(QProcess.ProcessChannelMode.ForwardedChannels)
        process.finished.connect(self._ended)
        process.errorOccurred.connect(self._failed)
        self.process = process
        self._ctx.scans.stop()
        process.start(program, arguments)

    def _ended(self) -> None:
        self.process = None
        self._ctx.start_camera()

    def _failed(self, error: QProcess.ProcessError) -> None:
        if error is QProcess.ProcessError.FailedToStart:
            log.error("training did not start: %s", error)
            self._report_failure(self.tr("Training could not start; see the log."))
            self._ended()
