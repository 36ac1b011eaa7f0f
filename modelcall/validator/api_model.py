"""The compact API model the Node worker resolves usages against, built from the API index (+ browser reflection).

Shape (JSON)::

    {"version": "3.90.0",
     "types":  {"Phaser.GameObjects.Graphics": {"kind": "class", "ext": [...],
                "inst": {"fillCircle": {"k": "f", "r": ["Phaser.GameObjects.Graphics"]}, ...},
                "stat": {...}}, ...},
     "events": {"Phaser.Input.Events.POINTER_DOWN": "pointerdown", ...}}

Member kinds: f (function; r = return types, a = the parameters' type strings, "?" ending an optional one, "..."
starting a rest one), p (property/const; t = value types), e (event constant; v = its string), c / n (a nested class /
namespace); a typedef's keys also keep ``ty``, their full type string. A class's own ``a`` is its constructor's; ``td`` marks a typedef (a typed config object, its keys in
``inst``), ``cb`` a callback typedef. The JSDoc dump misses members that are private but real at runtime
(``Phaser.Display.Color`` r/g/b); :mod:`modelcall.validator.reflect` adds them from live Phaser classes.
"""
from __future__ import annotations

import hashlib
import json
import re
from pathlib import Path
from typing import Any

from modelcall.io import atomic_write_text, read_jsonl

_GENERIC = re.compile(r"<.*>$")


def split_union(spec: str) -> list[str]:
    """'A | B<C | D> | {e: F | G}' -> ['A', 'B<C | D>', '{e: F | G}']: the top-level members of a union type."""
    parts: list[str] = []
    depth = 0
    part = ""
    for ch in spec:
        if ch in "<({":
            depth += 1
        elif ch in ">)}":
            depth -= 1
        if ch == "|" and depth == 0:
            parts.append(part.strip())
            part = ""
        else:
            part += ch
    parts.append(part.strip())
    return [p for p in parts if p]


def type_names(spec: str | None) -> list[str]:
    """'Phaser.A | Phaser.B<T> | null' -> ['Phaser.A', 'Phaser.B']; arrays and primitives dropped."""
    if not spec:
        return []
    out: list[str] = []
    parts = split_union(spec)
    for raw in parts:
        name = raw.strip()
        if not name or name.endswith("[]") or name.startswith("Array") or name.startswith("("):
            continue
        name = _GENERIC.sub("", name).strip()
        if name.startswith("Phaser.") or name == "Phaser":
            out.append(name)
    return out


_REMOVED_PATH = Path(__file__).with_name("data") / "removed_apis.json"
_REMOVED_HINT = re.compile(r"mistakenly call this|has been removed|was removed", re.I)


def removed_apis() -> dict[str, str]:
    """Symbols that are documented but only throw 'removed' at runtime (data/removed_apis.json)."""
    return json.loads(_REMOVED_PATH.read_text(encoding="utf-8"))


# parameters documented narrower than what the code takes: the factory's rope(..., points, horizontal, colors, alphas)
# says lists only, the Rope it makes also takes a number of segments and one colour and alpha for all (Rope#setPoints)
_PARAM_DOC_FIXES: dict[tuple[str, str], dict[int, str]] = {
    ("Phaser.GameObjects.GameObjectFactory", "rope"): {4: "number | Phaser.Types.Math.Vector2Like[]?", 6: "number | number[]?",
                                                       7: "number | number[]?"},
}


