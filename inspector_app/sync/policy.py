"""What to do after a failed exchange with the server, and how long to wait before the next.

The rules (docs/sync.md):
- network errors, timeouts, answers that are not our server's, 408, 429 and 5xx are
  transient: retry later with capped exponential backoff and jitter, never sooner than the
  server's Retry-After;
- 401 and 403 mean the station's token is not accepted: sync pauses until IT fixes it;
  except a 403 whose problem code says the refusal is about the entry, not the token (a
  correction sent after the bench's day without a lead's grant): that entry is parked;
- any other 4xx that our server explains with a problem+json body is about this entry:
  it is parked as "needs attention" with a plain-language message, never dropped.

Transient failures have a scope. Connection-level trouble (and 408/429/502/503/504) says the
server or the path to it is unwell, so the whole push backs off; a bare 500 may be caused by
one entry's payload, so only that entry backs off and the others go on (two in a row in a
round, and the server is taken to be the problem after all).
"""

from __future__ import annotations

import enum
import random
from dataclasses import dataclass

BASE_DELAY_S = 1.0
"""Wait after the first transient failure (before jitter)."""

MAX_DELAY_S = 120.0
"""Cap of the exponential backoff: a bench that was offline catches up within two minutes."""

MAX_RETRY_AFTER_S = 3600.0
"""A longer Retry-After is taken as this: a typo on the server must not stall a bench for days."""

TRANSIENT_STATUSES = frozenset({408, 429})
SERVER_WIDE_STATUSES = frozenset({408, 429, 502, 503, 504})
TOKEN_STATUSES = frozenset({401, 403})
ENTRY_REFUSALS = frozenset({"correction_needs_lead"})
"""403 problem codes that refuse one entry, which a person resolves: the token is fine."""


class Action(enum.Enum):
    """What the push does with an entry after a failed attempt."""

    RETRY_LATER = "retry_later"
    """Transient: back off (the entry alone or the whole push, see `server_wide`)."""
    PAUSE = "pause"
    """The token was refused: stop syncing until it changes; the entry is untouched."""
    PARK = "park"
    """The server refused this entry: it needs a person; the queue goes on."""


@dataclass(frozen=True, slots=True)
class Decision:
    action: Action
    server_wide: bool = False


def decide(status: int | None, *, from_our_server: bool, code: str = "") -> Decision:
    """Classify a failure: `status` is None for network errors and unusable answers.

    `from_our_server` is True when the body was our problem+json; a 4xx without it came from
    a proxy, a captive portal or a wrong server.url and says nothing about the entry. `code`
    is that body's problem code.
    """
    if status is None:
        return Decision(Action.RETRY_LATER, server_wide=True)
    if status == 403 and from_our_server and code in ENTRY_REFUSALS:
        return Decision(Action.PARK)
    if status in TOKEN_STATUSES and from_our_server:
        return Decision(Action.PAUSE)
    if status in TRANSIENT_STATUSES or status >= 500:
        return Decision(Action.RETRY_LATER, server_wide=status in SERVER_WIDE_STATUSES)
    if 400 <= status < 500 and from_our_server:
        return Decision(Action.PARK)
    return Decision(Action.RETRY_LATER, server_wide=True)


def backoff_delay(
    failures: int, retry_after: float | None = None, rng: random.Random | None = None
) -> float:
    """Seconds to wait after `failures` consecutive transient failures (1 for the first).

    "Equal jitter": half the exponential step is fixed, half random, so stations that lost
    the server together do not come back in lockstep, and no wait is ever near zero.
    """
    rng = rng or random.SystemRandom()
    step = min(MAX_DELAY_S, BASE_DELAY_S * 2 ** max(0, failures - 1))
    delay = step / 2 + rng.uniform(0, step / 2)
    if retry_after is not None:
        delay = max(delay, min(retry_after, MAX_RETRY_AFTER_S))
    return delay
