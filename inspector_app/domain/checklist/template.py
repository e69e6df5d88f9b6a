"""Checklist templates: YAML read into frozen objects, every mistake named by file:line:field.

A template is published under (id, version) and never changes after that: inspections record
which version they followed, and the lead's reports compare like with like. `sha256` is
computed over the parsed content (not the bytes), so re-indenting a file or converting its
line endings does not count as a change, while any change of meaning does.

The format is documented for sellers and IT in docs/checklists.md.
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass, replace
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from pathlib import Path
from typing import TypeVar

from inspector_app.domain.checklist.conditions import Condition, Facts, Scope, parse_condition
from inspector_app.domain.checklist.kinds import Choice, ItemKind
from inspector_app.domain.checklist.marked import (
    Fields,
    Map,
    Node,
    Scalar,
    Seq,
    Source,
    TemplateError,
    Untranslated,
    join,
    parse,
    plain,
)
from inspector_app.domain.checklist.shapes import MAX_PATTERN_LENGTH, compile_pattern
from inspector_app.domain.returns import Disposition, Grade, Outcome, ProductCategory
from inspector_app.domain.texts import Translated

NO_TEXT = Translated.only("")

_E = TypeVar("_E", Outcome, Grade, Disposition, ProductCategory)

MAX_TEMPLATE_BYTES = 256 * 1024
MAX_ITEMS = 300
MAX_RULES = 200
MAX_PHOTOS_PER_ITEM = 20
MAX_CUSTOMER_TEXT = 400
"""A finding told to a customer: one or two sentences."""

CENT = Decimal("0.01")
MAX_DEDUCT_AMOUNT = Decimal(1_000_000)
_PERCENT_RE = re.compile(r"^(\d{1,3}(?:\.\d{1,2})?)\s*%$")

ID_RE = re.compile(r"^[a-z][a-z0-9_]{0,63}$")
FLAG_RE = re.compile(r"^[a-z_]{1,40}$")

ORDER_FIELDS = ("imei", "serial", "sku", "order_id", "rma")
"""Fields of the return a `code_scan` item may be compared with (`compare_to`)."""

_COMMON = ("id", "kind", "label", "required", "show_if", "help", "photos_min", "photos_min_when")
_KIND_FIELDS: dict[ItemKind, tuple[str, ...]] = {
    ItemKind.YES_NO: ("no_defect",),
    ItemKind.CHOICE: ("choices", "no_defect"),
    ItemKind.NUMBER: ("min", "max", "unit"),
    ItemKind.TEXT: (),
    ItemKind.PHOTO: (),
    ItemKind.CODE_SCAN: ("compare_to", "pattern"),
}


@dataclass(frozen=True, slots=True)
class PhotoMinimum:
    """`min` photos are needed while `when` holds (the largest applicable minimum wins)."""

    min: int
    when: Condition


@dataclass(frozen=True, slots=True)
class Item:
    id: str
    kind: ItemKind
    label: Translated
    required: bool = True
    show_if: Condition | None = None
    choices: tuple[Choice, ...] = ()
    min: float | None = None
    max: float | None = None
    unit: Translated = NO_TEXT
    photos_min: int = 0
    photos_min_when: tuple[PhotoMinimum, ...] = ()
    compare_to: str = ""
    pattern: str = ""
    """A code-scan item's answers must match this regular expression (see shapes.py)."""
    help: Translated = NO_TEXT
    no_defect: bool | str | None = None
    """The answer of a device with nothing wrong (yes/no and choice items only): what the
    checklist's "all pass" key gives every open item of a section that declares one."""
    line: int = 0


@dataclass(frozen=True, slots=True)
class Section:
    id: str
    title: Translated
    items: tuple[Item, ...]


@dataclass(frozen=True, slots=True)
class Deduct:
    """A deduction proposed by a rule: `percent` of the price, or a fixed `amount` in the
    return's currency (exactly one is set)."""

    percent: Decimal | None = None
    amount: Decimal | None = None

    def of(self, price: Decimal) -> Decimal:
        """The amount for a return sold at `price`, to the cent, never above the price."""
        if self.percent is not None:
            share = (price * self.percent / 100).quantize(CENT, ROUND_HALF_UP)
        else:
            share = self.amount or Decimal(0)
        return min(share, price)


