"""The table the browser harness checks call arguments against (l3:api_misuse), built from the API model once per
Validator: class or namespace path -> method -> one code per parameter, for the parameters whose type a value can
certainly break. Parameters the index types loosely (any, object, DOM types, enums) are left out, and so are the
methods without a checkable parameter, so the harness wraps only what can report something.

A parameter's code is its alternatives joined by ``|``: ``n`` number, ``s`` string, ``b`` boolean, ``f`` function,
``0`` null/undefined, ``a`` an array (``N`` a typed one: number[], Tile[][]), ``P`` an array of points or typed
objects (a flat number array fails),
``C:<class>`` a Phaser class, ``K:<typedef>`` a typed config object (its keys in ``configs``). A leading ``*`` marks a
rest parameter. The categories follow contracts.js (the static layer): the two must agree on what is certain.
"""
from __future__ import annotations

import bisect
import re
from typing import Any

from modelcall.supplements.assets import strip_comments
from modelcall.validator.api_model import split_union

# typed config objects whose keys Phaser reads only from the documented list (+ these undocumented ones it also
# reads): an unknown key in them is certainly ignored (the same list as contracts.js CLOSED_CONFIGS)
CLOSED_CONFIGS: dict[str, list[str]] = {
    "Phaser.Types.GameObjects.Text.TextStyle": ["fill"],
    "Phaser.Types.Core.GameConfig": ["fx"],
    "Phaser.Types.Time.TimerEventConfig": [],
    "Phaser.Types.GameObjects.Particles.ParticleEmitterConfig": [],
    "Phaser.Types.Core.PhysicsConfig": ["impact"],
    "Phaser.Types.Physics.Arcade.ArcadeWorldConfig": ["customUpdate"],
}
TWEEN_CONFIG = "Phaser.Types.Tweens.TweenBuilderConfig"  # its other keys are target properties: tween_property
CREATOR = "Phaser.GameObjects.GameObjectCreator"
CREATOR_CONFIG = "Phaser.Types.GameObjects.GameObjectConfig"
# renderer internals a program does not call (their parameters are WebGL objects the index types loosely anyway)
_SKIP_OWNER = re.compile(r"^Phaser\.(Renderer|Types|Core\.(TimeStep|Config)|Device|DOM|Loader\.File)")
# vectors and matrices: Phaser calls their methods thousands of times a frame (bodies, transforms), so a wrapper there
# costs more than the rare wrong argument a program hands them directly
_HOT_OWNER = re.compile(r"^Phaser\.(Math\.(Vector[234]|Matrix[34]|Quaternion)|GameObjects\.Components\.TransformMatrix)$")


