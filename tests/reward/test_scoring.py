"""Reward components, gates and group-normalised advantages on hand-made validated records (no browser)."""
from __future__ import annotations

import math

import pytest
from pydantic import ValidationError

from modelcall.reward import COMPONENTS, RewardConfig, group_advantages, reward_of
from modelcall.reward.config import Normalisation


def validated(**over):
    """A validated record of a good program: every layer passed, hints pass, the plan's APIs used."""
    record = {
        "request_id": "p1_v0", "prompt_id": "p1", "contract": "plan_block", "parse_warnings": [],
        "plan": {"requirements": ["draw"], "apis": ["Phaser.GameObjects.Graphics"], "steps": ["1. draw"]},
        "code": "\n".join(f"line {i};" for i in range(30)),
        "prompt_meta": {"must_use_apis": ["Phaser.GameObjects.Graphics"], "eval_hints": ["rotates"]},
        "layers": {"l1": True, "l2": True, "l3": True, "l4": True}, "passed": True, "reasons": [],
        "validation": {
            "parse_ok": True, "errors": [], "warnings": [],
            "api_usage": {"hits": ["Phaser.GameObjects.Graphics#fillRect"], "misses": [],
                          "must_use_hits": ["Phaser.GameObjects.Graphics"], "must_use_misses": []},
            "runtime": {"ms": 40, "frames": 200, "screenshot": None},
            "structure": {"has_game": True, "has_scene": True, "has_preload": True, "has_create": True},
            "hints": {"rotates": "pass"}, "plan_consistency": 1.0,
        },
    }
    for key, value in over.items():
        if key in record["validation"]:
            record["validation"][key] = value
        else:
            record[key] = value
    return record


def test_defaults_are_the_design():
    cfg = RewardConfig()
    assert (cfg.weights.plan, cfg.weights.code) == (0.15, 0.85)
    assert cfg.weights.plan_parts.model_dump() == {"structure": 0.30, "api_coverage": 0.20, "consistency": 0.50}
    assert cfg.weights.code_parts.model_dump() == {"functional": 0.30, "api_accuracy": 0.25, "runtime": 0.20,
                                                   "quality": 0.15, "format": 0.10}
    assert cfg.gates.parse_failure.action == "zero" and cfg.gates.unsafe.action == "zero"
    assert cfg.gates.runtime_crash.action == "cap" and cfg.gates.runtime_crash.cap == 0.20
    assert cfg.normalisation.eps == 1e-6 and cfg.normalisation.std_min == 1e-6


def test_a_good_program_scores_one_with_every_component():
    reward = reward_of(validated(), RewardConfig())
    assert set(reward["components"]) == set(COMPONENTS)
    assert reward["total"] == pytest.approx(1.0) and reward["gates"] == []


def test_components_follow_the_validator():
    cfg = RewardConfig()
    half_hints = reward_of(validated(hints={"a": "pass", "b": "fail"}), cfg)
    assert half_hints["components"]["code_functional"] == 0.5
    misses = reward_of(validated(api_usage={"hits": ["a"], "misses": ["b", "c", "d"], "must_use_hits": ["x"],
                                            "must_use_misses": []}), cfg)
    assert misses["components"]["code_api_accuracy"] == 0.25
    no_plan = reward_of(validated(contract="code_only", plan={"requirements": [], "apis": [], "steps": []}), cfg)
    assert no_plan["plan"] == 0 and no_plan["components"]["code_format"] == 0.3
    assert no_plan["total"] == pytest.approx(0.85 + 0.85 * 0.10 * (0.3 - 1.0), abs=1e-4)