@dataclass(frozen=True, slots=True)
class Rule:
    """Proposes any of outcome, grade, disposition when `when` holds (always, if None)."""

    id: str
    label: Translated
    when: Condition | None = None
    outcome: Outcome | None = None
    grade: Grade | None = None
    disposition: Disposition | None = None
    flag: str = ""
    customer: Translated | None = None
    """The finding in words for the customer, when this rule explains a decision to them."""
    deduct: Deduct | None = None
    """What a partial refund withholds for this finding (a share of the price or an amount)."""
    evidence: tuple[str, ...] = ()
    """Items whose photos show the finding; empty: the items its holding tests name."""

    def holds(self, facts: Facts) -> bool:
        return self.when is None or self.when.holds(facts)


@dataclass(frozen=True, slots=True)
class ChecklistTemplate:
    id: str
    version: int
    category: ProductCategory
    title: Translated
    sections: tuple[Section, ...]
    rules: tuple[Rule, ...]
    sha256: str
    source: str = ""
    untranslated: tuple[Untranslated, ...] = ()
    """Texts people read that lack a language (they fall back to English there)."""

    @property
    def items(self) -> tuple[Item, ...]:
        """Every item in document order (the order `show_if` refers back along)."""
        return tuple(item for section in self.sections for item in section.items)

    @property
    def unexplained_rules(self) -> tuple[Rule, ...]:
        """Rules that decide an outcome or a grade but give the customer no sentence (`customer`),
        so a message could not say why; `checklist check` lists them."""
        return tuple(
            rule
            for rule in self.rules
            if (rule.outcome is not None or rule.grade is not None) and rule.customer is None
        )

    def item(self, item_id: str) -> Item:
        """The item with this id; KeyError if the template has none."""
        for item in self.items:
            if item.id == item_id:
                return item
        raise KeyError(item_id)


def template_sha256(text: str) -> str:
    """The canonical content hash of a template body (station and server use this one)."""
    return _content_hash(parse(text, Source("(body)")))


