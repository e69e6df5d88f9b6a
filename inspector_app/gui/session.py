"""What the bench window knows about the person signed in and the parcel in front of them."""

from __future__ import annotations

from dataclasses import dataclass, field

from inspector_app.gui.checklist_state import ChecklistSnapshot
from inspector_app.station import Draft, LookupResult, Role


@dataclass
class Session:
    """Who is signed in, and what they are working on. Signing in or out starts a new one."""

    badge: str = ""
    name: str = ""
    role: Role | None = None
    """None while nobody is signed in."""
    lookup: LookupResult | None = None
    """The LookupResult on the return card."""
    draft: Draft | None = None
    """The open Draft (lives on the station worker thread; touched only through the bridge)."""
    snapshot: ChecklistSnapshot | None = None
    scan_started: float = 0.0
    resumable: list[Draft] = field(default_factory=list)
    """Unfinished inspections offered on the scan page: this inspector's, or everyone's
    when they have none (the last one is offered)."""
    seen: LookupResult | None = None
    """Another parcel the camera saw while a card was shown, offered in the card's banner."""
    last_received: str = ""
    """The return the receiving mode answered last for the camera (or received last): while
    its label stays in view the camera's repeated reads of it are not answered again."""
    thumbnails: set[str] = field(default_factory=set)
    """Photos (sha256) of the open inspection whose thumbnail is loaded or on its way."""