class _Categories:
    def __init__(self, types: dict[str, dict[str, Any]]):
        self.types = types
        self.configs: dict[str, dict[str, Any]] = {}

    def alt(self, text: str) -> str | None:
        """One alternative of a parameter type -> its code; None: anything may be right (the parameter is unchecked)."""
        a = text.strip()
        if a.startswith("(") and a.endswith(")"):
            a = a[1:-1].strip()
        if a in ("number", "integer"):
            return "n"
        if a == "string":
            return "s"
        if a == "boolean":
            return "b"
        if a in ("null", "undefined", "void"):
            return "0"
        if a == "Function" or re.match(r"^function\b", a):
            return "f"
        if a in ("array", "Array") or a.startswith("Array<"):
            return "a"
        if a.endswith("[]"):
            inner = self.alt(a[:-2])
            # an array of objects (flat numbers fail) | an array of anything else (number[], Tile[][]: any array)
            return "P" if inner and inner[0] in "CK" else "N"
        if a.startswith("Phaser."):
            name = re.sub(r"<.*>$", "", a)
            info = self.types.get(name)
            if not info:
                return None
            if info.get("kind") == "class":
                return "C:" + name
            if info.get("td") and info.get("cb"):
                return "f"
            if info.get("td") and info.get("inst"):
                return "K:" + name
        return None

    def param(self, spec: str, owner: str) -> str | None:
        text = spec
        rest = text.startswith("...")
        if rest:
            text = text[3:]
        if text.endswith("?"):
            text = text[:-1]
        codes = [self.alt(a) for a in split_union(text)]
        if not codes or None in codes:
            return None
        kinds = {c[0] for c in codes}
        # a value of any kind passes one of these: nothing to check (string | number | boolean takes every primitive)
        if kinds <= {"s", "n", "b", "0"} and {"s", "n"} <= kinds:
            return None
        if "b" in kinds and kinds <= {"b", "0"}:
            return None  # Phaser reads booleans by truthiness: any value works
        # 'array | Phaser.Geom.Point[]': the loose 'array' only restates the typed one
        if "P" in kinds and "a" in kinds:
            codes = [c for c in codes if c != "a"]
        for c in codes:
            if c.startswith("K:"):
                self.config(c[2:], owner)
        return ("*" if rest else "") + "|".join(dict.fromkeys(codes))

    def config(self, name: str, owner: str) -> None:
        """Record a typed config's keys (and its nested typed configs') for the harness's unknown-key check."""
        if name.endswith("Like"):
            return  # a shape Phaser reads a few fields of (Vector2Like: x and y), not a config: other keys are fine
        key = name + ("+creator" if owner == CREATOR else "")
        if key in self.configs:
            return
        entry: dict[str, Any] = {"closed": int(name in CLOSED_CONFIGS and owner != CREATOR), "keys": {}}
        self.configs[key] = entry
        if name == TWEEN_CONFIG:
            entry["tween"] = 1
        chain = [name] + ([CREATOR_CONFIG] if owner == CREATOR else [])
        for td in chain:
            for cls in self._ancestors(td):
                for k, m in (self.types.get(cls, {}).get("inst") or {}).items():
                    if k in entry["keys"]:
                        continue
                    nested = [self.alt(a) for a in split_union(str(m.get("ty") or "any"))]
                    if nested and all(c and c.startswith("K:") for c in nested) and len(nested) == 1:
                        entry["keys"][k] = nested[0][2:]
                        self.config(nested[0][2:], "")
                    else:
                        entry["keys"][k] = 0
        for k in CLOSED_CONFIGS.get(name, []):
            entry["keys"].setdefault(k, 0)

    def _ancestors(self, name: str) -> list[str]:
        out: list[str] = []
        stack = [name]
        while stack:
            cur = stack.pop()
            if cur in out or cur not in self.types:
                continue
            out.append(cur)
            stack.extend(self.types[cur].get("ext") or [])
        return out


