"""The publish-time check: a template with a typo, an unknown field or a trap is refused with
its line; the shipped templates all pass."""

from __future__ import annotations

import pytest

from inspector_app.domain.vocabulary import LANGUAGES
from inspector_app.messages import MessageKind, MessageTemplateError, builtin_dir, check_template
from inspector_app.messages.catalog import template_path

GOOD = """Subject: Your return {{ rma }} is accepted

Hello {{ customer_name }},
{% if grade is defined %}
Grade: {{ grade }}
{% endif %}
We refund {{ refund_amount }}.
"""
FULL = MessageKind.ACCEPT_FULL_REFUND


def refused(text: str, kind: MessageKind = FULL) -> MessageTemplateError:
    with pytest.raises(MessageTemplateError) as info:
        check_template(text, "en", kind, source="en/custom.jinja")
    return info.value


def test_a_good_template_passes_and_renders() -> None:
    template = check_template(GOOD, "en", FULL)
    subject, body = template.render(
        {"rma": "RMA-1", "customer_name": "Lou", "refund_amount": "€10.00"}
    )
    assert subject == "Your return RMA-1 is accepted"
    assert body == "Hello Lou,\nWe refund €10.00.\n"


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("kind", list(MessageKind))
def test_shipped_templates_pass_the_check(language: str, kind: MessageKind) -> None:
    path = template_path(builtin_dir(), language, kind)
    check_template(path.read_text(encoding="utf-8"), language, kind, str(path))


@pytest.mark.parametrize(
    ("text", "line", "message"),
    [
        (
            GOOD.replace("{{ customer_name }}", "{{ custommer_name }}"),
            3,
            "unknown field 'custommer_name'; fields are: customer_name, rma",
        ),
        (GOOD.replace("{{ rma }}", "{{ rma }"), 1, "unexpected '}'"),
        (GOOD.replace("{{ refund_amount }}.", "{{ refund_amount }."), 7, "unexpected '}'"),
        (GOOD.replace("{% endif %}", "{% endfi %}"), 6, "Encountered unknown tag 'endfi'"),
        (GOOD.replace("{% endif %}\n", ""), 6, "Unexpected end of template"),
        (GOOD + "{{ rma | shout }}\n", 8, "No filter named 'shout'"),
        (GOOD + "{% if rma is shouting %}x{% endif %}\n", 8, "No test named 'shouting'"),
        (
            GOOD.replace("Grade: {{ grade }}", "{{ grade }}")
            .replace("{% if grade is defined %}\n", "")
            .replace("{% endif %}\n", ""),
            4,
            "'grade' is undefined (when optional fields are absent",
        ),
        (GOOD + "{{ rma.number }}\n", 8, "has no attribute 'number'"),
        (GOOD + "{{ rma.__class__.__mro__ }}\n", 8, "is unsafe"),
        (GOOD + "{% for x in order_id %}{% endfor %}{{ x }}\n", 8, "unknown field 'x'"),
    ],
)
def test_broken_template_is_refused_with_its_line(text: str, line: int, message: str) -> None:
    error = refused(text)
    assert error.line == line
    assert message in error.message
    assert str(error).startswith(f"en/custom.jinja, line {line}: ")


def test_field_of_another_kind_is_refused() -> None:
    error = refused(GOOD, MessageKind.REFUSE_SEND_BACK)
    assert error.line == 7
    assert error.message == (
        "'refund_amount' is not known for refuse_send_back "
        "(only for accept_full_refund, partial_refund, refund_sent)"
    )
    error = refused(GOOD.replace("{{ rma }}", "{{ decision_date }}"), MessageKind.RECEIVED)
    assert error.line == 1 and "'decision_date' is not known for received" in error.message


@pytest.mark.parametrize(
    ("text", "line", "message"),
    [
        ("Hello {{ customer_name }}", 1, "the first line must start with 'Subject:'"),
        ("Subject: x\nHello", 2, "leave one blank line"),
        ("Subject: x", 2, "leave one blank line"),
        ("Subject: {{ customer_name }}\n\nbody", 1, "the subject is empty once filled in"),
        ("Subject: " + "x" * 201 + "\n\nbody", 1, "the subject is over 200 characters"),
        ("Subject: x\n\n" + "y" * 20001, 0, "over 20000 characters"),
    ],
)
def test_malformed_template_is_refused(text: str, line: int, message: str) -> None:
    error = refused(text)
    assert error.line == line
    assert message in error.message


def test_unknown_language_is_refused() -> None:
    with pytest.raises(MessageTemplateError, match="language 'de' is not one of en, fr"):
        check_template(GOOD, "de", FULL)


def test_windows_line_endings_are_accepted() -> None:
    template = check_template(GOOD.replace("\n", "\r\n"), "en", FULL)
    assert "\r" not in template.text


def test_locals_set_in_the_template_are_fine() -> None:
    text = GOOD + "{% set who = customer_name or 'customer' %}Bye {{ who }}\n"
    check_template(text, "en", FULL)


@pytest.mark.parametrize(
    ("expression", "message"),
    [
        ('"x" * 10**10', "repeating text beyond 1000 characters"),
        ('("x" * 900) * 900', "repeating text beyond 1000 characters"),
        ("2 ** 100000000", "exponents above 64"),
        ('"%0999999999d" % 3', "printf-style formatting is not allowed"),
        ('"{:099999999}".format(1)', "access to attribute 'format'"),
        ("rma.ljust(1000000000)", "access to attribute 'ljust'"),
        ("rma | center(1000000000)", "No filter named 'center'"),
        ("lipsum(n=100000)", "unknown field 'lipsum'"),
        ("1 / 0", "division by zero"),
        ("rma[100]", "has no element 100"),
    ],
)
def test_templates_cannot_exhaust_the_checker(expression: str, message: str) -> None:
    """The server checks templates from people: nothing in one may build huge text or crash."""
    error = refused(GOOD + "{{ " + expression + " }}\n")
    assert error.line == 8
    assert message in error.message


def test_deep_nesting_is_refused_without_crashing() -> None:
    error = refused(GOOD + "{{ " + "(" * 3000 + "1" + ")" * 3000 + " }}\n")
    assert error.message == "the template is nested too deeply"


def test_message_too_long_once_filled_in_is_refused() -> None:
    loop = "{% for i in range(3000) %}{{ rma }}{% endfor %}\n"
    error = refused(GOOD + loop)
    assert "over 20000 characters once filled in" in error.message
