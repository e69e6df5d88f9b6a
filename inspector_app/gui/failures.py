"""What a person sees when something fails: a UserError's own words (in the interface's
language: i18n.error_text), or one plain sentence.

A UserError's message was written for the person at the bench (errors.py); anything else is
a bug or a state nobody foresaw, whose raw text ("KeyError: 'x'") helps no one on a screen.
The person reads "Something went wrong; the log has the details", and the traceback goes to
the log, where IT finds it.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication

from inspector_app.errors import UserError
from inspector_app.gui import i18n

log = logging.getLogger(__name__)


def shown(exc: BaseException, what: str) -> str:
    """The text to show for `exc`, raised while `what` was being done; logs it (with its
    traceback when it is not a UserError)."""
    if isinstance(exc, UserError):
        log.warning("%s failed: %s", what, exc)
        return i18n.error_text(exc)
    log.error("%s failed", what, exc_info=exc)
    return QCoreApplication.translate("Failures", "Something went wrong; the log has the details.")
