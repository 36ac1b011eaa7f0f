"""The Phaser API index: every public symbol of one Phaser 3 release, built from its npm package.

Building: :func:`ensure_api_index` returns the path of the index JSONL for a version, building it
from ``node_modules/phaser/types/phaser.json`` (the JSDoc doclets) and ``types/phaser.d.ts`` (which
names interfaces and generic parents such as ``DisplayList extends List<GameObject>``) when the
file is missing. :func:`build_api_index` does the work and returns the records plus counts.

One record per symbol (DESIGN.md "api index entry" plus a few extra fields)::

    symbol_id       Phaser.Cameras.Scene2D.Camera#setBounds (instance: '#'), Phaser.Math.Between
                    (static / namespace member: '.'), the full name for classes and namespaces;
                    events are Phaser.Input.Events.POINTER_DOWN (the constant holding the name)
    name, kind      namespace | class | interface | method | property | function | const | event
    owner           the class / namespace / interface the symbol belongs to ('' for top level)
    signature       one line, e.g. "setBounds(x: number, ..., centerOn?: boolean): Phaser.Cameras.Scene2D.Camera"
    params          [{name, type, optional, rest}]      returns   type string or null ('this' resolved)
    type            properties, constants, events, interfaces: the value's type string or null
    inherited_from  the class that defines an inherited member (null when the owner defines it)
    extends         classes/interfaces: parent types, generic arguments kept ("Phaser.Structs.List<...>")
    static          true for static members of classes and namespace members
    event_name      events only: the string the event is emitted under ('pointerdown')
    summary         the first sentence of the documentation (retrieval uses it)
    tags            readonly, protected, deprecated, typedef, callback, mixin, generic:T, inherited...
    source          {version, file, line}

Reading (for the validator, retrieval, ...)::

    from modelcall.phaser.api_index import ensure_api_index, load_api_index
    index = load_api_index(ensure_api_index())          # cached per path + mtime
    index.get("Phaser.Math.Between")                    # record dict or None; also `sym in index`
    index.member("Phaser.Cameras.Scene2D.Camera", "setBounds")   # instance member first, then static
    index.members("Phaser.GameObjects.Sprite")          # {name: record}, inherited members included
    index.member_type("Phaser.Scene", "add")            # "Phaser.GameObjects.GameObjectFactory"
    index.resolve_chain("Phaser.Scene", ["physics", "add", "sprite"])   # records along the chain
    index.events_named("pointerdown")                   # event records emitted under that string
    index.by_name("setVelocity")                        # every record with that short name
    index.version, index.kind_counts(), len(index), iter(index)
"""
from __future__ import annotations

import functools
import json
import logging
import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from modelcall.errors import InputError
from modelcall.io import atomic_write_jsonl, read_jsonl

log = logging.getLogger(__name__)

DEFAULT_VERSION = "3.90.0"
KINDS = ("namespace", "class", "interface", "method", "property", "function", "const", "event")
CLASS_LIKE = ("class", "interface", "namespace")
_KIND_PRIORITY = {"class": 0, "interface": 1, "function": 2, "method": 2, "namespace": 3}


# ----------------------------------------------------------------------------- locating the package

def project_root() -> Path:
    """The checkout holding the modelcall package (where package.json and node_modules live)."""
    return Path(__file__).resolve().parents[2]


def find_phaser_package(package_dir: str | Path | None = None) -> Path:
    """The installed phaser package folder: ``package_dir`` if given, else node_modules/phaser
    under the project root or the current directory."""
    if package_dir is not None:
        candidates = [Path(package_dir)]
    else:
        candidates = [project_root() / "node_modules" / "phaser", Path.cwd() / "node_modules" / "phaser"]
    for candidate in candidates:
        if (candidate / "types" / "phaser.json").is_file():
            return candidate
    shown = ", ".join(str(c) for c in candidates)
    raise InputError(
        f"{shown}: no Phaser package with types/phaser.json found; run `npm ci` in the project root "
        "(scripts/setup.sh does it) or set phaser_package_dir to an installed phaser 3.x package"
    )


