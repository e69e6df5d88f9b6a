"""Customer messages: per-kind, per-language Jinja2 templates and the steps they describe.

Qt-free. The station renders a message when a step fires (parcel received, decision,
refund sent, sent back) and stores it as a record with a stable id (see docs/messages.md);
the decision's also travels in the inspection payload.

    catalog = MessageCatalog.load(published_dir=data_dir / "message_templates")
    message = catalog.render(MessageFacts(ret, MessageKind.REPAIR, day=today, ...))
    message.subject, message.body, message.attachments   # photo 1, photo 2... by SHA-256
    catalog.get("fr", MessageKind.REPAIR).text / .source  # for the settings page
    catalog.problems                                      # published templates skipped, and why

    check_template(text, language, kind)                  # MessageTemplateError(line, message)
    store_published(data_dir / "message_templates",
                    [(t.language, t.kind, t.text) for t in server_list])  # after a pull

Template fields are declared in `fields.FIELDS`; docs/messages.md lists them.
"""

from inspector_app.messages.catalog import (
    MessageCatalog,
    RenderedMessage,
    builtin_dir,
    language_for,
    store_published,
)
from inspector_app.messages.fields import (
    FIELDS,
    Attachment,
    Field,
    MessageFacts,
    MessageKind,
    message_fields,
)
from inspector_app.messages.templates import MessageTemplate, MessageTemplateError, check_template

__all__ = [
    "FIELDS",
    "Attachment",
    "Field",
    "MessageCatalog",
    "MessageFacts",
    "MessageKind",
    "MessageTemplate",
    "MessageTemplateError",
    "RenderedMessage",
    "builtin_dir",
    "check_template",
    "language_for",
    "message_fields",
    "store_published",
]
