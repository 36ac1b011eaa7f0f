"""Fixtures for the training tests: a tiny offline Qwen2 model and a 20-example SFT dataset folder."""
from __future__ import annotations

import json
from pathlib import Path

import pytest


@pytest.fixture(scope="session")
def tiny_model_dir(tmp_path_factory) -> Path:
    pytest.importorskip("transformers")
    from modelcall.training.tiny_model import build_tiny_qwen

    return build_tiny_qwen(tmp_path_factory.mktemp("tiny_qwen") / "model")


def write_sft_dataset(folder: Path, n_train: int = 20, n_val: int = 4) -> Path:
    """An SFT folder in sft_build's layout: alpaca JSONL splits + dataset_info.json registering them."""
    folder.mkdir(parents=True, exist_ok=True)
    columns = {"prompt": "instruction", "query": "input", "response": "output", "system": "system"}
    info = {}
    for split, n in (("train", n_train), ("val", n_val)):
        with open(folder / f"{split}.jsonl", "w", encoding="utf-8") as fh:
            for i in range(n):
                record = {
                    "instruction": f"写一个 Phaser 场景：在 ({i * 10}, 20) 显示文字 {i}。",
                    "input": "",
                    "output": (
                        "[PLAN]\nREQ: 1. 显示文字\nAPI: Phaser.GameObjects.Text\nSTEPS: 1. create 中 add.text\n[/PLAN]\n"
                        "```javascript\nclass MainScene extends Phaser.Scene { preload() {} create() { "
                        f"this.add.text({i * 10}, 20, 'n{i}'); }} }}\n"
                        "new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, scene: MainScene });\n```"
                    ),
                    "system": "你是 Phaser 3 游戏开发助手。",
                    "metadata": {"id": f"{split}_{i}", "prompt_id": f"seed_{i:03d}", "source": "teacher"},
                }
                fh.write(json.dumps(record, ensure_ascii=False) + "\n")
        info[f"phaser_sft_{split}"] = {"file_name": f"{split}.jsonl", "formatting": "alpaca", "columns": columns}
    (folder / "dataset_info.json").write_text(json.dumps(info, indent=2), encoding="utf-8")
    return folder


@pytest.fixture
def sft_dataset_dir(tmp_path) -> Path:
    return write_sft_dataset(tmp_path / "sft")
