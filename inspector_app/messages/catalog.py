"""The active set of customer message templates, and rendering a decision into a message.

Load order: the templates shipped in resources/messages/<language>/<outcome>.jinja, then
those published on the server, which the station stores in its data directory
(`store_published`) and which replace the shipped ones outcome by outcome. A stored template
that no longer passes the check (e.g. written by an older build) is skipped with a warning and
the shipped one stays in force, so the verdict screen always has a message to show.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from inspector_app.atomic_write import write_atomically
from inspector_app.domain.returns import Outcome, Return
from inspector_app.domain.vocabulary import DEFAULT_LANGUAGE, LANGUAGES, check_language
from inspector_app.locations import resource_path
from inspector_app.messages.fields import VerdictLike, message_fields
from inspector_app.messages.templates import MessageTemplate, MessageTemplateError, check_template
from inspector_app.wire import CustomerMessage

log = logging.getLogger("inspector_app.messages")

SUFFIX = ".jinja"
SERVER_SOURCE = "server"

_COUNTRY_LANGUAGES = {"FR": "fr", "BE": "fr", "LU": "fr", "MC": "fr"}


def builtin_dir() -> Path:
    """resources/messages, in a checkout or a frozen build."""
    return resource_path("messages")


def language_for(ret: Return) -> str:
    """The language to write to this customer in, from the order's country."""
    return _COUNTRY_LANGUAGES.get(ret.country, DEFAULT_LANGUAGE)


def template_path(directory: Path, language: str, outcome: Outcome) -> Path:
    """Where the template for (`language`, `outcome`) lives under `directory`.

    ValueError for a language we do not write in: the language may come from the server or a
    URL, and only a known one can never lead outside `directory`.
    """
    return directory / check_language(language) / f"{Outcome(outcome).value}{SUFFIX}"


@dataclass
class MessageCatalog:
    """One checked template per (language, outcome), plus what was skipped and why."""

    templates: dict[tuple[str, Outcome], MessageTemplate]
    problems: list[str] = field(default_factory=list)

    @classmethod
    def load(
        cls, published_dir: Path | None = None, shipped_dir: Path | None = None
    ) -> MessageCatalog:
        """The shipped templates overlaid with the server's (stored in `published_dir`).

        A missing or broken shipped template is a packaging bug and raises
        MessageTemplateError; a broken published one is skipped and listed in `problems`.
        """
        shipped_dir = shipped_dir or builtin_dir()
        templates = {}
        for language in LANGUAGES:
            for outcome in Outcome:
                path = template_path(shipped_dir, language, outcome)
                if not path.is_file():
                    raise MessageTemplateError(0, f"no template for {outcome.value}", str(path))
                templates[language, outcome] = check_template(
                    path.read_text(encoding="utf-8"), language, outcome, str(path)
                )
        catalog = cls(templates)
        if published_dir is not None:
            catalog._overlay(published_dir)
        return catalog

    def _overlay(self, directory: Path) -> None:
        for language, outcome in list(self.templates):
            path = template_path(directory, language, outcome)
            if not path.is_file():
                continue
            try:
                text = path.read_text(encoding="utf-8")
                self.templates[language, outcome] = check_template(
                    text, language, outcome, SERVER_SOURCE
                )
            except (OSError, UnicodeDecodeError, MessageTemplateError) as exc:
                problem = f"{path}: {exc}; using the shipped template"
                log.warning("skipped a published message template: %s", problem)
                self.problems.append(problem)

    def get(self, language: str, outcome: Outcome) -> MessageTemplate:
        """The active template; KeyError for a language we do not write in."""
        return self.templates[language, outcome]

    def render(
        self,
        ret: Return,
        verdict: VerdictLike,
        *,
        decided_on: dt.date,
        language: str | None = None,
        sendback_tracking: str | None = None,
    ) -> CustomerMessage:
        """The customer message for `ret` decided as `verdict`, ready for the payload."""
        language = language or language_for(ret)
        values = message_fields(ret, verdict, language, decided_on, sendback_tracking)
        subject, body = self.get(language, verdict.outcome).render(values)
        return CustomerMessage(language=language, subject=subject, body=body)


def store_published(directory: Path, published: Iterable[tuple[str, Outcome, str]]) -> list[str]:
    """Replace the station's copy of the server's templates with `published`.

    `published` is (language, outcome, text) for each template the server serves. Each is
    checked before it is written (atomically); those that fail are not stored and their
    errors are returned. Templates the server no longer publishes are removed, so the shipped
    ones apply again.
    """
    errors: list[str] = []
    keep: set[Path] = set()
    for language, outcome, text in published:
        try:
            check_template(text, language, outcome, f"{language}/{outcome.value}")
        except MessageTemplateError as exc:
            errors.append(str(exc))
            continue
        path = template_path(directory, language, outcome)
        write_atomically(path, text.encode("utf-8"))
        keep.add(path)
    for path in directory.glob(f"*/*{SUFFIX}"):
        if path not in keep:
            path.unlink()
    return errors
