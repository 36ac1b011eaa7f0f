"""The shipped train_eval example configs validate against their task schemas (keys, types, required)."""
from __future__ import annotations

from pathlib import Path

import pytest

from modelcall.config.loader import load_task

CONFIGS = sorted((Path(__file__).resolve().parents[2] / "configs" / "tasks" / "train_eval").glob("*.yaml"))


def test_there_are_examples_for_every_task_type():
    types = {load_task(p).config.task_type for p in CONFIGS}
    assert types == {"sft_train", "infer", "eval_set", "evaluate"}


@pytest.mark.parametrize("path", CONFIGS, ids=lambda p: p.name)
def test_example_config_loads(path):
    loaded = load_task(path)
    assert loaded.config.task_name and loaded.config.reports_dir.startswith("runs/train_eval")
