"""What kind of network failure an exception is, so each client can say it in its own words.

The sync client speaks to IT about the central server, the marketplace connector about Back
Market; both must tell a certificate problem from a proxy, a timeout, a cut answer, DNS or a
refused connection in the same way, so the telling lives here once.
"""

from __future__ import annotations

import enum
import http.client

import requests
import urllib3


class NetworkFailure(enum.Enum):
    TLS = "tls"
    PROXY = "proxy"
    CONNECT_TIMEOUT = "connect_timeout"
    READ_TIMEOUT = "read_timeout"
    CUT_OFF = "cut_off"
    DNS = "dns"
    REFUSED = "refused"
    LOST = "lost"


# First match wins: SSLError and ProxyError are also ConnectionErrors, ConnectTimeout a Timeout.
_BY_TYPE: tuple[tuple[type[BaseException], NetworkFailure], ...] = (
    (requests.exceptions.SSLError, NetworkFailure.TLS),
    (requests.exceptions.ProxyError, NetworkFailure.PROXY),
    (requests.exceptions.ConnectTimeout, NetworkFailure.CONNECT_TIMEOUT),
    (requests.exceptions.ReadTimeout, NetworkFailure.READ_TIMEOUT),
    (requests.exceptions.ChunkedEncodingError, NetworkFailure.CUT_OFF),
    (http.client.HTTPException, NetworkFailure.CUT_OFF),
)


def classify(exc: BaseException) -> NetworkFailure:
    """The kind of `exc`; name resolution and refusals are only told apart by their text."""
    for kind, failure in _BY_TYPE:
        if isinstance(exc, kind):
            return failure
    text = str(exc).lower()
    if "name or service not known" in text or "getaddrinfo" in text:
        return NetworkFailure.DNS
    if "refused" in text:
        return NetworkFailure.REFUSED
    return NetworkFailure.LOST


def never_connected(exc: BaseException) -> bool:
    """True when the failure happened while connecting, so no byte of the request left (a
    connect timeout, a refused connection, a name that does not resolve): what lets a
    request that is not idempotent be tried again rather than read back."""
    if isinstance(exc, requests.exceptions.ConnectTimeout):
        return True
    inner: BaseException | None = exc
    for _ in range(8):  # requests wraps urllib3's MaxRetryError, which names the reason
        if inner is None:
            return False
        if isinstance(inner, urllib3.exceptions.NewConnectionError):
            return True
        reason = getattr(inner, "reason", None)
        inner = reason if isinstance(reason, BaseException) else inner.__context__
    return False
