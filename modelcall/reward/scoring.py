"""One completion's reward from its parsed answer and validated record: components in [0, 1], gates, total."""
from __future__ import annotations

import re
from typing import Any

from modelcall.reward.config import CODE_COMPONENTS, GATES, PLAN_COMPONENTS, RewardConfig

SAFETY_CODES = {"eval", "with", "node_import", "network"}
SYNTAX_CODES = {"syntax_error", "no_code"}
LINT_CODES = {"lint", "undefined_name"}
COMPONENTS = tuple(f"plan_{c}" for c in PLAN_COMPONENTS) + tuple(f"code_{c}" for c in CODE_COMPONENTS)
_FORMAT_BY_CONTRACT = {"plan_block": 1.0, "json_plan": 0.8, "code_only": 0.3}


def _ratio(hit: int, total: int, empty: float) -> float:
    return hit / total if total else empty


def _short(name: str) -> str:
    """'Phaser.GameObjects.GameObjectFactory#sprite' / 'this.add.sprite()' -> 'sprite' (case-folded)."""
    name = re.sub(r"\(.*$", "", str(name)).strip()
    return re.split(r"[.#]", name)[-1].lower() if name else ""


def _seed_list(meta: dict[str, Any], key: str) -> list[str]:
    value = meta.get(key)
    if isinstance(value, str):
        return [value] if value.strip() else []
    if isinstance(value, (list, tuple)):
        return [str(v) for v in value if v is not None and str(v).strip()]
    return []


def _length_band(code: str, low: int, high: int) -> float:
    lines = sum(1 for line in code.splitlines() if line.strip())
    if lines < low:
        return lines / low
    return high / lines if lines > high else 1.0


def components(record: dict[str, Any], cfg: RewardConfig) -> dict[str, float]:
    """Every component of the design, each in [0, 1], from a validated record (+ the parse fields)."""
    validation = record.get("validation") or {}
    layers = record.get("layers") or {}
    meta = record.get("prompt_meta") if isinstance(record.get("prompt_meta"), dict) else {}
    plan = record.get("plan") if isinstance(record.get("plan"), dict) else {}
    usage = validation.get("api_usage") or {}
    errors = validation.get("errors") or []
    must_use = _seed_list(meta, "must_use_apis")
    unknown = cfg.unknown_value
    has_plan = record.get("contract") in ("plan_block", "json_plan") and any(plan.get(k) for k in ("requirements", "apis", "steps"))
    code = record.get("code") or ""

    plan_apis = {_short(a) for a in plan.get("apis") or []} if has_plan else set()
    consistency = validation.get("plan_consistency")
    parts = {
        "plan_structure": sum(bool(plan.get(k)) for k in ("requirements", "apis", "steps")) / 3 if has_plan else 0.0,
        "plan_api_coverage": (_ratio(sum(_short(m) in plan_apis for m in must_use), len(must_use), 1.0)
                              if has_plan else 0.0),
        "plan_consistency": float(consistency) if has_plan and isinstance(consistency, (int, float)) else 0.0,
    }
    if not code.strip() or not validation.get("parse_ok"):
        parts.update({f"code_{c}": 0.0 for c in CODE_COMPONENTS})
        parts["code_format"] = 0.0
        return parts

    verdicts = [str(v) for v in (validation.get("hints") or {}).values()]
    known = sum(v in ("pass", "fail") for v in verdicts)
    hits, misses = len(usage.get("hits") or []), len(usage.get("misses") or [])
    must_hit, must_miss = len(usage.get("must_use_hits") or []), len(usage.get("must_use_misses") or [])
    runtime = validation.get("runtime") or {}
    if layers.get("l3") is True:
        run_score = 1.0
    elif layers.get("l3") is False:
        frames = runtime.get("frames") or 0
        run_score = 0.5 * min(1.0, frames / max(cfg.validator.runtime.frames, 1))
    else:
        run_score = unknown
    lint_findings = sum(1 for e in errors if e.get("layer") == "l1" and e.get("code") in LINT_CODES)
    warnings = len(validation.get("warnings") or [])
    quality = (max(0.0, 1 - lint_findings / 5) + _length_band(code, *cfg.length_lines) + max(0.0, 1 - warnings / 5)) / 3
    parse_warnings = [w for w in record.get("parse_warnings") or [] if not str(w).startswith("truncated")]
    fmt = max(0.0, _FORMAT_BY_CONTRACT.get(record.get("contract") or "", 0.0) - 0.15 * len(parse_warnings))
    parts.update({
        "code_functional": _ratio(sum(v == "pass" for v in verdicts), known, unknown),
        "code_api_accuracy": _ratio(hits, hits + misses, 0.0) * _ratio(must_hit, must_hit + must_miss, 1.0),
        "code_runtime": run_score,
        "code_quality": quality,
        "code_format": fmt,
    })
    return parts


