"""One alpaca record per kept candidate: instruction/input/system from the template, output in the contract."""
from __future__ import annotations

import json
from typing import Any, Literal

from modelcall.sft.templates import SftTemplate

Contract = Literal["plan_block", "json_plan"]


def _items(plan: dict[str, Any], key: str) -> list[str]:
    value = plan.get(key) or []
    if isinstance(value, str):
        return [value] if value.strip() else []
    return [str(v).strip() for v in value if str(v).strip()]


def render_output(plan: dict[str, Any] | str | None, code: str, contract: Contract) -> str:
    """The assistant answer: the plan then the code, in the teacher contract the model should learn."""
    if isinstance(plan, str):
        plan = {"raw": plan}
    plan = plan or {}
    requirements, apis, steps = _items(plan, "requirements"), _items(plan, "apis"), _items(plan, "steps")
    code = code.strip("\n")
    if contract == "json_plan":
        body = {"requirements": requirements, "apis": apis, "steps": steps}
        return f"plan: {json.dumps(body, ensure_ascii=False)}\ncode:\n{code}\n"
    if requirements or apis or steps:
        lines = [f"REQ: {'; '.join(requirements)}", f"API: {', '.join(apis)}", "STEPS:"]
        lines += [f"{i}. {step}" for i, step in enumerate(steps, 1)]
        plan_text = "\n".join(lines)
    else:
        plan_text = str(plan.get("raw") or "").strip()
    return f"[PLAN]\n{plan_text}\n[/PLAN]\n\n```javascript\n{code}\n```"


def seed_of(record: dict[str, Any]) -> dict[str, Any]:
    meta = record.get("prompt_meta")
    return meta if isinstance(meta, dict) else {}


def build_record(
    record: dict[str, Any],
    template: SftTemplate,
    contract: Contract,
    source: str,
    system: str | None = None,
) -> dict[str, Any]:
    """An SFT record (alpaca columns + metadata) from a selected or validated candidate."""
    seed = seed_of(record)
    instruction, query, template_system = template.render_prompt(seed, contract)
    score = record.get("quality_score")
    return {
        "instruction": instruction,
        "input": query,
        "output": render_output(record.get("plan"), record.get("code") or "", contract),
        "system": template_system if system is None else system,
        "metadata": {
            "id": str(record.get("request_id") or record.get("id") or ""),
            "prompt_id": str(record.get("prompt_id") or seed.get("id") or ""),
            "source": source,
            "difficulty": str(seed.get("difficulty") or "unknown"),
            "modules": [str(m) for m in seed.get("modules") or []],
            "quality_score": float(score) if isinstance(score, (int, float)) else None,
            "teacher_model": str(record.get("teacher_model") or ""),
            "area": area_of(record, seed),
        },
    }


def area_of(record: dict[str, Any], seed: dict[str, Any]) -> str:
    """A supplement's area (its examples folder); a distilled record's modules other than Scene."""
    if record.get("area"):
        return str(record["area"])
    modules = [str(m) for m in seed.get("modules") or [] if str(m) != "Scene"]
    return "+".join(sorted(modules)) or "Scene"


def stratum(record: dict[str, Any]) -> str:
    """difficulty x modules: the cell a record is stratified in."""
    meta = record["metadata"]
    return f"{meta['difficulty']}|{'+'.join(sorted(meta['modules'])) or '-'}"
