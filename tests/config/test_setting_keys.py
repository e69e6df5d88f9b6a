"""Every setting the code reads is declared, and the renamed and removed keys are declared
consistently, so a setting can change its name in a release without stopping any bench.

The code is read with ast rather than listed by hand: a hand list goes stale the day someone
reads a new key, which is exactly the mistake this test is for (Settings raises KeyError for an
undeclared key, but only when that line runs, perhaps on a bench).
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

from inspector_app.settings import BY_KEY, OPTIONS, REMOVED, RENAMED

REPO = Path(__file__).resolve().parents[2]
SECTIONS = {option.key.partition(".")[0] for option in OPTIONS}
KEY = re.compile(r"^([a-z]+)\.[a-z][a-z0-9_]*$")
READERS = {"get", "set", "source", "setdefault"}
"""Methods whose first argument is a key when called on Settings (or on a dict of values)."""


def places_a_key_is_named(tree: ast.AST) -> list[ast.Constant]:
    """String constants where code reads or names a setting key: `x["key"]`, `x.get("key")`
    (and set, source), `k == "key"`, a dict's keys, and the items of a set, list or tuple
    literal (groups of keys, e.g. the ones that restart the sync)."""
    places: list[ast.AST] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Subscript):
            places.append(node.slice)
        elif isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
            if node.func.attr in READERS and node.args:
                places.append(node.args[0])
        elif isinstance(node, ast.Compare):
            places.extend([node.left, *node.comparators])
        elif isinstance(node, ast.Dict):
            places.extend(key for key in node.keys if key is not None)
        elif isinstance(node, ast.Set | ast.List | ast.Tuple):
            places.extend(node.elts)
    return [p for p in places if isinstance(p, ast.Constant) and isinstance(p.value, str)]


def keys_in_code() -> dict[str, str]:
    """Each `section.name` string, of a declared section, that the package reads or names
    outside the declarations, with the first place it appears (path:line)."""
    found: dict[str, str] = {}
    declarations = REPO / "inspector_app" / "settings.py"
    for path in sorted((REPO / "inspector_app").rglob("*.py")):
        if path == declarations:
            continue
        for node in places_a_key_is_named(ast.parse(path.read_text(encoding="utf-8"))):
            match = KEY.match(node.value)
            if match and match.group(1) in SECTIONS:
                found.setdefault(node.value, f"{path.relative_to(REPO)}:{node.lineno}")
    return found


def test_every_setting_key_the_code_names_is_declared() -> None:
    found = keys_in_code()
    assert len(found) > len(OPTIONS) // 2  # the scan sees the code's settings at all
    undeclared = {key: where for key, where in found.items() if key not in BY_KEY}
    assert undeclared == {}, "declare these in settings.OPTIONS, or read them by their new name"


def test_renamed_and_removed_keys_are_declared_consistently() -> None:
    for old, new in RENAMED.items():
        assert old not in BY_KEY, f"{old} is renamed but still declared"
        assert new in BY_KEY, f"{old} is renamed to {new}, which is not declared"
    for old, why in REMOVED.items():
        assert old not in BY_KEY, f"{old} is removed but still declared"
        assert old not in RENAMED, f"{old} is both renamed and removed"
        assert why.strip(), f"say why {old} was removed: IT reads it in the warning"


def test_the_scan_sees_each_way_code_reads_a_key_and_not_other_dotted_strings() -> None:
    code = (
        'settings["server.adress"]\n'
        'settings.get("ui.sound")\n'
        'if key == "camera.fsp": pass\n'
        'RESTART = ("sync.every_s", "sync.proxy")\n'
        'Path("camera.avi")\n'
        'log.info("station.name")\n'
    )
    named = {node.value for node in places_a_key_is_named(ast.parse(code))}
    assert named == {"server.adress", "ui.sound", "camera.fsp", "sync.every_s", "sync.proxy"}
