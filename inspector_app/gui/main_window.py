"""The station window and the bench flow: sign in → scan → card → checklist → verdict → scan.

The window owns the pages (pages.Page) and routes what happens between them; the photos
(photo_flow.py), unfinished inspections (draft_resume.py) and corrections (correction_flow.py)
have their own modules. Every
station call goes through the StationBridge (off the GUI thread), every camera event arrives
through the ScanBridge, and the sync state through the SyncBridge. A scan is accepted wherever
the inspector is: signed out it is a badge; on a code-scan item it answers the item; with an
unfinished inspection open it asks before leaving it; otherwise it looks the parcel up.

The camera proposes, the inspector decides. The camera sees every label on the bench, so it
opens a card only from the scan page; with a card on screen, another parcel in view is
offered in a banner (Enter switches), never swapped in; on a code-scan item it fills only an
empty item, only with a code of the item's shape that is no parcel's label; during the rest
of an inspection it is ignored. The parcel just finalized or sent back stays known to the
camera while it is in view, so it does not reopen under the inspector's eyes.
"""

from __future__ import annotations

import html
import logging
import time
from collections.abc import Callable
from pathlib import Path
from typing import cast

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QCloseEvent, QImage, QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication, QMainWindow, QMessageBox, QToolButton, QWidget

from inspector_app.domain.returns import Return
from inspector_app.gui import i18n, vocabulary, worker_calls
from inspector_app.gui.about_dialog import AboutDialog
from inspector_app.gui.app import StationApp
from inspector_app.gui.attention_dialog import AttentionDialog
from inspector_app.gui.bridges import StationBridge
from inspector_app.gui.checklist_page import ChecklistPage
from inspector_app.gui.checklist_state import ChecklistSnapshot
from inspector_app.gui.correction_flow import CorrectionFlow
from inspector_app.gui.draft_resume import DraftResume, Opened
from inspector_app.gui.failures import shown
from inspector_app.gui.generated.ui_main_window import Ui_MainWindow
from inspector_app.gui.idle import IdleWatch
from inspector_app.gui.pages import Page
from inspector_app.gui.photo_flow import PhotoFlow
from inspector_app.gui.return_card_page import ReturnCardPage
from inspector_app.gui.scan_bridge import ScanBridge
from inspector_app.gui.scan_page import ScanPage
from inspector_app.gui.session import Session
from inspector_app.gui.sign_in_page import SignInPage
from inspector_app.gui.sounds import Feedback
from inspector_app.gui.status_bar import StationStatusBar
from inspector_app.gui.training import TrainingLauncher, TrainingMode
from inspector_app.gui.verdict_page import VerdictForm, VerdictPage
from inspector_app.scanning import CameraState
from inspector_app.station import (
    LEAD_ROLES,
    AnswerSource,
    BadgeCheck,
    Connectivity,
    CorrectionPath,
    Draft,
    FinalizeResult,
    Inspector,
    LookupResult,
    OutboxState,
    QueueSummary,
    ReceiveOutcome,
    ReceiveResult,
    Role,
    SyncStatus,
)

log = logging.getLogger(__name__)

SIGN_IN, SCAN, CARD, CHECKLIST, VERDICT = Page


