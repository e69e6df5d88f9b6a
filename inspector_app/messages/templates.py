"""Customer message templates: parsing, the publish-time check, and rendering.

A template is plain text for one kind of message (a decision's outcome, or another step) in
one language:

    Subject: Your return {{ rma }} has been accepted
    <blank line>
    Hello {{ customer_name }}, ...

It is Jinja2 in a SandboxedEnvironment (templates come from the server, i.e. from people,
and must not reach Python internals) with StrictUndefined, so a misspelt field is an error
rather than a silent blank in an e-mail. `check_template` refuses, with the file line, any
syntax error, any name that is not a field of that kind, and anything that fails when
rendered with example data, with and without the optional fields. It runs when an admin
publishes a template, so an inspector never meets a broken one.
"""

from __future__ import annotations

import re
import traceback
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from jinja2 import StrictUndefined, Template, TemplateError, TemplateSyntaxError, nodes
from jinja2.exceptions import SecurityError
from jinja2.meta import find_undeclared_variables
from jinja2.sandbox import SandboxedEnvironment

from inspector_app.domain.vocabulary import check_language
from inspector_app.errors import UserError
from inspector_app.messages.examples import example_facts
from inspector_app.messages.fields import BY_NAME, MessageKind, message_fields

SUBJECT_PREFIX = "Subject:"
BODY_FIRST_LINE = 3
MAX_TEMPLATE_CHARS = 20000
MAX_SUBJECT_CHARS = 200
MAX_BODY_CHARS = 20000
_BLANKS = re.compile(r"[ \t\r\n]+")
_TEMPLATE_FILENAME = "<template>"
"""The file name Jinja gives templates made from strings; its frames carry template lines."""


class MessageTemplateError(UserError, ValueError):
    """A template that cannot be published; `line` is its 1-based line (0 if it has none)."""

    def __init__(self, line: int, message: str, source: str = "") -> None:
        where = [source] if source else []
        where += [f"line {line}"] if line else []
        super().__init__(": ".join([", ".join(where), message] if where else [message]))
        self.line = line
        self.message = message
        self.source = source


@dataclass(frozen=True, slots=True)
class MessageTemplate:
    """A checked template for one (language, kind); `text` is exactly what was published."""

    language: str
    kind: MessageKind
    text: str
    source: str = ""
    """Where it came from: a resources path or `server`, shown in the settings page."""

    def render(self, values: Mapping[str, Any]) -> tuple[str, str]:
        """(subject, body) for `values`; MessageTemplateError with the line if rendering fails."""
        subject_src, body_src = _split(self.text, self.source)
        # One line, but keep the no-break spaces French money and punctuation need.
        subject = _BLANKS.sub(" ", _render(subject_src, 1, values, self.source)).strip()
        body = _render(body_src, BODY_FIRST_LINE, values, self.source).strip("\n") + "\n"
        if not subject:
            raise MessageTemplateError(1, "the subject is empty once filled in", self.source)
        if len(subject) > MAX_SUBJECT_CHARS:
            raise MessageTemplateError(
                1, f"the subject is over {MAX_SUBJECT_CHARS} characters", self.source
            )
        if len(body) > MAX_BODY_CHARS:
            raise MessageTemplateError(
                0, f"the message is over {MAX_BODY_CHARS} characters once filled in", self.source
            )
        return subject, body


MAX_REPEAT_CHARS = 1000
MAX_EXPONENT = 64
SAFE_FILTERS = frozenset(
    {
        "abs",
        "capitalize",
        "count",
        "d",
        "default",
        "first",
        "float",
        "int",
        "join",
        "last",
        "length",
        "lower",
        "replace",
        "round",
        "string",
        "title",
        "trim",
        "truncate",
        "upper",
        "wordcount",
    }
)
"""Text filters a customer message needs. Those that build text of any requested size
(center, indent, format, wordwrap...) or dump objects (tojson, pprint) are left out."""


_SIZED_STR_METHODS = frozenset(
    {
        "center",
        "expandtabs",
        "format",
        "format_map",
        "ljust",
        "rjust",
        "zfill",
    }
)
"""str methods whose numeric arguments set the size of what they build."""


class _MessageEnvironment(SandboxedEnvironment):
    """The sandbox, minus every way to ask for text of a chosen size: templates are checked
    on the server, so one must not make it build a gigabyte string ("x" * 10**10,
    "%099999999d" % 1, rma.ljust(10**9)) while it is checked."""

    intercepted_binops = frozenset({"*", "**", "%"})

    def wrap_str_format(self, value: Any) -> None:
        # Jinja would hand out a sandboxed str.format; refuse it like the other sized methods.
        return None

    def is_safe_attribute(self, obj: Any, attr: str, value: Any) -> bool:
        if isinstance(obj, str) and attr in _SIZED_STR_METHODS:
            return False
        return super().is_safe_attribute(obj, attr, value)

    def call_binop(self, context: Any, operator: str, left: Any, right: Any) -> Any:
        if operator == "%" and isinstance(left, str):
            raise SecurityError("printf-style formatting is not allowed; write the text out")
        if operator == "**" and isinstance(right, int | float) and abs(right) > MAX_EXPONENT:
            raise SecurityError(f"exponents above {MAX_EXPONENT} are not allowed")
        if operator == "*":
            for seq, times in ((left, right), (right, left)):
                if (
                    isinstance(seq, str | list | tuple)
                    and isinstance(times, int)
                    and len(seq) * times > MAX_REPEAT_CHARS
                ):
                    raise SecurityError(
                        f"repeating text beyond {MAX_REPEAT_CHARS} characters is not allowed"
                    )
        return super().call_binop(context, operator, left, right)


