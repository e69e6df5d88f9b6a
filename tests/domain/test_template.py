"""Loading templates: the defaults load, and every broken one names file, line and field."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from inspector_app.domain.checklist import (
    ItemKind,
    TemplateError,
    load_template,
    load_template_file,
    template_sha256,
)
from inspector_app.domain.returns import ProductCategory

from .builders import CHECKLISTS

GOOD = textwrap.dedent(
    """\
    id: mini
    version: 3
    category: tablet
    title: Mini checklist
    sections:
      - id: first
        title: First
        items:
          - id: cracked
            kind: yes_no
            label: Cracked?
          - id: size
            kind: choice
            label: How big?
            choices: [small, {value: large, label: Very large}]
            show_if: {item: cracked, equals: true}
          - id: battery
            kind: number
            label: Battery
            min: 0
            max: 100
            unit: "%"
    rules:
      - id: broken
        label: Broken
        when: {item: cracked, equals: true}
        grade: fair
    """
)


def broken(replace_from: str, replace_to: str) -> str:
    assert replace_from in GOOD
    return GOOD.replace(replace_from, replace_to, 1)


def test_every_default_template_loads() -> None:
    files = sorted(CHECKLISTS.glob("*.yaml"))
    categories = set()
    for path in files:
        template = load_template_file(path)
        assert template.id == path.stem
        assert template.version >= 1
        assert template.items and template.rules
        categories.add(template.category)
    assert categories == set(ProductCategory)


def test_default_templates_check_identity_first() -> None:
    """The fraud check leads every default checklist, and a rule acts on a mismatch."""
    for path in sorted(CHECKLISTS.glob("*.yaml")):
        template = load_template_file(path)
        first = template.sections[0].items[0]
        assert first.kind is ItemKind.CODE_SCAN and first.compare_to in ("imei", "serial"), path
        assert any(
            r.disposition == "quarantine" and r.outcome == "refuse_send_back"
            for r in template.rules
        ), path


def test_good_template_parses_into_objects() -> None:
    template = load_template(GOOD, "mini.yaml")
    assert (template.id, template.version, template.category) == ("mini", 3, "tablet")
    size = template.item("size")
    assert [c.value for c in size.choices] == ["small", "large"]
    assert [c.label for c in size.choices] == ["Small", "Very large"]
    assert template.item("battery").unit == "%"
    assert template.item("cracked").required is True
    assert template.rules[0].grade == "fair"


def test_hash_ignores_layout_but_not_meaning() -> None:
    relaid = GOOD.replace(
        "choices: [small, {value: large, label: Very large}]",
        "choices:\n          - small\n          - {label: Very large, value: large}",
    )
    relaid = "# a comment\n" + relaid.replace("\n", "\r\n")
    assert template_sha256(relaid) == template_sha256(GOOD) == load_template(GOOD).sha256
    assert template_sha256(GOOD.replace("Very large", "Huge")) != template_sha256(GOOD)


@pytest.mark.parametrize(
    ("text", "line", "field", "words"),
    [
        (broken("kind: yes_no", "kind: yesno"), 10, "sections[0].items[0].kind", "unknown kind"),
        (broken("id: size", "id: cracked"), 12, "sections[0].items[1].id", "already defined"),
        (
            broken("{item: cracked, equals: true}\n", "{item: battery, at_least: 5}\n"),
            16,
            "sections[0].items[1].show_if.item",
            "only refer to items above",
        ),
        (
            broken("{item: cracked, equals: true}\n", "{item: crackd, equals: true}\n"),
            16,
            "sections[0].items[1].show_if.item",
            "no item has this id",
        ),
        (
            broken("{item: cracked, equals: true}\n", "{item: cracked, equals: yes please}\n"),
            16,
            "sections[0].items[1].show_if.equals",
            "compare with true or false",
        ),
        (broken("grade: fair", "grade: mint"), 27, "rules[0].grade", "not one of"),
        (broken("max: 100", "max: -1"), 21, "sections[0].items[2].max", "below min"),
        (
            broken('unit: "%"', 'unit: "%"\n        requried: true'),
            23,
            "sections[0].items[2].requried",
            "unknown field",
        ),
        (broken("category: tablet", "category: fridge"), 3, "category", "not one of"),
        (broken("version: 3", "version: three"), 2, "version", "whole number"),
        (broken("version: 3\n", ""), 1, "version", "required"),
        (broken("title: First", "title: [First"), 8, "(yaml)", ""),
        (
            broken("label: Cracked?", "label: Cracked?\n        choices: [a, b]"),
            12,
            "sections[0].items[0].choices",
            "not used by yes_no items (only by choice)",
        ),
        (
            broken("[small, {value: large", "[small, {value: small"),
            15,
            "sections[0].items[1].choices[1]",
            "listed twice",
        ),
        (
            broken("when: {item: cracked, equals: true}", "when: {item: size, equals: huge}"),
            26,
            "rules[0].when.equals",
            "not a choice",
        ),
        (
            broken("when: {item: cracked, equals: true}", "when: {item: size, in: large}"),
            26,
            "rules[0].when.in",
            "takes a list",
        ),
        (
            broken("when: {item: cracked, equals: true}", "when: {return: colour, equals: red}"),
            26,
            "rules[0].when.return",
            "not a return fact",
        ),
        (
            broken(
                "when: {item: cracked, equals: true}",
                "when: {item: cracked, equals: true, answered: true}",
            ),
            26,
            "rules[0].when",
            "exactly one operator",
        ),
        (broken("    grade: fair\n", ""), 24, "rules[0]", "must propose"),
        (
            GOOD + "  - id: broken\n    label: Again\n    grade: good\n",
            28,
            "rules[1].id",
            "already defined on line 24",
        ),
        (
            broken(
                "rules:",
                "  - id: first\n    items:\n      - {id: other, kind: text, label: T}\nrules:",
            ),
            23,
            "sections[1].id",
            "already defined on line 6",
        ),
        (
            broken("kind: yes_no", "kind: code_scan\n        compare_to: colour"),
            11,
            "sections[0].items[0].compare_to",
            "not an order field",
        ),
        (
            broken("kind: yes_no", "kind: code_scan\n        pattern: '[A-Z'"),
            11,
            "sections[0].items[0].pattern",
            "not a regular expression",
        ),
        (
            broken("label: How big?", "label: How big?\n        pattern: 'A+'"),
            15,
            "sections[0].items[1].pattern",
            "not used by choice items (only by code_scan)",
        ),
        (
            broken("label: How big?", "label: How big?\n        no_defect: tiny"),
            15,
            "sections[0].items[1].no_defect",
            "'tiny' is not one of the choices (small, large)",
        ),
        (
            broken("label: Cracked?", "label: Cracked?\n        no_defect: fine"),
            12,
            "sections[0].items[0].no_defect",
            "expected true or false",
        ),
        (
            broken('unit: "%"', 'unit: "%"\n        no_defect: 100'),
            23,
            "sections[0].items[2].no_defect",
            "not used by number items (only by yes_no, choice)",
        ),
        (
            broken("{item: cracked, equals: true}\n", "{}\n"),
            16,
            "sections[0].items[1].show_if",
            "starts with item: or return:",
        ),
    ],
)
def test_broken_template_names_file_line_field(
    text: str, line: int, field: str, words: str
) -> None:
    with pytest.raises(TemplateError) as caught:
        load_template(text, "shop/mini.yaml")
    error = caught.value
    assert (error.file, error.line, error.field) == ("shop/mini.yaml", line, field), str(error)
    assert words in error.message
    assert str(error) == f"shop/mini.yaml:{line}: {field}: {error.message}"


def test_eligibility_rule_values_are_checked() -> None:
    good = broken(
        "when: {item: cracked, equals: true}", "when: {return: eligibility_rule, equals: warranty}"
    )
    assert load_template(good).rules[0].when is not None
    with pytest.raises(TemplateError, match="not a valid eligibility_rule; one of: transit_damage"):
        load_template(good.replace("equals: warranty}", "equals: guarantee}"))


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_any_damaged_template_gives_a_located_template_error(data: st.DataObject) -> None:
    """Delete, duplicate or garble lines of a good template: it loads or says where it broke."""
    seed = data.draw(st.sampled_from([GOOD, (CHECKLISTS / "smartphone.yaml").read_text()]))
    lines = seed.splitlines(keepends=True)
    for _ in range(data.draw(st.integers(1, 3))):
        index = data.draw(st.integers(0, len(lines) - 1))
        action = data.draw(st.sampled_from(["delete", "duplicate", "garble"]))
        if action == "delete" and len(lines) > 1:
            del lines[index]
        elif action == "duplicate" or len(lines) == 1:
            lines.insert(index, lines[index])
        else:
            junk = data.draw(st.text(alphabet=" :-[]{}#&*!|>'\"a1_", max_size=6))
            at = data.draw(st.integers(0, len(lines[index])))
            lines[index] = lines[index][:at] + junk + lines[index][at:]
    text = "".join(lines)
    try:
        load_template(text, "fuzz.yaml")
    except TemplateError as exc:
        assert exc.file == "fuzz.yaml"
        assert 1 <= exc.line <= text.count("\n") + 1
        assert exc.field and exc.message


def test_aliases_are_refused() -> None:
    text = GOOD.replace("title: Mini checklist", "title: &t Mini checklist") + "description: *t\n"
    with pytest.raises(TemplateError, match="aliases") as caught:
        load_template(text, "a.yaml")
    assert caught.value.line == 28


def test_empty_and_non_mapping_files() -> None:
    with pytest.raises(TemplateError, match="empty"):
        load_template("", "e.yaml")
    with pytest.raises(TemplateError, match=r"^l\.yaml:1: \(template\): expected a block"):
        load_template("- just\n- a list\n", "l.yaml")


def test_file_errors_name_the_path(tmp_path: Path) -> None:
    path = tmp_path / "latin1.yaml"
    path.write_bytes("title: Télé".encode("latin-1"))
    with pytest.raises(TemplateError) as caught:
        load_template_file(path)
    assert caught.value.file == str(path) and caught.value.field == "(file)"


def test_oversized_template_is_refused() -> None:
    with pytest.raises(TemplateError, match="KiB"):
        load_template(GOOD + "#" * 300_000, "big.yaml")


def test_photo_minimum_may_refer_to_its_own_item_but_show_if_may_not() -> None:
    selfish = broken(
        "      - id: battery",
        "        photos_min_when:\n"
        "          - {when: {item: size, equals: large}, min: 2}\n"
        "      - id: battery",
    )
    assert load_template(selfish).item("size").photos_min_when[0].min == 2
    with pytest.raises(TemplateError, match="only refer to items above") as caught:
        load_template(broken("{item: cracked, equals: true}\n", "{item: size, answered: true}\n"))
    assert caught.value.field == "sections[0].items[1].show_if.item"


def test_conditions_nest_at_most_eight_levels() -> None:
    def nested(levels: int) -> str:
        condition = "{item: cracked, equals: true}"
        for _ in range(levels - 1):
            condition = "{not: " + condition + "}"
        return broken("when: {item: cracked, equals: true}", f"when: {condition}")

    assert load_template(nested(8)).rules[0].when is not None
    with pytest.raises(TemplateError, match="deeper than 8 levels") as caught:
        load_template(nested(9))
    assert caught.value.field == "rules[0].when" + ".not" * 8


def test_no_defect_answers_are_read_per_kind() -> None:
    """What All pass gives: a yes/no item's true or false, a choice item's value; none
    declared is None (All pass leaves the item to the inspector)."""
    text = broken("label: Cracked?", "label: Cracked?\n        no_defect: false")
    text = text.replace("label: How big?", "label: How big?\n        no_defect: small")
    template = load_template(text)
    assert [(i.id, i.no_defect) for i in template.items] == [
        ("cracked", False),
        ("size", "small"),
        ("battery", None),
    ]
    assert template.sha256 != load_template(GOOD).sha256
