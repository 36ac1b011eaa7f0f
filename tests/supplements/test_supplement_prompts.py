"""Reverse-prompt and rewrite requests, reading the answers, and the mock teacher's supplement jobs."""
from __future__ import annotations

import json
from pathlib import Path

from modelcall.providers.mock_teacher import teacher_answer
from modelcall.supplements.assets import find_asset_loads
from modelcall.supplements.checks import mismatches
from modelcall.supplements.config import bans_assets
from modelcall.supplements.prompts import (
    load_template,
    parse_reverse_answer,
    repair_request,
    reverse_request,
    rewrite_request,
)

ROOT = Path(__file__).resolve().parents[2]
PROGRAMS = ROOT / "tests" / "data" / "supplements" / "programs"
ZH = load_template(ROOT / "configs" / "prompts" / "supplement_teacher_zh.yaml")
EN = load_template(ROOT / "configs" / "prompts" / "supplement_teacher_en.yaml")

GOOD = """Here you are.
```json
{"task": "在画面中央画一个紫色正方形。", "difficulty": "Easy", "modules": ["Scene", "GameObjects"],
 "constraints": ["使用 Phaser 3"], "must_use_apis": ["Phaser.GameObjects.Graphics"], "eval_hints": ["应使用 Graphics 绘制"],
 "tags": ["graphics"]}
```

[PLAN]
REQ: 画一个正方形
API: Phaser.GameObjects.Graphics
STEPS:
1. 创建场景
2. 绘制正方形
[/PLAN]
"""


def test_parse_a_good_answer():
    parsed = parse_reverse_answer(GOOD, "zh")
    assert parsed.problems == []
    assert parsed.seed == {"task": "在画面中央画一个紫色正方形。", "difficulty": "easy", "modules": ["Scene", "GameObjects"],
                           "constraints": ["使用 Phaser 3"], "must_use_apis": ["Phaser.GameObjects.Graphics"],
                           "eval_hints": ["应使用 Graphics 绘制"], "tags": ["graphics"]}
    assert parsed.plan.apis == ["Phaser.GameObjects.Graphics"] and parsed.plan.steps == ["创建场景", "绘制正方形"]


def test_parse_names_every_problem():
    assert [p.split(":")[0] for p in parse_reverse_answer("no json here", "zh").problems] == ["seed_missing", "plan_missing"]
    bad = '{"task": "Draw a square.", "difficulty": "trivial", "must_use_apis": "Phaser.GameObjects.Graphics", "eval_hints": 3}'
    codes = [p.split(":")[0] for p in parse_reverse_answer(bad, "zh").problems]
    assert codes == ["plan_missing", "task_language", "difficulty_invalid", "eval_hints_invalid", "eval_hints_missing"]
    assert parse_reverse_answer(bad, "en").seed["must_use_apis"] == ["Phaser.GameObjects.Graphics"]
    assert parse_reverse_answer("```json\n{\"task\": oops}\n```", "zh").problems[0].startswith("seed_invalid_json")


def test_requests_have_the_engine_shape_and_the_repair_keeps_the_prefix():
    code = (PROGRAMS / "graphics" / "square.js").read_text()
    req = reverse_request("official:graphics/square", code, "graphics", "graphics/square.js", ["使用 Phaser 3"], "", ZH, "3.90.0",
                          {"max_tokens": 1500, "temperature": None})
    assert req["request_id"] == "official:graphics/square_rev" and req["prompt_id"] == "official:graphics/square"
    assert req["gen"] == {"max_tokens": 1500} and [m["role"] for m in req["messages"]] == ["system", "user"]
    assert "3.90.0" in req["messages"][0]["content"] and code.strip() in req["messages"][1]["content"]
    assert "（无）" in req["messages"][1]["content"]  # no style examples given
    fix = repair_request(req, GOOD, ["must_use_missing: X is listed"], ZH)
    assert fix["request_id"] == "official:graphics/square_rev_r1"
    assert fix["messages"][0] == req["messages"][0] and [m["role"] for m in fix["messages"]] == ["system", "user", "assistant", "user"]
    assert "- must_use_missing: X is listed" in fix["messages"][3]["content"]
    rw = rewrite_request("official:x", code, ["image: a.png"], EN, "3.90.0", {})
    assert rw["request_id"] == "official:x_rw" and "- image: a.png" in rw["messages"][1]["content"]


