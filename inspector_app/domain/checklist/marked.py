"""YAML read into plain values that remember their line, so every template error can name one.

`yaml.safe_load` forgets where a value came from; a seller editing a 300-line template needs
"smartphone.yaml:42: sections[1].items[3].kind: ..." to find the typo. We compose the node
graph with PyYAML's safe loader and convert scalars with its safe constructor, keeping the
start line of every key and value.

Anchors and aliases are refused: a template is small enough to write out, and refusing them
rules out the "billion laughs" expansion in a file that arrives from the network.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from typing import Any, NoReturn

import yaml

from inspector_app.domain.texts import DEFAULT_LANGUAGE, LANGUAGES, Translated
from inspector_app.errors import UserError

_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")
"""Control characters other than tab and newline: never meant to be in a label."""


class TemplateError(UserError, ValueError):
    """A template that cannot be used, located precisely enough to fix it.

    `str()` gives `file:line: field: message`, the shape editors and CI logs link to.
    """

    def __init__(self, file: str, line: int, field: str, message: str) -> None:
        self.file = file
        self.line = line
        self.field = field
        self.message = message
        super().__init__(f"{file}:{line}: {field}: {message}")


@dataclass(frozen=True, slots=True)
class Scalar:
    value: Any
    line: int


@dataclass(frozen=True, slots=True)
class Seq:
    items: tuple[Node, ...]
    line: int


@dataclass(frozen=True, slots=True)
class Map:
    """A mapping whose keys are text; `key_lines` says where each key was written."""

    entries: dict[str, Node]
    key_lines: dict[str, int]
    line: int


Node = Scalar | Seq | Map


@dataclass(frozen=True, slots=True)
class Untranslated:
    """A text people read that lacks some languages (it falls back to English there)."""

    line: int
    field: str
    languages: tuple[str, ...]


class Source:
    """Where the text came from; raises located errors on its behalf and notes every text
    that is not written in every language (`untranslated`), for the check to report."""

    def __init__(self, name: str) -> None:
        self.name = name
        self.untranslated: list[Untranslated] = []

    def fail(self, line: int, field: str, message: str) -> NoReturn:
        raise TemplateError(self.name, line, field or "(template)", message)


_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
"""libyaml's safe loader when PyYAML was built with it: about 15 times faster to compose."""


def parse(text: str, source: Source) -> Node:
    """Parse one YAML document into marked nodes; TemplateError on syntax or structure."""
    try:
        _refuse_aliases(text, source)
        loader = _Loader(text)
        try:
            root = loader.get_single_node()
            if root is None:
                source.fail(1, "(template)", "the file is empty")
            return _convert(root, loader, source)
        finally:
            loader.dispose()
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        # An error at the end of a file without a final newline is marked one line past it.
        line = min(mark.line + 1, text.count("\n") + 1) if mark else 1
        raise TemplateError(source.name, line, "(yaml)", str(exc.problem or exc).strip()) from None
    except yaml.YAMLError as exc:
        raise TemplateError(source.name, 1, "(yaml)", str(exc).strip()) from None


def _refuse_aliases(text: str, source: Source) -> None:
    """Fail at the first alias, where it is written (composed nodes only know the anchor)."""
    for event in yaml.parse(text, Loader=_Loader):
        if isinstance(event, yaml.AliasEvent):
            source.fail(
                event.start_mark.line + 1,
                "(yaml)",
                "anchors and aliases (&name, *name) are not supported",
            )


_PLAIN_COLLECTION_TAGS = ("tag:yaml.org,2002:seq", "tag:yaml.org,2002:map")


def _convert(node: yaml.Node, loader: yaml.SafeLoader, source: Source) -> Node:
    line = node.start_mark.line + 1
    if isinstance(node, yaml.ScalarNode):
        return Scalar(loader.construct_object(node), line)
    if node.tag not in _PLAIN_COLLECTION_TAGS:
        source.fail(line, "(yaml)", f"tags such as {node.tag} are not supported")
    if isinstance(node, yaml.SequenceNode):
        return Seq(tuple(_convert(n, loader, source) for n in node.value), line)
    entries: dict[str, Node] = {}
    key_lines: dict[str, int] = {}
    for key_node, value_node in node.value:
        key_line = key_node.start_mark.line + 1
        if not isinstance(key_node, yaml.ScalarNode) or key_node.tag == "tag:yaml.org,2002:merge":
            source.fail(key_line, "(yaml)", "keys must be plain words")
        key = str(loader.construct_object(key_node))
        if key in entries:
            source.fail(
                key_line, key, f"appears twice in this block (first on line {key_lines[key]})"
            )
        key_lines[key] = key_line
        entries[key] = _convert(value_node, loader, source)
    return Map(entries, key_lines, line)


def plain(node: Node) -> Any:
    """The node as ordinary Python data (for hashing)."""
    if isinstance(node, Scalar):
        return node.value
    if isinstance(node, Seq):
        return [plain(n) for n in node.items]
    return {k: plain(v) for k, v in node.entries.items()}


def join(path: str, key: str | int) -> str:
    """`sections[1].items` + `kind` -> `sections[1].items.kind`; ints become `[n]`."""
    if isinstance(key, int):
        return f"{path}[{key}]"
    return f"{path}.{key}" if path else key


