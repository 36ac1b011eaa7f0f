"""Fixtures for the training tests: a tiny offline Qwen2 model and an SFT dataset folder written by sft_build."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

PROJECT_ROOT = Path(__file__).resolve().parents[2]
_MODULES = [["Scene", "GameObjects"], ["Scene", "Physics"], ["Scene", "GameObjects", "Input"]]
_DIFFICULTIES = ["easy", "medium", "hard"]


@pytest.fixture(scope="session")
def tiny_model_dir(tmp_path_factory) -> Path:
    pytest.importorskip("transformers")
    from modelcall.training.tiny_model import build_tiny_qwen

    return build_tiny_qwen(tmp_path_factory.mktemp("tiny_qwen") / "model")


def selected_records(n: int) -> list[dict]:
    """Selected candidates (select's output shape): one per prompt, each a small complete Phaser program."""
    records = []
    for i in range(n):
        seed = {
            "id": f"seed_{i:03d}", "difficulty": _DIFFICULTIES[i % 3], "modules": _MODULES[i % 3],
            "task": f"在 ({i * 10}, {40 + i}) 显示文字“第 {i} 关”，字号 {16 + i} 像素。",
            "constraints": ["使用 Phaser3", "必须包含 preload/create 生命周期"],
            "must_use_apis": ["Phaser.GameObjects.Text"], "eval_hints": [], "tags": ["text"], "notes": "",
        }
        code = (
            f"class Level{i} extends Phaser.Scene {{\n  constructor() {{ super('level{i}'); }}\n  preload() {{}}\n"
            f"  create() {{ this.add.text({i * 10}, {40 + i}, '第 {i} 关', {{ fontSize: '{16 + i}px' }}); }}\n}}\n"
            f"new Phaser.Game({{ type: Phaser.AUTO, width: 800, height: 600, scene: Level{i} }});\n"
        )
        records.append({
            "request_id": f"{seed['id']}_v0", "prompt_id": seed["id"], "variant": 0, "prompt_meta": seed,
            "plan": {"requirements": ["显示文字"], "apis": ["Phaser.GameObjects.Text"], "steps": ["create 中 add.text"]},
            "code": code, "passed": True, "quality_score": 0.9, "teacher_model": "fixture",
        })
    return records


@pytest.fixture(scope="session")
def sft_dataset_dir(tmp_path_factory) -> Path:
    """25 selected pairs -> sft_build (80/20 split by prompt) -> train.jsonl (about 20) + val.jsonl + dataset_info.json."""
    from modelcall.tasks import run_task_mapping

    root = tmp_path_factory.mktemp("sft")
    selected = root / "selected.jsonl"
    selected.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in selected_records(25)),
                        encoding="utf-8")
    outcome = run_task_mapping({
        "task_name": "sft_build_fixture", "task_type": "sft_build", "input_path": str(selected),
        "output_dir": str(root / "dataset"), "template_path": str(PROJECT_ROOT / "configs/prompts/sft_zh.txt"),
        "split": {"ratios": {"train": 0.8, "val": 0.2}, "seed": 1}, "dedup": {"enabled": False},
        "reports_dir": str(root / "reports"), "progress": False,
    }, "fixture")
    assert outcome.exit_code == 0
    return root / "dataset"
