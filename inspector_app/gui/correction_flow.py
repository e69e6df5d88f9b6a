"""Correcting a verdict from the window: from the return card (Alt+C) or from an inspection
the server refused (the needs-attention dialog's Correct).

The station says whether this bench may correct the verdict by itself (its own, less than
a day old: station/corrections.py). If so the correction starts at once; otherwise a shift
lead authorises it first: the lead signed in now, through their open lead session, or a
lead who comes to the bench and gives their name (or badge) and PIN in a LeadPrompt, while
the inspector stays signed in. The correction opens on the checklist page with the earlier
answers, to change what was wrong; when some of another bench's photos could not be fetched
with the lead's grant, the page says how many, so the inspector takes them again rather than
wonder why a required photo is missing.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from inspector_app.gui.bridges import Failed, StationBridge
from inspector_app.gui.checklist_state import ChecklistSnapshot
from inspector_app.gui.draft_resume import Opened
from inspector_app.gui.failures import shown
from inspector_app.gui.lead_prompt import LeadPrompt
from inspector_app.gui.session import Session
from inspector_app.station import (
    LEAD_ROLES,
    CorrectionAuthority,
    EarlierVerdict,
    Inspector,
    Station,
)


class CorrectionFlow(QObject):
    """Starts corrections; `opened(draft, lookup, snapshot)` gets the correction's draft."""

    def __init__(
        self,
        window: QWidget,
        *,
        bridge: StationBridge,
        station: Station,
        session: Callable[[], Session],
        opened: Callable[[Opened], None],
        failed: Callable[[str], Failed],
        notice: Callable[[str], None],
    ) -> None:
        super().__init__(window)
        self._window = window
        self._bridge = bridge
        self._station = station
        self._session = session
        self._opened = opened
        self._failed = failed
        self._notice = notice
        """Shows a sentence on the opened correction's checklist page."""
        self.prompt: LeadPrompt | None = None
        """The lead's sign-in, while it is open (a badge scan goes to it)."""
        self._then: Callable[[CorrectionAuthority | None], None] = lambda _authority: None
        """What the correction asked for now does once allowed."""

    def resend(self, entry: str, return_id: str, refused: Callable[[str], None]) -> None:
        """A correction the server refused for want of a lead (`entry`): a lead authorises
        it, then it is sent again as it is."""

        def send_again(_authority: CorrectionAuthority | None) -> None:
            self._bridge.call(
                self._station.retry, entry, failed=lambda exc: refused(shown(exc, "retry"))
            )

        self._then = send_again
        self._authorise(return_id, return_id, refused)

    def correct(self, return_id: str, rma: str, refused: Callable[[str], None]) -> None:
        """Correct the verdict on `return_id`; `refused(text)` says why not (no verdict,
        the lead's refusal is shown in the prompt itself)."""
        self._then = lambda authority: self._start(return_id, authority)
        self._bridge.call(
            self._station.earlier_verdict,
            return_id,
            done=lambda earlier: self._decide(return_id, rma, earlier, refused),
            failed=lambda exc: refused(shown(exc, "correction")),
        )

    def take_scan(self, code: str) -> bool:
        """Give a scan to the lead's prompt when it is open; False otherwise."""
        if self.prompt is None:
            return False
        self.prompt.take_badge(code)
        return True

    def _decide(
        self,
        return_id: str,
        rma: str,
        earlier: EarlierVerdict | None,
        refused: Callable[[str], None],
    ) -> None:
        if earlier is None:
            refused(self.tr("{rma} has no verdict to correct.").format(rma=rma))
        elif not earlier.needs_lead:
            self._then(None)
        else:
            self._authorise(return_id, rma, refused)

    def _authorise(self, return_id: str, rma: str, refused: Callable[[str], None]) -> None:
        """A lead's grant, then `_then`: the lead signed in now authorises with their own
        session; anyone else calls a lead to the bench."""
        if self._session().role in LEAD_ROLES and self._station.lead_client is not None:
            self._bridge.call(
                self._station.authorise_correction,
                return_id,
                done=self._then,
                failed=lambda exc: refused(shown(exc, "correction authorisation")),
            )
        else:
            self._bridge.call(
                self._station.people,
                done=lambda people: self._ask_lead(return_id, rma, people),
                failed=lambda exc: refused(shown(exc, "listing leads")),
            )

    def _ask_lead(self, return_id: str, rma: str, people: list[Inspector]) -> None:
        leads = [(p.badge, p.name) for p in people if p.role in LEAD_ROLES]
        prompt = LeadPrompt(leads, rma, self._window)
        self.prompt = prompt

        def granted(authority: CorrectionAuthority) -> None:
            prompt.accept()
            self._then(authority)

        prompt.submitted.connect(
            lambda badge, pin: self._bridge.call(
                self._station.authorise_correction,
                return_id,
                badge,
                pin,
                done=granted,
                failed=lambda exc: prompt.show_problem(shown(exc, "correction authorisation")),
            )
        )
        prompt.finished.connect(lambda _result: self._closed(prompt))
        prompt.open()

    def _closed(self, prompt: LeadPrompt) -> None:
        if self.prompt is prompt:
            self.prompt = None
        prompt.deleteLater()

    def _start(self, return_id: str, authority: CorrectionAuthority | None) -> None:
        station = self._station
        badge = self._session().badge

        def start() -> Opened:
            draft = station.start_correction(return_id, badge, authority)
            return draft, station.lookup(return_id), ChecklistSnapshot.of(draft.run)

        def opened(result: Opened) -> None:
            self._opened(result)
            if authority is not None and authority.photos_missing:
                self._notice(self.photos_missing_text(authority.photos_missing))

        self._bridge.call(start, done=opened, failed=self._failed("start correction"))

    def photos_missing_text(self, count: int) -> str:
        """What the checklist page says when `count` photos of the corrected verdict could
        not be fetched (CorrectionAuthority.photos_missing)."""
        if count == 1:
            return self.tr(
                "One photo of the earlier inspection could not be fetched: take it again."
            )
        return self.tr(
            "{n} photos of the earlier inspection could not be fetched: take them again."
        ).format(n=count)
