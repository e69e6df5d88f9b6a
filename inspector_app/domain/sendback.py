"""The outbound tracking number of a refused return that goes back to the customer.

The server uses it to declare the item transfer to the marketplace, so it must be the carrier
code of the *outgoing* parcel. The usual mistake at the bench is scanning the wrong barcode:
the inbound return label, the RMA sticker or the device's IMEI. Those are refused here with a
sentence saying what was scanned instead.
"""

from __future__ import annotations

from inspector_app.domain.codes import CodeError, normalize_code
from inspector_app.domain.returns import Outcome, Return
from inspector_app.domain.texts import Phrase
from inspector_app.errors import UserError

_CONTEXT = "Sendback"

MIN_TRACKING_LENGTH = 8
"""Shorter than any carrier's tracking number (La Poste, DHL, UPS, GLS, DPD all use 10+)."""


class SendbackError(UserError, ValueError):
    """A send-back tracking number that cannot be recorded; the message says why."""


def sendback_required(outcome: Outcome) -> bool:
    """Only a refused return travels back to the customer, and then it needs a tracking number."""
    return outcome is Outcome.REFUSE_SEND_BACK


def validate_sendback_tracking(raw: str | None, outcome: Outcome, ret: Return) -> str | None:
    """The normalised tracking number to store with the inspection, or None when none applies.

    Raises SendbackError when a refused return has none, when another outcome has one, or when
    the scanned code is not a plausible outbound tracking number for `ret`.
    """
    text = (raw or "").strip()
    if not sendback_required(outcome):
        if text:
            raise SendbackError(
                Phrase(_CONTEXT, "Only a refused return is sent back; clear the tracking number.")
            )
        return None
    if not text:
        raise SendbackError(
            Phrase(_CONTEXT, "Scan the tracking number of the parcel going back to the customer.")
        )
    try:
        code = normalize_code(text)
    except CodeError as exc:
        raise SendbackError(
            Phrase(_CONTEXT, "This is not a tracking number: {problem}", problem=exc.args[0])
        ) from None
    if len(code) < MIN_TRACKING_LENGTH:
        raise SendbackError(
            Phrase(_CONTEXT, "{code} is too short for a carrier tracking number.", code=code)
        )
    _refuse_known_code(code, ret)
    return code


def _refuse_known_code(code: str, ret: Return) -> None:
    inbound = {_key(t) for t in ret.tracking_numbers}
    if code in inbound:
        raise SendbackError(
            Phrase(
                _CONTEXT,
                "That is the tracking number of the customer's return parcel; "
                "scan the label of the parcel going back.",
            )
        )
    own = {
        _key(c): what
        for c, what in (
            (ret.rma, Phrase(_CONTEXT, "the RMA")),
            (ret.order_id, Phrase(_CONTEXT, "the order number")),
            (ret.id, Phrase(_CONTEXT, "the return id")),
            (ret.product.imei, Phrase(_CONTEXT, "the device's IMEI")),
            (ret.product.serial, Phrase(_CONTEXT, "the device's serial")),
        )
        if c
    }
    if code in own:
        raise SendbackError(
            Phrase(
                _CONTEXT,
                "That is {what}, not a tracking number; "
                "scan the carrier label of the parcel going back.",
                what=own[code],
            )
        )


def _key(code: str) -> str:
    try:
        return normalize_code(code)
    except CodeError:
        return code