def package_version(package_dir: Path) -> str:
    try:
        return str(json.loads((package_dir / "package.json").read_text(encoding="utf-8"))["version"])
    except (OSError, ValueError, KeyError) as exc:
        raise InputError(f"{package_dir / 'package.json'}: cannot read the package version ({exc})") from None


def default_index_path(version: str = DEFAULT_VERSION) -> Path:
    """runs/cache/phaser_api-<version>.jsonl under the project root (a checkout) or the current directory."""
    root = project_root()
    base = root if (root / "package.json").is_file() else Path.cwd()
    return base / "runs" / "cache" / f"phaser_api-{version}.jsonl"


# ----------------------------------------------------------------------------- type strings

_ARRAY_RE = re.compile(r"Array\.<([^<>]*)>")
_GENERIC_DOT_RE = re.compile(r"\.<")
_STAR_RE = re.compile(r"(?<![\w*])\*(?![\w*])")


def normalize_type(names: list[str] | None) -> str | None:
    """JSDoc type names -> one TypeScript-like string: ``Array.<X>`` -> ``X[]``, ``*`` -> ``any``."""
    if not names:
        return None
    out = []
    for name in names:
        text = name
        while True:
            replaced = _ARRAY_RE.sub(lambda m: f"{m.group(1)}[]" if "," not in m.group(1) else f"Array<{m.group(1)}>", text)
            if replaced == text:
                break
            text = replaced
        text = _GENERIC_DOT_RE.sub("<", text)
        out.append(_STAR_RE.sub("any", text))
    return " | ".join(dict.fromkeys(out))


def _split_generic(spec: str) -> tuple[str, list[str]]:
    """``Phaser.Structs.List.<Phaser.GameObjects.GameObject>`` -> (``Phaser.Structs.List``, [arg])."""
    spec = spec.replace(".<", "<")
    if "<" not in spec:
        return spec.strip(), []
    base, _, rest = spec.partition("<")
    args = [a.strip() for a in rest.rstrip(">").split(",") if a.strip()]
    return base.strip(), args


# ----------------------------------------------------------------------------- phaser.d.ts

_DTS_DECL_RE = re.compile(
    r"^(?P<indent>\s*)(?:declare\s+)?(?:export\s+)?(?P<kw>namespace|class|interface)\s+"
    r"(?P<name>[A-Za-z_$][\w$.]*)(?P<generics><[^>{]*>)?(?P<rest>[^{]*)\{?\s*$"
)


@dataclass
class DtsDecl:
    kind: str
    extends: list[str] = field(default_factory=list)
    implements: list[str] = field(default_factory=list)
    generics: list[str] = field(default_factory=list)


def _split_top_level(text: str) -> list[str]:
    parts, depth, cur = [], 0, []
    for ch in text:
        if ch == "<":
            depth += 1
        elif ch == ">":
            depth -= 1
        if ch == "," and depth == 0:
            parts.append("".join(cur).strip())
            cur = []
        else:
            cur.append(ch)
    if "".join(cur).strip():
        parts.append("".join(cur).strip())
    return parts


