"""What runs on a node: ``python -m modelcall.cluster.worker <batch.json> <index>``.

It loads the job's env files (credentials live there, never in the job script or the YAML), runs the job
command in the job's working directory, passes SIGTERM/SIGINT on to it (scancel, a local cancel), and
writes the chunk's completion marker only when the command exits 0. Its exit status is the command's.
"""
from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

from dotenv import dotenv_values

from modelcall.cluster.jobs import JobSpec, load_batch_job
from modelcall.cluster.manifest import write_marker


def job_environment(job: JobSpec, base: dict[str, str] | None = None) -> dict[str, str]:
    """The job's environment: ``base`` (default: this process's) plus its env files' variables (base wins)."""
    env = dict(os.environ if base is None else base)
    for name in job.env_files:
        path = Path(name)
        if not path.exists():
            print(f"[worker] env file {path} not found; continuing without it", file=sys.stderr, flush=True)
            continue
        for key, value in dotenv_values(path).items():
            if value is not None and key not in env:
                env[key] = value
    return env


def announce(job: JobSpec) -> str:
    return f"[worker] {job.key} attempt {job.attempt} on {socket.gethostname()}: {job.shell_command()}"


def mark_complete(job: JobSpec, job_id: str | None, elapsed: float) -> None:
    """Write the chunk's completion marker (the job's command exited 0)."""
    write_marker(
        job.marker,
        {"key": job.key, "attempt": job.attempt, "job_id": job_id, "host": socket.gethostname(), "elapsed_s": round(elapsed, 3)},
    )


def run_job(job: JobSpec, job_id: str | None = None) -> int:
    """Run one job to the end; write its marker on success; return its exit status."""
    env = job_environment(job)
    Path(job.output_dir).mkdir(parents=True, exist_ok=True)
    started = time.time()
    print(announce(job), file=sys.stderr, flush=True)
    try:
        child = subprocess.Popen(job.argv, cwd=job.workdir or None, env=env)
    except OSError as exc:
        print(f"[worker] cannot start the job command: {exc}", file=sys.stderr, flush=True)
        return 127

    def forward(signum: int, _frame: object) -> None:
        if child.poll() is None:
            child.send_signal(signum)

    signal.signal(signal.SIGTERM, forward)
    signal.signal(signal.SIGINT, forward)
    rc = child.wait()
    elapsed = time.time() - started
    if rc == 0:
        mark_complete(job, job_id, elapsed)
        print(f"[worker] {job.key} complete in {elapsed:.1f}s", file=sys.stderr, flush=True)
    else:
        print(f"[worker] {job.key} exited {rc} after {elapsed:.1f}s; no completion marker", file=sys.stderr, flush=True)
    return 128 - rc if rc < 0 else rc


def _job_id_from_env() -> str | None:
    array_job = os.environ.get("SLURM_ARRAY_JOB_ID")
    if array_job:
        return f"{array_job}_{os.environ.get('SLURM_ARRAY_TASK_ID', '')}"
    return os.environ.get("SLURM_JOB_ID") or os.environ.get("MODELCALL_JOB_ID")


def main(argv: list[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if len(args) != 2:
        print("usage: python -m modelcall.cluster.worker <batch.json> <index>", file=sys.stderr)
        return 2
    try:
        job = load_batch_job(args[0], int(args[1]))
    except (OSError, ValueError, IndexError, KeyError) as exc:
        print(f"[worker] cannot read job {args[1]} of {args[0]}: {exc}", file=sys.stderr)
        return 2
    return run_job(job, _job_id_from_env())


if __name__ == "__main__":
    sys.exit(main())
