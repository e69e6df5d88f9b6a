"""Customer messages: per-outcome, per-language Jinja2 templates and the decision they describe.

Qt-free. The station renders the message at finalize and puts it in the inspection payload
(`InspectionPayload.customer_message`); the server stores it for the marketplace integration.

    catalog = MessageCatalog.load(published_dir=data_dir / "message_templates")
    message = catalog.render(ret, verdict, decided_on=today,
                             sendback_tracking=code)     # -> wire.CustomerMessage
    catalog.get("fr", Outcome.REPAIR).text / .source      # for the settings page
    catalog.problems                                      # published templates skipped, and why

    check_template(text, language, outcome)               # MessageTemplateError(line, message)
    store_published(data_dir / "message_templates",
                    [(t.language, t.outcome, t.text) for t in server_list])  # after a pull

Template fields are declared in `fields.FIELDS`; docs/labels.md lists them.
"""

from inspector_app.messages.catalog import (
    MessageCatalog,
    builtin_dir,
    language_for,
    store_published,
)
from inspector_app.messages.fields import FIELDS, Field, message_fields
from inspector_app.messages.templates import MessageTemplate, MessageTemplateError, check_template

__all__ = [
    "FIELDS",
    "Field",
    "MessageCatalog",
    "MessageTemplate",
    "MessageTemplateError",
    "builtin_dir",
    "check_template",
    "language_for",
    "message_fields",
    "store_published",
]
