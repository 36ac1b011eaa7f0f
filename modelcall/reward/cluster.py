"""Reward servers on Slurm: one array job of N tasks, each a ``reward-server`` that adds its URL to one address
file (and withdraws it on scancel), which :meth:`RewardClient.from_address_file` reads.

    python -m modelcall reward-cluster start configs/reward/slurm.yaml --wait 300
    python -m modelcall reward-cluster status configs/reward/slurm.yaml
    python -m modelcall reward-cluster stop configs/reward/slurm.yaml

It goes through the project's Slurm backend (modelcall.cluster.backends.slurm): the same generated sbatch
script, worker (signals passed on) and state lookups as ``batch_submit``.
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path
from typing import Annotated, Any

import yaml
from pydantic import Field, ValidationError

from modelcall.cluster.config import SlurmSettings
from modelcall.cluster.jobs import JobBatch, JobSpec
from modelcall.config.paths import Input, Output
from modelcall.config.schema import StrictModel, format_validation_error
from modelcall.errors import ConfigError, TaskFailed
from modelcall.io import atomic_write_json


class RewardClusterConfig(StrictModel):
    servers: int = Field(2, ge=1, description="reward servers to start (one Slurm array task each)")
    workers_per_server: int | None = Field(None, ge=1, description="validator workers per server; default slurm.cpus_per_task")
    port: int = Field(8710, ge=0, le=65535, description="port of every server (0: a free one each, published)")
    run_dir: Annotated[str, Output] = Field("runs/reward_cluster", description="batch file, sbatch script, logs, job ids")
    address_file: Annotated[str | None, Output] = Field(None, description="where servers publish URLs; default <run_dir>/servers.txt")
    reward_config: Annotated[str | None, Input] = Field(None, description="reward YAML the servers load (weights, gates, validator)")
    python: str | None = Field(None, description="python on the nodes; default the one running this command")
    slurm: SlurmSettings = Field(default_factory=lambda: SlurmSettings(cpus_per_task=4, job_name="modelcall-reward"))

    @property
    def addresses(self) -> Path:
        return Path(self.address_file or Path(self.run_dir) / "servers.txt")


def load_cluster_config(path: str) -> RewardClusterConfig:
    file = Path(path)
    if not file.is_file():
        raise ConfigError(f"{path}: file not found (a reward-cluster YAML such as configs/reward/slurm.yaml)")
    try:
        data = yaml.safe_load(file.read_text(encoding="utf-8")) or {}
        return RewardClusterConfig.model_validate(data)
    except yaml.YAMLError as exc:
        raise ConfigError(f"{path}: not valid YAML: {exc}") from None
    except ValidationError as exc:
        raise ConfigError(format_validation_error(exc, RewardClusterConfig, prefix=f"{path}: ")) from None


def _backend(cfg: RewardClusterConfig) -> Any:
    from modelcall.cluster.backends.slurm import SlurmBackend

    run = Path(cfg.run_dir)
    return SlurmBackend(cfg.slurm, run / "jobs", run / "logs")


def server_batch(cfg: RewardClusterConfig) -> JobBatch:
    """N jobs, each ``python -m modelcall reward-server --host 0.0.0.0 ... --publish <address file>``."""
    run = Path(cfg.run_dir).resolve()
    python = cfg.python or sys.executable
    argv = [python, "-m", "modelcall", "reward-server", "--host", "0.0.0.0", "--port", str(cfg.port),
            "--workers", str(cfg.workers_per_server or cfg.slurm.cpus_per_task), "--publish", str(cfg.addresses.resolve())]
    if cfg.reward_config:
        argv += ["--config", str(Path(cfg.reward_config).resolve())]
    jobs = [JobSpec(key=f"reward_server_{i}", model="reward", chunk=str(i), attempt=0, argv=argv,
                    output_dir=str(run / "servers" / str(i)), marker=str(run / "servers" / str(i) / ".stopped"),
                    workdir=str(Path.cwd())) for i in range(cfg.servers)]
    return JobBatch(name="reward_servers", jobs=jobs, path=run / "jobs" / "reward_servers.json", log_dir=run / "logs")


def _state_path(cfg: RewardClusterConfig) -> Path:
    return Path(cfg.run_dir) / "jobs.json"


def start(cfg: RewardClusterConfig, wait_s: float = 0.0) -> list[str]:
    state = _state_path(cfg)
    if state.exists():
        running = [j for j, s in _backend(cfg).status(json.loads(state.read_text())["job_ids"]).items() if s.state.active]
        if running:
            raise ConfigError(f"reward servers already run as {', '.join(running)} (stop them first: reward-cluster stop)")
    if cfg.reward_config and not Path(cfg.reward_config).is_file():
        raise ConfigError(f"reward_config: {cfg.reward_config}: file not found")
    batch = server_batch(cfg)
    batch.write()
    job_ids = _backend(cfg).submit(batch)
    atomic_write_json(state, {"job_ids": job_ids, "address_file": str(cfg.addresses), "submitted_at": time.time()})
    if wait_s > 0:
        wait_for_addresses(cfg, cfg.servers, wait_s, job_ids)
    return job_ids


def wait_for_addresses(cfg: RewardClusterConfig, count: int, timeout_s: float, job_ids: list[str] | None = None) -> list[str]:
    """Block until ``count`` URLs are published; fail early when a server job ends."""
    from modelcall.reward.server import read_address_file

    deadline = time.monotonic() + timeout_s
    backend = _backend(cfg)
    while True:
        urls = read_address_file(cfg.addresses) if cfg.addresses.exists() else []
        if len(urls) >= count:
            return urls
        if job_ids:
            ended = {j: s for j, s in backend.status(job_ids).items() if not s.state.active}
            if ended:
                job, status = next(iter(ended.items()))
                raise TaskFailed(f"reward server job {job} ended ({status.state.value}) before publishing its address; "
                                 f"log: {backend.logs(job, 20)}")
        if time.monotonic() > deadline:
            raise TaskFailed(f"{len(urls)} of {count} reward servers published an address in {timeout_s:.0f} s "
                             f"({cfg.addresses}); see {Path(cfg.run_dir) / 'logs'}")
        time.sleep(1.0)


def status(cfg: RewardClusterConfig) -> dict[str, Any]:
    from modelcall.reward.client import RewardClient
    from modelcall.reward.server import read_address_file

    state = _state_path(cfg)
    job_ids = json.loads(state.read_text())["job_ids"] if state.exists() else []
    jobs = {j: s.state.value for j, s in _backend(cfg).status(job_ids).items()} if job_ids else {}
    urls = read_address_file(cfg.addresses) if cfg.addresses.exists() else []
    health: dict[str, Any] = {}
    if urls:
        with RewardClient(urls) as client:
            health = client.health()
    return {"jobs": jobs, "address_file": str(cfg.addresses), "servers": health}


def stop(cfg: RewardClusterConfig, wait_s: float = 60.0) -> list[str]:
    state = _state_path(cfg)
    if not state.exists():
        raise ConfigError(f"no reward servers were started from {cfg.run_dir} (no {state})")
    job_ids = json.loads(state.read_text())["job_ids"]
    backend = _backend(cfg)
    backend.cancel(job_ids)
    deadline = time.monotonic() + wait_s
    while time.monotonic() < deadline and any(s.state.active for s in backend.status(job_ids).values()):
        time.sleep(0.5)
    return job_ids


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("action", choices=["start", "status", "stop"])
    parser.add_argument("config", help="a reward-cluster YAML, e.g. configs/reward/slurm.yaml")
    parser.add_argument("--wait", type=float, default=0.0, metavar="S", help="start: wait up to S seconds for every address")


def main(args: argparse.Namespace) -> int:
    cfg = load_cluster_config(args.config)
    if args.action == "start":
        job_ids = start(cfg, args.wait)
        print(f"submitted {len(job_ids)} reward servers: {', '.join(job_ids)}; addresses: {cfg.addresses}")
        if args.wait:
            from modelcall.reward.server import read_address_file

            print("\n".join(read_address_file(cfg.addresses)))
    elif args.action == "status":
        print(json.dumps(status(cfg), indent=2))
    else:
        job_ids = stop(cfg)
        print(f"cancelled {', '.join(job_ids)}")
    return 0
