"""N reward servers as a Slurm array through the project's Slurm backend; the client finds them in the address file.
Run under `flock /tmp/slurm.lock` (one local Slurm for everyone)."""
from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from modelcall.reward.client import RewardClient
from modelcall.reward.cluster import RewardClusterConfig, load_cluster_config, server_batch, start, status, stop

pytestmark = pytest.mark.slurm
ROOT = Path(__file__).resolve().parents[2]


def test_shipped_cluster_config_validates(monkeypatch):
    monkeypatch.chdir(ROOT)
    cfg = load_cluster_config("configs/reward/slurm.yaml")
    batch = server_batch(cfg)
    assert len(batch.jobs) == cfg.servers and "reward-server" in batch.jobs[0].argv
    assert "--publish" in batch.jobs[0].argv and "0.0.0.0" in batch.jobs[0].argv


def test_two_reward_servers_on_slurm(slurm_env, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    server_cfg = tmp_path / "server.yaml"
    server_cfg.write_text(json.dumps({"validator": {"runtime": {"enabled": False}, "cache_path": None}}), encoding="utf-8")
    cfg = RewardClusterConfig(servers=2, workers_per_server=1, port=0, run_dir=str(tmp_path / "run"),
                              reward_config=str(server_cfg), python=sys.executable,
                              slurm={"cpus_per_task": 1, "job_name": "reward-test",
                                     "setup_lines": [f"export PYTHONPATH={ROOT}"]})
    job_ids = start(cfg, wait_s=180)
    try:
        urls = [line for line in cfg.addresses.read_text().split() if line]
        assert len(urls) == 2 and len(set(urls)) == 2
        rows = [json.loads(line) for line in (ROOT / "tests/data/reward/completions.jsonl").read_text().splitlines()]
        with RewardClient.from_address_file(cfg.addresses, chunk_size=3) as client:
            rewards = client.score(rows)
        assert len(rewards) == 12 and rewards[3]["total"] == 0.0 and rewards[0]["total"] > 0.5
        state = status(cfg)
        assert set(state["jobs"].values()) == {"running"} and all(s["status"] == "ok" for s in state["servers"].values())
        served = [s["cache_entries"] for s in state["servers"].values()]
        assert all(n > 0 for n in served)  # both servers took a share of the chunks
    finally:
        stop(cfg)
    assert cfg.addresses.read_text().strip() == ""  # every server withdrew its address on scancel (SIGTERM)
    assert len(job_ids) == 2