def parse_dts(path: Path) -> dict[str, DtsDecl]:
    """Class/interface/namespace declarations of phaser.d.ts by full name, with extends/implements.

    The file is generated with one declaration per line and four-space indentation, so a stack of
    (indent, namespace) pairs is enough to know the full name of each declaration.
    """
    decls: dict[str, DtsDecl] = {}
    stack: list[tuple[int, str]] = []
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            match = _DTS_DECL_RE.match(line)
            if not match:
                continue
            indent = len(match.group("indent"))
            while stack and stack[-1][0] >= indent:
                stack.pop()
            name = match.group("name")
            full = ".".join([s[1] for s in stack] + [name])
            kind = match.group("kw")
            rest = match.group("rest") or ""
            if kind == "namespace" and full in decls:
                decl = decls[full]  # a class and its namespace share a name: the class wins
            else:
                decl = decls[full] = DtsDecl(kind=kind)
            if match.group("generics"):
                decl.generics = [g.strip().split(" ")[0] for g in _split_top_level(match.group("generics")[1:-1])]
            ext = re.search(r"\bextends\s+(.*?)(?:\bimplements\b|$)", rest)
            if ext:
                decl.extends = _split_top_level(ext.group(1).strip())
            imp = re.search(r"\bimplements\s+(.*)$", rest)
            if imp:
                decl.implements = _split_top_level(imp.group(1).strip())
            if kind == "namespace":
                stack.append((indent, name))
    return decls


# ----------------------------------------------------------------------------- building

_EVENT_VALUE_RE = re.compile(r"module\.exports\s*=\s*(['\"])(.*?)\1\s*;")


def _first_sentence(text: str | None, limit: int = 200) -> str:
    if not text:
        return ""
    flat = " ".join(text.replace("\r", " ").split())
    flat = re.sub(r"\{@link\s+([^}|\s]+)[^}]*\}", r"\1", flat)
    end = flat.find(". ")
    sentence = flat if end < 0 else flat[: end + 1]
    return sentence if len(sentence) <= limit else sentence[: limit - 1] + "…"


def _source_file(meta: dict[str, Any]) -> str:
    path = str(meta.get("path", "")).replace("\\", "/")
    idx = path.find("/src")
    rel = path[idx + 1:] if idx >= 0 else path.rsplit("/", 1)[-1]
    return f"{rel}/{meta.get('filename', '')}".lstrip("/")


def _params(doclet_params: list[dict[str, Any]] | None) -> list[dict[str, Any]]:
    out = []
    for p in doclet_params or []:
        name = str(p.get("name", ""))
        if not name or "." in name:  # config.x sub-properties describe an object parameter
            continue
        out.append({
            "name": name,
            "type": normalize_type((p.get("type") or {}).get("names")) or "any",
            "optional": bool(p.get("optional", False)),
            "rest": bool(p.get("variable", False)),
        })
    return out


def _param_list(params: list[dict[str, Any]]) -> str:
    parts = []
    for p in params:
        prefix = "..." if p["rest"] else ""
        mark = "?" if p["optional"] and not p["rest"] else ""
        parts.append(f"{prefix}{p['name']}{mark}: {p['type']}")
    return ", ".join(parts)


def make_signature(rec: dict[str, Any]) -> str:
    kind = rec["kind"]
    if kind in ("method", "function"):
        sig = f"{rec['name']}({_param_list(rec['params'])})"
        return sig + (f": {rec['returns']}" if rec.get("returns") else ": void")
    if kind == "class":
        return f"new {rec['symbol_id']}({_param_list(rec['params'])})"
    if kind == "event":
        args = _param_list(rec["params"])
        value = rec.get("event_name")
        return f"{rec['name']} = {value!r} → listener({args})" if value is not None else f"{rec['name']} → listener({args})"
    if kind in ("property", "const"):
        sig = f"{rec['name']}: {rec.get('type') or 'any'}"
        if kind == "const" and rec.get("value") is not None:
            sig += f" = {rec['value']}"
        return sig
    if kind == "interface":
        return f"interface {rec['symbol_id']}" + (f" = {rec['type']}" if rec.get("type") and "function" in rec.get("tags", []) else "")
    return f"namespace {rec['symbol_id']}"


@dataclass
class BuildResult:
    records: list[dict[str, Any]]
    version: str
    counts: dict[str, int]
    stats: dict[str, int]


