"""The small condition language of templates: data, never code.

A condition is a YAML block, so templates stay declarative and a template fetched from the
server cannot run anything on the bench:

    {item: screen_cracked, equals: true}
    {item: battery_health, below: 80}
    {item: imei, matches_order: false}
    {return: reason, in: [faulty_on_opening, warranty]}
    {all: [...]}, {any: [...]}, {not: {...}}

A test on an item that has no answer in force (unanswered, or hidden by its own `show_if`)
is false, whatever the operator, except `answered: false`. So `not: {item: x, equals: true}`
holds while `x` is unanswered; write `{item: x, equals: false}` to mean "answered no".
"""

from __future__ import annotations

import operator
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any, Protocol

from inspector_app.domain.checklist.kinds import Answerable, ItemKind
from inspector_app.domain.checklist.marked import Fields, Map, Node, Scalar, Seq, Source, join
from inspector_app.domain.eligibility import RULES as ELIGIBILITY_RULES
from inspector_app.domain.returns import ProductCategory, ReturnReason

MAX_DEPTH = 8
"""Deepest nesting of all/any/not; deeper is unreadable and likely a mistake."""


class Facts(Protocol):
    """What a condition may look at: answers in force, code checks, the return."""

    def value(self, item_id: str) -> Any: ...
    def matches_order(self, item_id: str) -> bool | None: ...
    def return_value(self, field: str) -> Any: ...


class Condition(Protocol):
    """A parsed `show_if`/`when` test; conditions are data, never evaluated as code."""

    def holds(self, facts: Facts) -> bool: ...

    def witnesses(self, facts: Facts) -> tuple[str, ...]:
        """Items whose answers make this condition hold (none when it does not): what a
        finding's photos should show. Tests under `not` witness nothing."""
        ...

    def items(self) -> tuple[str, ...]:
        """Every item this condition names, whether or not it holds."""
        ...


_COMPARE: dict[str, Callable[[Any, Any], bool]] = {
    "equals": operator.eq,
    "in": lambda value, options: value in options,
    "at_least": operator.ge,
    "at_most": operator.le,
    "above": operator.gt,
    "below": operator.lt,
}


@dataclass(frozen=True, slots=True)
class ItemTest:
    item: str
    op: str
    operand: Any

    def holds(self, facts: Facts) -> bool:
        if self.op == "matches_order":
            return facts.matches_order(self.item) is self.operand
        value = facts.value(self.item)
        if self.op == "answered":
            return (value is not None) is self.operand
        return value is not None and _COMPARE[self.op](value, self.operand)

    def witnesses(self, facts: Facts) -> tuple[str, ...]:
        return (self.item,) if self.holds(facts) else ()

    def items(self) -> tuple[str, ...]:
        return (self.item,)


@dataclass(frozen=True, slots=True)
class ReturnTest:
    field: str
    op: str
    operand: Any

    def holds(self, facts: Facts) -> bool:
        value = facts.return_value(self.field)
        return value is not None and _COMPARE[self.op](value, self.operand)

    def witnesses(self, facts: Facts) -> tuple[str, ...]:
        return ()

    def items(self) -> tuple[str, ...]:
        return ()


@dataclass(frozen=True, slots=True)
class AllOf:
    parts: tuple[Condition, ...]

    def holds(self, facts: Facts) -> bool:
        return all(p.holds(facts) for p in self.parts)

    def witnesses(self, facts: Facts) -> tuple[str, ...]:
        if not self.holds(facts):
            return ()
        return tuple(dict.fromkeys(i for p in self.parts for i in p.witnesses(facts)))

    def items(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(i for p in self.parts for i in p.items()))


@dataclass(frozen=True, slots=True)
class AnyOf:
    parts: tuple[Condition, ...]

    def holds(self, facts: Facts) -> bool:
        return any(p.holds(facts) for p in self.parts)

    def witnesses(self, facts: Facts) -> tuple[str, ...]:
        return tuple(dict.fromkeys(i for p in self.parts for i in p.witnesses(facts)))

    def items(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(i for p in self.parts for i in p.items()))


@dataclass(frozen=True, slots=True)
class Not:
    part: Condition

    def holds(self, facts: Facts) -> bool:
        return not self.part.holds(facts)

    def witnesses(self, facts: Facts) -> tuple[str, ...]:
        return ()

    def items(self) -> tuple[str, ...]:
        return self.part.items()


_ITEM_OPS: dict[ItemKind, tuple[str, ...]] = {
    ItemKind.YES_NO: ("equals", "answered"),
    ItemKind.CHOICE: ("equals", "in", "answered"),
    ItemKind.NUMBER: ("equals", "at_least", "at_most", "above", "below", "answered"),
    ItemKind.TEXT: ("answered",),
    ItemKind.CODE_SCAN: ("answered", "matches_order"),
    ItemKind.PHOTO: (),
}

RETURN_FIELDS: dict[str, tuple[str, ...]] = {
    "reason": tuple(r.value for r in ReturnReason),
    "category": tuple(c.value for c in ProductCategory),
    "eligible": (),
    "eligibility_rule": ELIGIBILITY_RULES,
}
"""Facts about the return a rule may test; the tuple lists the allowed values, if closed."""

_ALL_OPS = ("equals", "in", "at_least", "at_most", "above", "below", "answered", "matches_order")


