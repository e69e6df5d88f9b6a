"""The layers of docs/architecture.md, read from the code's own imports.

The allowed arrows are written once, in the ```arrows block of docs/architecture.md: one line
per unit (a top-level module or package of inspector_app) naming what it may import. A unit
may always import itself and the root package (which holds only `__version__`); a target may
be a whole unit (`storage`) or one module of it (`lead.figures`). Every import counts: at
module level, inside functions and under TYPE_CHECKING, since each one is a dependency a
reader has to understand. Besides the arrows, no two modules may import each other, however
indirectly. The ```floors block of the same page puts each unit on a floor; the arrows must
lead down them, so the picture of floors cannot drift from the arrows.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
PACKAGE = "inspector_app"
DOC = REPO / "docs" / "architecture.md"
_BLOCK = re.compile(r"^```arrows\n(.*?)^```", re.MULTILINE | re.DOTALL)
_FLOORS = re.compile(r"^```floors\n(.*?)^```", re.MULTILINE | re.DOTALL)
CHAINED_FLOORS = frozenset({"entry", "base"})
"""Floors whose units may import each other along their arrows, as docs/architecture.md says
(`__main__` -> `cli` -> `commands`, `config` -> `settings`); the circle test keeps those
chains from closing. On every other floor an arrow sideways is a layer missing."""


@dataclass(frozen=True, slots=True)
class Import:
    """One import statement's target, resolved to a module of the package."""

    path: str
    line: int
    source: str
    target: str


def read_rules(text: str) -> dict[str, frozenset[str]]:
    """The unit -> allowed targets table of the ```arrows block in `text`."""
    found = _BLOCK.search(text)
    if found is None:
        raise ValueError("no ```arrows block")
    rules: dict[str, frozenset[str]] = {}
    for raw in found.group(1).splitlines():
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        unit, arrow, targets = line.partition("->")
        if not arrow or unit.strip() in rules:
            raise ValueError(f"not a new `unit -> targets` line: {raw!r}")
        rules[unit.strip()] = frozenset(targets.replace(",", " ").split())
    return rules


def read_floors(text: str) -> dict[str, tuple[int, str]]:
    """unit -> (its floor's rank from the top, the floor's name), from the ```floors block."""
    found = _FLOORS.search(text)
    if found is None:
        raise ValueError("no ```floors block")
    floors: dict[str, tuple[int, str]] = {}
    rank = 0
    for raw in found.group(1).splitlines():
        words = raw.split("#", 1)[0].split()
        if not words:
            continue
        name, *units = words
        for unit in units:
            if unit in floors:
                raise ValueError(f"{unit} stands on two floors")
            floors[unit] = (rank, name)
        rank += 1
    return floors


def arrows_off_the_floors(
    rules: Mapping[str, frozenset[str]], floors: Mapping[str, tuple[int, str]]
) -> list[str]:
    """Each allowed arrow that leads up a floor, or sideways on a floor that is no chain."""
    problems = []
    for unit, targets in sorted(rules.items()):
        rank, floor = floors[unit]
        for target in sorted(targets):
            their_rank = floors[target.split(".")[0]][0]
            if their_rank > rank or (their_rank == rank and floor in CHAINED_FLOORS):
                continue
            way = "up" if their_rank < rank else "sideways"
            problems.append(f"{unit} -> {target} leads {way} from the {floor} floor")
    return problems


def read_sources(root: Path) -> dict[str, tuple[str, str]]:
    """Module name -> (path relative to the repository, source text) for the package."""
    sources = {}
    for path in sorted((root / PACKAGE).rglob("*.py")):
        parts = list(path.relative_to(root).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts.pop()
        sources[".".join(parts)] = (path.relative_to(root).as_posix(), path.read_text())
    return sources


def imports(sources: Mapping[str, tuple[str, str]]) -> list[Import]:
    """Every import of a package module by another, resolved to the most precise module."""

    def known(name: str) -> str:
        while name not in sources:
            name = name.rpartition(".")[0]
        return name

    found = []
    for module, (path, text) in sources.items():
        package = module if path.endswith("__init__.py") else module.rpartition(".")[0]
        for node in ast.walk(ast.parse(text, path)):
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom):
                base = node.module or ""
                if node.level:
                    anchor = package.split(".")[: len(package.split(".")) - node.level + 1]
                    base = ".".join([*anchor, base] if base else anchor)
                names = [f"{base}.{alias.name}" for alias in node.names]
            else:
                continue
            for name in names:
                if name == PACKAGE or name.startswith(PACKAGE + "."):
                    found.append(Import(path, node.lineno, module, known(name)))
    return found


def unit_of(module: str) -> str:
    return module.split(".")[1] if "." in module else ""


def forbidden_arrows(found: Iterable[Import], rules: Mapping[str, frozenset[str]]) -> list[str]:
    """Each import from one unit into another that its rule line does not allow."""
    problems = []
    for imp in found:
        source, target = unit_of(imp.source), unit_of(imp.target)
        if not target or source == target:
            continue
        inside = imp.target.removeprefix(PACKAGE + ".")
        allowed = rules.get(source, frozenset())
        if not any(inside == t or inside.startswith(t + ".") for t in allowed):
            problems.append(f"{imp.path}:{imp.line}: {source} -> {inside} is not an allowed arrow")
    return problems


