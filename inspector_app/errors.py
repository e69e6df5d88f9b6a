"""The one base of errors whose message is meant for a person.

A `UserError`'s message is written for whoever is in front of the bench or the terminal: an
inspector, a lead, IT. It says what went wrong and what to do, in plain words, with no
traceback. The GUI shows these messages as they are, and anything else as "Something went
wrong; the log has the details" with the traceback in the log: a bug's raw text never
reaches the screen. The CLI prints them in one line and exits 2.

Subsystems derive their own errors from it (and from the builtin they always were, such as
ValueError, so existing handlers keep working).
"""


class UserError(Exception):
    """An error whose message is for a person: plain, actionable, safe to show and log."""