@dataclass(frozen=True, slots=True)
class Scope:
    """The items a condition may name here; `elsewhere` explains why others are refused."""

    items: Mapping[str, Answerable]
    elsewhere: str
    known_later: frozenset[str] = frozenset()


def parse_condition(
    node: Node, path: str, source: Source, scope: Scope, depth: int = 0
) -> Condition:
    """Read one condition block; every mistake is reported at its line and field."""
    if depth >= MAX_DEPTH:
        source.fail(node.line, path, f"conditions nest deeper than {MAX_DEPTH} levels")
    if not isinstance(node, Map):
        source.fail(node.line, path, "expected a condition such as {item: x, equals: true}")
    keys = set(node.entries)
    if keys & {"all", "any", "not"}:
        Fields(node, path, source, allowed=tuple(sorted(keys & {"all", "any", "not"})))
        if len(keys) != 1:
            source.fail(node.line, path, "combine conditions with exactly one of all, any, not")
        (key,) = keys
        child = node.entries[key]
        if key == "not":
            return Not(parse_condition(child, join(path, "not"), source, scope, depth + 1))
        if not isinstance(child, Seq) or not child.items:
            source.fail(
                node.key_lines[key], join(path, key), "expected a non-empty list of conditions"
            )
        parts = tuple(
            parse_condition(n, join(join(path, key), i), source, scope, depth + 1)
            for i, n in enumerate(child.items)
        )
        return AllOf(parts) if key == "all" else AnyOf(parts)
    if not keys & {"item", "return"}:
        source.fail(node.line, path, "a test starts with item: or return: (or use all/any/not)")
    subject = "item" if "item" in keys else "return"
    fields = Fields(node, path, source, allowed=(subject, *_ALL_OPS), required=(subject,))
    ops = [k for k in keys if k in _ALL_OPS]
    if len(ops) != 1:
        fields.fail(None, "a test needs exactly one operator: " + ", ".join(_ALL_OPS))
    op = ops[0]
    if subject == "item":
        return _item_test(fields, op, scope)
    return _return_test(fields, op)


def _item_test(fields: Fields, op: str, scope: Scope) -> ItemTest:
    item_id = fields.text("item")
    item = scope.items.get(item_id)
    if item is None:
        reason = scope.elsewhere if item_id in scope.known_later else "no item has this id"
        fields.fail("item", f"'{item_id}': {reason}")
    allowed = _ITEM_OPS[item.kind]
    if not allowed:
        fields.fail("item", f"'{item_id}' is a photo item and has no answer to test")
    if op not in allowed:
        fields.fail(
            op, f"not available for {item.kind} item '{item_id}'; use one of: {', '.join(allowed)}"
        )
    if op in ("answered", "matches_order"):
        if op == "matches_order" and not getattr(item, "compare_to", ""):
            fields.fail(op, f"'{item_id}' has no compare_to, so there is nothing to match")
        flag = fields.scalar(op)
        if not isinstance(flag, bool):
            fields.fail(op, f"expected true or false, got {flag!r}")
        return ItemTest(item_id, op, flag)
    return ItemTest(item_id, op, _operand(fields, op, item))


def _operand(fields: Fields, op: str, item: Answerable) -> Any:
    raw = fields.node_of(op)
    values = raw.items if isinstance(raw, Seq) else (raw,)
    if (op == "in") != isinstance(raw, Seq):
        fields.fail(op, "`in` takes a list; the other operators a single value")
    checked = []
    for node in values:
        if not isinstance(node, Scalar):
            fields.fail(op, "expected a plain value")
        value = node.value
        if item.kind is ItemKind.YES_NO and not isinstance(value, bool):
            fields.fail(op, f"'{item.id}' is yes/no: compare with true or false, not {value!r}")
        if item.kind is ItemKind.CHOICE and value not in [c.value for c in item.choices]:
            options = ", ".join(c.value for c in item.choices)
            fields.fail(op, f"{value!r} is not a choice of '{item.id}' ({options})")
        if item.kind is ItemKind.NUMBER and (
            isinstance(value, bool) or not isinstance(value, int | float)
        ):
            fields.fail(op, f"'{item.id}' is a number: compare with a number, not {value!r}")
        checked.append(value)
    return tuple(checked) if op == "in" else checked[0]


def _return_test(fields: Fields, op: str) -> ReturnTest:
    name = fields.text("return")
    if name not in RETURN_FIELDS:
        fields.fail(
            "return", f"'{name}' is not a return fact; use one of: {', '.join(RETURN_FIELDS)}"
        )
    if op not in ("equals", "in"):
        fields.fail(op, "facts about the return are tested with equals or in")
    raw = fields.node_of(op)
    nodes = raw.items if isinstance(raw, Seq) else (raw,)
    if (op == "in") != isinstance(raw, Seq):
        fields.fail(op, "`in` takes a list; equals a single value")
    values = []
    for node in nodes:
        value = node.value if isinstance(node, Scalar) else None
        closed = RETURN_FIELDS[name]
        if name == "eligible":
            if not isinstance(value, bool):
                fields.fail(op, f"eligible is true or false, not {value!r}")
        elif not isinstance(value, str) or (closed and value not in closed):
            hint = f"; one of: {', '.join(closed)}" if closed else ""
            fields.fail(op, f"{value!r} is not a valid {name}{hint}")
        values.append(value)
    return ReturnTest(name, op, tuple(values) if op == "in" else values[0])
