"""The bench window's pages, in the order an inspection walks through them.

The values are the pages' indexes in the window's stacked widget, and what
`MainWindow.page_changed` carries; the lead's review listens for SIGN_IN to close itself.
"""

from __future__ import annotations

from enum import IntEnum


class Page(IntEnum):
    SIGN_IN = 0
    SCAN = 1
    CARD = 2
    CHECKLIST = 3
    VERDICT = 4
