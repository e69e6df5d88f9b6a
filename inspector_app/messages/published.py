"""The JSON shapes of the message-template API, shared by the server's router and the station.

    PUT    /api/v1/message-templates/{language}/{kind}      admin; body PublishTemplate
    GET    /api/v1/message-templates                        any token; PublishedTemplate list
    DELETE /api/v1/message-templates/{language}/{kind}      admin; the shipped one applies again

Strict like inspector_app.wire: unknown fields are refused, models are frozen.
"""

from __future__ import annotations

import datetime as dt
from typing import Annotated

from pydantic import BaseModel, ConfigDict, StringConstraints

from inspector_app.messages.fields import MessageKind
from inspector_app.messages.templates import MAX_TEMPLATE_CHARS

Language = Annotated[str, StringConstraints(pattern=r"^[a-z]{2}$")]
TemplateText = Annotated[str, StringConstraints(min_length=1, max_length=MAX_TEMPLATE_CHARS)]


class PublishTemplate(BaseModel):
    """What an admin sends to publish a template."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    text: TemplateText


class PublishedTemplate(BaseModel):
    """A template in force on the server; `sha256` identifies the exact text."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    language: Language
    kind: MessageKind
    text: TemplateText
    sha256: Annotated[str, StringConstraints(pattern=r"^[0-9a-f]{64}$")]
    published_at: dt.datetime
