"""L2: API truth. Usages come from the Node worker (resolved against the API model); here they become verdicts:
hallucinated or removed APIs, must_use hits/misses (loose names met by the usual call), physics used without
physics configured, and argument contracts (contracts.js): arguments Phaser would accept silently and do nothing
with; certain ones fail per ``misuse_rules``, uncertain ones warn."""
from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from modelcall.validator.config import ApiConfig
from modelcall.validator.layers.base import Issue, LayerResult, Sample

EQUIVALENTS_PATH = Path(__file__).resolve().parents[1] / "data" / "must_use_equivalents.json"


def must_use_equivalents() -> dict[str, list[str]]:
    """A seed's must_use name -> the usages that also meet it."""
    raw = json.loads(EQUIVALENTS_PATH.read_text(encoding="utf-8"))
    return {k: v for k, v in raw.items() if not k.startswith("_")}


# findings about looks only, by the fix they name: kept as errors where the task asks for that look (or names no task)
_LOOKS_ONLY = {
    "setTintFill(0xffffff)": re.compile(r"flash|blink|glow|highlight|white|hit|damage|hurt|invulnerab|invincib|"
                                        r"受击|受伤|闪|变白|白色|高亮|无敌", re.I),
}


class ApiFacts:
    """The parts of the API model the Python side needs (event strings, which names are types)."""

    def __init__(self, model: dict[str, Any]):
        self.events: dict[str, str] = model.get("events", {})
        self.types: dict[str, str] = {name: info.get("kind", "namespace") for name, info in model.get("types", {}).items()}
        self.parents: dict[str, list[str]] = {name: list(info.get("ext") or []) for name, info in model.get("types", {}).items()}
        self.equivalents = must_use_equivalents()

    def ancestors(self, name: str) -> set[str]:
        """The classes ``name`` extends, transitively (not ``name`` itself)."""
        out: set[str] = set()
        queue = list(self.parents.get(name, []))
        while queue:
            parent = queue.pop()
            if parent not in out:
                out.add(parent)
                queue.extend(self.parents.get(parent, []))
        return out

    def event_value(self, name: str) -> str | None:
        if name in self.events:
            return self.events[name]
        owner, _, const = name.rpartition(".")
        return self.events.get(f"{owner}.{const}")


def _normalize(name: str) -> str:
    name = name.strip().split("(")[0].strip()
    if name.startswith("this."):
        name = name[5:]
    return name


# a name the program writes as code: a property (body.checkCollision), a config key (deathZone: ...), a call; comments
# and strings left out
_COMMENT_OR_STRING = re.compile(r"/\*[\s\S]*?\*/|//[^\n]*|'(?:\\.|[^'\\\n])*'|\"(?:\\.|[^\"\\\n])*\"|`(?:\\.|[^`\\])*`")


def _written_in_code(word: str, code: str) -> bool:
    bare = _COMMENT_OR_STRING.sub(" ", code)
    return re.search(rf"(?<![\w$]){re.escape(word)}(?![\w$])", bare) is not None


# callback parameters a seed may name: met by a call that passes that argument (the 4th of collider() is its process
# callback)
_PARAMETER_WORDS = {
    "processCallback": (("collider", "overlap"), 4),
    "collideCallback": (("collider", "overlap"), 3),
    "overlapCallback": (("overlap",), 3),
}


def _called_with(code: str, methods: tuple[str, ...], count: int) -> bool:
    """Whether the code calls one of ``methods`` with at least ``count`` arguments (the first of them not null)."""
    bare = _COMMENT_OR_STRING.sub("0", code)
    for m in re.finditer(rf"\.({'|'.join(methods)})\s*\(", bare):
        depth, args, i, last = 1, [], m.end(), m.end()
        while i < len(bare) and depth:
            ch = bare[i]
            if ch in "([{":
                depth += 1
            elif ch in ")]}":
                depth -= 1
            if (ch == "," and depth == 1) or depth == 0:
                args.append(bare[last:i].strip())
                last = i + 1
            i += 1
        if len(args) >= count and args[count - 1] not in ("", "null", "undefined"):
            return True
    return False


