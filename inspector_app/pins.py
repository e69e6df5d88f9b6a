"""PIN hashing for sign-in at the bench, shared by the station and the server.

The server hands each bench the hashes (InspectorOut.pin_hash) so a bench can check a PIN
offline. PINs are short, so the hash is deliberately slow (PBKDF2-SHA256, per-PIN salt) and
the comparison constant-time. Format: ``pbkdf2_sha256$<iterations>$<salt hex>$<hash hex>``.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets

ITERATIONS = 200_000
_SCHEME = "pbkdf2_sha256"
MIN_PIN_LENGTH = 4
MAX_PIN_LENGTH = 32


def _derive(pin: str, salt: bytes, iterations: int) -> bytes:
    return hashlib.pbkdf2_hmac("sha256", pin.encode("utf-8"), salt, iterations)


def hash_pin(pin: str, iterations: int = ITERATIONS) -> str:
    """A salted hash of `pin` (ValueError if the PIN is too short or too long)."""
    if not MIN_PIN_LENGTH <= len(pin) <= MAX_PIN_LENGTH:
        raise ValueError(f"A PIN has {MIN_PIN_LENGTH} to {MAX_PIN_LENGTH} characters.")
    salt = secrets.token_bytes(16)
    return f"{_SCHEME}${iterations}${salt.hex()}${_derive(pin, salt, iterations).hex()}"


def verify_pin(pin: str, stored: str) -> bool:
    """Whether `pin` matches `stored`; False for any malformed or empty hash."""
    try:
        scheme, iterations, salt_hex, digest_hex = stored.split("$")
        if scheme != _SCHEME:
            return False
        expected = bytes.fromhex(digest_hex)
        actual = _derive(pin, bytes.fromhex(salt_hex), int(iterations))
    except ValueError:
        return False
    return hmac.compare_digest(actual, expected)
