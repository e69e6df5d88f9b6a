"""The active set of customer message templates, and rendering one step into a message.

Load order: the templates shipped in resources/messages/<language>/<kind>.jinja, then
those published on the server, which the station stores in its data directory
(`store_published`) and which replace the shipped ones kind by kind. A stored template
that no longer passes the check (e.g. written by an older build) is skipped with a warning and
the shipped one stays in force, so the verdict screen always has a message to show.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from inspector_app.atomic_write import write_atomically
from inspector_app.domain.returns import Return
from inspector_app.domain.vocabulary import DEFAULT_LANGUAGE, LANGUAGES, check_language
from inspector_app.locations import resource_path
from inspector_app.messages.fields import Attachment, MessageFacts, MessageKind, message_fields
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


def template_path(directory: Path, language: str, kind: MessageKind | str) -> Path:
    """Where the template for (`language`, `kind`) lives under `directory`.

    ValueError for a language we do not write in or a kind we do not know: both may come
    from the server or a URL, and only known ones can never lead outside `directory`.
    """
    return directory / check_language(language) / f"{MessageKind(kind).value}{SUFFIX}"


@dataclass(frozen=True, slots=True)
class RenderedMessage:
    """A message as the customer will receive it: text and the photos attached."""

    language: str
    subject: str
    body: str
    attachments: tuple[Attachment, ...] = ()

    def wire(self) -> CustomerMessage:
        return CustomerMessage(language=self.language, subject=self.subject, body=self.body)


@dataclass
class MessageCatalog:
    """One checked template per (language, kind), plus what was skipped and why."""

    templates: dict[tuple[str, MessageKind], MessageTemplate]
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
            for kind in MessageKind:
                path = template_path(shipped_dir, language, kind)
                if not path.is_file():
                    raise MessageTemplateError(0, f"no template for {kind.value}", str(path))
                templates[language, kind] = check_template(
                    path.read_text(encoding="utf-8"), language, kind, str(path)
                )
        catalog = cls(templates)
        if published_dir is not None:
            catalog._overlay(published_dir)
        return catalog

    def _overlay(self, directory: Path) -> None:
        for language, kind in list(self.templates):
            path = template_path(directory, language, kind)
            if not path.is_file():
                continue
            try:
                text = path.read_text(encoding="utf-8")
                self.templates[language, kind] = check_template(text, language, kind, SERVER_SOURCE)
            except (OSError, UnicodeDecodeError, MessageTemplateError) as exc:
                problem = f"{path}: {exc}; using the shipped template"
                log.warning("skipped a published message template: %s", problem)
                self.problems.append(problem)

    def get(self, language: str, kind: MessageKind | str) -> MessageTemplate:
        """The active template; KeyError for a language we do not write in."""
        return self.templates[language, MessageKind(kind)]

    def render(self, facts: MessageFacts, language: str | None = None) -> RenderedMessage:
        """The message for `facts`, in `language` (default: the customer's), with its photos.

        MessageTemplateError when the template fails on these values (a published template
        is checked, so this is a template a real message found a gap in)."""
        language = language or language_for(facts.ret)
        values = message_fields(facts, language)
        subject, body = self.get(language, facts.kind).render(values)
        return RenderedMessage(language, subject, body, tuple(facts.attachments()))


def store_published(
    directory: Path, published: Iterable[tuple[str, MessageKind, str]]
) -> list[str]:
    """Replace the station's copy of the server's templates with `published`.

    `published` is (language, kind, text) for each template the server serves. Each is
    checked before it is written (atomically); those that fail are not stored and their
    errors are returned. Templates the server no longer publishes are removed, so the shipped
    ones apply again.
    """
    errors: list[str] = []
    keep: set[Path] = set()
    for language, kind, text in published:
        try:
            check_template(text, language, kind, f"{language}/{MessageKind(kind).value}")
        except (MessageTemplateError, ValueError) as exc:
            errors.append(str(exc))
            continue
        path = template_path(directory, language, kind)
        write_atomically(path, text.encode("utf-8"))
        keep.add(path)
    for path in directory.glob(f"*/*{SUFFIX}"):
        if path not in keep:
            path.unlink()
    return errors