class MainWindow(QMainWindow):
    """The bench window. `app_context` provides the station, bridges, settings and feedback."""

    card_shown = Signal(float)
    """The return card is on screen; argument: monotonic time of the scan (for benchmarks)."""
    finalized = Signal(str)
    """An inspection was finalized durably (its UUID)."""
    page_changed = Signal(int)

    def __init__(self, context: StationApp, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = context
        self.bridge: StationBridge = context.bridge
        self.scans: ScanBridge = context.scans
        self.feedback: Feedback = context.feedback
        self.session = Session()
        self._lead_known = True  # until the people are listed: Settings stay locked
        self._lookups = 0
        """Lookups started; a lookup's answer is shown only if no other started since, nor
        did the inspector leave for the scan page (a late answer never reopens a card)."""
        self.ui = Ui_MainWindow()
        self.ui.setupUi(self)
        self.kiosk: bool = context.settings["ui.kiosk"]
        """Kiosk mode: full screen, no close, Settings and Quit for a lead or an admin only."""
        self._quitting = False
        self.quit_button = QToolButton()
        self.quit_button.setObjectName("quitButton")
        self.quit_button.setText(self.tr("Quit"))
        self.quit_button.setToolTip(self.tr("Close Return Inspector on this bench"))
        self.ui.headerLayout.insertWidget(
            self.ui.headerLayout.indexOf(self.ui.signOutButton), self.quit_button
        )
        self.sign_in = SignInPage()
        self.scan_page = ScanPage()
        self.card = ReturnCardPage()
        self.checklist = ChecklistPage()
        self.verdict = VerdictPage()
        for page in (self.sign_in, self.scan_page, self.card, self.checklist, self.verdict):
            self.ui.pages.addWidget(page)
        self.status = StationStatusBar(self)
        self.setStatusBar(self.status)
        self.ui.centralLayout.insertWidget(1, self.status.banner)
        self.status.set_station_name(context.settings["station.name"])
        self.idle = IdleWatch(context.settings["ui.idle_signout_min"], self)
        self.idle.idle.connect(self._idle_sign_out)
        cast(QApplication, QApplication.instance()).installEventFilter(self.idle)
        self.photos = PhotoFlow(
            self,
            bridge=self.bridge,
            station=context.station,
            scans=self.scans,
            settings=context.settings,
            checklist=self.checklist,
            session=lambda: self.session,
            change=self._mutate,
            failed=self._failed,
        )
        self.drafts = DraftResume(
            self,
            bridge=self.bridge,
            station=context.station,
            scan_page=self.scan_page,
            session=lambda: self.session,
            opened=self._opened_draft,
            failed=self._failed,
        )
        self.corrections = CorrectionFlow(
            self,
            bridge=self.bridge,
            station=context.station,
            session=lambda: self.session,
            opened=self._opened_draft,
            failed=self._failed,
            notice=self.checklist.show_notice,
        )
        self._connect()
        self._install_training()
        if self.kiosk:
            from inspector_app.gui.kiosk import apply_touch

            apply_touch(self)
            self.sign_in.add_pin_pad()
        self._show_page(SIGN_IN)
        self._show_admin_controls()
        self._load_people()

    # -- wiring --------------------------------------------------------------------------------

    def _connect(self) -> None:
        ui = self.ui
        ui.signOutButton.clicked.connect(self.sign_out)
        ui.settingsButton.clicked.connect(self.open_settings)
        ui.aboutButton.clicked.connect(self.open_about)
        self.quit_button.clicked.connect(self.quit_bench)
        ui.leadButton.hide()
        QShortcut(QKeySequence("Ctrl+,"), self, self.open_settings)
        QShortcut(QKeySequence(Qt.Key.Key_F7), self, self.toggle_receiving)
        stop = QShortcut(QKeySequence(Qt.Key.Key_Escape), self.scan_page, self._stop_receiving)
        stop.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.scan_page.receiving_toggled.connect(self._receiving_toggled)
        self.sign_in.pin_submitted.connect(self._verify_pin)
        self.scan_page.code_entered.connect(lambda code: self.handle_scan([code], "keyboard"))
        self.scan_page.resume_requested.connect(self.drafts.resume)
        self.card.start_requested.connect(self._start_inspection)
        self.card.correct_requested.connect(self._correct_shown)
        self.card.switch_requested.connect(self._switch_to_seen)
        self.card.back_requested.connect(self.back_to_scan)
        self.checklist.answered.connect(self._answer)
        self.checklist.cleared.connect(self._clear)
        self.checklist.answered_many.connect(self._answer_many)
        self.checklist.photo_requested.connect(self.photos.take)
        self.checklist.photo_opened.connect(self.photos.open)
        self.checklist.finished.connect(self._to_verdict)
        self.checklist.back_out.connect(lambda: self._show_page(CARD))
        self.verdict.back_requested.connect(lambda: self._show_page(CHECKLIST))
        self.verdict.finalize_requested.connect(self._finalize)
        self.scans.scanned.connect(lambda codes, t: self.handle_scan(codes, "camera", t))
        self.ctx.wedge.scanned.connect(lambda code: self.handle_scan([code], "handheld"))
        self.scans.status.connect(self._camera_status)
        self.scans.frame.connect(self._frame)
        self.status.attention_requested.connect(self.open_attention)
        self.status.token_prompt_requested.connect(self._token_prompt)
        self.ctx.sync.status_changed.connect(self._sync_status)
        self.bridge.busy_changed.connect(self._busy)

    def _install_training(self) -> None:
        """A sandbox's banner and End training, or the sign-in page's Training button where
        the site allows it (gui/training.py)."""
        training = self.ctx.training
        if training is not None:
            mode = self.training = TrainingMode(self, self.ctx, training)
            self.ui.centralLayout.insertWidget(1, mode.banner)
            self.ui.headerLayout.insertWidget(
                self.ui.headerLayout.indexOf(self.ui.signOutButton), mode.end_button
            )
            self.page_changed.connect(lambda page: mode.show_page(Page(page), self._open_return()))
            self.finalized.connect(lambda _uuid: mode.finalized())
        elif self.ctx.settings["ui.training_allowed"]:
            self.training_launcher = TrainingLauncher(self.ctx, self.sign_in.show_error)
            self.sign_in.add_training_button().clicked.connect(self.training_launcher.start)

    def _open_return(self) -> Return | None:
        """The return on the card, checklist or verdict now, if any."""
        if self.session.draft is not None:
            return self.session.draft.ret
        lookup = self.session.lookup
        return lookup.ret if lookup is not None else None

    def _busy(self, busy: bool) -> None:
        if busy:
            self.setCursor(Qt.CursorShape.BusyCursor)
        else:
            self.unsetCursor()

    def _show_page(self, index: Page) -> None:
        self.ui.pages.setCurrentIndex(index)
        steps = {
            SIGN_IN: self.tr("Sign in"),
            SCAN: self.tr("Scan a parcel"),
            CARD: self.tr("Return"),
            CHECKLIST: self.tr("Checklist"),
            VERDICT: self.tr("Verdict"),
        }
        self.ui.stepLabel.setText(steps[index])
        signed_in = index != SIGN_IN
        self.ui.signOutButton.setVisible(signed_in)
        self.ui.inspectorLabel.setVisible(signed_in)
        self.scans.set_preview_size(self.scan_page.preview.size() if index == SCAN else QSize())
        if index != SCAN and self.scan_page.receiving:
            self.scan_page.set_receiving(False)  # the mode belongs to the scan page alone
        if index == SCAN:
            self.scan_page.ready()
        self.page_changed.emit(index)

    def present(self) -> None:
        """On screen: full screen in kiosk mode, else a window at the benches' size."""
        if self.kiosk:
            self.showFullScreen()
        else:
            self.resize(1366, 768)
            self.show()

    def may_administer(self) -> bool:
        """A lead or an admin is signed in, or the bench knows none yet (being set up)."""
        return self.session.role in LEAD_ROLES or not self._lead_known

    def _show_admin_controls(self) -> None:
        """In kiosk mode Settings and Quit show only to whoever may administer the bench."""
        self.ui.settingsButton.setVisible(not self.kiosk or self.may_administer())
        self.quit_button.setVisible(self.kiosk and self.may_administer())

    def current_page(self) -> int:
        return self.ui.pages.currentIndex()

    def _error(self, text: str, sound: bool = True) -> None:
        """Show a plain error where the inspector is looking, with the error sound."""
        if sound:
            self.feedback.play("error")
        page = self.current_page()
        if page == SIGN_IN:
            self.sign_in.show_error(text)
        elif page == VERDICT:
            self.verdict.show_error(text)
        elif page == SCAN:
            self.scan_page.show_message(text, "bad")
        else:
            QMessageBox.warning(self, self.tr("Return Inspector"), text)

    def _failed(self, what: str) -> Callable[[BaseException], None]:
        """An error handler for a station call: log it, say it plainly (failures.shown)."""

        def handler(exc: BaseException) -> None:
            self._error(shown(exc, what))

        return handler

    # -- sign in / out --------------------------------------------------------------------------

    def _load_people(self) -> None:
        def listed(people: list[Inspector]) -> None:
            self._lead_known = any(p.role in LEAD_ROLES for p in people)
            self._show_admin_controls()
            sync = self.ctx.sync.status
            first_round = sync.state is Connectivity.SYNCING and sync.last_success_at is None
            self.sign_in.set_people([(p.badge, p.name) for p in people], fetching=first_round)

        self.bridge.call(
            self.ctx.station.people, done=listed, failed=self._failed("listing inspectors")
        )

    def _verify_pin(self, badge: str, pin: str) -> None:
        self.bridge.call(
            self.ctx.station.sign_in,
            badge,
            pin,
            done=lambda who: self._signed_in(who, self.tr("Wrong PIN. Try again.")),
            failed=self._failed("sign-in"),
        )

    def _sign_in_badge(self, code: str, quiet: bool) -> None:
        """A scan on the sign-in page is a badge. The camera also sees parcel labels lying on
        the bench, so an unknown code from the camera is ignored rather than reported. A
        badge that needs its PIN too (a lead's, or anyone's where the site says so) picks
        its person and asks for the PIN."""

        def checked(found: BadgeCheck) -> None:
            if found.person is None and quiet:
                return
            if found.pin_needed and found.person is not None:
                self.feedback.play("found")
                self.sign_in.ask_pin(found.person.badge)
                return
            self._signed_in(
                found.person, self.tr("Badge {code} is not known at this bench.").format(code=code)
            )

        self.bridge.call(
            self.ctx.station.check_badge,
            code,
            ask_server=not quiet,  # a person's scan, not a label the camera saw
            network=not quiet,
            done=checked,
            failed=self._failed("badge sign-in"),
        )

    def _signed_in(self, who: Inspector | None, refusal: str) -> None:
        if who is None:
            self.feedback.play("not_found")
            self.sign_in.show_error(refusal)
            self.sign_in.ui.pin.clear()
            return
        self.feedback.play("found")
        self.session = Session(badge=who.badge, name=who.name, role=Role(who.role))
        self.ui.inspectorLabel.setText(self.tr("Signed in: {name}").format(name=who.name))
        self.ui.leadButton.setVisible(
            Role(who.role).reviews_shifts and self.ctx.lead_view is not None
        )
        self.idle.start()
        self._show_admin_controls()
        self._show_page(SCAN)
        self.scan_page.show_message("")
        self.drafts.check()

    def sign_out(self) -> None:
        """Back to the sign-in page; an open inspection stays saved as a draft."""
        self.idle.stop()
        self.bridge.call(self.ctx.station.sign_out, network=True)  # may end a lead session
        self.session = Session()
        self._show_admin_controls()
        self.sign_in.reset()
        self._show_page(SIGN_IN)
        self._load_people()

    def _idle_sign_out(self) -> None:
        log.info("signed out after %s idle minutes", self.ctx.settings["ui.idle_signout_min"])
        self.sign_out()
        self.sign_in.show_error(
            self.tr("You were signed out after a while without activity. Your work was saved.")
        )

    # -- scanning -------------------------------------------------------------------------------

    def handle_scan(self, codes: list[str], source: str, when: float | None = None) -> None:
        """A code from the camera, the handheld scanner or the keyboard, wherever we are."""
        codes = [c for c in (c.strip() for c in codes) if c]
        if not codes:
            return
        self.idle.poke()
        page = self.current_page()
        if page == SIGN_IN:
            self._sign_in_badge(codes[0], quiet=source == "camera")
            return
        camera = source == "camera"
        if page == SCAN and self._taken_by_scan_page(codes, source):
            return
        if self._fills_a_field(page, codes, camera):
            return
        if camera and page != SCAN:
            if page == CARD:
                self._offer_seen_parcel(codes)
            return
        if (
            self.session.draft is not None
            and page in (CHECKLIST, VERDICT)
            and not self.drafts.confirm_leave()
        ):
            return
        self.session.scan_started = when if when is not None else time.monotonic()
        self.scan_page.show_message(self.tr("Looking up {code}…").format(code=codes[0]), "info")
        self._lookups += 1
        ticket = self._lookups

        def answered(result: LookupResult) -> None:
            if ticket == self._lookups:  # else the inspector moved on, or scanned again
                self._looked_up(codes, result)

        self.bridge.call(
            self.ctx.station.lookup_any, codes, done=answered, failed=self._failed("lookup")
        )

    def _fills_a_field(self, page: int, codes: list[str], camera: bool) -> bool:
        """A scan that answers what the page asks for rather than opening a parcel: a lead's
        badge while a correction waits for their authorisation, the checklist's current code
        item, or a refusal's outbound label on the verdict (from the
        handheld only: the camera sees the inbound label too, and never decides)."""
        if not camera and self.corrections.take_scan(codes[0]):
            return True  # a lead's badge, for the correction they are authorising
        if page == CHECKLIST:
            return self._to_code_item(codes, camera)
        return page == VERDICT and not camera and self.verdict.take_scan(codes[0])

    def _taken_by_scan_page(self, codes: list[str], source: str) -> bool:
        """Whether the scan page deals with a scan itself: a camera read while a code is
        typed by hand is dropped (the inspector chose that parcel), and in the receiving
        mode every scan is a receipt."""
        if source == "camera" and self.scan_page.typing():
            return True
        if self.scan_page.receiving:
            self._receive(codes, source)
            return True
        return False

    # -- receiving ------------------------------------------------------------------------------

    def toggle_receiving(self) -> None:
        """F7: the receiving mode on or off (only on the scan page, signed in)."""
        if self.current_page() == SCAN:
            self.scan_page.set_receiving(not self.scan_page.receiving)
            self._receiving_toggled(self.scan_page.receiving)

    def _stop_receiving(self) -> None:
        if self.scan_page.receiving:
            self.scan_page.set_receiving(False)
            self._receiving_toggled(False)

    def _receiving_toggled(self, on: bool) -> None:
        self.idle.poke()
        self._lookups += 1  # a lookup still on its way opens no card in this mode
        self.session.last_received = ""
        self.ui.stepLabel.setText(self.tr("Receive parcels") if on else self.tr("Scan a parcel"))
        self.scan_page.ready()

    def _receive(self, codes: list[str], source: str) -> None:
        """A scan in the receiving mode: the station records the receipt (off the GUI
        thread); the answer says where the parcel goes. A typed code leaves the field at
        once, ready for the next parcel's."""
        camera = source == "camera"
        if source == "keyboard":
            self.scan_page.ready()
        self.scan_page.show_message(self.tr("Receiving {code}…").format(code=codes[0]), "info")
        self.bridge.call(
            self.ctx.station.receive_scan,
            codes,
            self.session.badge,
            done=lambda result: self._received(codes, result, camera),
            failed=self._failed("receiving a parcel"),
        )

    def _received(self, codes: list[str], result: ReceiveResult, camera: bool) -> None:
        ret = result.ret
        code = result.code or codes[0]
        if ret is None:
            self.feedback.play("not_found")
            self.scan_page.show_message(i18n.show(result.message), "bad")
            self.scan_page.add_recent(codes[0], self.tr("not found"), "not_found")
            return
        if camera:
            if ret.id == self.session.last_received:
                return  # the parcel just answered is still in front of the camera
            self.session.last_received = ret.id
        if result.outcome is ReceiveOutcome.RECEIVED:
            self.session.last_received = ret.id
            self.feedback.play("found")
            who = ret.customer_name or ret.product.model
            self.scan_page.show_message(
                self.tr("Received {rma} ({name}): put it on the shelf.").format(
                    rma=ret.rma, name=who
                ),
                "ok",
            )
            self.scan_page.add_recent(code, self.tr("received {rma}").format(rma=ret.rma), "found")
            return
        self.feedback.play("not_found")
        self.scan_page.show_message(self._not_received(result, ret), "warn")
        inspected = result.outcome is ReceiveOutcome.INSPECTED
        short = self.tr("already inspected") if inspected else self.tr("already received")
        self.scan_page.add_recent(code, short, "error")

    def _not_received(self, result: ReceiveResult, ret: Return) -> str:
        """Why a receiving scan recorded nothing, in the inspector's words."""
        if result.outcome is ReceiveOutcome.ALREADY_RECEIVED and result.at is not None:
            return self.tr("{rma} was already received at {time}.").format(
                rma=ret.rma, time=result.at.astimezone().strftime("%H:%M")
            )
        if result.outcome is ReceiveOutcome.INSPECTED:
            return self.tr("{rma} was already inspected: it does not go on the shelf.").format(
                rma=ret.rma
            )
        day = ret.received_at.isoformat() if ret.received_at else ""
        return self.tr("{rma} was already received on {day}.").format(rma=ret.rma, day=day)

    def _to_code_item(self, codes: list[str], camera: bool) -> bool:
        """Give a scan to the current code-scan item; False if no such item is current.

        Never a code of the parcel's own labels, never one of the wrong shape; from the
        camera, only into an empty item (CodeScanItem.fitting), and never a code printed on
        any parcel's label (Station.label_owner, asked off the GUI thread).
        """
        item = self.checklist.code_item()
        if item is None:
            return False
        draft = self.session.draft
        own = [c for c in codes if draft is None or not draft.ret.is_label_code(c)]
        code = item.fitting(own, camera=camera)
        if code is None:
            if not camera:
                item.refuse(codes[0])
            return True

        def checked(owner: Return | None) -> None:
            if self.checklist.code_item() is not item:
                return  # the inspector moved on meanwhile
            if owner is not None:
                if not camera:
                    item.refuse_label(code, owner.rma)
                return
            if not camera or item.fitting([code], camera=True) is not None:
                item.accept_scan(code)

        self.bridge.call(
            self.ctx.station.label_owner, code, done=checked, failed=self._failed("checking a code")
        )
        return True

    def _offer_seen_parcel(self, codes: list[str]) -> None:
        """The camera sees a label while a card is shown: if it is another return's, offer
        it in the card's banner; the card itself stays."""
        shown = self.session.lookup
        if shown is None or shown.ret is None or any(shown.ret.is_label_code(c) for c in codes):
            return

        def found(result: LookupResult) -> None:
            current = self.session.lookup
            if (
                result.ret is None
                or self.current_page() != CARD
                or current is None
                or current.ret is None
                or result.ret.id == current.ret.id
            ):
                return
            self.session.seen = result
            self.card.show_new_parcel(f"{result.ret.rma} · {result.ret.product.model}")

        self.bridge.call(
            self.ctx.station.lookup_any, codes, done=found, failed=self._failed("lookup")
        )

    def _switch_to_seen(self) -> None:
        """Enter on the new-parcel banner: that parcel's card, as if it had been scanned."""
        seen, self.session.seen = self.session.seen, None
        if seen is not None and seen.ret is not None:
            self.session.scan_started = time.monotonic()
            self._looked_up([seen.code or seen.ret.rma], seen)

    def _looked_up(self, codes: list[str], result: LookupResult) -> None:
        if result.ret is None:
            self.feedback.play("not_found")
            if self.current_page() != SCAN:
                self._show_page(SCAN)
            self.scan_page.show_message(i18n.show(result.message), "bad")
            self.scan_page.add_recent(codes[0], self.tr("not found"), "not_found")
            return
        self.feedback.play("found")
        self.session.lookup = result
        flags = []
        if result.inspected:
            flags.append("already_inspected")
        if result.eligibility is not None and getattr(result.eligibility, "overdue", False):
            flags.append("overdue")
        self.scan_page.add_recent(
            result.code or codes[0], f"{result.ret.rma} · {result.ret.product.model}", "found"
        )
        self._show_page(CARD)
        self.card.show_result(
            result.ret,
            result.eligibility,
            flags,
            i18n.stored_server_text(result.marketplace, result.marketplace_phrase),
            from_server=result.source is AnswerSource.SERVER,
        )
        self.card_shown.emit(self.session.scan_started)
        if result.inspected:
            self._show_earlier(result)

    def _show_earlier(self, result: LookupResult) -> None:
        """Who made the verdict of the return on the card, once the station says."""

        def known(earlier: object) -> None:
            if self.session.lookup is result and self.current_page() == CARD:
                self.card.show_earlier(earlier)

        ret_id = result.ret.id if result.ret is not None else ""
        self.bridge.call(
            self.ctx.station.earlier_verdict, ret_id, done=known, failed=self._failed("verdict")
        )

    def _correct_shown(self) -> None:
        """Alt+C on the card: correct the verdict of the return it shows."""
        lookup = self.session.lookup
        if lookup is not None and lookup.ret is not None:
            self.corrections.correct(lookup.ret.id, lookup.ret.rma, self._error)

    def back_to_scan(self) -> None:
        self._lookups += 1
        self.session.lookup = None
        self.session.seen = None
        self._show_page(SCAN)
        self.scan_page.show_message("")
        self.drafts.check()

    def _camera_status(self, state: str, message: str) -> None:
        camera = CameraState(state)
        texts = {
            CameraState.CONNECTING: self.tr("Connecting to the camera…"),
            CameraState.RUNNING: self.tr("Camera on. Show a label to the camera."),
            CameraState.STOPPED: self.tr("Camera stopped."),
        }
        text = message if camera is CameraState.ERROR else texts[camera]
        self.scan_page.set_camera_status(text)
        if camera is CameraState.ERROR:
            self.scan_page.preview.show_placeholder(
                self.tr(
                    "No camera picture.\n{why}\nYou can still type codes or use a handheld scanner."
                ).format(why=message)
            )

    def _frame(self, image: QImage, size: QSize, outlines: list) -> None:
        view = self.scan_page.preview
        view.show_frame(image, size)
        if outlines:
            view.show_outlines(outlines)

    def _opened_draft(self, opened: Opened) -> None:
        """A started or resumed inspection, on the checklist page."""
        draft, lookup, snapshot = opened
        self.session.lookup = lookup
        self.session.draft = draft
        self.session.snapshot = snapshot
        self.scan_page.set_resume("")
        self._show_page(CHECKLIST)  # visible first: only a visible widget can take the focus
        self.checklist.start(snapshot, self._return_line(draft.ret))
        self.photos.load_thumbnails()

    # -- checklist --------------------------------------------------------------------------------

    def _start_inspection(self) -> None:
        lookup = self.session.lookup
        if lookup is None or lookup.ret is None:
            return
        station = self.ctx.station
        badge = self.session.badge
        return_id = lookup.ret.id

        def start() -> Opened:
            draft = station.start_inspection(return_id, inspector=badge)
            return draft, lookup, ChecklistSnapshot.of(draft.run)

        self.bridge.call(start, done=self._opened_draft, failed=self._failed("start inspection"))

    def _return_line(self, ret: Return) -> str:
        return f"{ret.rma} · {ret.product.model} · {vocabulary.name(ret.reason)}"

    def _mutate(self, what: str, change: Callable[[Draft], object]) -> None:
        """Apply a change to the open draft on the worker, then render the new snapshot."""
        draft = self.session.draft
        if draft is None:
            return

        def run() -> ChecklistSnapshot:
            change(draft)
            return ChecklistSnapshot.of(draft.run)

        self.bridge.call(run, done=self._snapshot, failed=self._failed(what))

    def _snapshot(self, snapshot: ChecklistSnapshot) -> None:
        if self.session.draft is None:
            return
        self.session.snapshot = snapshot
        self.checklist.show_snapshot(snapshot)
        self.photos.load_thumbnails()

    def _answer(self, item_id: str, value: object) -> None:
        self.idle.poke()
        self._mutate("saving an answer", lambda d: d.answer(item_id, value))

    def _answer_many(self, answers: dict[str, object]) -> None:
        """All pass (or its undo): every answer in one station call and one re-render."""
        self.idle.poke()

        def change(draft: Draft) -> None:
            for item_id, value in answers.items():
                if value is None:
                    draft.clear(item_id)
                else:
                    draft.answer(item_id, value)

        self._mutate("saving answers", change)

    def _clear(self, item_id: str) -> None:
        self._mutate("clearing an answer", lambda d: d.clear(item_id))

    # -- verdict ----------------------------------------------------------------------------------

    def _to_verdict(self) -> None:
        snapshot = self.session.snapshot
        draft = self.session.draft
        if snapshot is None or draft is None:
            return
        ret = draft.ret
        head = (
            f"<h3>{html.escape(ret.product.model)}</h3><p>RMA {html.escape(ret.rma)} · "
            f"{html.escape(vocabulary.name(ret.reason))}</p>"
        )
        self._show_page(VERDICT)
        station = self.ctx.station
        self.verdict.set_message_renderer(
            lambda form, language: station.preview_message(
                draft,
                worker_calls.verdict_choice(form),
                language=language,
                note=form.note,
                sendback_tracking=form.sendback_tracking,
            ),
            self.checklist.thumbnail,
        )
        self.verdict.start(snapshot, ret, head)

    def _finalize(self, form: VerdictForm) -> None:
        draft = self.session.draft
        if draft is None:
            return
        station = self.ctx.station
        verdict = worker_calls.verdict_choice(form)
        message = self.verdict.customer_message()
        language = message.language if message is not None else None

        def finalize() -> FinalizeResult:
            return station.finalize(
                draft,
                verdict,
                message_language=language,
                note=form.note,
                sendback_tracking=form.sendback_tracking,
                by=badge,
            )

        badge = self.session.badge  # who finalizes: the one signed in, whoever started it
        self.bridge.call(finalize, done=self._finalized, failed=self._finalize_failed)

    def _finalize_failed(self, exc: BaseException) -> None:
        self.feedback.play("error")
        self.verdict.show_error(shown(exc, "finalize"))

    def _finalized(self, result: FinalizeResult) -> None:
        ret = self.session.draft.ret if self.session.draft else None
        rma = ret.rma if ret is not None else ""
        if ret is not None:
            self.ctx.print_intake_label(result.payload, ret, self._label_printed)
        self.session.draft = None
        self.session.snapshot = None
        self.session.lookup = None
        self.session.thumbnails.clear()
        self.ctx.sync.wake()
        self._lookups += 1
        self._show_page(SCAN)
        self.scan_page.show_message(
            self.tr("Saved: {rma}. Ready for the next parcel.").format(rma=rma), "ok"
        )
        self.finalized.emit(str(result.uuid))
        self.drafts.check()

    def _label_printed(self, ok: bool, message: str) -> None:
        """The intake label's fate, under the "Saved" line; the inspection is safe either way."""
        if not ok:
            self.feedback.play("error")
        self.scan_page.set_camera_status(
            (self.tr("Label: {message}") if ok else self.tr("Label not printed: {message}")).format(
                message=message
            )
        )

    # -- status, settings, about -----------------------------------------------------------------

    def _sync_status(self, status: SyncStatus) -> None:
        if self.current_page() == SIGN_IN:
            self._load_people()  # a round may have brought the list, or failed to
        self.status.show_state(
            status.state,
            status.pending,
            status.needs_attention,
            status.last_success_at,
        )

    def open_attention(self) -> None:
        station = self.ctx.station

        def correct(entry: str, return_id: str) -> None:
            path = paths.get(entry)
            dialog.accept()  # the correction, or the lead's prompt, takes the window
            if path is not CorrectionPath.RESEND and not self.drafts.confirm_leave():
                return  # the inspector stays with the open inspection
            if path is CorrectionPath.RESEND:
                self.corrections.resend(entry, return_id, self._error)
            else:
                self.corrections.correct(return_id, return_id, self._error)

        paths: dict[str, CorrectionPath] = {}

        dialog = AttentionDialog(
            retry=lambda entry: self.bridge.call(
                station.retry, entry, done=lambda _r: refresh(), failed=self._failed("retry")
            ),
            export=lambda entry, path: self.bridge.call(
                station.export_queued, entry, Path(path), failed=self._failed("export")
            ),
            dismiss=lambda entry, reason: self.bridge.call(
                station.dismiss,
                entry,
                reason,
                self.session.badge,
                done=lambda _r: refresh(),
                failed=lambda exc: dialog.show_problem(shown(exc, "dismiss")),
            ),
            parent=self,
            correct=correct,
        )

        def listed(found: tuple[QueueSummary, dict[str, CorrectionPath]]) -> None:
            queue, correctable = found
            paths.clear()
            paths.update(correctable)
            dialog.show_entries(
                [e for e in queue.entries if e.state is OutboxState.NEEDS_ATTENTION], correctable
            )

        def refresh() -> None:
            self.bridge.call(lambda: (station.pending(), station.correctable()), done=listed)

        refresh()
        dialog.exec()

    def _token_prompt(self) -> None:
        QMessageBox.warning(
            self,
            self.tr("Token rejected"),
            self.tr(
                "The server refused this bench's token, so nothing is being sent. "
                "Inspections are kept safely here.\n\nAsk IT for a new station token and "
                "enter it in Settings → Server."
            ),
        )
        self.open_settings()

    def open_settings(self) -> None:
        """Settings for a lead or an admin; anyone else changes display preferences only,
        unless this bench knows no lead or admin yet (a new bench being set up)."""
        if self.kiosk and not self.may_administer():
            self._error(self.tr("Settings need a lead or an admin: they sign in here first."))
            return
        self.ctx.open_settings(self, may_change_all=self.may_administer())
        self._load_people()  # a standalone bench's admin may have changed them

    def open_about(self) -> None:
        AboutDialog(self.ctx.data_dir, self.ctx.settings["server.url"], parent=self).exec()

    def quit_bench(self) -> None:
        """Kiosk mode's only way out, for a lead or an admin, once confirmed."""
        if not self.may_administer():
            return
        asked = QMessageBox.question(
            self,
            self.tr("Quit"),
            self.tr("Close Return Inspector? This bench scans nothing until it is started again."),
        )
        if asked == QMessageBox.StandardButton.Yes:
            self._quitting = True
            self.close()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.kiosk and not self._quitting:
            event.ignore()  # Alt+F4, the window manager: only a lead's Quit closes a kiosk
            return
        self.idle.stop()
        cast(QApplication, QApplication.instance()).removeEventFilter(self.idle)
        super().closeEvent(event)