class _Builder:
    def __init__(self, package_dir: Path, version: str):
        self.package_dir = package_dir
        self.version = version
        self.records: dict[str, dict[str, Any]] = {}
        self.generic_use: dict[str, list[tuple[str, str]]] = {}  # symbol -> [(type expr, $return|$type)]
        self.returns_this: set[str] = set()
        self.generic_params: dict[str, list[str]] = {}
        self.stats: Counter[str] = Counter()

    # -- one doclet -> one record
    def _kind(self, doclet: dict[str, Any], dts: dict[str, DtsDecl], class_names: set[str]) -> str:
        kind = doclet["kind"]
        longname = doclet["longname"]
        if kind == "class":
            return "class"
        if kind == "namespace":
            decl = dts.get(longname)
            return "interface" if decl is not None and decl.kind == "interface" else "namespace"
        if kind == "typedef":
            return "interface"
        if kind == "member":
            return "property"
        if kind == "constant":
            return "const"
        if kind == "event":
            return "event"
        owner = doclet.get("memberof", "")
        owner_is_type = owner in class_names or (dts.get(owner) is not None and dts[owner].kind in ("class", "interface"))
        return "method" if (doclet.get("scope") == "instance" or owner_is_type) else "function"

    def add_doclet(self, doclet: dict[str, Any], dts: dict[str, DtsDecl], class_names: set[str]) -> None:
        if doclet.get("undocumented") or doclet.get("ignore") or doclet.get("kind") not in (
            "class", "namespace", "typedef", "member", "constant", "event", "function"
        ):
            self.stats["skipped_doclets"] += 1
            return
        longname = doclet["longname"]
        owner = doclet.get("memberof", "") or ""
        name = str(doclet["name"])
        kind = self._kind(doclet, dts, class_names)
        symbol_id = f"{owner}.{name}" if kind == "event" and owner else longname
        tags: list[str] = []
        raw_type = normalize_type((doclet.get("type") or {}).get("names"))
        returns_names = ((doclet.get("returns") or [{}])[0].get("type") or {}).get("names")
        returns = normalize_type(returns_names)
        if returns == "this":
            returns = owner
            self.returns_this.add(symbol_id)
        if doclet.get("readonly"):
            tags.append("readonly")
        if doclet.get("access") in ("protected", "private"):
            tags.append(doclet["access"])
        if doclet.get("deprecated"):
            tags.append("deprecated")
        if doclet.get("override") or doclet.get("overrides"):
            tags.append("override")
        if doclet.get("inherited"):
            tags.append("inherited")
        if doclet["kind"] == "typedef":
            tags.append("typedef")
            if raw_type and "function" in raw_type:
                tags.append("callback")
        if kind == "interface" and doclet["kind"] == "namespace":
            tags.append("mixin")
        for tag in doclet.get("tags") or []:
            title = tag.get("title")
            if title == "generic":
                tags.append(f"generic:{tag.get('value')}")
                self.generic_params.setdefault(symbol_id, []).append(str(tag.get("value")))
            elif title == "genericuse":
                m = re.match(r"\{(.+?)\}\s*-\s*\[(\$\w+)\]", str(tag.get("value", "")))
                if m:
                    self.generic_use.setdefault(symbol_id, []).append((m.group(1), m.group(2)))
        inherits = doclet.get("inherits")
        inherited_from = None
        if doclet.get("inherited") and inherits:
            inherited_from = re.split(r"[#.](?=[^.#]*$)", inherits)[0]
        static = doclet.get("scope") == "static" and kind not in ("class", "namespace", "interface")
        meta = doclet.get("meta") or {}
        rec: dict[str, Any] = {
            "symbol_id": symbol_id,
            "name": name,
            "kind": kind,
            "owner": owner,
            "signature": "",
            "params": _params(doclet.get("params")) if kind in ("method", "function", "class", "event") else [],
            "returns": returns if kind in ("method", "function") else None,
            "type": raw_type if kind in ("property", "const", "event", "interface") else None,
            "inherited_from": inherited_from,
            "static": static,
            "tags": tags,
            "summary": _first_sentence(doclet.get("classdesc") or doclet.get("description")),
            "since": doclet.get("since"),
            "source": {"version": self.version, "file": _source_file(meta), "line": meta.get("lineno")},
        }
        if kind == "const" and doclet.get("defaultvalue") is not None:
            rec["value"] = doclet["defaultvalue"]
        if kind == "event":
            rec["event_name"] = self._event_value(meta)
        if kind == "class" or kind == "interface":
            augments = [normalize_type([a]) or a for a in doclet.get("augments") or []]
            decl = dts.get(symbol_id)
            if decl is not None:
                for parent in decl.extends + decl.implements:
                    if parent not in augments:
                        augments.append(parent)
            rec["extends"] = augments
        self._put(rec, doclet.get("properties") if doclet["kind"] == "typedef" else None)

    def _event_value(self, meta: dict[str, Any]) -> str | None:
        path = self.package_dir / _source_file(meta)
        try:
            match = _EVENT_VALUE_RE.search(path.read_text(encoding="utf-8"))
        except OSError:
            return None
        return match.group(2) if match else None

    def _put(self, rec: dict[str, Any], typedef_props: list[dict[str, Any]] | None) -> None:
        existing = self.records.get(rec["symbol_id"])
        if existing is not None:
            self.stats["merged_duplicates"] += 1
            keep, other = (existing, rec) if _KIND_PRIORITY.get(existing["kind"], 5) <= _KIND_PRIORITY.get(rec["kind"], 5) else (rec, existing)
            keep["tags"] = list(dict.fromkeys(keep["tags"] + [f"also_{other['kind']}"]))
            self.records[rec["symbol_id"]] = keep
        else:
            self.records[rec["symbol_id"]] = rec
        for prop in typedef_props or []:
            pname = str(prop.get("name", ""))
            if not pname or "." in pname:
                continue
            sid = f"{rec['symbol_id']}#{pname}"
            if sid in self.records:
                continue
            self.stats["typedef_properties"] += 1
            self.records[sid] = {
                "symbol_id": sid, "name": pname, "kind": "property", "owner": rec["symbol_id"], "signature": "",
                "params": [], "returns": None,
                "type": normalize_type((prop.get("type") or {}).get("names")) or "any",
                "inherited_from": None, "static": False,
                "tags": ["typedef_property"] + (["optional"] if prop.get("optional") else []),
                "summary": _first_sentence(prop.get("description")), "since": rec.get("since"),
                "source": dict(rec["source"]),
            }
            if prop.get("defaultvalue") is not None:
                self.records[sid]["value"] = prop["defaultvalue"]

    # -- inheritance the doclets leave out (generic parents such as List<GameObject>)
    def resolve_inheritance(self) -> None:
        members: dict[str, dict[str, dict[str, Any]]] = {}
        for rec in self.records.values():
            if "#" in rec["symbol_id"] and rec["kind"] in ("method", "property"):
                members.setdefault(rec["owner"], {})[rec["name"]] = rec
        done: set[str] = set()

        def visit(cls: str, trail: tuple[str, ...]) -> None:
            if cls in done or cls in trail:
                return
            rec = self.records.get(cls)
            if rec is None:
                return
            for spec in rec.get("extends") or []:
                base, args = _split_generic(spec)
                if base not in self.records:
                    continue
                visit(base, trail + (cls,))
                mapping = dict(zip(self.generic_params.get(base, []), args, strict=False))
                own = members.setdefault(cls, {})
                for name, member in list(members.get(base, {}).items()):
                    if name in own:
                        continue
                    copy = self._inherit(member, cls, base, mapping)
                    own[name] = copy
                    self.records[copy["symbol_id"]] = copy
                    self.stats["resolved_inherited"] += 1
            done.add(cls)

        for sym, rec in list(self.records.items()):
            if rec["kind"] in ("class", "interface") and rec.get("extends"):
                visit(sym, ())

    def _inherit(self, member: dict[str, Any], cls: str, base: str, mapping: dict[str, str]) -> dict[str, Any]:
        copy = json.loads(json.dumps(member))
        origin = member["symbol_id"]
        copy["symbol_id"] = f"{cls}#{member['name']}"
        copy["owner"] = cls
        copy["inherited_from"] = member.get("inherited_from") or base
        copy["tags"] = list(dict.fromkeys(member["tags"] + ["inherited", "resolved"]))
        if origin in self.returns_this:
            copy["returns"] = cls
            self.returns_this.add(copy["symbol_id"])
        for expr, target in self.generic_use.get(origin, []):
            concrete = expr
            for param, arg in mapping.items():
                concrete = re.sub(rf"\b{re.escape(param)}\b", arg, concrete)
            if concrete == expr:
                continue
            if target == "$return" and copy["kind"] in ("method", "function"):
                copy["returns"] = concrete
            elif target == "$type" and copy["kind"] == "property":
                copy["type"] = concrete
        if origin in self.generic_use:
            self.generic_use[copy["symbol_id"]] = self.generic_use[origin]
        return copy