_JS_BUILTINS = {"Map", "Set", "WeakMap", "WeakSet", "Array", "Math", "JSON", "Promise", "Date", "Object", "Number", "String",
                "localStorage", "sessionStorage", "requestAnimationFrame", "setTimeout", "setInterval", "Symbol"}


def must_use_met(name: str, api: dict[str, Any], facts: ApiFacts, code: str = "") -> bool:
    """A seed's loose name is met by the usual usage: a class by any value of that type or member on it, an event
    constant by a listener on its string, a member by its symbol, plus the equivalents table."""
    name = _normalize(name)
    if not name:
        return True
    hits: set[str] = set(api.get("hits") or [])
    produced: set[str] = set(api.get("produced") or [])
    referenced: set[str] = set(api.get("referenced") or [])
    events: set[str] = set(api.get("events") or [])
    calls: set[str] = set(api.get("calls") or [])
    candidates = [name] if name.startswith("Phaser") else [name, "Phaser." + name]
    # 'Phaser.Time.Clock.addEvent' written for the member 'Phaser.Time.Clock#addEvent'
    candidates += ["{}#{}".format(*full.rsplit(".", 1)) for full in list(candidates) if "#" not in full and "." in full]
    for full in candidates:
        if full in hits or full in produced or full in referenced:
            return True
        if any(h.startswith(full + "#") or h.startswith(full + ".") for h in hits):
            return True
        # a value of a subclass meets its parent class (a Rectangle is a Shape, a WebAudioSound a BaseSound)
        if facts.types.get(full) == "class" and any(full in facts.ancestors(c) for c in produced):
            return True
        value = facts.event_value(full)
        if value is not None and value in events:
            return True
        for alt in facts.equivalents.get(full, []):
            if alt.startswith("event:") and alt[6:] in events:
                return True
            if alt.startswith("call:") and alt[5:] in calls:
                return True
            if alt in hits:
                return True
    # a JavaScript built-in asked for by name (Map, Set, JSON, localStorage): met by the code's own use of it
    if name in _JS_BUILTINS and code and re.search(rf"(?<![\w$.]){re.escape(name)}\s*[.(]|\bnew\s+{re.escape(name)}\b", code):
        return True
    # 'Scene.update' / 'GameObjectFactory#graphics' style: the member's short name was used on a matching owner
    short = name.replace("#", ".").split(".")
    if len(short) >= 2 and not name.startswith("Phaser"):
        owner, member = short[-2], short[-1]
        if any(h.endswith(f"{owner}#{member}") or h.endswith(f"{owner}.{member}") for h in hits):
            return True
    # a bare word ('registry', 'startFollow', 'pointermove') or a path from the scene ('time.addEvent', 'add.follower',
    # 'physics.add.group'): a member, class or event of that last name was used
    if not name.startswith("Phaser") and short[-1]:
        last = short[-1]
        if last in events or any(h.endswith(f"#{last}") or h.endswith(f".{last}") for h in [*hits, *produced, *referenced]):
            return True
        # an event family met through its per-key form ('changedata' by 'changedata-score', 'keydown' by 'keydown-SPACE')
        if any(e.startswith(last + "-") for e in events):
            return True
        # a method called on a value whose type the analysis lost (b.setDamping(true).setDrag(0.3) on a body got from a
        # callback): the call by that name is the usage the seed asks for
        if last[:1].islower() and last in calls:
            return True
        # a bare member name the seed asks for, written as a property or a config key (body.checkCollision.down = false,
        # { deathZone: ... }): the analysis sees calls and types, not every key
        if "." not in name and "#" not in name and last[:1].islower() and code and _written_in_code(last, code):
            return True
        if last in _PARAMETER_WORDS and code and _called_with(code, *_PARAMETER_WORDS[last]):
            return True
    return False