def test_asset_ban_is_read_from_constraints():
    assert bans_assets(ZH.constraints(placeholder=False)) and bans_assets(EN.constraints(placeholder=False))
    assert bans_assets(["不得依赖外部资源（优先用 Graphics/内置形状/纯色纹理）"])
    assert not bans_assets(ZH.constraints(placeholder=True)) and not bans_assets(["使用 Phaser 3"])


def test_mock_teacher_reverse_writes_a_seed_from_the_code():
    code = (PROGRAMS / "misc" / "title.html").read_text()
    from modelcall.supplements.sources import html_program

    program, _ = html_program(code)
    req = reverse_request("official:misc/title", program, "misc", "misc/title.html", ZH.constraints(False), "", ZH, "3.90.0", {})
    text, fault = teacher_answer("fake_1", None, req["messages"])
    parsed = parse_reverse_answer(text, "zh")
    assert fault is None and parsed.problems == []
    assert parsed.seed["must_use_apis"] == ["Phaser.Time.Clock", "Phaser.GameObjects.Text"]
    assert parsed.seed["constraints"] == ZH.constraints(False) and "640x480" in parsed.seed["task"]
    assert set(parsed.seed["eval_hints"]) == {"应使用定时器", "应创建 Text 对象"}
    # the English template gets an English task
    en = reverse_request("x", program, "misc", "", [], "", EN, "3.90.0", {})
    assert parse_reverse_answer(teacher_answer("fake_2", None, en["messages"])[0], "en").problems == []


def test_mock_teacher_repair_drops_what_did_not_match():
    program = (PROGRAMS / "input" / "inline_texture.js").read_text()
    req = reverse_request("p", program, "input", "", [], "", ZH, "3.90.0", {})
    first = parse_reverse_answer(teacher_answer("k", None, req["messages"])[0], "zh").seed
    assert "Phaser.Input.InputPlugin" in first["must_use_apis"] and "应监听 pointerdown" in first["eval_hints"]
    fix = repair_request(req, "...", ["must_use_missing: Phaser.Input.InputPlugin is listed in must_use_apis but the "
                                      "program does not use it", "hint_failed: the eval hint '应监听 pointerdown' does not hold"], ZH)
    second = parse_reverse_answer(teacher_answer("k", None, fix["messages"])[0], "zh").seed
    assert "Phaser.Input.InputPlugin" not in second["must_use_apis"] and "应监听 pointerdown" not in second["eval_hints"]
    assert second["must_use_apis"]


def test_mock_teacher_rewrites_loads_into_generated_stand_ins():
    from modelcall.parsing.teacher import parse_teacher_output

    rewritten = {}
    for name in ("logo_tween", "walker_spritesheet", "click_sound"):
        code = (PROGRAMS / "input" / f"{name}.js").read_text()
        req = rewrite_request("p", code, ["..."], ZH, "3.90.0", {})
        parsed = parse_teacher_output(teacher_answer("r", None, req["messages"])[0])
        assert parsed.ok and find_asset_loads(parsed.code) == [], name
        rewritten[name] = parsed.code
    assert "setBaseURL" not in rewritten["logo_tween"] and 'g.generateTexture("logo", 64, 64)' in rewritten["logo_tween"]
    assert 'this.textures.get("dude").add(i, 0, i * 32, 0, 32, 48)' in rewritten["walker_spritesheet"]
    assert 'this.cache.audio.add("blip", this.sound.context.createBuffer(1, 4410, 44100))' in rewritten["click_sound"]


def test_mismatches_read_the_validator_verdict():
    rec = {"validation": {"api_usage": {"must_use_misses": ["Phaser.X"]}, "hints": {"a": "pass", "b": "fail", "c": "unknown"},
                          "plan_consistency": 0.5}}
    assert [p.split(":")[0] for p in mismatches(rec, 0.8)] == ["must_use_missing", "hint_failed", "plan_api_mismatch"]
    assert mismatches({"validation": {"api_usage": {}, "hints": {"c": "unknown"}, "plan_consistency": 1.0}}, 0.8) == []
    assert json.dumps(mismatches(rec, 0.5)).count("plan_api_mismatch") == 0