def build_table(model: dict[str, Any]) -> dict[str, Any]:
    """API model (api_model.py) -> the harness's contract table: {"methods": {class: {name: [code|None, ...]}},
    "statics": {path: {name: [...]}}, "parents": {class: [parent classes]}, "configs": {typedef: {"closed", "keys"}}}.
    A method whose parameters read the same as on a parent class is listed only there (the harness merges them)."""
    types: dict[str, dict[str, Any]] = model.get("types", {})
    cats = _Categories(types)
    full: dict[str, dict[str, list[str | None]]] = {}
    statics: dict[str, dict[str, list[str | None]]] = {}
    for owner in sorted(types):
        info = types[owner]
        if _SKIP_OWNER.match(owner) or info.get("td"):
            continue
        for table, out in (("inst", full), ("stat", statics)):
            if table == "inst" and (info.get("kind") != "class" or _HOT_OWNER.match(owner)):
                continue
            for name, member in sorted((info.get(table) or {}).items()):
                if member.get("k") != "f" or member.get("reflected") or member.get("x") or not member.get("a"):
                    continue
                params = [cats.param(spec, owner) for spec in member["a"]]
                while params and params[-1] is None:
                    params.pop()
                if params:
                    out.setdefault(owner, {})[name] = params
    parents = {name: [p for p in types[name].get("ext") or [] if types.get(p, {}).get("kind") == "class"]
               for name in types if types[name].get("kind") == "class" and not _SKIP_OWNER.match(name)}
    methods: dict[str, dict[str, list[str | None]]] = {}
    for owner, entries in full.items():
        inherited: dict[str, list[str | None]] = {}
        for anc in cats._ancestors(owner)[1:]:
            for name, params in full.get(anc, {}).items():
                inherited.setdefault(name, params)
        own = {name: params for name, params in entries.items() if inherited.get(name) != params}
        if own:
            methods[owner] = own
    parents = {k: v for k, v in parents.items() if v and (k in full or any(p in full for p in v))}
    return {
        "version": model.get("version"),
        **_property_tables(types, cats),
        "methods": {_short(o): {n: _sig(p) for n, p in e.items()} for o, e in methods.items()},
        "statics": {_short(o): {n: _sig(p) for n, p in e.items()} for o, e in statics.items()},
        "parents": {_short(k): [_short(p) for p in v] for k, v in parents.items()},
        "configs": {_short(k): {"closed": v["closed"], **({"tween": 1} if v.get("tween") else {}),
                                "keys": {key: _short(n) if n else 0 for key, n in v["keys"].items()}}
                    for k, v in cats.configs.items()},
    }


# the objects whose properties the harness looks at after the run (display lists, their bodies, the cameras)
_WATCHED = re.compile(r"^Phaser\.(GameObjects\.(\w+\.)?[A-Z]\w*|Physics\.Arcade\.(Body|StaticBody|Sprite|Image)"
                      r"|Physics\.Matter\.(Sprite|Image)|Cameras\.Scene2D\.Camera|Tilemaps\.TilemapLayer)$")
# names that say "a setting of Phaser's" beyond the watched classes' members: style and body config keys, Phaser 2
_VOCAB_TYPEDEFS = ("Phaser.Types.GameObjects.Text.TextStyle", "Phaser.Types.Physics.Matter.MatterBodyConfig")
_PHASER2_NAMES = ("inputEnabled", "checkWorldBounds", "outOfBoundsKill", "fixedToCamera", "anchor", "smoothed",
                  "alive", "exists", "health", "maxHealth", "lifespan", "autoCull")


def _property_tables(types: dict[str, dict[str, Any]], cats: _Categories) -> dict[str, Any]:
    """"members": watched class -> every member name (inherited ones too); "vocab": a Phaser name -> one class or
    typedef that has it (the unread-property check names it)."""
    members: dict[str, list[str]] = {}
    vocab: dict[str, str] = {}
    for td in _VOCAB_TYPEDEFS:
        for n in types.get(td, {}).get("inst") or {}:
            vocab.setdefault(n, _short(td))
    for n in _PHASER2_NAMES:
        vocab.setdefault(n, "Phaser 2")
    for cls in sorted(types):
        if not _WATCHED.match(cls) or types[cls].get("kind") != "class":
            continue
        names: set[str] = set()
        for anc in cats._ancestors(cls):
            names.update(types.get(anc, {}).get("inst") or {})
        members[_short(cls)] = sorted(names)
        for n in types[cls].get("inst") or {}:
            vocab.setdefault(n, _short(cls))
    for names in members.values():
        for n in names:
            vocab.setdefault(n, "Phaser")
    return {"members": members, "vocab": vocab}


_WRITE = re.compile(r"((?:[A-Za-z_$][\w$]*\s*\.\s*)+)([A-Za-z_$][\w$]*)\s*=(?![=>])\s*"
                    r"(?:(-?\d+(?:\.\d+)?|true|false|'[^'\\\n]*'|\"[^\"\\\n]*\")\s*[;\n})]|)")