def fired_gates(record: dict[str, Any]) -> list[str]:
    """Names of the gate conditions that hold for a validated record (the config decides what each does)."""
    validation = record.get("validation") or {}
    layers = record.get("layers") or {}
    codes = {e.get("code") for e in validation.get("errors") or [] if e.get("layer") == "l1"}
    fired = []
    if not (record.get("code") or "").strip() or not validation.get("parse_ok") or codes & SYNTAX_CODES:
        fired.append("parse_failure")
    if codes & SAFETY_CODES:
        fired.append("unsafe")
    if layers.get("l3") is False:
        fired.append("runtime_crash")
    structure = validation.get("structure") or {}
    if "parse_failure" not in fired and (
        "too_short" in codes or not all(structure.get(k) for k in ("has_game", "has_scene", "has_create"))
    ):
        fired.append("not_a_game")
    meta = record.get("prompt_meta") if isinstance(record.get("prompt_meta"), dict) else {}
    usage = validation.get("api_usage") or {}
    if _seed_list(meta, "must_use_apis") and not usage.get("must_use_hits") and "parse_failure" not in fired:
        fired.append("must_use_missing")
    verdicts = [str(v) for v in (validation.get("hints") or {}).values()]
    if "parse_failure" not in fired and "fail" in verdicts and "pass" not in verdicts:
        fired.append("hints_failed")
    canvas = (validation.get("runtime") or {}).get("canvas") or {}
    if layers.get("l3") is True and canvas.get("blank") is True:
        fired.append("nothing_visible")
    return fired


def weighted(parts: dict[str, float], weights: dict[str, float], prefix: str) -> float:
    total = sum(weights.values())
    return sum(w * parts[f"{prefix}_{name}"] for name, w in weights.items()) / total if total > 0 else 0.0


def reward_of(record: dict[str, Any], cfg: RewardConfig) -> dict[str, Any]:
    """``{total, raw_total, plan, code, components, gates, validation}`` for one validated record."""
    parts = components(record, cfg)
    w = cfg.weights
    plan = weighted(parts, w.plan_parts.model_dump(), "plan")
    code = weighted(parts, w.code_parts.model_dump(), "code")
    raw = (w.plan * plan + w.code * code) / (w.plan + w.code)
    total = raw
    fired = []
    for name in fired_gates(record):
        gate = getattr(cfg.gates, name)
        if gate.action == "off":
            continue
        fired.append(name)
        total = 0.0 if gate.action == "zero" else min(total, gate.cap)
    validation = record.get("validation") or {}
    runtime = validation.get("runtime") or {}
    return {
        "total": round(total, 6),
        "raw_total": round(raw, 6),
        "plan": round(plan, 6),
        "code": round(code, 6),
        "components": {k: round(v, 6) for k, v in parts.items()},
        "gates": fired,
        "validation": {
            "passed": bool(record.get("passed")),
            "layers": record.get("layers") or {},
            "reasons": (record.get("reasons") or [])[:8],
            "runtime_ms": runtime.get("ms"),
            "frames": runtime.get("frames"),
            "screenshot": runtime.get("screenshot"),
        },
    }


__all__ = ["COMPONENTS", "GATES", "components", "fired_gates", "reward_of"]