def _met_only_in_dead_code(name: str, api: dict[str, Any], facts: ApiFacts, code: str) -> bool:
    """A must-use name met by the whole program but not by its live part: the functions nothing calls taken out."""
    live, dead = api.get("live"), api.get("dead_code") or []
    if not live or not dead:
        return False
    lines = code.split("\n")
    for d in dead:
        if not d.get("first") or not d.get("last"):
            continue
        (l0, c0), (l1, c1) = d["first"], d["last"]
        if not 1 <= l0 <= l1 <= len(lines):
            continue
        if l0 == l1:
            lines[l0 - 1] = lines[l0 - 1][:c0] + lines[l0 - 1][c1:]
            continue
        lines[l0 - 1] = lines[l0 - 1][:c0]
        for i in range(l0, l1 - 1):
            lines[i] = ""
        lines[l1 - 1] = lines[l1 - 1][c1:]
    return not must_use_met(name, {**api, **live}, facts, "\n".join(lines))


class ApiLayer:
    name = "l2"

    def __init__(self, cfg: ApiConfig, facts: ApiFacts):
        self.cfg = cfg
        self.facts = facts

    def check(self, sample: Sample) -> LayerResult:
        static = sample.static or {}
        api = static.get("api")
        if not static.get("parse_ok") or api is None:
            usage = {"hits": [], "misses": [], "must_use_hits": [], "must_use_misses": list(sample.must_use)}
            reason = static.get("api_error") or "not analysed (the code does not parse)"
            return LayerResult(None if not static.get("api_error") else False,
                               [Issue("l2", "analysis_failed", reason[:300])] if static.get("api_error") else [],
                               data={"api_usage": usage})
        errors: list[Issue] = []
        warnings: list[Issue] = []
        hits = api.get("hits") or []
        misses = api.get("misses") or []
        for miss in misses:
            if miss.get("removed"):
                errors.append(Issue("l2", "removed_api", f"{miss['symbol']}: {miss.get('note') or 'removed'}", miss.get("line")))
            else:
                errors.append(Issue("l2", "hallucinated_api", f"{miss['symbol']} does not exist in Phaser {self.cfg.phaser_version}", miss.get("line")))
        total = len(hits) + len(misses)
        miss_rate = len(misses) / total if total else 0.0
        too_many = miss_rate > self.cfg.max_miss_rate or (self.cfg.max_misses is not None and len(misses) > self.cfg.max_misses)
        if not too_many:
            warnings.extend(errors)
            errors = []
        mu_hits = [m for m in sample.must_use if must_use_met(m, api, self.facts, sample.code)]
        dead_only = [m for m in mu_hits if _met_only_in_dead_code(m, api, self.facts, sample.code)]
        mu_hits = [m for m in mu_hits if m not in dead_only]
        mu_misses = [m for m in sample.must_use if m not in mu_hits]
        for m in mu_misses:
            if m in dead_only:
                dead = api["dead_code"][0]
                names = ", ".join(f"{d['name']}() (line {d['line']})" for d in api["dead_code"][:3])
                issue = Issue("l2", "must_use_missing", f"must-use API {m} is used only in {names}, which nothing in the program calls", dead.get("line"))
            else:
                issue = Issue("l2", "must_use_missing", f"must-use API {m} is not used")
            (errors if self.cfg.require_must_use else warnings).append(issue)
        if self.cfg.check_physics_config and api.get("physics_uses") and not api.get("physics_configured"):
            line = api["physics_uses"][0].get("line")
            errors.append(Issue("l2", "physics_not_enabled", "this.physics is used but no physics is configured (game or scene config)", line))
        for bad in api.get("misuse") or []:
            kind = bad.get("code")
            gate = self.cfg.misuse_rules.get(kind, "hard")
            if gate == "off":
                continue
            extra = {"kind": kind, "expected": bad.get("expected"), "certain": bad.get("certain", True)}
            issue = Issue("l2", "api_misuse", bad["message"], bad.get("line"), extra)
            hard = self.cfg.check_misuse and gate == "hard" and bad.get("certain", True)
            # a slip that only changes looks the task never asks for (a white tint "flash") is a warning there
            asked = _LOOKS_ONLY.get(bad.get("expected") or "")
            if asked is not None and sample.task and not asked.search(sample.task):
                hard = False
            (errors if hard else warnings).append(issue)
        usage = {
            "hits": hits,
            "misses": [m["symbol"] for m in misses],
            "must_use_hits": mu_hits,
            "must_use_misses": mu_misses,
            "miss_rate": round(miss_rate, 4),
        }
        return LayerResult(not errors, errors, warnings, data={"api_usage": usage})
