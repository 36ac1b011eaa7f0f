"""Behaviour-preserving edits that make a program meet the seeds' structure: an empty ``preload`` where a
scene has ``create`` but no ``preload`` (many official examples load nothing and so omit it).

Each edit is named in the pair's ``edits`` list; a program whose scenes cannot be found is left as it is
(the validator then says what is missing).
"""
from __future__ import annotations

import re

from modelcall.supplements.assets import call_end, strip_comments

_SCENE_CLASS = re.compile(r"\bclass\s+\w+\s+extends\s+Phaser\s*\.\s*Scene\s*\{")
_SCENE_OBJECT = re.compile(r"\bscene\s*:\s*\{")
_METHOD = re.compile(r"(?:^|[\s;{}])(?:async\s+)?(preload|create)\s*\(")
_KEY = re.compile(r"(?:^|[\s,{])(preload|create)\s*(?=[:,}(])")


def _body_end(bare: str, open_brace: int) -> int:
    end = call_end(bare, open_brace)
    return end if end > 0 else len(bare)


def _top_level(body: str) -> str:
    """The body with nested braces blanked, so only its own members are seen."""
    out, depth = [], 0
    for ch in body:
        if ch == "{":
            depth += 1
        elif ch == "}":
            depth -= 1
        out.append(ch if depth == 0 and ch not in "{}" else " ")
    return "".join(out)


def _before_method(bare: str, at: int) -> tuple[int, str]:
    """An empty preload() placed just before the create method, in that method's indentation and brace style."""
    line_start = bare.rfind("\n", 0, at) + 1
    indent = re.match(r"[ \t]*", bare[line_start:at]).group(0)  # type: ignore[union-attr]
    brace = bare.find("{", at)
    if "\n" in bare[at:brace]:  # Allman: the brace on its own line
        return line_start, f"{indent}preload ()\n{indent}{{\n{indent}}}\n\n"
    return line_start, f"{indent}preload () {{}}\n\n"


def add_missing_preload(code: str) -> tuple[str, list[str]]:
    """(code, edits): an empty preload added to each scene class or scene config object that lacks one."""
    bare = strip_comments(code)
    inserts: list[tuple[int, str]] = []
    for m in _SCENE_CLASS.finditer(bare):
        open_brace = m.end() - 1
        body = _top_level(bare[open_brace + 1 : _body_end(bare, open_brace) - 1])
        members = {x.group(1): x.start(1) + open_brace + 1 for x in _METHOD.finditer(body)}
        if "create" in members and "preload" not in members:
            inserts.append(_before_method(bare, members["create"]))
    for m in _SCENE_OBJECT.finditer(bare):
        open_brace = m.end() - 1
        keys = {x.group(1) for x in _KEY.finditer(_top_level(bare[open_brace + 1 : _body_end(bare, open_brace) - 1]))}
        if "create" in keys and "preload" not in keys:
            inserts.append((open_brace + 1, " preload: function () {},"))
    if not inserts:
        return code, []
    for pos, text in sorted(inserts, reverse=True):
        code = code[:pos] + text + code[pos:]
    return code, [f"added_empty_preload: {len(inserts)} scene(s) had create() but no preload()"]