_ENV = _MessageEnvironment(
    undefined=StrictUndefined,
    autoescape=False,
    trim_blocks=True,
    lstrip_blocks=True,
    keep_trailing_newline=True,
)
_ENV.filters = {name: f for name, f in _ENV.filters.items() if name in SAFE_FILTERS}
_ENV.globals.pop("lipsum", None)


def _split(text: str, source: str) -> tuple[str, str]:
    """The subject line's template and the body's; the body starts on file line 3."""
    lines = text.split("\n")
    if not lines[0].startswith(SUBJECT_PREFIX):
        raise MessageTemplateError(1, f"the first line must start with {SUBJECT_PREFIX!r}", source)
    if len(lines) < BODY_FIRST_LINE or lines[1].strip():
        raise MessageTemplateError(
            2, "leave one blank line between the subject and the body", source
        )
    return lines[0][len(SUBJECT_PREFIX) :].strip(), "\n".join(lines[2:])


def _parse(part: str, first_line: int, source: str) -> nodes.Template:
    try:
        return _ENV.parse(part)
    except TemplateSyntaxError as exc:
        raise MessageTemplateError(
            exc.lineno + first_line - 1, exc.message or "syntax error", source
        ) from None
    except RecursionError:
        raise MessageTemplateError(0, "the template is nested too deeply", source) from None


def _template_line(exc: BaseException) -> int:
    """The template line a rendering error happened on (Jinja maps its frames to it)."""
    frames = [
        f for f in traceback.extract_tb(exc.__traceback__) if f.filename == _TEMPLATE_FILENAME
    ]
    return frames[-1].lineno or 0 if frames else 0


@lru_cache(maxsize=256)
def _compiled(part: str, first_line: int, source: str) -> Template:
    return _ENV.from_string(_parse(part, first_line, source))


def _render(part: str, first_line: int, values: Mapping[str, Any], source: str) -> str:
    template = _compiled(part, first_line, source)
    try:
        return template.render(values)
    except (TemplateError, ArithmeticError, LookupError, TypeError, ValueError) as exc:
        # Whatever a template does wrong at run time (1/0, a bad filter argument) is its
        # author's error: reported with the line, never a crash of the bench or the server.
        line = _template_line(exc)
        message = (exc.message if isinstance(exc, TemplateError) else None) or str(exc)
        raise MessageTemplateError(line + first_line - 1 if line else 0, message, source) from None


def _unknown_fields(tree: nodes.Template, kind: MessageKind) -> list[tuple[int, str]]:
    """(line, message) for every name that is not a field of `kind`, first use of each."""
    undeclared = find_undeclared_variables(tree)
    problems: dict[str, tuple[int, str]] = {}
    for node in tree.find_all(nodes.Name):
        name = node.name
        if name not in undeclared or name in problems:
            continue
        field = BY_NAME.get(name)
        if field is None:
            known = ", ".join(f.name for f in BY_NAME.values() if kind in f.kinds)
            problems[name] = (node.lineno, f"unknown field {name!r}; fields are: {known}")
        elif kind not in field.kinds:
            allowed = ", ".join(sorted(field.kinds))
            problems[name] = (
                node.lineno,
                f"{name!r} is not known for {kind.value} (only for {allowed})",
            )
    return sorted(problems.values())


def check_template(
    text: str, language: str, kind: MessageKind | str, source: str = ""
) -> MessageTemplate:
    """Check a template before it is published or loaded; MessageTemplateError names the line."""
    try:
        check_language(language)
        kind = MessageKind(kind)
    except ValueError as exc:
        raise MessageTemplateError(0, str(exc), source) from None
    if len(text) > MAX_TEMPLATE_CHARS:
        raise MessageTemplateError(
            0, f"the template is over {MAX_TEMPLATE_CHARS} characters", source
        )
    text = text.replace("\r\n", "\n")
    subject_src, body_src = _split(text, source)
    for part, first_line in ((subject_src, 1), (body_src, BODY_FIRST_LINE)):
        try:
            problems = _unknown_fields(_parse(part, first_line, source), kind)
        except TemplateSyntaxError as exc:  # an unknown filter or test, found while compiling
            raise MessageTemplateError(
                exc.lineno + first_line - 1, exc.message or str(exc), source
            ) from None
        if problems:
            line, message = problems[0]
            raise MessageTemplateError(line + first_line - 1, message, source)
    template = MessageTemplate(language, kind, text, source)
    template.render(message_fields(example_facts(kind, with_optional=True), language))
    try:
        template.render(message_fields(example_facts(kind, with_optional=False), language))
    except MessageTemplateError as exc:
        raise MessageTemplateError(
            exc.line,
            f"{exc.message} (when optional fields are absent and customer_name, note and "
            "sendback_tracking are empty; test them with {% if <field> is defined %} and "
            "{% if customer_name %})",
            source,
        ) from None
    return template