def build_api_index(package_dir: str | Path | None = None, version: str | None = None) -> BuildResult:
    """Build every record from an installed phaser package; ``version`` (if given) must match it."""
    pkg = find_phaser_package(package_dir)
    found = package_version(pkg)
    if version is not None and found != version:
        raise InputError(
            f"{pkg / 'package.json'}: phaser {found} is installed but version {version} was asked for; "
            f"install it (npm install --save-exact phaser@{version}) or point phaser_package_dir at it"
        )
    json_path = pkg / "types" / "phaser.json"
    try:
        doclets = json.loads(json_path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise InputError(f"{json_path}: cannot read the JSDoc dump ({exc})") from None
    if not isinstance(doclets, list):
        raise InputError(f"{json_path}: expected a JSON array of doclets")
    dts_path = pkg / "types" / "phaser.d.ts"
    dts = parse_dts(dts_path) if dts_path.is_file() else {}
    builder = _Builder(pkg, found)
    class_names = {d["longname"] for d in doclets if d.get("kind") == "class"}
    for doclet in doclets:
        if not isinstance(doclet, dict) or "longname" not in doclet:
            builder.stats["skipped_doclets"] += 1
            continue
        builder.add_doclet(doclet, dts, class_names)
    builder.resolve_inheritance()
    records = sorted(builder.records.values(), key=lambda r: r["symbol_id"])
    for rec in records:
        rec["signature"] = make_signature(rec)
    counts = dict(sorted(Counter(r["kind"] for r in records).items()))
    stats = dict(builder.stats)
    stats["doclets"] = len(doclets)
    stats["dts_declarations"] = len(dts)
    return BuildResult(records=records, version=found, counts=counts, stats=stats)


def ensure_api_index(
    path: str | None = None,
    version: str = DEFAULT_VERSION,
    package_dir: str | Path | None = None,
    rebuild: bool = False,
) -> Path:
    """Path of the index JSONL for ``version``, built from the installed package when missing."""
    target = Path(path) if path else default_index_path(version)
    if target.is_file() and not rebuild:
        return target
    result = build_api_index(package_dir, version)
    atomic_write_jsonl(target, result.records)
    log.info("built the Phaser %s API index: %d entries -> %s", result.version, len(result.records), target)
    return target


# ----------------------------------------------------------------------------- reading

class ApiIndex:
    """Lookups over the index records (see the module docstring)."""

    def __init__(self, records: list[dict[str, Any]]):
        self._by_id: dict[str, dict[str, Any]] = {}
        self._members: dict[str, dict[str, dict[str, Any]]] = {}
        self._statics: dict[str, dict[str, dict[str, Any]]] = {}
        self._by_name: dict[str, list[dict[str, Any]]] = {}
        self._events: dict[str, list[dict[str, Any]]] = {}
        for rec in records:
            sid = rec["symbol_id"]
            self._by_id[sid] = rec
            self._by_name.setdefault(rec["name"], []).append(rec)
            if rec["kind"] in ("method", "property") and "#" in sid:
                self._members.setdefault(rec["owner"], {})[rec["name"]] = rec
            elif rec.get("owner"):
                self._statics.setdefault(rec["owner"], {})[rec["name"]] = rec
            if rec["kind"] == "event" and rec.get("event_name"):
                self._events.setdefault(rec["event_name"], []).append(rec)
        versions = Counter((r.get("source") or {}).get("version") for r in records)
        self.version: str | None = versions.most_common(1)[0][0] if versions else None

    def __len__(self) -> int:
        return len(self._by_id)

    def __contains__(self, symbol_id: object) -> bool:
        return symbol_id in self._by_id

    def __iter__(self) -> Iterator[dict[str, Any]]:
        return iter(self._by_id.values())

    def get(self, symbol_id: str) -> dict[str, Any] | None:
        return self._by_id.get(symbol_id)

    def kind_counts(self) -> dict[str, int]:
        return dict(sorted(Counter(r["kind"] for r in self._by_id.values()).items()))

    def members(self, owner: str, include_inherited: bool = True, static: bool = False) -> dict[str, dict[str, Any]]:
        """Instance members of a class/interface by name (or its static members with ``static=True``)."""
        table = (self._statics if static else self._members).get(owner, {})
        if include_inherited:
            return dict(table)
        return {n: r for n, r in table.items() if not r.get("inherited_from")}

    def member(self, owner: str, name: str) -> dict[str, Any] | None:
        """``owner#name`` if it exists, else the static ``owner.name``."""
        found = self._members.get(owner, {}).get(name)
        return found if found is not None else self._statics.get(owner, {}).get(name)

    def type_of(self, rec: dict[str, Any]) -> str | None:
        """The class-like symbol a record evaluates to (property type, method return), if known."""
        text = rec.get("returns") if rec["kind"] in ("method", "function") else rec.get("type")
        if rec["kind"] in ("class", "namespace", "interface"):
            return rec["symbol_id"]
        if not text:
            return None
        for alt in text.split(" | "):
            alt = alt.strip()
            if alt in self._by_id and self._by_id[alt]["kind"] in CLASS_LIKE:
                return alt
            base, _ = _split_generic(alt)
            if base in self._by_id and self._by_id[base]["kind"] in CLASS_LIKE:
                return base
        return None

    def member_type(self, owner: str, name: str) -> str | None:
        """Follow one step of a chain: ``member_type("Phaser.Scene", "add")`` -> GameObjectFactory."""
        rec = self.member(owner, name)
        return self.type_of(rec) if rec is not None else None

    def resolve_chain(self, start: str, names: list[str]) -> list[dict[str, Any] | None]:
        """Records along ``start.names[0].names[1]...``; ``None`` from the first unknown step on."""
        out: list[dict[str, Any] | None] = []
        current: str | None = start
        for name in names:
            rec = self.member(current, name) if current else None
            out.append(rec)
            current = self.type_of(rec) if rec is not None else None
        return out

    def by_name(self, name: str) -> list[dict[str, Any]]:
        return list(self._by_name.get(name, []))

    def events_named(self, event_name: str) -> list[dict[str, Any]]:
        return list(self._events.get(event_name, []))


@functools.lru_cache(maxsize=4)
def _load_cached(path: str, mtime_ns: int) -> ApiIndex:
    return ApiIndex(list(read_jsonl(path)))


def load_api_index(path: str | Path | None = None) -> ApiIndex:
    """Load an index JSONL (default: the 3.90.0 cache, built if missing); cached per path and mtime."""
    target = Path(path) if path else ensure_api_index()
    if not target.is_file():
        raise InputError(f"{target}: API index not found; run the api_index task (configs/tasks/phaser/api_index.yaml)")
    return _load_cached(str(target.resolve()), target.stat().st_mtime_ns)