def unread_writes(code: str) -> dict[str, tuple[int, str, Any]]:
    """Property names the program only ever assigns (``a.b.name = v``) and mentions nowhere else (no read, no key,
    no string): name -> (line, the assigned path, the value when every write is one same literal, else None)."""
    bare = strip_comments(code)
    found: dict[str, tuple[int, str, Any]] = {}
    writes: dict[str, int] = {}
    for m in _WRITE.finditer(bare):
        name = m.group(2)
        writes[name] = writes.get(name, 0) + 1
        value = _literal(m.group(3))
        if name in found:
            if found[name][2] != value:
                found[name] = found[name][:2] + (None,)
            continue
        found[name] = (bare.count("\n", 0, m.start()) + 1, re.sub(r"\s+", "", m.group(1)) + name, value)
    unread = {}
    for n, w in found.items():
        mentions = [m.start() for m in re.finditer(r"(?<![\w$.])" + re.escape(n) + r"(?![\w$])|\.\s*" + re.escape(n) + r"(?![\w$])", bare)]
        keys = [m.start(1) for m in re.finditer(r"[{,]\s*(" + re.escape(n) + r")\s*:(?!:)", bare)]
        # a key of another object literal (a Text's style { fontSize: '32px' }) reads nothing, unless a tween's:
        # a tween reads its target's property
        if len(mentions) == writes[n] + sum(1 for k in keys if not _in_tween_config(bare, k)):
            unread[n] = w
    return unread


def _in_tween_config(code: str, at: int) -> bool:
    """The object-literal key at ``at`` sits (at any depth) in the arguments of a call named like a tween."""
    depth = 0
    for i in range(at - 1, max(-1, at - 4000), -1):
        ch = code[i]
        if ch in ")]}":
            depth += 1
        elif ch in "([{":
            if depth:
                depth -= 1
            elif ch == "(" and re.search(r"(tween|timeline|chain|counter)[\w.$]*\s*$", code[max(0, i - 40):i], re.I):
                return True
    return False


def _literal(text: str | None) -> Any:
    if not text:
        return None
    if text[0] in "'\"":
        return text[1:-1] if "\\" not in text else None
    return {"true": True, "false": False}.get(text, None) if text[0] in "tf" else float(text) if "." in text else int(text)


def _near(name: str, vocab: dict[str, str]) -> str | None:
    """A Phaser name this one is a slip of (another case, one letter off); None when none or several, except an axis
    pair (`scrollFactor` for scrollFactorX and scrollFactorY), which gives its X name."""
    if len(name) < 5:
        return None
    low = name.lower()
    hits = [v for v in vocab if v != name and abs(len(v) - len(name)) <= 1
            and (v.lower() == low or _one_edit(v, name))]
    if sorted(hits) == [name + "X", name + "Y"]:
        return name + "X"
    return hits[0] if len(hits) == 1 else None


def _one_edit(a: str, b: str) -> bool:
    if len(a) == len(b):
        diff = [i for i in range(len(a)) if a[i] != b[i]]
        return len(diff) == 1 or (len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]])
    if len(a) > len(b):
        a, b = b, a
    i = 0
    while i < len(a) and a[i] == b[i]:
        i += 1
    return a[i:] == b[i + 1:]


def unread_properties(table: dict[str, Any], code: str) -> dict[str, Any]:
    """The harness's part for one program: each unread written name that is Phaser's (or a slip of one), with the
    watched classes that have it; the harness reports it where a live object of another class holds it."""
    members, vocab = table.get("members") or {}, table.get("vocab") or {}
    props: dict[str, Any] = {}
    for name, (line, path, value) in unread_writes(code).items():
        like = None if name in vocab else _near(name, vocab)
        if name not in vocab and like is None:
            continue
        entry: dict[str, Any] = {"line": line, "path": path, "has": [c for c, ns in members.items() if _has(ns, name)]}
        if value is not None:
            entry["value"] = value
        if like:
            entry["like"] = like
        else:
            entry["owner"] = _owner_text(vocab[name])
        props[name] = entry
    return props


