"""Fixtures for the evaluation tests: seeds, an SFT train split over part of them, a tiny offline model."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

DATA = Path(__file__).resolve().parents[1] / "data" / "evaluation"


@pytest.fixture
def seeds_path() -> Path:
    return DATA / "seeds.jsonl"


def load_seeds() -> list[dict]:
    return [json.loads(line) for line in (DATA / "seeds.jsonl").read_text(encoding="utf-8").splitlines()]


def write_train_split(path: Path, seeds: list[dict], extra_texts: dict[str, str] | None = None) -> Path:
    """An sft_build-style train split: alpaca records whose metadata names the prompt seed."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "w", encoding="utf-8") as fh:
        for seed in seeds:
            record = {
                "instruction": "请使用 Phaser 3 完成下面的任务。",
                "input": f"任务：{seed['task']}\n难度：{seed['difficulty']}",
                "output": "[PLAN]\nREQ: 1. x\n[/PLAN]\n```javascript\nnew Phaser.Game({});\n```",
                "system": "",
                "metadata": {"id": f"sft_{seed['id']}", "prompt_id": seed["id"], "source": "teacher",
                             "difficulty": seed["difficulty"], "modules": seed["modules"]},
            }
            fh.write(json.dumps(record, ensure_ascii=False) + "\n")
        for prompt_id, text in (extra_texts or {}).items():
            record = {"instruction": text, "input": "", "output": "x", "metadata": {"prompt_id": prompt_id}}
            fh.write(json.dumps(record, ensure_ascii=False) + "\n")
    return path


@pytest.fixture
def train_split(tmp_path) -> Path:
    """The first 16 of the 24 seeds are in training; 8 are held out."""
    return write_train_split(tmp_path / "sft" / "train.jsonl", load_seeds()[:16])


@pytest.fixture(scope="session")
def tiny_model_dir(tmp_path_factory) -> Path:
    pytest.importorskip("transformers")
    from modelcall.training.tiny_model import build_tiny_qwen

    return build_tiny_qwen(tmp_path_factory.mktemp("tiny_qwen_eval") / "model")
