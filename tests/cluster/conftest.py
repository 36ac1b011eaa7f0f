"""Cluster test fixtures: request files, a stand-in generation command, and a real single-node Slurm."""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
PROJECT_ROOT = HERE.parents[1]
FAKE_GENERATE = HERE / "fake_generate.py"
SLURM_SCRIPT = PROJECT_ROOT / "scripts" / "slurm_local.sh"


def write_requests(path: Path, n: int, prefix: str = "p") -> Path:
    with open(path, "w", encoding="utf-8") as handle:
        for i in range(n):
            handle.write(json.dumps({"request_id": f"{prefix}{i:05d}_v0", "messages": [{"role": "user", "content": f"题目 {i}"}]}, ensure_ascii=False) + "\n")
    return path


def fake_command(*extra: str) -> list[str]:
    """job.command running the stand-in generator (same arguments as the generation CLI)."""
    return [sys.executable, str(FAKE_GENERATE), "--input-path", "{input_path}", "--output-path", "{output_path}",
            "--model-config", "{model_config}", *extra]


def batch_task(tmp_path: Path, n_chunks: int = 4, **overrides) -> dict:
    task = {
        "task_name": "batch",
        "task_type": "batch_submit",
        "input_path": str(tmp_path / "requests.jsonl"),
        "output_base_dir": str(tmp_path / "run"),
        "reports_dir": str(tmp_path / "reports"),
        "progress": False,
        "models": [{"alias": "mock1", "provider": "mock", "model": "mock-1"}],
        "split": {"num_chunks": n_chunks},
        "job": {"command": fake_command()},
        "poll_interval_s": 0.2,
        "wait_timeout_s": 60,
    }
    for key, value in overrides.items():
        if isinstance(value, dict) and isinstance(task.get(key), dict):
            task[key] = {**task[key], **value}
        else:
            task[key] = value
    return task


def cancel_midway(run: Path, key: str, min_lines: int, start_timeout_s: float = 30) -> int:
    """scancel job ``key`` of the run at ``run`` once its chunk has ``min_lines`` answers, wait until Slurm calls it
    CANCELLED, and return how many answers its raw_outputs.jsonl held by then."""
    from modelcall.cluster.backends.base import JobState
    from modelcall.cluster.backends.slurm import SlurmBackend
    from modelcall.cluster.config import SlurmSettings
    from modelcall.cluster.manifest import Manifest

    victim = Manifest.load(run).jobs[key]
    out = run / key / "raw_outputs.jsonl"
    deadline = time.monotonic() + start_timeout_s
    while (not out.exists() or len(out.read_text().splitlines()) < min_lines) and time.monotonic() < deadline:
        time.sleep(0.1)
    subprocess.run(["scancel", victim.job_id], check=True)
    backend = SlurmBackend(SlurmSettings(), run / "jobs", run / "logs")
    deadline = time.monotonic() + 30
    while backend.status([victim.job_id])[victim.job_id].state.active and time.monotonic() < deadline:
        time.sleep(0.1)
    assert backend.status([victim.job_id])[victim.job_id].state is JobState.CANCELLED
    return len(out.read_text().splitlines())


@pytest.fixture(scope="session")
def local_slurm():
    """Start the single-node Slurm of scripts/slurm_local.sh once per session; yield its SLURM_CONF.

    A Slurm that was already running is left running; one started here is stopped at the end.
    """
    missing = [t for t in ("munged", "slurmctld", "slurmd", "sbatch") if shutil.which(t) is None]
    if missing:
        pytest.skip(f"Slurm is not installed ({', '.join(missing)} missing): bash scripts/setup.sh installs slurm-wlm + munge")
    if os.geteuid() != 0:
        pytest.skip("starting a local Slurm needs root (munged, slurmctld, slurmd); CI runs as root")
    was_running = subprocess.run(["bash", str(SLURM_SCRIPT), "status"], capture_output=True).returncode == 0
    proc = subprocess.run(["bash", str(SLURM_SCRIPT), "start"], capture_output=True, text=True, timeout=120)
    if proc.returncode != 0:
        pytest.skip(f"the local Slurm did not start: {proc.stderr.strip()[-500:]}")
    conf = subprocess.run(["bash", str(SLURM_SCRIPT), "env"], capture_output=True, text=True).stdout.strip()
    yield conf.split("=", 1)[1]
    if not was_running:
        subprocess.run(["bash", str(SLURM_SCRIPT), "stop"], capture_output=True, timeout=60)


@pytest.fixture
def slurm_env(local_slurm, monkeypatch) -> str:
    monkeypatch.setenv("SLURM_CONF", local_slurm)
    return local_slurm


@pytest.fixture
def cluster_kit():
    """The helpers above, for test modules (pytest's importlib mode does not import conftest by name)."""

    class Kit:
        requests = staticmethod(write_requests)
        command = staticmethod(fake_command)
        task = staticmethod(batch_task)
        cancel_midway = staticmethod(cancel_midway)

    return Kit
