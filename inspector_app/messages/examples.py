"""Example facts for the publish-time check, the previews and `message preview`.

Built like a real message's: the same `MessageFacts`, with findings written the way a
checklist's are (a sentence per language, photos that show them). The check renders every
template twice, once with everything filled in and once with the optional parts absent and
those that may be empty, empty, so a template that passes works for any real message.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
from decimal import Decimal

from inspector_app.domain.checklist import Finding
from inspector_app.domain.returns import Grade, Product, ProductCategory, Return, ReturnReason
from inspector_app.domain.texts import Translated
from inspector_app.messages.fields import MessageFacts, MessageKind

EXAMPLE_RETURN = Return(
    id="R-2026-004211",
    rma="RMA-2026-004211",
    order_id="BM-88412077",
    product=Product(ProductCategory.SMARTPHONE, "iPhone 13 128 GB Midnight"),
    reason=ReturnReason.FAULTY_ON_OPENING,
    ordered_at=dt.date(2026, 10, 2),
    delivered_at=dt.date(2026, 10, 5),
    requested_at=dt.date(2026, 10, 20),
    customer_name="Camille",
    price=Decimal("449.00"),
)
EXAMPLE_DAY = dt.date(2026, 11, 26)
EXAMPLE_TRACKING = "1Z999AA10123456784"


def _photo(name: str) -> str:
    return hashlib.sha256(name.encode()).hexdigest()


_CRACKED = Finding(
    "cracked_screen",
    Translated(
        {
            "en": "The screen glass is cracked or chipped.",
            "fr": "La vitre de l'écran est fissurée ou ébréchée.",
        }
    ),
    (_photo("screen-1"), _photo("screen-2")),
)
_ACCESSORIES = Finding(
    "missing_accessories",
    Translated(
        {
            "en": "Some or all of the accessories delivered with the phone were not sent back.",
            "fr": "Tout ou partie des accessoires livrés avec le téléphone ne nous a pas été "
            "renvoyé.",
        }
    ),
    (_photo("overview"),),
)
_LOCKED = Finding(
    "activation_locked",
    Translated(
        {
            "en": "The phone is still linked to your account, so nobody else can use it.",
            "fr": "Le téléphone est toujours associé à votre compte : personne d'autre ne peut "
            "donc l'utiliser.",
        }
    ),
    (_photo("lock"),),
)
_CONFIRMED = Finding(
    "faulty_on_arrival",
    Translated(
        {
            "en": "We confirmed the fault you reported.",
            "fr": "Nous avons bien constaté la panne que vous nous avez signalée.",
        }
    ),
)
_GRADE = Finding(
    "grade_fair",
    Translated(
        {
            "en": "The screen or the case of the phone is cracked or damaged.",
            "fr": "L'écran ou la coque du téléphone est fissuré ou endommagé.",
        }
    ),
)

_FINDINGS = {
    MessageKind.REFUSE_SEND_BACK: (_LOCKED,),
    MessageKind.PARTIAL_REFUND: (_CRACKED, _ACCESSORIES),
    MessageKind.ACCEPT_FULL_REFUND: (_CONFIRMED,),
    MessageKind.REPAIR: (_CONFIRMED,),
    MessageKind.REPLACE: (_CONFIRMED,),
}


def example_facts(kind: MessageKind, *, with_optional: bool) -> MessageFacts:
    """Facts for `kind`: either every field filled in, or the optional ones absent and those
    that may be empty, empty (no name, no note, no tracking, no optional findings)."""
    ret = EXAMPLE_RETURN if with_optional else dataclasses.replace(EXAMPLE_RETURN, customer_name="")
    findings = _FINDINGS.get(kind, ())
    if not with_optional and kind not in (MessageKind.REFUSE_SEND_BACK, MessageKind.PARTIAL_REFUND):
        findings = ()
    deductions: tuple[tuple[Finding, Decimal], ...] = ()
    refund = None
    if kind is MessageKind.PARTIAL_REFUND:
        deductions = ((_CRACKED, Decimal("112.25")), (_ACCESSORIES, Decimal("20.00")))
        refund = ret.price - sum((amount for _, amount in deductions), Decimal(0))
    tracking = EXAMPLE_TRACKING if with_optional or kind is MessageKind.SENT_BACK else ""
    return MessageFacts(
        ret=ret,
        kind=kind,
        day=EXAMPLE_DAY,
        grade=Grade.FAIR if with_optional else None,
        refund_amount=refund,
        findings=findings,
        grade_finding=_GRADE if with_optional else None,
        deductions=deductions,
        note="We also cleaned the charging port for you." if with_optional else "",
        sendback_tracking=tracking,
    )
