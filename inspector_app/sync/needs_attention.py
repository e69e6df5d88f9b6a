"""Plain-language messages for inspections the server refused, saying what to do next.

An inspector or a shift lead reads these in the "needs attention" list; IT reads the
technical error stored beside them (`last_error`). Each message says what happened in
words of the warehouse, and who does what to resolve it. The stable problem `code` picks the
message when the server sent one; the status otherwise.

Each message is a Phrase without placeholders, known by a stable code. The outbox stores
the code, never the words, so the interface shows each reader their language and a reworded
message reaches entries parked before; `attention_text` turns a stored value back into the
Phrase. Rows parked by earlier versions hold the English text itself, which it still
recognises.
"""

from __future__ import annotations

from inspector_app.domain.texts import Phrase
from inspector_app.sync.client import ServerRefusedError

CONTEXT = "NeedsAttention"

MISSING_PHOTO = "missing_photo"
UNREADABLE = "unreadable"
CORRECTION_WAITS = "correction_waits"
_GENERIC = "refused"

_OURS = {
    MISSING_PHOTO: Phrase(
        CONTEXT,
        "A photo of this inspection is missing or damaged on this bench, and the server does not "
        "have it. If the parcel is still here, inspect it again (a correction); otherwise IT can "
        "export it with `inspector-app queue --export ID FILE` to keep a record.",
    ),
    UNREADABLE: Phrase(
        CONTEXT,
        "This inspection was saved in a form this version of the app cannot send. IT can "
        "export it with `inspector-app queue --export ID FILE`. Then contact support; the "
        "parcel may need inspecting again.",
    ),
    CORRECTION_WAITS: Phrase(
        CONTEXT,
        "This is a correction of an inspection that itself needs attention; it is sent once "
        "that one is resolved. Resolve the other entry first, then press Retry here.",
    ),
    _GENERIC: Phrase(
        CONTEXT,
        "The server refused this inspection and retrying will not change that. A shift lead "
        "should look at the reason below; IT can export it with "
        "`inspector-app queue --export ID FILE`.",
    ),
}
"""The bench's own reasons to park an entry, by the code it stores."""

_BY_CODE = {
    "return_already_inspected": Phrase(
        CONTEXT,
        "Another final inspection of this return is already on the server (from another "
        "bench or an earlier one). A shift lead should compare the two: if this one is "
        "right, press Correct (the lead authorises it here, and the correction starts from "
        "this inspection's answers); if not, dismiss this entry with a reason (it stays on "
        "this bench, unsent). IT can export it with `inspector-app queue --export ID FILE`.",
    ),
    "inspection_conflict": Phrase(
        CONTEXT,
        "The server holds a different inspection under the same ID. This should never "
        "happen; nothing was overwritten. IT can export it with "
        "`inspector-app queue --export ID FILE`. Then contact support.",
    ),
    "supersedes_unknown": Phrase(
        CONTEXT,
        "This is a correction of an inspection the server does not have yet. It is "
        "retried once the original arrives: press Retry after the queue has drained.",
    ),
    "photos_missing": Phrase(
        CONTEXT,
        "The server says some photos of this inspection did not arrive, even after they were "
        "sent again. Press Retry; if it comes back, IT can export it with "
        "`inspector-app queue --export ID FILE`.",
    ),
    "inspection_photos_too_large": Phrase(
        CONTEXT,
        "The photos of this inspection are larger in total than the server accepts. IT can "
        "raise the server's per-inspection limit, then press Retry.",
    ),
    "station_mismatch": Phrase(
        CONTEXT,
        "The server says this bench's token belongs to another bench name than the one in "
        "its settings, so it refused to record this inspection under the wrong name. IT "
        "should set station.name to the token's bench (or give this bench its own token), "
        "then press Retry.",
    ),
    "unknown_inspector": Phrase(
        CONTEXT,
        "The server does not know the person who made this inspection. IT should register "
        "their badge on the server (inspector-server add-user), then press Retry.",
    ),
    "inspector_inactive": Phrase(
        CONTEXT,
        "The person who made this inspection has been deactivated on the server, which no "
        "longer accepts their work. A shift lead decides: re-inspect the parcel, or have IT "
        "reactivate the person and press Retry. IT can export it with "
        "`inspector-app queue --export ID FILE`.",
    ),
    "correction_needs_lead": Phrase(
        CONTEXT,
        "This correction replaces a verdict made at another bench or more than a day ago, "
        "which needs a shift lead. Press Correct: a lead authorises it at this bench, and it "
        "is sent again.",
    ),
    "refund_exceeds_price": Phrase(
        CONTEXT,
        "The server refused the refund amount: it does not fit the price the customer paid. "
        "Inspect the parcel again as a correction with the right amount. IT can export it "
        "with `inspector-app queue --export ID FILE`.",
    ),
    "refund_unverifiable": Phrase(
        CONTEXT,
        "The server does not know this return, so it cannot check the refund. IT should "
        "import the return on the server, then press Retry.",
    ),
    "invalid_inspection": Phrase(
        CONTEXT,
        "The server did not accept the content of this inspection; the bench and the server "
        "probably run different versions. IT should update them to match, then press Retry.",
    ),
}

