"""Unfinished inspections: offering to resume one on the scan page, and asking before a new
parcel leaves the open one (kept as a draft, or discarded).

A draft survives sign-out, a crash and a power cut (the station autosaves every answer); this
is how the bench brings it back to the person who was doing it, or to whoever is at the bench.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMessageBox, QWidget

from inspector_app.gui.bridges import Failed, StationBridge
from inspector_app.gui.checklist_state import ChecklistSnapshot
from inspector_app.gui.scan_page import ScanPage
from inspector_app.gui.session import Session
from inspector_app.station import Draft, LookupResult, Station

Opened = tuple[Draft, LookupResult, ChecklistSnapshot]
"""A draft ready for the checklist page: the draft, its return card, its checklist."""


class DraftResume(QObject):
    """Offers, reopens and gives up drafts; `opened(draft, lookup, snapshot)` gets one back."""

    def __init__(
        self,
        window: QWidget,
        *,
        bridge: StationBridge,
        station: Station,
        scan_page: ScanPage,
        session: Callable[[], Session],
        opened: Callable[[Opened], None],
        failed: Callable[[str], Failed],
    ) -> None:
        super().__init__(window)
        self._window = window
        self._bridge = bridge
        self._station = station
        self._scan_page = scan_page
        self._session = session
        self._opened = opened
        self._failed = failed

    def check(self) -> None:
        """Look for unfinished inspections and offer the last one on the scan page."""
        self._bridge.call(
            self._station.drafts, done=self._offer, failed=self._failed("reading drafts")
        )

    def _offer(self, drafts: list[Draft]) -> None:
        session = self._session()
        mine = [d for d in drafts if d.inspector == session.badge] or drafts
        session.resumable = mine
        if mine:
            draft = mine[-1]
            self._scan_page.set_resume(
                self.tr("Resume the unfinished inspection of {rma} ({model})").format(
                    rma=draft.ret.rma, model=draft.ret.product.model
                )
            )
        else:
            self._scan_page.set_resume("")

    def resume(self) -> None:
        """Reopen the offered draft with its return card, on the worker."""
        drafts = self._session().resumable
        if not drafts:
            return
        draft = drafts[-1]
        station = self._station

        def reopen() -> Opened:
            return draft, station.lookup(draft.ret.id), ChecklistSnapshot.of(draft.run)

        self._bridge.call(reopen, done=self._opened, failed=self._failed("resume"))

    def confirm_leave(self) -> bool:
        """Ask before leaving the open, unfinished inspection; True to go on to the new parcel
        (the open one kept as a draft or discarded, as chosen)."""
        session = self._session()
        draft = session.draft
        if draft is None:
            return True
        box = QMessageBox(self._window)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Unfinished inspection"))
        box.setText(self.tr("The inspection of {rma} is not finished.").format(rma=draft.ret.rma))
        box.setInformativeText(self.tr("Keep it as a draft to finish later, or discard it?"))
        keep = box.addButton(
            self.tr("Keep draft, open new parcel"), QMessageBox.ButtonRole.AcceptRole
        )
        discard = box.addButton(self.tr("Discard it"), QMessageBox.ButtonRole.DestructiveRole)
        stay = box.addButton(self.tr("Continue this inspection"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(stay)
        box.exec()
        clicked = box.clickedButton()
        if clicked is discard:
            self._bridge.call(self._station.discard, draft, failed=self._failed("discard"))
        if clicked in (keep, discard):
            session.draft = None
            session.snapshot = None
            return True
        return False
