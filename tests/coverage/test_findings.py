"""Failure kinds and the findings a follow-up turn carries (no validator needed: records are built here)."""
from __future__ import annotations

from modelcall.phaser.api_index import ApiIndex
from modelcall.repair.findings import closest_apis, describe, failure_kind
from modelcall.repair.followup import build_followup, repair_request_id


def rec(errors=(), passed=False, parse_ok=True, code="const a = 1;\nthis.add.star(1);\n", hints=None, runtime=None):
    return {"request_id": "s1_v0", "prompt_id": "s1", "variant": 0, "passed": passed, "parse_ok": parse_ok,
            "parse_errors": [] if parse_ok else ["no_code_block: no ```javascript fence"], "code": code if parse_ok else None,
            "validation": {"errors": list(errors), "warnings": [], "hints": hints or {}, "runtime": runtime}}


def issue(layer, code, message, line=None, **extra):
    return {"layer": layer, "code": code, "message": message, "line": line, **extra}


INDEX = ApiIndex([
    {"symbol_id": "Phaser.GameObjects.Graphics", "name": "Graphics", "kind": "class", "owner": "Phaser.GameObjects", "signature": "class Phaser.GameObjects.Graphics"},
    {"symbol_id": "Phaser.GameObjects.Graphics#fillRect", "name": "fillRect", "kind": "method", "owner": "Phaser.GameObjects.Graphics", "signature": "fillRect(x: number, y: number, width: number, height: number)"},
    {"symbol_id": "Phaser.GameObjects.Graphics#fillStyle", "name": "fillStyle", "kind": "method", "owner": "Phaser.GameObjects.Graphics", "signature": "fillStyle(color: number, alpha?: number)"},
    {"symbol_id": "Phaser.GameObjects.Graphics#strokeRect", "name": "strokeRect", "kind": "method", "owner": "Phaser.GameObjects.Graphics", "signature": "strokeRect(x: number, y: number, width: number, height: number)"},
    {"symbol_id": "Phaser.Math.Between", "name": "Between", "kind": "function", "owner": "Phaser.Math", "signature": "Between(min: number, max: number): number"},
])


def test_failure_kind_is_the_first_failing_stage():
    assert failure_kind(rec(passed=True)) is None
    assert failure_kind(rec(parse_ok=False)) == "parse"
    assert failure_kind(rec([issue("l1", "syntax_error", "Unexpected token", 3)])) == "syntax"
    assert failure_kind(rec([issue("l1", "no-undef", "'foo' is not defined", 2)])) == "lint"
    both = [issue("l3", "runtime_error", "x is not a function", 2, phase="create"), issue("l2", "hallucinated_api", "Phaser.X does not exist")]
    assert failure_kind(rec(both)) == "api"
    assert failure_kind(rec([issue("l2", "must_use_missing", "must-use API Phaser.Tweens.Tween is not used")])) == "must_use"
    assert failure_kind(rec([issue("l4", "no_preload", "no preload")])) == "structure"


def test_closest_real_apis_come_from_the_index():
    assert closest_apis(INDEX, "Phaser.GameObjects.Graphics#fillRectangle")[0] == "Phaser.GameObjects.Graphics#fillRect"
    assert closest_apis(INDEX, "Phaser.Math.RandomBetween") == ["Phaser.Math.Between"]
    assert closest_apis(None, "Phaser.Math.RandomBetween") == []


def test_findings_name_lines_closest_apis_stack_line_and_unmet_hints():
    runtime = {"errors": [{"message": "this.hud is undefined", "stack": "TypeError: this.hud is undefined\n    at MainScene.create (<anonymous>:2:7)\n    at x (http://h/phaser.min.js:1:1)"}]}
    found = describe(rec([
        issue("l2", "hallucinated_api", "Phaser.GameObjects.Graphics#fillRectangle does not exist in Phaser 3.90.0", 2),
        issue("l3", "runtime_error", "this.hud is undefined", 2, phase="create"),
    ], hints={"数量有上限": "fail", "应使用定时器": "pass"}, runtime=runtime), INDEX, zh=False)
    text = "\n".join(found.texts())
    assert found.kind == "api"
    assert "line 2: Phaser.GameObjects.Graphics#fillRectangle does not exist" in text
    assert "closest real APIs: Phaser.GameObjects.Graphics#fillRect(x: number" in text
    assert "at MainScene.create (<anonymous>:2:7)" in text and "`this.add.star(1);`" in text
    assert "unmet eval hint: 数量有上限" in text and "应使用定时器" not in text
    parse = describe(rec(parse_ok=False), INDEX, zh=True)
    assert parse.kind == "parse" and "无法解析回答" in parse.texts()[0]


def test_followup_keeps_the_conversation_and_the_cacheable_prefix():
    original = {"request_id": "s1_v2", "prompt_id": "s1", "variant": 2,
                "messages": [{"role": "system", "content": "SHARED|seed apis"}, {"role": "user", "content": "任务：画一个圆"}],
                "gen": {"temperature": 1.0, "seed": 7, "max_tokens": 4000},
                "meta": {"system_prefix_chars": 6, "contract": "plan_block", "language": "zh"},
                "prompt_meta": {"id": "s1", "task": "画一个圆", "must_use_apis": ["Phaser.GameObjects.Graphics"]}}
    findings = describe(rec([issue("l1", "syntax_error", "Unexpected token", 1)]), INDEX, zh=True)
    req = build_followup(original, "[PLAN]...[/PLAN] broken", findings, "s1_v2", 3, "cheap", {"temperature": 0.2})
    assert req["request_id"] == repair_request_id("s1", 2, 3) == "s1_v2_r3"
    assert [m["role"] for m in req["messages"]] == ["system", "user", "assistant", "user"]
    assert req["messages"][0] == original["messages"][0] and req["meta"]["system_prefix_chars"] == 6
    assert req["messages"][2]["content"] == "[PLAN]...[/PLAN] broken"
    ask = req["messages"][3]["content"]
    assert "第 1 行：Unexpected token" in ask and "- Phaser.GameObjects.Graphics" in ask and "[PLAN]" in ask
    assert req["gen"] == {"temperature": 0.2, "seed": 7, "max_tokens": 4000}
    assert req["meta"]["repair"] == {"round": 3, "repaired_from": "s1_v2", "failure_kind": "syntax", "teacher": "cheap"}
    assert original["messages"][-1]["role"] == "user" and len(original["messages"]) == 2  # the original is untouched
