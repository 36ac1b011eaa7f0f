"""The ``local`` backend: a process pool on this machine, with the same manifest and state handling as a cluster.

Submitting starts one detached pool process per batch (``python -m modelcall.cluster.backends.local``) that
runs the batch's jobs, at most ``max_parallel`` at a time (the pool does the worker's part itself), and survives the submitting task (so
``wait: false`` works as it does on Slurm). The pool records each job's state in
``<jobs_dir>/<batch>/<index>.state.json``; a job id is ``<batch>_<index>``. Cancelling writes a
``<index>.cancel`` file (a job not started yet never starts) and signals a running job's process group.
"""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import orjson

from modelcall.cluster import worker
from modelcall.cluster.backends.base import Backend, JobState, JobStatus, tail_file
from modelcall.cluster.jobs import JobBatch, JobSpec
from modelcall.io import atomic_write_json


def _pid_alive(pid: int | None) -> bool:
    if not pid:
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    # a zombie (exited, not yet reaped by its parent) is not alive for our purposes
    try:
        with open(f"/proc/{pid}/stat", encoding="utf-8") as handle:
            return handle.read().split(") ", 1)[1][:1] != "Z"
    except (OSError, IndexError):
        return True


class LocalBackend(Backend):
    name = "local"

    def __init__(self, jobs_dir: str | Path, max_parallel: int = 2, python: str | None = None):
        self.jobs_dir = Path(jobs_dir)
        self.max_parallel = max(1, max_parallel)
        self.python = python or sys.executable
        self._pools: list[subprocess.Popen[bytes]] = []

    # -- submit -------------------------------------------------------------------------------------
    def _pool_argv(self, batch: JobBatch) -> list[str]:
        return [
            self.python, "-m", "modelcall.cluster.backends.local",
            str(batch.path), str(self.jobs_dir / batch.name), str(batch.log_dir), str(self.max_parallel),
        ]

    def describe(self, batch: JobBatch) -> str:
        lines = [f"# local pool, {len(batch.jobs)} job(s), at most {self.max_parallel} at a time:"]
        lines.append(" ".join(self._pool_argv(batch)))
        for i, job in enumerate(batch.jobs):
            lines.append(f"#  [{i}] {job.key} (attempt {job.attempt}): {job.shell_command()}")
        return "\n".join(lines)

    def submit(self, batch: JobBatch) -> list[str]:
        state_dir = self.jobs_dir / batch.name
        state_dir.mkdir(parents=True, exist_ok=True)
        batch.log_dir.mkdir(parents=True, exist_ok=True)
        for i in range(len(batch.jobs)):
            atomic_write_json(state_dir / f"{i}.state.json", {"state": "pending"})
        pool_log = open(batch.log_dir / f"{batch.name}.pool.log", "ab")
        try:
            proc = subprocess.Popen(
                self._pool_argv(batch),
                stdin=subprocess.DEVNULL,
                stdout=pool_log,
                stderr=subprocess.STDOUT,
                start_new_session=True,  # outlives the submitting task, like a cluster job
                env={**os.environ, "PYTHONPATH": _pythonpath()},
            )
        finally:
            pool_log.close()
        (state_dir / "pool.pid").write_text(str(proc.pid))
        self._pools.append(proc)
        return [f"{batch.name}_{i}" for i in range(len(batch.jobs))]

    # -- status -------------------------------------------------------------------------------------
    def _locate(self, job_id: str) -> tuple[Path, str] | None:
        name, sep, index = job_id.rpartition("_")
        if not sep or not index.isdigit():
            return None
        return self.jobs_dir / name, index

    def status(self, job_ids: list[str]) -> dict[str, JobStatus]:
        for pool in self._pools:
            pool.poll()  # reap pools we started, so that a finished pool is not a zombie
        result: dict[str, JobStatus] = {}
        for job_id in job_ids:
            where = self._locate(job_id)
            if where is None or not (where[0] / f"{where[1]}.state.json").exists():
                result[job_id] = JobStatus(JobState.UNKNOWN, reason="no such local job")
                continue
            state_dir, index = where
            data = _read_json(state_dir / f"{index}.state.json")
            state = JobState(data.get("state", "unknown"))
            if state.active and not _pid_alive(_read_pid(state_dir / "pool.pid")):
                if _pid_alive(data.get("pid")):
                    # the job outlived its pool: it is still writing, so it must not be resubmitted yet
                    result[job_id] = JobStatus(JobState.RUNNING, reason="its pool is gone; the job still runs")
                else:
                    # the pool died (machine reboot, kill -9): the job can no longer finish
                    result[job_id] = JobStatus(JobState.UNKNOWN, reason="the local pool process is gone")
                continue
            result[job_id] = JobStatus(state, data.get("exit_code"), data.get("reason"))
        return result

    def cancel(self, job_ids: list[str]) -> None:
        for job_id in job_ids:
            where = self._locate(job_id)
            if where is None:
                continue
            state_dir, index = where
            (state_dir / f"{index}.cancel").touch()
            data = _read_json(state_dir / f"{index}.state.json")
            pid = data.get("pid")
            if data.get("state") == "running" and pid:
                try:
                    os.killpg(pid, signal.SIGTERM)
                except (ProcessLookupError, PermissionError):
                    pass

    def logs(self, job_id: str, tail: int = 50) -> str:
        where = self._locate(job_id)
        if where is None:
            return f"(unknown local job {job_id})"
        data = _read_json(where[0] / f"{where[1]}.state.json")
        log = data.get("log")
        return tail_file(log, tail) if log else "(the job has not started yet)"