@pytest.mark.parametrize("change,gate,ceiling", [
    ({"code": ""}, "parse_failure", 0.0),
    ({"errors": [{"layer": "l1", "code": "syntax_error", "message": "x"}], "parse_ok": False}, "parse_failure", 0.0),
    ({"errors": [{"layer": "l1", "code": "eval", "message": "eval"}]}, "unsafe", 0.0),
    ({"layers": {"l1": True, "l2": True, "l3": False, "l4": True}}, "runtime_crash", 0.20),
    ({"structure": {"has_game": False, "has_scene": True, "has_create": True}}, "not_a_game", 0.20),
    ({"api_usage": {"hits": ["x"], "misses": [], "must_use_hits": [], "must_use_misses": ["Phaser.GameObjects.Graphics"]}},
     "must_use_missing", 0.20),
    ({"hints": {"rotates": "fail", "other": "unknown"}}, "hints_failed", 0.20),
    # ran to its end and never showed anything: a HEADLESS game (it scored 0.96 before this gate)
    ({"runtime": {"ms": 40, "frames": 200, "canvas": {"blank": True, "blank_at_end": True}}}, "nothing_visible", 0.20),
])
def test_gates_zero_or_cap(change, gate, ceiling):
    reward = reward_of(validated(**change), RewardConfig())
    assert gate in reward["gates"]
    assert reward["total"] <= ceiling + 1e-9
    assert reward["raw_total"] >= reward["total"]


def test_gates_are_configurable():
    cfg = RewardConfig.model_validate({"gates": {"runtime_crash": {"action": "cap", "cap": 0.5}, "unsafe": {"action": "off"}}})
    crash = reward_of(validated(layers={"l1": True, "l2": True, "l3": False, "l4": True}), cfg)
    assert 0.2 < crash["total"] <= 0.5
    unsafe = reward_of(validated(errors=[{"layer": "l1", "code": "eval", "message": "eval"}]), cfg)
    assert unsafe["gates"] == [] and unsafe["total"] > 0.5


def test_config_rejects_typos_and_zero_weights():
    with pytest.raises(ValidationError, match="plna"):
        RewardConfig.model_validate({"weights": {"plna": 0.1}})
    with pytest.raises(ValidationError, match="above 0"):
        RewardConfig.model_validate({"weights": {"plan": 0, "code": 0}})


def test_group_advantages_normalise_per_group():
    adv = group_advantages([1.0, 0.0, 0.5, 0.5, 0.2], ["a", "a", "b", "b", "c"])
    assert adv[0] == pytest.approx(1.0, abs=1e-5) and adv[1] == pytest.approx(-1.0, abs=1e-5)
    assert adv[2:] == [0.0, 0.0, 0.0]  # equal rewards and a group of one: no signal


def test_group_advantages_eps_std_min_and_scale():
    noisy = group_advantages([0.5, 0.5 + 1e-9], ["g", "g"], Normalisation(std_min=1e-6))
    assert noisy == [0.0, 0.0]  # float noise below std_min is not blown up
    centred = group_advantages([0.8, 0.2], ["g", "g"], Normalisation(scale="none"))
    assert centred == pytest.approx([0.3, -0.3])
    big_eps = group_advantages([1.0, 0.0], ["g", "g"], Normalisation(eps=0.5))
    assert big_eps == pytest.approx([0.5, -0.5])
    values = group_advantages([0.1, 0.4, 0.9, 0.3], ["g"] * 4)
    assert math.fsum(values) == pytest.approx(0.0, abs=1e-9)
    with pytest.raises(ValueError, match="3 rewards but 2"):
        group_advantages([1, 2, 3], ["a", "b"])


def test_server_config_files_load(tmp_path):
    from pathlib import Path

    from modelcall.reward.cli import load_reward_config

    root = Path(__file__).resolve().parents[2]
    shipped = load_reward_config(str(root / "configs" / "reward" / "server.yaml"))
    assert shipped.validator.runtime.pages == 1 and shipped.validator.runtime.screenshots_dir is None
    task = load_reward_config(str(root / "configs" / "tasks" / "reward" / "reward.yaml"))  # a reward task YAML works too
    assert task.weights.plan == 0.15 and task.validator.workers == 1  # not set there: one Node worker per server worker
    bare = load_reward_config(None)
    assert bare.validator.runtime.pages == 1 and bare.validator.runtime.screenshots_dir is None
    other = tmp_path / "filter.yaml"
    other.write_text("task_type: filter\n", encoding="utf-8")
    with pytest.raises(Exception, match="task_type is 'filter'"):
        load_reward_config(str(other))
