"""Fault injection for the mock teacher: which fault a request gets, and how it changes the answer.

Configured by the model config's ``options.faults`` (rates in [0, 1], drawn deterministically per
request_id)::

    options: {faults: {bad_format: 0.05, hallucinated_api: 0.05, runtime_error: 0.05,
                       syntax_error: 0.0, repair_success: 0.8}}

A *repair request* (a follow-up that carries validator findings: more than one user turn) gets a
clean answer with probability ``repair_success``; otherwise the usual rates apply. The text never
says which fault was injected: the filter has to find it.
"""
from __future__ import annotations

import hashlib
import random
from typing import Any

from modelcall.providers.mock_answer import TeacherAnswer

FAULT_KINDS = ("bad_format", "hallucinated_api", "runtime_error", "syntax_error")


def _uniform(*parts: str) -> float:
    digest = hashlib.sha256("\x1f".join(parts).encode("utf-8")).digest()
    return int.from_bytes(digest[:8], "big") / 2**64


def is_repair_request(messages: list[dict[str, Any]]) -> bool:
    """A follow-up turn: the conversation already holds an answer and the validator's findings."""
    return sum(1 for m in messages if m.get("role") == "user") > 1


def choose_fault(request_id: str, faults: dict[str, Any], repair: bool = False) -> str | None:
    """The fault for this request (or None), the same every time for one request_id."""
    if repair and _uniform("repair", request_id) < float(faults.get("repair_success", 0.8)):
        return None
    u = _uniform("fault", request_id, "repair" if repair else "")
    edge = 0.0
    for kind in FAULT_KINDS:
        edge += float(faults.get(kind, 0.0) or 0.0)
        if u < edge:
            return kind
    return None


_HALLUCINATIONS = [
    # (line to insert into create, why it is wrong): APIs Phaser 3.90 does not have
    "const star = this.add.graphics();\nstar.fillStyle(0xffd93d, 1);\nstar.fillStar(400, 300, 5, 20, 40);",
    "this.tweens.timeline({ tweens: [{ targets: this.cameras.main, zoom: 1.2, duration: 500 }] });",
    "this.physics.add.spriteGroup({ key: 'player', repeat: 3 });",
    "this.cameras.main.setGlow(0xffffff, 4);",
    "const r = Phaser.Math.RandomBetween(0, 10);\nthis.add.text(10, 560, 'r=' + r);",
]
_RUNTIME_ERRORS = [
    "this.time.delayedCall(50, () => {\n  this.scoreBoard.refresh();\n});",
    "const level = this.registry.get('levelConfig');\nthis.add.text(20, 20, level.title);",
    "throw new Error('level data missing');",
    "this.time.addEvent({ delay: 30, callback: () => { this.hud.setText('ready'); } });",
]


def _insert_into_create(code: str, snippet: str) -> str:
    """Put ``snippet`` at the end of the create body (class method or function)."""
    for marker in ("  create() {\n", "function create() {\n"):
        start = code.find(marker)
        if start < 0:
            continue
        indent = "    " if marker.startswith("  create") else "  "
        close = "\n  }\n" if indent == "    " else "\n}\n"
        end = code.find(close, start)
        if end < 0:
            continue
        block = "\n".join(indent + line for line in snippet.splitlines())
        return code[:end] + "\n" + block + code[end:]
    return code + "\n" + snippet + "\n"


def apply_fault(kind: str, answer: TeacherAnswer, rng: random.Random) -> str:
    """The answer text with fault ``kind`` injected."""
    code = answer.code
    if kind == "hallucinated_api":
        answer.code = _insert_into_create(code, rng.choice(_HALLUCINATIONS))
        return answer.render()
    if kind == "runtime_error":
        answer.code = _insert_into_create(code, rng.choice(_RUNTIME_ERRORS))
        return answer.render()
    if kind == "syntax_error":
        cut = code.rfind("}")
        broken = code[:cut] + code[cut + 1 :] if cut >= 0 else code + "{"
        answer.code = broken.replace("new Phaser.Game(config);", "new Phaser.Game(config;")
        return answer.render()
    # bad_format: the contract is broken in one of a few realistic ways
    variant = rng.randrange(3)
    if answer.contract == "json_plan":
        if variant == 0:  # the plan is not valid JSON
            return f"plan: {answer.plan_json()[:-2]}\ncode:\n{code}"
        if variant == 1:  # the code comes in a fence with no code: line
            return f"plan: {answer.plan_json()}\n\n```javascript\n{code}```\n"
        return f"plan: {answer.plan_json()}\ncode:\n{code[: max(1, len(code) // 2)]}"
    plan = answer.plan_block()
    if variant == 0:  # no code fence, and prose straight after the program
        return f"{plan}\n\n{code}\n以上代码完成了任务要求。 This code does what the task asks.\n"
    if variant == 1:  # the program split over two fences, with prose between them
        cut = code.find("\nconst config")
        cut = cut if cut > 0 else len(code) // 2
        return f"{plan}\n\n```javascript\n{code[:cut]}\n```\n\nThen the config:\n\n```javascript\n{code[cut:]}```\n"
    cut = max(1, len(code) // 2)  # cut off mid-program, as if max_tokens ran out
    return f"{plan}\n\n```javascript\n{code[:cut]}"