def _content_hash(root: Node) -> str:
    canonical = json.dumps(
        plain(root), sort_keys=True, separators=(",", ":"), ensure_ascii=False, default=str
    )
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def load_template_file(path: str | Path) -> ChecklistTemplate:
    """Load a template file; errors name the file as given."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError as exc:
        raise TemplateError(str(path), 1, "(file)", f"not UTF-8 text ({exc.reason})") from None
    return load_template(text, source=str(path))


def load_template(text: str, source: str = "<template>") -> ChecklistTemplate:
    """Parse and validate a template body; TemplateError(file, line, field, message) if unusable."""
    src = Source(source)
    if len(text.encode("utf-8")) > MAX_TEMPLATE_BYTES:
        src.fail(1, "(file)", f"larger than {MAX_TEMPLATE_BYTES // 1024} KiB")
    root = parse(text, src)
    top = Fields(
        root,
        "",
        src,
        allowed=("id", "version", "category", "title", "description", "sections", "rules"),
        required=("id", "version", "category", "title", "sections"),
    )
    template_id = _identifier(top, "id")
    version = top.required_integer("version", 1, 1_000_000)
    category = _enum(top, "category", ProductCategory)
    title = top.translated("title")
    top.text("description", default="", max_length=4000)
    sections = _sections(top, src)
    rules = _rules(top, src, {i.id: i for s in sections for i in s.items})
    return ChecklistTemplate(
        id=template_id,
        version=version,
        category=category,
        title=title,
        sections=sections,
        rules=rules,
        sha256=_content_hash(root),
        source=source,
        untranslated=tuple(src.untranslated),
    )


def _identifier(fields: Fields, key: str) -> str:
    value = fields.text(key, max_length=64)
    if not ID_RE.match(value):
        fields.fail(
            key, f"'{value}' must be lower-case letters, digits and _ and start with a letter"
        )
    return value


def _enum(fields: Fields, key: str, enum: type[_E]) -> _E:
    value = fields.text(key)
    try:
        return enum(value)
    except ValueError:
        allowed = ", ".join(e.value for e in enum)
        fields.fail(key, f"'{value}' is not one of: {allowed}")


def _sections(top: Fields, src: Source) -> tuple[Section, ...]:
    sections: list[Section] = []
    seen_sections: dict[str, int] = {}
    earlier: dict[str, Item] = {}
    all_ids = _all_item_ids(top)
    count = 0
    for s_index, node in enumerate(top.seq("sections", max_items=50)):
        path = join("sections", s_index)
        fields = Fields(node, path, src, allowed=("id", "title", "items"), required=("id", "items"))
        section_id = _identifier(fields, "id")
        if section_id in seen_sections:
            fields.fail(
                "id", f"section '{section_id}' already defined on line {seen_sections[section_id]}"
            )
        seen_sections[section_id] = fields.line("id")
        title = fields.translated("title", default=section_id.replace("_", " ").capitalize())
        items: list[Item] = []
        for i_index, item_node in enumerate(fields.seq("items", max_items=MAX_ITEMS)):
            count += 1
            if count > MAX_ITEMS:
                src.fail(
                    item_node.line,
                    join(join(path, "items"), i_index),
                    f"more than {MAX_ITEMS} items",
                )
            item = _item(item_node, join(join(path, "items"), i_index), src, earlier, all_ids)
            earlier[item.id] = item
            items.append(item)
        sections.append(Section(section_id, title, tuple(items)))
    return tuple(sections)


def _all_item_ids(top: Fields) -> frozenset[str]:
    """Every item id written anywhere, so a forward reference is told apart from a typo."""
    ids: set[str] = set()
    for section in top.seq("sections", max_items=50):
        items = section.entries.get("items") if isinstance(section, Map) else None
        for item in items.items if isinstance(items, Seq) else ():
            id_node = item.entries.get("id") if isinstance(item, Map) else None
            if isinstance(id_node, Scalar) and isinstance(id_node.value, str):
                ids.add(id_node.value.strip())
    return frozenset(ids)


def _item(
    node: Node, path: str, src: Source, earlier: dict[str, Item], all_ids: frozenset[str]
) -> Item:
    probe = Fields(
        node,
        path,
        src,
        allowed=(*_COMMON, *{f for fs in _KIND_FIELDS.values() for f in fs}),
        required=("id", "kind", "label"),
    )
    kind = _kind(probe)
    for key in probe.node.entries:
        owners = [k.value for k, extra in _KIND_FIELDS.items() if key in extra]
        if owners and kind not in owners:
            probe.fail(key, f"not used by {kind} items (only by {', '.join(owners)})")
    fields = Fields(node, path, src, allowed=(*_COMMON, *_KIND_FIELDS[kind]))
    item_id = _identifier(fields, "id")
    if item_id in earlier:
        fields.fail("id", f"item '{item_id}' is already defined on line {earlier[item_id].line}")
    low, high = fields.number("min"), fields.number("max")
    if low is not None and high is not None and low > high:
        fields.fail("max", f"{high} is below min {low}")
    choices = _choices(fields) if kind is ItemKind.CHOICE else ()
    bare = Item(
        id=item_id,
        kind=kind,
        label=fields.translated("label"),
        required=fields.boolean("required", default=True),
        choices=choices,
        no_defect=_no_defect(fields, kind, choices),
        unit=fields.translated("unit", default="", max_length=20),
        compare_to=_compare_to(fields),
        pattern=_pattern(fields),
        help=fields.translated("help", default="", max_length=2000),
        photos_min=fields.integer("photos_min", 0, 0, MAX_PHOTOS_PER_ITEM) or 0,
        min=low,
        max=high,
        line=fields.line(),
    )
    later = all_ids - set(earlier) - {item_id}
    show_if = None
    if fields.has("show_if"):
        show_if = parse_condition(
            fields.node_of("show_if"),
            join(path, "show_if"),
            src,
            Scope(
                earlier,
                "show_if may only refer to items above this one",
                frozenset(later | {item_id}),
            ),
        )
    photo_scope = Scope(
        {**earlier, item_id: bare},
        "a photo minimum may only refer to this item or items above it",
        frozenset(later),
    )
    photo_rules = _photo_minimums(fields, src, photo_scope) if fields.has("photos_min_when") else ()
    return replace(bare, show_if=show_if, photos_min_when=photo_rules)


def _kind(fields: Fields) -> ItemKind:
    value = fields.text("kind")
    try:
        return ItemKind(value)
    except ValueError:
        fields.fail(
            "kind", f"unknown kind '{value}'; use one of: {', '.join(k.value for k in ItemKind)}"
        )


def _choices(fields: Fields) -> tuple[Choice, ...]:
    choices: list[Choice] = []
    if not fields.has("choices"):
        fields.fail("choices", "a choice item needs its list of choices")
    nodes = fields.seq("choices", max_items=50)
    if len(nodes) < 2:
        fields.fail("choices", "a choice needs at least two options")
    for index, node in enumerate(nodes):
        path = join(join(fields.path, "choices"), index)
        if isinstance(node, Scalar):
            if not isinstance(node.value, str) or not ID_RE.match(node.value):
                fields.source.fail(
                    node.line,
                    path,
                    f"{node.value!r} is not a valid choice value "
                    "(lower-case letters, digits and _; quote words like no/yes/on)",
                )
            label = Translated.only(node.value.replace("_", " ").capitalize())
            fields.source.untranslated.append(Untranslated(node.line, path, label.missing))
            choice = Choice(node.value, label)
        else:
            entry = Fields(
                node, path, fields.source, allowed=("value", "label"), required=("value",)
            )
            value = _identifier(entry, "value")
            choice = Choice(
                value, entry.translated("label", default=value.replace("_", " ").capitalize())
            )
        if any(c.value == choice.value for c in choices):
            fields.source.fail(node.line, path, f"choice '{choice.value}' is listed twice")
        choices.append(choice)
    return tuple(choices)


def _no_defect(fields: Fields, kind: ItemKind, choices: tuple[Choice, ...]) -> bool | str | None:
    """A yes/no item's no-defect answer is true or false; a choice item's is one of its
    choices."""
    if not fields.has("no_defect"):
        return None
    if kind is ItemKind.YES_NO:
        return fields.boolean("no_defect", default=False)
    value = fields.scalar("no_defect")
    if value not in [c.value for c in choices]:
        fields.fail(
            "no_defect",
            f"{value!r} is not one of the choices ({', '.join(c.value for c in choices)})",
        )
    return str(value)


def _compare_to(fields: Fields) -> str:
    if not fields.has("compare_to"):
        return ""
    value = fields.text("compare_to")
    if value not in ORDER_FIELDS:
        fields.fail(
            "compare_to", f"'{value}' is not an order field; use one of: {', '.join(ORDER_FIELDS)}"
        )
    return value


def _pattern(fields: Fields) -> str:
    if not fields.has("pattern"):
        return ""
    value = fields.text("pattern", max_length=MAX_PATTERN_LENGTH)
    try:
        compile_pattern(value)
    except ValueError as exc:
        fields.fail("pattern", str(exc))
    return value


def _photo_minimums(fields: Fields, src: Source, scope: Scope) -> tuple[PhotoMinimum, ...]:
    rules = []
    for index, node in enumerate(fields.seq("photos_min_when", max_items=20)):
        path = join(join(fields.path, "photos_min_when"), index)
        entry = Fields(node, path, src, allowed=("when", "min"), required=("when", "min"))
        minimum = entry.required_integer("min", 1, MAX_PHOTOS_PER_ITEM)
        rules.append(
            PhotoMinimum(
                minimum, parse_condition(entry.node_of("when"), join(path, "when"), src, scope)
            )
        )
    return tuple(rules)


def _rules(top: Fields, src: Source, items: dict[str, Item]) -> tuple[Rule, ...]:
    if not top.has("rules"):
        return ()
    rules: list[Rule] = []
    seen: dict[str, int] = {}
    scope = Scope(items, "no item has this id")
    for index, node in enumerate(top.seq("rules", max_items=MAX_RULES)):
        path = join("rules", index)
        fields = Fields(
            node,
            path,
            src,
            allowed=(
                "id",
                "label",
                "when",
                "outcome",
                "grade",
                "disposition",
                "flag",
                "customer",
                "deduct",
                "evidence",
            ),
            required=("id", "label"),
        )
        rule_id = _identifier(fields, "id")
        if rule_id in seen:
            fields.fail("id", f"rule '{rule_id}' is already defined on line {seen[rule_id]}")
        seen[rule_id] = fields.line("id")
        when = (
            parse_condition(fields.node_of("when"), join(path, "when"), src, scope)
            if fields.has("when")
            else None
        )
        flag = fields.text("flag", default="", max_length=40)
        if flag and not FLAG_RE.match(flag):
            fields.fail("flag", f"'{flag}' must be lower-case letters and _ only")
        rule = Rule(
            id=rule_id,
            label=fields.translated("label"),
            when=when,
            outcome=_enum(fields, "outcome", Outcome) if fields.has("outcome") else None,
            grade=_enum(fields, "grade", Grade) if fields.has("grade") else None,
            disposition=_enum(fields, "disposition", Disposition)
            if fields.has("disposition")
            else None,
            flag=flag,
            customer=fields.translated("customer", max_length=MAX_CUSTOMER_TEXT)
            if fields.has("customer")
            else None,
            deduct=_deduct(fields) if fields.has("deduct") else None,
            evidence=_evidence(fields, items) if fields.has("evidence") else (),
        )
        if not (rule.outcome or rule.grade or rule.disposition or rule.flag):
            fields.fail(
                None, "a rule must propose an outcome, grade or disposition, or raise a flag"
            )
        if rule.deduct is not None and rule.outcome is not Outcome.PARTIAL_REFUND:
            fields.fail("deduct", "only a rule proposing partial_refund deducts money")
        rules.append(rule)
    return tuple(rules)


def _deduct(fields: Fields) -> Deduct:
    """`deduct: 15%` (of the price) or `deduct: 30` (an amount in the return's currency)."""
    value = fields.scalar("deduct")
    if isinstance(value, str):
        match = _PERCENT_RE.match(value.strip())
        if not match or not 0 < Decimal(match.group(1)) <= 100:
            fields.fail("deduct", f"{value!r}: write a share such as 15% (above 0, at most 100)")
        return Deduct(percent=Decimal(match.group(1)))
    if isinstance(value, bool) or not isinstance(value, int | float):
        fields.fail(
            "deduct", f"expected an amount (30) or a share of the price (15%), got {value!r}"
        )
    try:
        amount = Decimal(str(value))
    except InvalidOperation:
        fields.fail("deduct", f"{value!r} is not an amount")
    exponent = amount.as_tuple().exponent  # an int whenever the amount is in range (finite)
    if not 0 < amount <= MAX_DEDUCT_AMOUNT or not isinstance(exponent, int) or exponent < -2:
        fields.fail("deduct", f"{value} must be above 0, at most {MAX_DEDUCT_AMOUNT}, in cents")
    return Deduct(amount=amount)


def _evidence(fields: Fields, items: dict[str, Item]) -> tuple[str, ...]:
    """Item ids whose photos show a rule's finding to the customer."""
    ids = []
    for index, node in enumerate(fields.seq("evidence", max_items=20)):
        item_id = node.value if isinstance(node, Scalar) else None
        if not isinstance(item_id, str) or item_id not in items:
            fields.source.fail(
                node.line, join(join(fields.path, "evidence"), index), f"no item has id {item_id!r}"
            )
        ids.append(item_id)
    return tuple(dict.fromkeys(ids))