def build_model(index_records: list[dict[str, Any]], version: str, reflection: dict[str, Any] | None = None) -> dict[str, Any]:
    types: dict[str, dict[str, Any]] = {}
    removed = removed_apis()
    events: dict[str, str] = {}

    def type_entry(name: str) -> dict[str, Any]:
        return types.setdefault(name, {"kind": "namespace", "ext": [], "inst": {}, "stat": {}})

    for rec in index_records:
        kind = rec.get("kind")
        sid = rec.get("symbol_id") or ""
        owner = rec.get("owner") or ""
        name = rec.get("name") or ""
        if kind in ("class", "interface", "namespace"):
            entry = type_entry(sid)
            if kind == "class" or entry["kind"] == "class":
                entry["kind"] = "class"
            elif kind == "interface":
                entry["kind"] = "interface"
            entry["ext"] = [_GENERIC.sub("", e).strip() for e in rec.get("extends") or []]
            if kind == "class" and rec.get("params"):
                entry["a"] = _param_types(rec["params"])
            tags = rec.get("tags") or []
            if "typedef" in tags:
                entry["td"] = 1
                if "callback" in tags:
                    entry["cb"] = 1
            if owner:
                type_entry(owner)["stat"][name] = {"k": "c" if kind == "class" else "n"}
            continue
        if not owner:
            continue
        table = "stat" if rec.get("static") or sid == f"{owner}.{name}" else "inst"
        if kind in ("method", "function"):
            member = {"k": "f", "r": type_names(rec.get("returns"))}
            if rec.get("params"):
                member["a"] = _param_types(rec["params"])
        elif kind == "event":
            member = {"k": "e", "v": rec.get("event_name")}
            table = "stat"
            if rec.get("event_name") is not None:
                events[sid] = rec["event_name"]
        else:
            member = {"k": "p", "t": type_names(rec.get("type"))}
            if "typedef_property" in (rec.get("tags") or []):
                member["ty"] = rec.get("type") or "any"  # a config key: its full type, for nested contract checks
        note = removed.get(sid) or ("documented as removed" if _REMOVED_HINT.search(rec.get("summary") or "") else None)
        if note:
            member["x"] = note
        bucket = type_entry(owner)[table]
        if name not in bucket or bucket[name].get("k") in ("c", "n") and member["k"] == "p":
            bucket.setdefault(name, member)
    if reflection:
        apply_reflection(types, reflection)
    for (owner, name), fixes in _PARAM_DOC_FIXES.items():
        member = types.get(owner, {}).get("inst", {}).get(name)
        if member and member.get("a"):
            member["a"] = [fixes.get(i, spec) for i, spec in enumerate(member["a"])]
    # keep the classes mentioned as parents even when not documented
    for entry in list(types.values()):
        for parent in entry["ext"]:
            types.setdefault(parent, {"kind": "class", "ext": [], "inst": {}, "stat": {}})
    return {"version": version, "types": types, "events": events}


def _param_types(params: list[dict[str, Any]]) -> list[str]:
    """[{name, type, optional, rest}] -> ['number', 'string?', '...any']: the argument contract checks read these."""
    out = []
    for p in params:
        name = str(p.get("name") or "")
        if "." in name:  # a documented property of the previous (object) parameter, not an argument of its own
            continue
        text = str(p.get("type") or "any")
        out.append(("..." if p.get("rest") else "") + text + ("?" if p.get("optional") else ""))
    return out


def apply_reflection(types: dict[str, dict[str, Any]], reflection: dict[str, Any]) -> None:
    """Add members seen on live objects that the index lacks (their types stay unknown)."""
    for cls, names in (reflection.get("instance") or {}).items():
        entry = types.get(cls)
        if entry is None:
            continue
        known = _all_instance_members(types, cls)
        for name, kind in names.items():
            if name not in known:
                entry["inst"][name] = {"k": "f" if kind == "function" else "p", "t": [], "r": [], "reflected": True}
    for owner, names in (reflection.get("static") or {}).items():
        entry = types.get(owner)
        if entry is None:
            continue
        for name, kind in names.items():
            if name not in entry["stat"]:
                entry["stat"][name] = {"k": "f" if kind == "function" else "p", "t": [], "r": [], "reflected": True}


def _all_instance_members(types: dict[str, dict[str, Any]], cls: str) -> set[str]:
    seen: set[str] = set()
    names: set[str] = set()
    stack = [cls]
    while stack:
        current = stack.pop()
        if current in seen or current not in types:
            continue
        seen.add(current)
        names.update(types[current]["inst"])
        stack.extend(types[current]["ext"])
    return names


def ensure_model(
    index_path: str | Path,
    version: str,
    cache_dir: str | Path,
    reflection: dict[str, Any] | None = None,
) -> Path:
    """Build (or reuse) the model JSON for this index file + reflection; returns its path."""
    index_path = Path(index_path)
    stat = index_path.stat()
    key = hashlib.sha256(
        f"{index_path.resolve()}|{stat.st_size}|{stat.st_mtime_ns}|{version}|".encode()
        + json.dumps(reflection or {}, sort_keys=True).encode()
        + Path(__file__).read_bytes()
    ).hexdigest()[:16]
    out = Path(cache_dir) / f"api_model-{version}-{key}.json"
    if out.exists():
        return out
    records = list(read_jsonl(index_path))
    model = build_model(records, version, reflection)
    atomic_write_text(out, json.dumps(model, separators=(",", ":")))
    return out


def class_names(index_path: str | Path) -> list[str]:
    """Every documented class (the reflection walks these)."""
    return [r["symbol_id"] for r in read_jsonl(index_path) if r.get("kind") == "class"]


def namespace_names(index_path: str | Path) -> list[str]:
    return [r["symbol_id"] for r in read_jsonl(index_path) if r.get("kind") == "namespace"]
