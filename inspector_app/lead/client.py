"""HTTP client of the lead endpoints, built on the station's ServerClient (same session,
timeouts, deadline, TLS and proxy handling, same strict checking of answers).

The bench's station token only opens a lead session (badge and PIN of the lead signing in);
from then on the session token replaces it in this client's headers, so the lead's reads
never carry the station token and the station's sync never carries the lead's rights.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import uuid
from collections.abc import Callable
from decimal import Decimal
from typing import TypeVar

from inspector_app import wire
from inspector_app.settings import Settings
from inspector_app.sync.client import (
    BadAnswerError,
    ClientConfig,
    ClientConfigError,
    ServerClient,
    ServerRefusedError,
    ServerUnreachableError,
    SyncError,
)

__all__ = [
    # the errors LeadClient's calls raise, named here so its callers need nothing of sync
    "BadAnswerError",
    "ClientConfigError",
    "LeadClient",
    "ServerRefusedError",
    "ServerUnreachableError",
    "SyncError",
    "all_items",
]

PAGE = 200
MAX_ROWS = 20_000
"""Most rows an export gathers page by page; a lead list longer than this is a query job."""

P = TypeVar(
    "P",
    wire.WaitingPage,
    wire.FlaggedPage,
    wire.RecurringPage,
    wire.ExpectedPage,
    wire.AuditPage,
    wire.MarketplacePlanPage,
)
_PHOTO_TYPES = ("image/jpeg", "image/png")
_CSV_TYPES = ("text/csv",)
T = TypeVar("T", bound=wire.WireModel)


class LeadClient(ServerClient):
    """Typed calls of /api/v1/lead. Sign in first; every read needs the lead session."""

    def __init__(self, config: ClientConfig) -> None:
        super().__init__(config)
        self.session: wire.LeadSession | None = None

    @classmethod
    def from_settings(cls, settings: Settings) -> LeadClient:
        return cls(ClientConfig.from_settings(settings))

    def sign_in(self, badge: str, pin: str) -> wire.LeadSession:
        """Open a lead session with the bench's token; later calls use the session token."""
        body = wire.LeadSignIn(badge=badge, pin=pin).model_dump_json().encode()
        session = self._call(
            "POST", "/lead/sessions", wire.LeadSession, body=body, content_type="application/json"
        )
        self._session.headers["Authorization"] = f"Bearer {session.token}"
        self.session = session
        return session

    def sign_out(self) -> None:
        """End the lead session on the server (best effort: it expires anyway)."""
        if self.session is None:
            return
        try:
            self._exchange("DELETE", "/lead/sessions/current", expect=(204,))
        finally:
            self.session = None
            self._session.headers.pop("Authorization", None)

    def report(self, date_from: dt.date, date_to: dt.date) -> wire.LeadReport:
        return self._call(
            "GET",
            "/lead/report",
            wire.LeadReport,
            params={"date_from": date_from.isoformat(), "date_to": date_to.isoformat()},
        )

    def waiting(self, as_of: dt.date, offset: int = 0, limit: int = PAGE) -> wire.WaitingPage:
        return self._call(
            "GET",
            "/lead/waiting",
            wire.WaitingPage,
            params={"as_of": as_of.isoformat(), "offset": str(offset), "limit": str(limit)},
        )

    def expected(
        self, as_of: dt.date, group: str = "all", offset: int = 0, limit: int = PAGE
    ) -> wire.ExpectedPage:
        """Marketplace parcels on their way (today, in transit, overdue, not picked up)."""
        return self._call(
            "GET",
            "/lead/expected",
            wire.ExpectedPage,
            params={
                "as_of": as_of.isoformat(),
                "group": group,
                "offset": str(offset),
                "limit": str(limit),
            },
        )

    def review(
        self,
        date_from: dt.date,
        date_to: dt.date,
        kind: str = "all",
        offset: int = 0,
        limit: int = PAGE,
    ) -> wire.FlaggedPage:
        return self._call(
            "GET",
            "/lead/review",
            wire.FlaggedPage,
            params={
                "date_from": date_from.isoformat(),
                "date_to": date_to.isoformat(),
                "kind": kind,
                "offset": str(offset),
                "limit": str(limit),
            },
        )

    def recurring(self, date_to: dt.date, offset: int = 0, limit: int = PAGE) -> wire.RecurringPage:
        return self._call(
            "GET",
            "/lead/recurring",
            wire.RecurringPage,
            params={"date_to": date_to.isoformat(), "offset": str(offset), "limit": str(limit)},
        )

    def audit(
        self, date_from: dt.date, date_to: dt.date, offset: int = 0, limit: int = PAGE
    ) -> wire.AuditPage:
        """The server's audit log of the UTC days of the range, newest first."""
        return self._call(
            "GET",
            "/lead/audit",
            wire.AuditPage,
            params={
                "date_from": date_from.isoformat(),
                "date_to": date_to.isoformat(),
                "offset": str(offset),
                "limit": str(limit),
            },
        )

    def audit_csv(self, date_from: dt.date, date_to: dt.date) -> bytes:
        """The server's own CSV of the range's audit events (every event, oldest first, in
        UTC, cells guarded by the server): the record a lead hands on, not a screen copy."""
        _, content = self._exchange(
            "GET",
            "/lead/audit/export",
            params={"date_from": date_from.isoformat(), "date_to": date_to.isoformat()},
            expect=(200,),
            media=_CSV_TYPES,
        )
        return content

    def plans(
        self, which: wire.PlanFilter = "attention", offset: int = 0, limit: int = PAGE
    ) -> wire.MarketplacePlanPage:
        """Outbound marketplace plans, newest first: `attention` is those a lead must decide
        (waiting for approval, or with an action the marketplace refused)."""
        return self._call(
            "GET",
            "/lead/marketplace/plans",
            wire.MarketplacePlanPage,
            params={"filter": which, "offset": str(offset), "limit": str(limit)},
        )

    def approve_plan(
        self, plan_id: int, amount: Decimal | None = None, note: str = ""
    ) -> wire.MarketplacePlanOut:
        """Approve a waiting plan, with another refund `amount` when the lead changed it."""
        body = wire.PlanApproval(amount=amount, note=note)
        return self._post(
            f"/lead/marketplace/plans/{plan_id}/approve", body, wire.MarketplacePlanOut
        )

    def reject_plan(self, plan_id: int, reason: str) -> wire.MarketplacePlanOut:
        body = wire.PlanRejection(reason=reason)
        return self._post(
            f"/lead/marketplace/plans/{plan_id}/reject", body, wire.MarketplacePlanOut
        )

    def retry_action(self, action_id: int) -> wire.MarketplaceActionOut:
        """Send a failed, planned or held-back action again, as it is."""
        return self._post(
            f"/lead/marketplace/actions/{action_id}/retry",
            wire.ActionRetry(),
            wire.MarketplaceActionOut,
        )

    def cancel_action(self, action_id: int, reason: str) -> wire.MarketplaceActionOut:
        return self._post(
            f"/lead/marketplace/actions/{action_id}/cancel",
            wire.ActionCancel(reason=reason),
            wire.MarketplaceActionOut,
        )

    def _post(self, path: str, body: wire.WireModel, answer: type[T]) -> T:
        """POST a lead's decision. Never retried here: a decision whose answer was lost is
        read back by the next refresh, not sent twice."""
        return self._call(
            "POST",
            path,
            answer,
            body=body.model_dump_json(exclude_none=True).encode(),
            content_type="application/json",
        )

    def authorise_correction(self, return_id: str) -> wire.CorrectionGrant:
        """Let this session's bench supersede the current verdict on `return_id` once."""
        return self._post(
            "/lead/corrections", wire.CorrectionRequest(return_id=return_id), wire.CorrectionGrant
        )

    def inspection(self, inspection_uuid: uuid.UUID | str) -> wire.InspectionDetail:
        key = uuid.UUID(str(inspection_uuid))
        return self._call("GET", f"/lead/inspections/{key}", wire.InspectionDetail)

    def photo(self, inspection_uuid: uuid.UUID | str, sha256: str) -> bytes:
        """One photo of an inspection, checked against its SHA-256."""
        key = uuid.UUID(str(inspection_uuid))
        if not wire.SHA256_RE.match(sha256):
            raise ValueError(f"not a SHA-256 hex digest: {sha256!r}")
        _, content = self._exchange(
            "GET", f"/lead/inspections/{key}/photos/{sha256}", expect=(200,), media=_PHOTO_TYPES
        )
        if hashlib.sha256(content).hexdigest() != sha256:
            raise BadAnswerError("The server sent a different photo than the one asked for.")
        return content


def all_items(fetch: Callable[[int, int], P], limit: int = PAGE) -> list:
    """Every item of a paginated lead list, page after page (for exports and the tables)."""
    items: list = []
    while len(items) < MAX_ROWS:
        page = fetch(len(items), limit)
        items += page.items
        if not page.items or len(items) >= page.total:
            break
    return items