def _pythonpath() -> str:
    """Workers must import this modelcall even when it is not installed (a source checkout)."""
    root = str(Path(__file__).resolve().parents[3])
    existing = os.environ.get("PYTHONPATH")
    return root + (os.pathsep + existing if existing else "")


def _read_json(path: Path) -> dict[str, Any]:
    try:
        data = orjson.loads(path.read_bytes())
    except (OSError, orjson.JSONDecodeError):
        return {}
    return data if isinstance(data, dict) else {}


def _read_pid(path: Path) -> int | None:
    try:
        return int(path.read_text().strip())
    except (OSError, ValueError):
        return None


# -- the pool process -------------------------------------------------------------------------------
def run_pool(batch_path: Path, state_dir: Path, log_dir: Path, parallel: int) -> int:
    """Run every job of a batch file, ``parallel`` at a time, recording each job's state."""
    jobs = orjson.loads(batch_path.read_bytes())["jobs"]
    name = state_dir.name
    lock = threading.Lock()

    def record(index: int, **data: Any) -> None:
        with lock:
            atomic_write_json(state_dir / f"{index}.state.json", data)

    def run_one(index: int) -> None:
        cancel_flag = state_dir / f"{index}.cancel"
        if cancel_flag.exists():
            record(index, state="cancelled", reason="cancelled before it started")
            return
        # the pool is the worker here: it runs the job command itself (one process start less per job)
        job = JobSpec(**jobs[index])
        job_id = f"{name}_{index}"
        log_path = log_dir / f"{name}_{index}.log"
        Path(job.output_dir).mkdir(parents=True, exist_ok=True)
        started = time.time()
        with open(log_path, "ab") as log:
            log.write((worker.announce(job) + "\n").encode())
            log.flush()
            try:
                proc = subprocess.Popen(
                    job.argv,
                    cwd=job.workdir or None,
                    stdin=subprocess.DEVNULL,
                    stdout=log,
                    stderr=subprocess.STDOUT,
                    start_new_session=True,  # its own process group, so cancel reaches the whole job
                    env={**worker.job_environment(job), "MODELCALL_JOB_ID": job_id},
                )
            except OSError as exc:
                log.write(f"[worker] cannot start the job command: {exc}\n".encode())
                record(index, state="failed", exit_code=127, log=str(log_path), reason=f"cannot start: {exc}")
                return
            record(index, state="running", pid=proc.pid, log=str(log_path), started_at=started)
            if cancel_flag.exists():  # a cancel that raced with the start
                os.killpg(proc.pid, signal.SIGTERM)
            rc = proc.wait()
            if rc == 0 and not cancel_flag.exists():
                worker.mark_complete(job, job_id, time.time() - started)
                log.write(f"[worker] {job.key} complete in {time.time() - started:.1f}s\n".encode())
            else:
                log.write(f"[worker] {job.key} exited {rc}; no completion marker\n".encode())
        if cancel_flag.exists():
            record(index, state="cancelled", exit_code=rc, log=str(log_path), reason="cancelled")
        elif rc == 0:
            record(index, state="completed", exit_code=0, log=str(log_path))
        else:
            record(index, state="failed", exit_code=rc, log=str(log_path), reason=f"exit status {rc}")

    stop = threading.Event()

    def on_term(signum: int, _frame: object) -> None:
        stop.set()
        for i in range(len(jobs)):
            (state_dir / f"{i}.cancel").touch()
            data = _read_json(state_dir / f"{i}.state.json")
            if data.get("state") == "running" and data.get("pid"):
                try:
                    os.killpg(int(data["pid"]), signal.SIGTERM)
                except (ProcessLookupError, PermissionError):
                    pass

    signal.signal(signal.SIGTERM, on_term)
    with ThreadPoolExecutor(max_workers=max(1, parallel)) as pool:
        list(pool.map(run_one, range(len(jobs))))
    return 0


if __name__ == "__main__":
    batch_file, state_folder, log_folder, parallel_s = sys.argv[1:5]
    sys.exit(run_pool(Path(batch_file), Path(state_folder), Path(log_folder), int(parallel_s)))
