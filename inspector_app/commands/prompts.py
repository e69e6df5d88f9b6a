"""Asking for a PIN at the terminal, or reading it from standard input in a script."""

from __future__ import annotations

import getpass
import sys


def ask_pin(prompt: str) -> str:
    """A PIN typed without echo at a terminal; otherwise the next line of standard input
    (several PINs are several lines, in the order the command asks for them)."""
    if sys.stdin.isatty():
        return getpass.getpass(prompt)
    return sys.stdin.readline().strip()
