"""The mock teacher: deterministic answers in the contract, real Phaser calls, faults where configured."""
from __future__ import annotations

import re
import shutil
import subprocess

import orjson
import pytest

from modelcall.fakeprovider.testing import sample_requests
from modelcall.providers import mock_faults
from modelcall.providers.mock_teacher import infer_contract, task_numbers, teacher_answer

SEEDS = [r["prompt_meta"] for r in sample_requests()]
CODE = re.compile(r"```javascript\n(.*?)```", re.S)


def seed_with(apis: list[str], task: str = "做一个小游戏") -> dict:
    return {"id": "s", "difficulty": "easy", "task": task, "must_use_apis": apis, "eval_hints": []}


def test_same_request_id_same_answer_and_ids_vary_it():
    a, _ = teacher_answer("s1_v0", SEEDS[0])
    assert a == teacher_answer("s1_v0", SEEDS[0])[0]
    assert len({teacher_answer(f"s1_v{i}", SEEDS[0])[0] for i in range(8)}) >= 4


def test_answer_follows_the_plan_block_contract():
    text, fault = teacher_answer("s_v0", SEEDS[0])
    assert fault is None
    plan = re.search(r"\[PLAN\]\n(.*?)\n\[/PLAN\]", text, re.S).group(1)
    assert plan.startswith("REQ: ") and "\nAPI: " in plan and "\nSTEPS:\n1. " in plan
    code = CODE.findall(text)
    assert len(code) == 1
    body = code[0]
    assert "new Phaser.Game(config)" in body and "preload" in body and "create" in body and "update" in body
    assert "this.load.image" not in body and "load." not in body  # textures are drawn, never loaded


@pytest.mark.parametrize(("api", "call"), [
    ("Phaser.GameObjects.Graphics", "this.add.graphics()"),
    ("Phaser.Time.TimerEvent", "this.time.addEvent("),
    ("Phaser.GameObjects.Text", "this.add.text("),
    ("Phaser.Physics.Arcade.Sprite", "this.physics.add.sprite("),
    ("Phaser.Physics.Arcade.Group", "this.physics.add.group("),
    ("Phaser.Tweens.Tween", "this.tweens.add("),
    ("Phaser.Input.Keyboard.KeyCodes", "Phaser.Input.Keyboard.KeyCodes."),
    ("Phaser.Cameras.Scene2D.Camera", "this.cameras.main."),
    ("Phaser.Input.Events.GAMEOBJECT_DRAG", "Phaser.Input.Events.GAMEOBJECT_DRAG"),
    ("Phaser.Input.Events.POINTER_DOWN", "this.input.on("),
    ("Phaser.Math.Angle", "Phaser.Math.Angle.Between("),
    ("Phaser.Math.Distance", "Phaser.Math.Distance.Between("),
    ("Phaser.GameObjects.Particles.ParticleEmitter", "this.add.particles("),
    ("Phaser.Tilemaps.Tilemap", "this.make.tilemap("),
    ("Phaser.Scene", "extends Phaser.Scene"),
])
def test_must_use_apis_appear_in_their_usual_call_form(api, call):
    for i in range(3):
        text, _ = teacher_answer(f"x_v{i}", seed_with([api]))
        code = CODE.search(text).group(1)
        assert call in code, (api, code)
        if "physics" in call:
            assert "default: 'arcade'" in code


def test_numbers_in_the_task_reach_the_program():
    assert task_numbers("每隔 2 秒在随机位置生成一个黄色星形，最多生成 12 个。") == {"delay_ms": 2000, "cap": 12, "count": 12}
    text, _ = teacher_answer("n_v0", seed_with(["Phaser.Time.TimerEvent"], "每隔 2 秒生成一个圆，最多生成 12 个。"))
    assert "delay: 2000" in text and "12" in text


def test_json_plan_contract_on_request():
    text, _ = teacher_answer("j_v0", SEEDS[1], contract="json_plan")
    head, code = text.split("\ncode:\n", 1)
    plan = orjson.loads(head.removeprefix("plan: "))
    assert set(plan) == {"requirements", "apis", "steps"} and "new Phaser.Game(config)" in code
    assert infer_contract([{"role": "system", "content": "First a line plan: {...}, then a line code: ..."}]) == "json_plan"


def test_fault_rates_are_deterministic_and_never_named():
    faults = {"bad_format": 0.1, "hallucinated_api": 0.1, "runtime_error": 0.1, "syntax_error": 0.1}
    drawn = [mock_faults.choose_fault(f"f_v{i}", faults) for i in range(1000)]
    assert drawn == [mock_faults.choose_fault(f"f_v{i}", faults) for i in range(1000)]
    for kind in mock_faults.FAULT_KINDS:
        assert 60 <= drawn.count(kind) <= 140
    for i in range(40):
        text, fault = teacher_answer(f"f_v{i}", SEEDS[i % len(SEEDS)], faults=faults)
        assert fault is None or fault not in text


def test_each_fault_changes_the_answer_as_promised():
    seed = seed_with(["Phaser.GameObjects.Graphics"])
    clean = CODE.search(teacher_answer("k_v0", seed)[0]).group(1)
    hall = teacher_answer("k_v0", seed, faults={"hallucinated_api": 1.0})[0]
    assert any(bad in hall for bad in ("fillStar", "tweens.timeline", "spriteGroup", "setGlow", "RandomBetween"))
    runtime = teacher_answer("k_v0", seed, faults={"runtime_error": 1.0})[0]
    assert CODE.search(runtime).group(1) != clean
    bad = teacher_answer("k_v0", seed, faults={"bad_format": 1.0})[0]
    assert not (bad.startswith("[PLAN]") and bad.count("```") == 2 and "[/PLAN]" in bad)


def test_a_repair_request_usually_gets_a_clean_answer():
    faults = {"runtime_error": 1.0, "repair_success": 0.8}
    follow_up = [{"role": "user", "content": "task"}, {"role": "assistant", "content": "code"},
                 {"role": "user", "content": "The validator found: TypeError ..."}]
    clean = sum(teacher_answer(f"r_v{i}", SEEDS[0], follow_up, faults)[1] is None for i in range(200))
    assert 130 <= clean <= 190
    assert all(teacher_answer(f"r_v{i}", SEEDS[0], None, faults)[1] == "runtime_error" for i in range(20))


@pytest.mark.skipif(shutil.which("node") is None, reason="node is not installed")
def test_clean_programs_parse_as_javascript(tmp_path):
    files = []
    for i, req in enumerate(sample_requests()):
        code = CODE.search(teacher_answer(req["request_id"], req["prompt_meta"])[0]).group(1)
        path = tmp_path / f"p{i}.js"
        path.write_text(code, encoding="utf-8")
        files.append(str(path))
    script = "for (const f of process.argv.slice(1)) { new Function(require('fs').readFileSync(f, 'utf8')); }"
    result = subprocess.run(["node", "-e", script, *files], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