def _owner_text(owner: str) -> str:
    if owner == "Phaser 2":
        return "a Phaser 2 name"
    if owner.endswith("TextStyle"):
        return "a key of a Text's style, set with setStyle() or its setter"
    if owner.endswith("MatterBodyConfig"):
        return "Matter bodies have it"
    return owner.replace("GameObjects.", "") + " has it"


def _has(sorted_names: list[str], name: str) -> bool:
    i = bisect.bisect_left(sorted_names, name)
    return i < len(sorted_names) and sorted_names[i] == name


def _short(name: str) -> str:
    """'Phaser.Geom.Circle' -> 'Geom.Circle' (the harness resolves names under Phaser): a smaller table per page."""
    return name[7:] if name.startswith("Phaser.") else name


def _sig(params: list[str | None]) -> str:
    """['n', None, 'C:Phaser.Geom.Circle'] -> 'n,,C:Geom.Circle' (an empty code: the parameter is not checked)."""
    return ",".join("|".join(c[:2] + _short(c[2:]) if c[1:2] == ":" else c for c in (p or "").split("|")) if p else ""
                    for p in params)


# the names a program calls as methods (`.name(`, `.name.call(`): the same pattern as the harness's CALLED
CALLED = re.compile(r"\.\s*([A-Za-z_$][\w$]*)\s*(?:\(|\.\s*(?:call|apply|bind)\b)")
_CONFIG_REF = re.compile(r"K:([^|,]+)")


def by_name(table: dict[str, Any]) -> dict[str, list[tuple[str, str, str]]]:
    """The table's entries by method name: name -> [("methods" | "statics", owner, signature)]."""
    index: dict[str, list[tuple[str, str, str]]] = {}
    for part in ("methods", "statics"):
        for owner, entries in table.get(part, {}).items():
            for name, sig in entries.items():
                index.setdefault(name, []).append((part, owner, sig))
    return index


def for_program(table: dict[str, Any], code: str, index: dict[str, list[tuple[str, str, str]]] | None = None
                ) -> dict[str, Any]:
    """The part of the table one program can reach: the harness wraps only the methods the program calls by name,
    so the entries of other names (and the configs no kept entry refers to) need not travel to its page. The checks
    made are the same as with the whole table. ``index``: ``by_name(table)``, built once."""
    index = index if index is not None else by_name(table)
    kept: dict[str, dict[str, dict[str, str]]] = {"methods": {}, "statics": {}}
    wanted: list[str] = []
    for name in set(CALLED.findall(code)):
        for part, owner, sig in index.get(name, ()):
            kept[part].setdefault(owner, {})[name] = sig
            wanted.extend(_CONFIG_REF.findall(sig))
    configs = table.get("configs", {})
    wanted.append(CREATOR_CONFIG[7:])  # the harness checks the creator's configs against it too
    kept_configs: dict[str, Any] = {}
    while wanted:
        name = wanted.pop()
        if name in kept_configs or name not in configs:
            continue
        kept_configs[name] = configs[name]
        wanted.extend(n for n in configs[name].get("keys", {}).values() if n)
    part = {"version": table.get("version"), "methods": kept["methods"], "statics": kept["statics"],
            "parents": table.get("parents", {}), "configs": kept_configs}
    props = unread_properties(table, code)
    if props:
        part["props"] = props
        part["watched"] = sorted(table.get("members") or {})
    return part


def attach(pool: Any, table: dict[str, Any]) -> bool:
    """Give the pool the table: each program's harness then gets the part of it that program can reach
    (``for_program``), as JSON text with its start options (V8 reads a JSON string with JSON.parse in half the time
    it takes to compile the same object as a literal). Call it before the pool starts. False: the pool takes no
    table (the checks stay off)."""
    if not hasattr(pool, "contracts"):
        return False
    pool.contracts = table
    pool.contracts_by_name = by_name(table)
    return True
