"""Does a reverse-written prompt match its program? Read from the validator's verdict on the pair.

Every ``must_use_apis`` entry must be hit (L2), no ``eval_hint`` may be judged ``fail`` by L4 (``unknown`` is
allowed: no rule exists for it), and the plan's APIs must be used by the code (L4 plan consistency).
"""
from __future__ import annotations

from typing import Any


def mismatches(validated: dict[str, Any], min_plan_consistency: float) -> list[str]:
    """Problems of the prompt against the code, each ``code: detail``, in the teacher's language-neutral form."""
    v = validated.get("validation") or {}
    usage = v.get("api_usage") or {}
    problems = [f"must_use_missing: {api} is listed in must_use_apis but the program does not use it"
                for api in usage.get("must_use_misses") or []]
    for hint, verdict in (v.get("hints") or {}).items():
        if verdict == "fail":
            problems.append(f"hint_failed: the eval hint '{hint}' does not hold for the program")
    consistency = v.get("plan_consistency")
    if isinstance(consistency, (int, float)) and consistency < min_plan_consistency:
        problems.append(f"plan_api_mismatch: the program uses only {consistency:.0%} of the APIs the plan lists")
    return problems


def program_failures(validated: dict[str, Any]) -> list[str]:
    """Why the program itself fails (layers other than the prompt-dependent checks)."""
    out = []
    for err in (validated.get("validation") or {}).get("errors") or []:
        if err.get("code") in ("must_use_missing", "plan_inconsistent") or str(err.get("code", "")).startswith("hint"):
            continue
        out.append(f"{err.get('layer')}:{err.get('code')}")
    return list(dict.fromkeys(out))


def reason_code(reason: str) -> str:
    """The part of a reason before ':' (what the report counts)."""
    return reason.split(":", 1)[0].strip()
