"""Start a reward server as a child process and wait until it publishes its address (tests, benchmarks, notebooks).

    with RewardServerProcess(workdir, config={"validator": {...}}, workers=2) as server:
        client = RewardClient(server.url)
"""
from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

PROJECT_ROOT = Path(__file__).resolve().parents[2]


class RewardServerProcess:
    def __init__(self, workdir: str | Path, config: dict[str, Any] | None = None, workers: int = 1,
                 extra_args: list[str] | None = None, start_timeout_s: float = 180.0):
        self.workdir = Path(workdir)
        self.config = config or {}
        self.workers = workers
        self.extra_args = extra_args or []
        self.start_timeout_s = start_timeout_s
        self.address_file = self.workdir / "servers.txt"
        self.log_path = self.workdir / "reward-server.log"
        self.proc: subprocess.Popen | None = None
        self.url = ""

    def start(self) -> RewardServerProcess:
        self.workdir.mkdir(parents=True, exist_ok=True)
        cfg = self.workdir / "reward-server.yaml"
        cfg.write_text(json.dumps(self.config), encoding="utf-8")  # JSON is YAML
        env = dict(os.environ, PYTHONPATH=str(PROJECT_ROOT) + os.pathsep + os.environ.get("PYTHONPATH", ""))
        log = self.log_path.open("w", encoding="utf-8")
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "modelcall", "reward-server", "--port", "0", "--workers", str(self.workers),
             "--config", str(cfg), "--publish", str(self.address_file), *self.extra_args],
            cwd=self.workdir, env=env, stdout=log, stderr=subprocess.STDOUT)
        log.close()
        deadline = time.monotonic() + self.start_timeout_s
        while time.monotonic() < deadline:
            if self.address_file.exists() and self.address_file.read_text().strip():
                self.url = self.address_file.read_text().split()[0]
                return self
            if self.proc.poll() is not None:
                raise RuntimeError(f"the reward server exited ({self.proc.returncode}): {self.log_path.read_text()[-2000:]}")
            time.sleep(0.2)
        self.stop()
        raise RuntimeError(f"the reward server did not publish an address in {self.start_timeout_s:.0f} s")

    def stop(self, timeout_s: float = 60.0) -> int | None:
        """SIGTERM (graceful), then SIGKILL after ``timeout_s``; returns the exit code."""
        if self.proc is None:
            return None
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            try:
                self.proc.wait(timeout_s)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        return self.proc.returncode

    def __enter__(self) -> RewardServerProcess:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()
