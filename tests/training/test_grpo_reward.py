"""A real GRPO loop: TRL's GRPOTrainer, 2 steps on the tiny offline Qwen2, its reward from a running reward server
(full validator, headless Chromium) over HTTP; rewards and their components land in the trainer's logs."""
from __future__ import annotations

import json
import shutil
from pathlib import Path

import httpx
import pytest

from modelcall.reward.scoring import COMPONENTS


def _chromium() -> bool:
    try:
        from modelcall.validator.browser import default_executable
    except ImportError:
        return False
    return default_executable() is not None or shutil.which("chromium") is not None


@pytest.mark.browser
def test_grpo_trainer_two_steps_with_the_reward_server(tiny_model_dir, tmp_path):
    pytest.importorskip("trl")
    if not _chromium():
        pytest.skip("no headless Chromium installed (scripts/setup.sh installs them)")
    from datasets import Dataset

    from modelcall.reward.client import RewardClient, trl_reward_funcs
    from modelcall.reward.launch import RewardServerProcess
    from modelcall.training.grpo import grpo_classes, load_policy

    GRPOTrainer, GRPOConfig = grpo_classes()
    seeds = [json.loads(line) for line in (Path(__file__).resolve().parents[2] / "modelcall" / "data" / "demo_seeds.jsonl").open(encoding="utf-8")][:2]
    rows = [{"prompt": [{"role": "user", "content": "写一个 Phaser 3 程序：" + s["task"]}],
             "prompt_meta": json.dumps(s, ensure_ascii=False)} for s in seeds]
    server_cfg = {"validator": {"cache_path": None}}  # the full validator: L1-L4 with the browser
    with RewardServerProcess(tmp_path / "server", server_cfg, workers=1) as server, RewardClient(server.url) as client:
        funcs, weights = trl_reward_funcs(client, log_path=tmp_path / "rewards.jsonl")
        model, tokenizer = load_policy(tiny_model_dir)
        args = GRPOConfig(
            output_dir=str(tmp_path / "grpo"), max_steps=2, per_device_train_batch_size=4, num_generations=4,
            max_completion_length=24, logging_steps=1, report_to=[], use_cpu=True, save_strategy="no",
            reward_weights=weights, seed=0, dataloader_num_workers=0,
        )
        trainer = GRPOTrainer(model=model, processing_class=tokenizer, reward_funcs=funcs, args=args,
                              train_dataset=Dataset.from_list(rows))
        trainer.train()
        served = httpx.get(server.url + "/metrics").text
    steps = [h for h in trainer.state.log_history if "rewards/modelcall_reward/mean" in h]
    assert len(steps) == 2
    for entry in steps:
        assert 0.0 <= entry["rewards/modelcall_reward/mean"] <= 1.0 and "reward_std" in entry
        for name in COMPONENTS:
            assert f"rewards/{name}/mean" in entry  # every component logged, weight 0
    logged = [json.loads(line) for line in (tmp_path / "rewards.jsonl").read_text(encoding="utf-8").splitlines()]
    assert len(logged) == 2 * 4 and all(set(r["components"]) == set(COMPONENTS) for r in logged)
    assert {r["prompt_id"] for r in logged} <= {s["id"] for s in seeds}  # seeds came through the dataset column
    assert "modelcall_reward_requests_total 2" in served  # one HTTP round trip per step: components reuse it
    assert server.proc.returncode == 0
