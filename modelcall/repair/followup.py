"""Follow-up requests: the original conversation, the failed answer, the findings, and the ask to fix it.

The system message (and so its cacheable shared prefix, ``meta.system_prefix_chars``) is the original
one unchanged; the failed answer becomes an assistant turn and the findings a last user turn, so the
request stays in the same contract and a provider can reuse the cached prefix.
"""
from __future__ import annotations

import copy
import re
from typing import Any

from modelcall.records import prompt_id_of
from modelcall.repair.findings import Findings

_CJK = re.compile(r"[\u4e00-\u9fff]")

_ASK = {
    "zh": {
        "head": "你上面的回答没有通过自动验证。验证器发现了以下问题：",
        "must_use": "必须使用的 API（仍然要求）：",
        "plan_block": "请修正全部问题，重新给出完整的回答：先输出 [PLAN] … [/PLAN]，再输出唯一一个包含完整程序的 ```javascript 代码块（不要只给出修改的片段）。",
        "json_plan": "请修正全部问题，重新给出完整的回答：先输出 plan: 和一个简短的 JSON 对象，再输出 code: 和完整的 JavaScript 程序（不要只给出修改的片段）。",
    },
    "en": {
        "head": "Your answer above did not pass the automatic checks. The validator found:",
        "must_use": "Must-use APIs (still required):",
        "plan_block": "Fix every problem and answer again in full: first [PLAN] … [/PLAN], then exactly one ```javascript block holding the whole program (not just the changed lines).",
        "json_plan": "Fix every problem and answer again in full: first plan: with a short JSON object, then code: and the whole JavaScript program (not just the changed lines).",
    },
}


def repair_request_id(prompt_id: str, variant: Any, round_no: int) -> str:
    return f"{prompt_id}_v{variant}_r{round_no}"


def language_of(request: dict[str, Any]) -> str:
    lang = (request.get("meta") or {}).get("language")
    if lang in _ASK:
        return str(lang)
    task = str((request.get("prompt_meta") or {}).get("task") or "")
    return "zh" if _CJK.search(task) else "en"


def followup_text(findings: Findings, request: dict[str, Any]) -> str:
    lang = language_of(request)
    words = _ASK[lang]
    contract = (request.get("meta") or {}).get("contract") or "plan_block"
    lines = [words["head"]]
    lines += [f"{i}. {text}" for i, text in enumerate(findings.texts() or ["(no details)"], 1)]
    must_use = (request.get("prompt_meta") or {}).get("must_use_apis") or []
    if must_use:
        lines += ["", words["must_use"], *[f"- {api}" for api in must_use]]
    lines += ["", words.get(contract, words["plan_block"])]
    return "\n".join(lines)


def original_conversation(request: dict[str, Any]) -> list[dict[str, Any]]:
    """The first request's system + user turns (a repair of a repair starts from them again)."""
    messages = request.get("messages") or []
    first_user = next((i for i, m in enumerate(messages) if m.get("role") == "user"), len(messages) - 1)
    return copy.deepcopy(messages[: first_user + 1])


def build_followup(
    original: dict[str, Any],
    failed_text: str,
    findings: Findings,
    failed_request_id: str,
    round_no: int,
    teacher: str,
    gen_overrides: dict[str, Any] | None = None,
) -> dict[str, Any]:
    """One follow-up request for a failed answer to ``original`` (a request record from requests.jsonl)."""
    prompt_id = prompt_id_of(original) or str(original["request_id"])
    variant = original.get("variant", 0)
    messages = original_conversation(original)
    messages.append({"role": "assistant", "content": failed_text or "(empty answer)"})
    messages.append({"role": "user", "content": followup_text(findings, original)})
    gen = dict(original.get("gen") or {})
    gen.update({k: v for k, v in (gen_overrides or {}).items() if v is not None})
    meta = dict(original.get("meta") or {})
    meta["repair"] = {"round": round_no, "repaired_from": failed_request_id, "failure_kind": findings.kind,
                      "teacher": teacher}
    return {
        "request_id": repair_request_id(prompt_id, variant, round_no),
        "prompt_id": prompt_id,
        "variant": variant,
        "round": round_no,
        "repaired_from": failed_request_id,
        "messages": messages,
        "gen": gen,
        "meta": meta,
        "prompt_meta": original.get("prompt_meta"),
    }


def fresh_request(original: dict[str, Any], failed_request_id: str, round_no: int, teacher: str) -> dict[str, Any]:
    """The original question asked again (a cascade stage with ``fresh: true``), under a new request_id."""
    prompt_id = prompt_id_of(original) or str(original["request_id"])
    variant = original.get("variant", 0)
    request = copy.deepcopy(original)
    request.update({
        "request_id": repair_request_id(prompt_id, variant, round_no), "prompt_id": prompt_id, "variant": variant,
        "round": round_no, "repaired_from": failed_request_id, "messages": original_conversation(original),
    })
    request["meta"] = dict(request.get("meta") or {})
    request["meta"]["repair"] = {"round": round_no, "repaired_from": failed_request_id, "failure_kind": None,
                                 "teacher": teacher, "fresh": True}
    return request