_BY_STATUS = {
    400: Phrase(
        CONTEXT,
        "The server could not read what the bench sent (a photo or the inspection may be "
        "damaged on this bench). Press Retry once; if it comes back, IT can export it with "
        "`inspector-app queue --export ID FILE`.",
    ),
    404: Phrase(
        CONTEXT,
        "The server does not know something this inspection refers to. A shift lead should "
        "check the return exists on the server, then press Retry.",
    ),
    409: Phrase(
        CONTEXT,
        "The server already holds a conflicting inspection for this parcel. A shift lead "
        "should compare them and, if needed, inspect the parcel again as a correction. IT can "
        "export it with `inspector-app queue --export ID FILE`.",
    ),
    413: Phrase(
        CONTEXT,
        "A photo or the inspection is larger than the server accepts. IT can raise the "
        "server's limit, then press Retry.",
    ),
    415: Phrase(
        CONTEXT,
        "The server refused a photo's format. IT should check the bench's camera settings; "
        "IT can export it with `inspector-app queue --export ID FILE`.",
    ),
    422: Phrase(
        CONTEXT,
        "The server did not accept this inspection's content. IT should check the bench and "
        "server versions match, then press Retry.",
    ),
}


def _status_code(status: int) -> str:
    return f"http_{status}"


_MESSAGES: dict[str, Phrase] = {
    **_OURS,
    **_BY_CODE,
    **{_status_code(status): phrase for status, phrase in _BY_STATUS.items()},
}
_REWORDED = {
    "Another final inspection of this return is already on the server (from another bench or "
    "an earlier one). A shift lead should compare the two: if this one is right, inspect the "
    "parcel again as a correction of the other; if not, dismiss this entry with a reason (it "
    "stays on this bench, unsent). IT can export it with "
    "`inspector-app queue --export ID FILE`.": "return_already_inspected",
    "This correction replaces a verdict made at another bench or more than a day ago, which "
    "needs a shift lead. A lead signs in at this bench and authorises the correction of this "
    "return, then presses Retry here.": "correction_needs_lead",
}
"""Earlier English wordings of messages reworded since (when the bench learnt to correct)."""
_BY_ENGLISH = {phrase.source: phrase for phrase in _MESSAGES.values()} | {
    words: _MESSAGES[code] for words, code in _REWORDED.items()
}
"""Entries parked by versions that stored the English text: found again by that text, and
shown in today's words."""


CORRECTED_BY_INSPECTING = ("return_already_inspected", _status_code(409))
"""Parked because the server holds another verdict: a correction of it, authorised by a
lead and started from this inspection's answers, replaces this one."""
SENT_ONCE_AUTHORISED = ("correction_needs_lead",)
"""A correction refused for want of a lead: once a lead authorised it, it is sent again."""


def park_message(exc: ServerRefusedError | None) -> str:
    """The code stored for an entry parked after `exc` (the generic one when there is none):
    the server's problem code when we have words for it, else its status."""
    if exc is not None:
        code = exc.problem.code if exc.problem is not None else ""
        if code in _BY_CODE:
            return code
        if exc.status in _BY_STATUS:
            return _status_code(exc.status)
    return _GENERIC


def attention_text(stored: str) -> str:
    """What a parked entry's stored message says: the Phrase of its code (a str whose value
    is the English text; the interface translates it), the Phrase of the English text an
    older version stored, or the stored text itself (a dismissal's note, a customer
    message's error)."""
    if stored in _MESSAGES:
        return _MESSAGES[stored]
    return _BY_ENGLISH.get(stored, stored)