def circles(found: Iterable[Import]) -> list[list[str]]:
    """Groups of modules that import each other, directly or through others (Tarjan)."""
    graph: dict[str, set[str]] = {}
    for imp in found:
        graph.setdefault(imp.source, set())
        if imp.target != imp.source:
            graph[imp.source].add(imp.target)
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    groups = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        for nxt in graph.get(node, ()):
            if nxt not in index:
                visit(nxt)
                low[node] = min(low[node], low[nxt])
            elif nxt in stack:
                low[node] = min(low[node], index[nxt])
        if low[node] == index[node]:
            group = []
            while not group or group[-1] != node:
                group.append(stack.pop())
            if len(group) > 1:
                groups.append(sorted(group))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return groups


def check(sources: Mapping[str, tuple[str, str]], rules: Mapping[str, frozenset[str]]) -> list:
    """Everything wrong with the tree: forbidden arrows, then circles of modules."""
    found = imports(sources)
    return forbidden_arrows(found, rules) + [
        "circle: " + " -> ".join(group) for group in circles(found)
    ]


RULES = read_rules(DOC.read_text(encoding="utf-8"))
FLOORS = read_floors(DOC.read_text(encoding="utf-8"))
SOURCES = read_sources(REPO)


def test_the_tree_keeps_to_the_allowed_arrows() -> None:
    assert check(SOURCES, RULES) == []


def test_every_unit_is_declared_and_every_target_exists() -> None:
    units = {unit_of(m) for m in SOURCES} - {""}
    assert sorted(units - RULES.keys()) == [], "a new unit needs its line in the arrows block"
    assert sorted(RULES.keys() - units) == [], "the arrows block names a unit that is gone"
    named = {t for targets in RULES.values() for t in targets}
    assert sorted(t for t in named if f"{PACKAGE}.{t}" not in SOURCES) == []


def test_the_allowed_arrows_never_lead_back_up() -> None:
    rules_as_imports = [
        Import("docs/architecture.md", 0, unit, target.split(".")[0])
        for unit, targets in RULES.items()
        for target in targets
    ]
    assert circles(rules_as_imports) == []


def test_every_unit_stands_on_one_floor_and_the_arrows_lead_down() -> None:
    assert sorted(RULES.keys() ^ FLOORS.keys()) == [], "each unit has one floor and one line"
    assert arrows_off_the_floors(RULES, FLOORS) == []


def test_the_floor_check_fails_on_an_arrow_up_or_sideways() -> None:
    rules = {
        **RULES,
        "domain": RULES["domain"] | {"station"},
        "sync": RULES["sync"] | {"scanning"},
        "cli": RULES["cli"] | {"__main__"},  # entry is a chain: the circle test refuses this
    }
    assert arrows_off_the_floors(rules, FLOORS) == [
        "domain -> station leads up from the rules floor",
        "sync -> scanning leads sideways from the subsystems floor",
    ]


def planted(module: str, statement: str) -> dict[str, tuple[str, str]]:
    """The tree with `statement` added at the end of `module`."""
    path, text = SOURCES[module]
    return {**SOURCES, module: (path, f"{text}\n{statement}\n")}


def last_line(module: str) -> int:
    return SOURCES[module][1].count("\n") + 2


def arrows_only(problems: list[str]) -> list[str]:
    """The forbidden arrows of `check`'s answer (an upward import often closes circles too)."""
    return [p for p in problems if not p.startswith("circle: ")]


@pytest.mark.parametrize(
    ("module", "statement", "arrow"),
    [
        # upward: the pure domain reaching for the station
        ("inspector_app.domain.returns", "from inspector_app.station import Station", "station"),
        # sideways: labels taking a module of messages
        (
            "inspector_app.labels.layout",
            "import inspector_app.messages.catalog",
            "messages.catalog",
        ),
        # a type-only import is still an arrow
        (
            "inspector_app.wire",
            "if TYPE_CHECKING:\n    from inspector_app.records import returns_io",
            "records.returns_io",
        ),
        # the server never imports the bench
        ("inspector_app.server.app", "from inspector_app.storage.db import Database", "storage.db"),
    ],
)
def test_the_check_fails_on_a_planted_forbidden_import(
    module: str, statement: str, arrow: str
) -> None:
    path = SOURCES[module][0]
    line = last_line(module) + statement.count("\n")
    assert arrows_only(check(planted(module, statement), RULES)) == [
        f"{path}:{line}: {unit_of(module)} -> {arrow} is not an allowed arrow"
    ]


def test_the_check_fails_on_a_planted_circle() -> None:
    # records.verdict_wire already imports wire; wire importing it back closes a circle
    # (and is itself an upward arrow).
    tree = planted("inspector_app.wire", "from inspector_app.records import verdict_wire")
    assert check(tree, RULES) == [
        f"inspector_app/wire.py:{last_line('inspector_app.wire')}: "
        "wire -> records.verdict_wire is not an allowed arrow",
        "circle: inspector_app.records.verdict_wire -> inspector_app.wire",
    ]


def test_relative_imports_are_resolved_like_absolute_ones() -> None:
    tree = planted("inspector_app.domain.checklist.engine", "from ...station import Station")
    line = last_line("inspector_app.domain.checklist.engine")
    assert arrows_only(check(tree, RULES)) == [
        f"inspector_app/domain/checklist/engine.py:{line}: domain -> station "
        "is not an allowed arrow"
    ]
