"""The labelled test set (tests/data/validator): programs with expected verdicts, as candidate records."""
from __future__ import annotations

import json
from pathlib import Path
from typing import Any

DATA = Path(__file__).resolve().parents[1] / "data" / "validator"


def load_labelled() -> list[dict[str, Any]]:
    rows = []
    for line in (DATA / "labels.jsonl").read_text(encoding="utf-8").splitlines():
        if line.strip():
            rows.append(json.loads(line))
    return rows


def as_candidate(row: dict[str, Any]) -> dict[str, Any]:
    code = (DATA / row["file"]).read_text(encoding="utf-8")
    return {
        "request_id": row["name"],
        "prompt_id": row["name"],
        "variant": 0,
        "plan": {"requirements": [], "apis": row.get("plan_apis", []), "steps": [], "raw": ""},
        "code": code,
        "parse_ok": True,
        "prompt_meta": {"id": row["name"], "must_use_apis": row.get("must_use", []), "eval_hints": row.get("eval_hints", [])},
    }


def mismatches(row: dict[str, Any], record: dict[str, Any]) -> list[str]:
    """What differs between the expected verdict and the validated record (empty: right)."""
    exp = row["expect"]
    problems = []
    if record["passed"] != exp["passed"]:
        problems.append(f"passed={record['passed']} expected {exp['passed']} (reasons {record['reasons']})")
    for reason in exp.get("reasons", []):
        # 'l3:runtime_timeout' matches any phase; 'l3:runtime_error@input' only that phase
        if not any(got == reason or ("@" not in reason and got.startswith(reason + "@")) for got in record["reasons"]):
            problems.append(f"missing reason {reason} (got {record['reasons']})")
    warned = [w["layer"] + ":" + w["code"] for w in record["validation"]["warnings"]]
    for warning in exp.get("warnings", []):
        if warning not in warned:
            problems.append(f"missing warning {warning} (got {warned})")
    for hint, verdict in (exp.get("hints") or {}).items():
        got = (record["validation"]["hints"] or {}).get(hint)
        if got != verdict:
            problems.append(f"hint {hint!r}: {got} expected {verdict}")
    return problems