class Fields:
    """One mapping of the template, read field by field with located errors.

    Construction already refuses fields outside `allowed` (a misspelt `requried:` must not
    silently make an item optional) and reports the first missing one of `required`.
    """

    def __init__(
        self,
        node: Node,
        path: str,
        source: Source,
        allowed: tuple[str, ...],
        required: tuple[str, ...] = (),
    ) -> None:
        if not isinstance(node, Map):
            source.fail(node.line, path, "expected a block of `field: value` lines")
        self.node = node
        self.path = path
        self.source = source
        for key in node.entries:
            if key not in allowed:
                source.fail(
                    node.key_lines[key],
                    join(path, key),
                    f"unknown field; expected one of: {', '.join(allowed)}",
                )
        for key in required:
            if key not in node.entries:
                source.fail(node.line, join(path, key), "this field is required")

    def has(self, key: str) -> bool:
        return key in self.node.entries

    def node_of(self, key: str) -> Node:
        return self.node.entries[key]

    def line(self, key: str | None = None) -> int:
        if key is None or key not in self.node.key_lines:
            return self.node.line
        return self.node.key_lines[key]

    def fail(self, key: str | None, message: str) -> NoReturn:
        self.source.fail(self.line(key), join(self.path, key) if key else self.path, message)

    def scalar(self, key: str) -> Any:
        node = self.node.entries[key]
        if not isinstance(node, Scalar):
            self.fail(key, "expected a single value, not a list or block")
        return node.value

    def text(self, key: str, default: str | None = None, max_length: int = 200) -> str:
        if key not in self.node.entries:
            if default is None:
                self.fail(key, "this field is required")
            return default
        value = self.scalar(key)
        return self._checked_text(
            value, self.line(key), join(self.path, key), default is None, max_length
        )

    def translated(self, key: str, default: str | None = None, max_length: int = 200) -> Translated:
        """A text people read: one string (English), or one per language,
        `{en: "Screen glass", fr: "Verre de l'écran"}`, English required."""
        node = self.node.entries.get(key)
        path = join(self.path, key)
        if not isinstance(node, Map):
            text = Translated.only(self.text(key, default, max_length))
            if text:
                self._note_untranslated(text, self.line(key), path)
            return text
        texts: dict[str, str] = {}
        for language, value_node in node.entries.items():
            where = join(path, language)
            if language not in LANGUAGES:
                self.source.fail(
                    node.key_lines[language],
                    where,
                    f"unknown language; use one of: {', '.join(LANGUAGES)}",
                )
            if not isinstance(value_node, Scalar):
                self.source.fail(value_node.line, where, "expected text, not a list or block")
            texts[language] = self._checked_text(
                value_node.value, value_node.line, where, True, max_length
            )
        if DEFAULT_LANGUAGE not in texts:
            self.source.fail(
                node.line, path, f"the {DEFAULT_LANGUAGE!r} text is required (it is the fallback)"
            )
        text = Translated(texts)
        self._note_untranslated(text, node.line, path)
        return text

    def _note_untranslated(self, text: Translated, line: int, path: str) -> None:
        # A unit such as "%" has no words to translate.
        if text.missing and any(c.isalpha() for c in text):
            self.source.untranslated.append(Untranslated(line, path, text.missing))

    def _checked_text(
        self, value: Any, line: int, path: str, required: bool, max_length: int
    ) -> str:
        if not isinstance(value, str):
            self.source.fail(line, path, f"expected text, got {value!r} (put it in quotes)")
        value = value.strip()
        if not value and required:
            self.source.fail(line, path, "must not be empty")
        if len(value) > max_length:
            self.source.fail(line, path, f"is {len(value)} characters long; at most {max_length}")
        if _CONTROL.search(value):
            self.source.fail(line, path, "contains a control character")
        return value

    def boolean(self, key: str, default: bool) -> bool:
        if key not in self.node.entries:
            return default
        value = self.scalar(key)
        if not isinstance(value, bool):
            self.fail(key, f"expected true or false, got {value!r}")
        return value

    def integer(self, key: str, default: int | None, minimum: int, maximum: int) -> int | None:
        if key not in self.node.entries:
            return default
        value = self.scalar(key)
        if isinstance(value, bool) or not isinstance(value, int):
            self.fail(key, f"expected a whole number, got {value!r}")
        if not minimum <= value <= maximum:
            self.fail(key, f"{value} is outside {minimum}..{maximum}")
        return value

    def required_integer(self, key: str, minimum: int, maximum: int) -> int:
        """integer() of a key the node must have (listed in `required`, so present)."""
        value = self.integer(key, None, minimum, maximum)
        if value is None:
            self.fail(key, "is required")
        return value

    def number(self, key: str) -> float | int | None:
        if key not in self.node.entries:
            return None
        value = self.scalar(key)
        if isinstance(value, bool) or not isinstance(value, int | float) or math.isnan(value):
            self.fail(key, f"expected a number, got {value!r}")
        return value

    def seq(self, key: str, max_items: int) -> tuple[Node, ...]:
        node = self.node.entries[key]
        if not isinstance(node, Seq):
            self.fail(key, "expected a list (lines starting with `- `)")
        if not node.items:
            self.fail(key, "the list is empty")
        if len(node.items) > max_items:
            self.fail(key, f"has {len(node.items)} entries; at most {max_items}")
        return node.items
