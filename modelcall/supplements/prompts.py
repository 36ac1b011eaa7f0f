"""Teacher requests of the supplements task (reverse prompt, asset rewrite, one repair) and reading the answers.

Requests have the engine's shape (``request_id``, ``prompt_id``, ``messages``, ``gen``, ``meta``), so they go
through :func:`modelcall.generation.engine.generate_file` like any distillation request: rate limits, retries,
resume, batch API, dry-run cost.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from modelcall.errors import ConfigError
from modelcall.parsing.teacher import Plan, parse_plan_block

_CJK = re.compile(r"[\u4e00-\u9fff]")
_JSON_FENCE = re.compile(r"```(?:json|JSON)?[ \t]*\n(?P<body>\{.*?\})\s*\n```", re.S)
_PLAN = re.compile(r"\[\s*PLAN\s*\](?P<body>.*?)(?:\[\s*/\s*PLAN\s*\]|\Z)", re.S | re.I)
DIFFICULTIES = ("easy", "medium", "hard")
_TEMPLATE_KEYS = ("reverse_system", "reverse_user", "rewrite_system", "rewrite_user", "repair_user", "default_constraints")


@dataclass
class SupplementTemplate:
    name: str
    language: str
    texts: dict[str, Any]

    def fill(self, key: str, **values: str) -> str:
        text = str(self.texts[key])
        for name, value in values.items():
            text = text.replace("{" + name + "}", value)
        return text

    def constraints(self, placeholder: bool) -> list[str]:
        key = "placeholder_constraints" if placeholder and self.texts.get("placeholder_constraints") else "default_constraints"
        return [str(c) for c in self.texts[key]]


def load_template(path: str | Path) -> SupplementTemplate:
    p = Path(path)
    if not p.is_file():
        raise ConfigError(f"{path}: prompt template not found (template_path)")
    try:
        data = yaml.safe_load(p.read_text(encoding="utf-8"))
    except yaml.YAMLError as exc:
        raise ConfigError(f"{path}: not valid YAML ({str(exc).splitlines()[0]})") from None
    missing = [k for k in _TEMPLATE_KEYS if not isinstance(data, dict) or k not in data]
    if missing:
        raise ConfigError(f"{path}: the template lacks {', '.join(missing)}")
    return SupplementTemplate(str(data.get("name") or p.stem), str(data.get("language") or "zh"), data)


def bullet(items: list[str], empty: str = "-") -> str:
    return "\n".join(f"- {x}" for x in items) if items else empty


def example_text(seeds: list[dict[str, Any]]) -> str:
    """Seeds shown to the teacher for their style: only the fields it writes."""
    keys = ("task", "difficulty", "modules", "must_use_apis", "eval_hints")
    return "\n".join(json.dumps({k: s.get(k) for k in keys}, ensure_ascii=False) for s in seeds)


def _request(rid: str, prompt_id: str, system: str, user: str, kind: str, gen: dict[str, Any]) -> dict[str, Any]:
    return {
        "request_id": rid,
        "prompt_id": prompt_id,
        "variant": 0,
        "messages": [{"role": "system", "content": system}, {"role": "user", "content": user}],
        "gen": {k: v for k, v in gen.items() if v is not None},
        "meta": {"template": kind, "system_prefix_chars": len(system)},
    }


def reverse_request(prompt_id: str, code: str, area: str, path: str, constraints: list[str], examples: str,
                    template: SupplementTemplate, phaser_version: str, gen: dict[str, Any]) -> dict[str, Any]:
    values = {"PHASER_VERSION": phaser_version, "CODE": code.strip("\n"), "AREA": area, "PATH": path,
              "CONSTRAINTS": bullet(constraints), "EXAMPLES": examples or str(template.texts.get("no_examples") or "-")}
    return _request(f"{prompt_id}_rev", prompt_id, template.fill("reverse_system", **values),
                    template.fill("reverse_user", **values), "supplement_reverse", gen)


def rewrite_request(prompt_id: str, code: str, assets: list[str], template: SupplementTemplate, phaser_version: str,
                    gen: dict[str, Any]) -> dict[str, Any]:
    values = {"PHASER_VERSION": phaser_version, "CODE": code.strip("\n"), "ASSETS": bullet(assets)}
    request = _request(f"{prompt_id}_rw", prompt_id, template.fill("rewrite_system", **values),
                       template.fill("rewrite_user", **values), "supplement_rewrite", gen)
    request["meta"]["contract"] = "plan_block"
    return request


def repair_request(original: dict[str, Any], answer: str, problems: list[str], template: SupplementTemplate) -> dict[str, Any]:
    """The original conversation, the mismatched answer, and the problems: one more turn, same system prefix."""
    request = json.loads(json.dumps(original))
    request["request_id"] = f"{original['request_id']}_r1"
    request["messages"] = [*original["messages"][:2], {"role": "assistant", "content": answer},
                           {"role": "user", "content": template.fill("repair_user", PROBLEMS=bullet(problems))}]
    request["meta"]["template"] = "supplement_repair"
    return request


@dataclass
class ReversePrompt:
    seed: dict[str, Any] | None
    plan: Plan
    problems: list[str] = field(default_factory=list)


def _first_object(text: str) -> str | None:
    start = text.find("{")
    while start >= 0:
        depth, in_str, esc = 0, False, False
        for i in range(start, len(text)):
            ch = text[i]
            if in_str:
                esc = not esc and ch == "\\"
                if ch == '"' and not esc:
                    in_str = False
                elif ch != "\\":
                    esc = False
                continue
            if ch == '"':
                in_str = True
            elif ch == "{":
                depth += 1
            elif ch == "}":
                depth -= 1
                if depth == 0:
                    return text[start : i + 1]
        start = text.find("{", start + 1)
    return None


def _strings(value: Any) -> list[str] | None:
    if isinstance(value, str):
        return [value.strip()] if value.strip() else []
    if isinstance(value, list) and all(isinstance(v, (str, int, float)) for v in value):
        return [str(v).strip() for v in value if str(v).strip()]
    return None


def parse_reverse_answer(text: str | None, language: str) -> ReversePrompt:
    """The seed (``task, difficulty, modules, constraints, must_use_apis, eval_hints, tags``) and the plan; problems
    name what is missing or malformed (each one is a reason to repair the answer)."""
    text = (text or "").replace("\r\n", "\n")
    m = _JSON_FENCE.search(text)
    blob = m.group("body") if m else _first_object(text)
    plan_m = _PLAN.search(text)
    plan, _ = parse_plan_block(plan_m.group("body")) if plan_m else (Plan(), [])
    problems: list[str] = []
    if not plan_m:
        problems.append("plan_missing: no [PLAN] ... [/PLAN] block")
    elif not plan.apis:
        problems.append("plan_apis_missing: the plan's API: line is empty")
    if blob is None:
        return ReversePrompt(None, plan, ["seed_missing: no JSON object with the task", *problems])
    try:
        raw = json.loads(blob)
    except json.JSONDecodeError as exc:
        return ReversePrompt(None, plan, [f"seed_invalid_json: {exc.msg} at char {exc.pos}", *problems])
    if not isinstance(raw, dict):
        return ReversePrompt(None, plan, ["seed_invalid_json: not an object", *problems])
    seed: dict[str, Any] = {}
    task = raw.get("task")
    if not isinstance(task, str) or not task.strip():
        problems.append("task_missing: no task text")
    else:
        seed["task"] = task.strip()
        if language == "zh" and not _CJK.search(task):
            problems.append("task_language: the task is not written in Chinese")
        if language == "en" and len(_CJK.findall(task)) > len(task) // 4:
            problems.append("task_language: the task is not written in English")
    difficulty = str(raw.get("difficulty") or "").strip().lower()
    if difficulty not in DIFFICULTIES:
        problems.append(f"difficulty_invalid: {raw.get('difficulty')!r} (easy, medium or hard)")
    seed["difficulty"] = difficulty if difficulty in DIFFICULTIES else "medium"
    for key in ("modules", "constraints", "must_use_apis", "eval_hints", "tags"):
        items = _strings(raw.get(key, []))
        if items is None:
            problems.append(f"{key}_invalid: not a list of strings")
            items = []
        seed[key] = list(dict.fromkeys(items))
    if not seed["must_use_apis"]:
        problems.append("must_use_apis_missing: no must-use API")
    if not seed["eval_hints"]:
        problems.append("eval_hints_missing: no eval hint")
    return ReversePrompt(seed, plan, problems)
