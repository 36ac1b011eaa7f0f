"""The ``slurm`` backend: one job array per batch, submitted with ``sbatch --parsable``.

The batch script is generated from the config (partition, cpus, mem, time, array throttle ``%N``, extra
``#SBATCH`` lines, set-up lines); each array task runs the worker on its own index, so job ids are
``<array job id>_<index>``. State comes from ``squeue`` while a job is queued or running, then from
``scontrol show job`` (kept for MinJobAge), then ``sacct`` where accounting runs, then from the
job-completion log (jobcomp/filetxt).
"""
from __future__ import annotations

import getpass
import os
import re
import shlex
import shutil
import subprocess
from pathlib import Path
from typing import Any

from dotenv import dotenv_values

from modelcall.cluster.backends.base import Backend, JobState, JobStatus, tail_file
from modelcall.cluster.jobs import JobBatch
from modelcall.errors import ConfigError, TaskFailed

_ACTIVE = {"PENDING", "CONFIGURING", "RUNNING", "COMPLETING", "SUSPENDED", "REQUEUED", "REQUEUE_HOLD",
           "REQUEUE_FED", "RESIZING", "SIGNALING", "STAGE_OUT", "STOPPED", "RESV_DEL_HOLD", "SPECIAL_EXIT"}
_FAILED = {"FAILED", "TIMEOUT", "OUT_OF_MEMORY", "NODE_FAIL", "BOOT_FAIL", "DEADLINE", "PREEMPTED", "REVOKED"}


def map_state(slurm_state: str) -> JobState:
    """A Slurm job state (``CANCELLED by 0`` and ``RUNNING+`` forms included) in our words."""
    word = slurm_state.split()[0].rstrip("+").upper() if slurm_state.strip() else ""
    if word in ("PENDING", "CONFIGURING", "REQUEUED", "REQUEUE_HOLD", "REQUEUE_FED", "RESV_DEL_HOLD"):
        return JobState.PENDING
    if word in _ACTIVE:
        return JobState.RUNNING
    if word == "COMPLETED":
        return JobState.COMPLETED
    if word == "CANCELLED":
        return JobState.CANCELLED
    if word in _FAILED:
        return JobState.FAILED
    return JobState.UNKNOWN


def _task_in(task_id: str, expr: str) -> bool:
    """Whether array task ``task_id`` is in an ArrayTaskId expression (``2-3,7%2``; empty or NO_VAL: every task)."""
    expr = expr.split("%")[0]
    if not expr or expr == "4294967294" or not task_id.isdigit():
        return bool(task_id.isdigit())
    task = int(task_id)
    for part in expr.split(","):
        bounds, _, step = part.partition(":")
        lo, _, hi = bounds.partition("-")
        if lo.isdigit() and (hi or lo).isdigit() and int(lo) <= task <= int(hi or lo) and (task - int(lo)) % int(step or 1) == 0:
            return True
    return False


def _parse_kv_line(line: str) -> dict[str, str]:
    """``Key=value Key2=value2`` (scontrol -o, jobcomp/filetxt) into a dict; values hold no spaces here."""
    fields: dict[str, str] = {}
    for token in line.split():
        key, sep, value = token.partition("=")
        if sep:
            fields[key] = value
    return fields


def _exit_code(value: str | None) -> int | None:
    if not value:
        return None
    code = value.split(":")[0]
    return int(code) if code.isdigit() else None


class SlurmBackend(Backend):
    name = "slurm"

    def __init__(
        self, settings: Any, jobs_dir: str | Path, log_dir: str | Path, python: str | None = None, source: str = "<config>"
    ):
        self.settings = settings
        self.jobs_dir = Path(jobs_dir)
        self.log_dir = Path(log_dir)
        self.python = python
        self.source = source
        self._jobcomp_path: str | None = getattr(settings, "jobcomp_log", None)
        self._jobcomp_looked_up = self._jobcomp_path is not None

    # -- commands ---------------------------------------------------------------------------------------
    def _run(self, argv: list[str], check: bool = True, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
        if shutil.which(argv[0]) is None:
            raise ConfigError(
                f"backend slurm: '{argv[0]}' not found on PATH (run on a Slurm login node, or start a local one: "
                "bash scripts/slurm_local.sh start)",
                source=self.source,
            )
        conf = os.environ.get("SLURM_CONF")
        if conf and not Path(conf).exists():  # the clients would retry for a minute before saying so
            raise ConfigError(
                f"backend slurm: SLURM_CONF={conf} does not exist (for the local Slurm: bash scripts/slurm_local.sh start)",
                source=self.source,
            )
        try:
            proc = subprocess.run(argv, capture_output=True, text=True, timeout=120, env=env)
        except subprocess.TimeoutExpired:
            raise TaskFailed(f"{argv[0]} did not answer in 120 s: is slurmctld up? (scontrol ping)") from None
        if check and proc.returncode != 0:
            detail = "; ".join(line.strip() for line in proc.stderr.strip().splitlines())[:500]
            raise TaskFailed(
                f"{' '.join(argv[:2])} failed (exit {proc.returncode}): {detail} "
                "(is Slurm up? scontrol ping; a local one: bash scripts/slurm_local.sh status)"
            )
        return proc

    # -- script -------------------------------------------------------------------------------------------
    def script(self, batch: JobBatch) -> str:
        s = self.settings
        count = len(batch.jobs)
        array = f"0-{count - 1}" if count > 1 else "0"
        if s.array_throttle and count > 1:
            array += f"%{s.array_throttle}"
        lines = [
            "#!/bin/bash",
            f"#SBATCH --job-name={s.job_name or batch.name}",
            f"#SBATCH --array={array}",
            f"#SBATCH --output={batch.log_dir}/slurm-%A_%a.out",
            f"#SBATCH --chdir={batch.jobs[0].workdir if batch.jobs else os.getcwd()}",
            f"#SBATCH --cpus-per-task={s.cpus_per_task}",
        ]
        for flag, value in (("partition", s.partition), ("mem", s.mem), ("time", s.time),
                            ("account", s.account), ("qos", s.qos)):
            if value:
                lines.append(f"#SBATCH --{flag}={value}")
        lines += [f"#SBATCH {extra}" for extra in s.extra_directives]
        lines += ["", "# generated by modelcall batch_submit; credentials are read by the worker from env files", "set -eo pipefail"]
        lines += list(s.setup_lines)
        worker = batch.worker_argv("$SLURM_ARRAY_TASK_ID", self.python)
        quoted = " ".join(shlex.quote(a) for a in worker[:-1]) + ' "$SLURM_ARRAY_TASK_ID"'
        lines.append(f"exec {quoted}")
        return "\n".join(lines) + "\n"

    def describe(self, batch: JobBatch) -> str:
        script_path = self.jobs_dir / f"{batch.name}.sbatch"
        listing = [f"#  [{i}] {job.key} (attempt {job.attempt}): {job.shell_command()}" for i, job in enumerate(batch.jobs)]
        return f"# sbatch --parsable {script_path}\n" + self.script(batch) + "# array tasks:\n" + "\n".join(listing)

    def submit(self, batch: JobBatch) -> list[str]:
        self.jobs_dir.mkdir(parents=True, exist_ok=True)
        batch.log_dir.mkdir(parents=True, exist_ok=True)
        script_path = self.jobs_dir / f"{batch.name}.sbatch"
        script_path.write_text(self.script(batch), encoding="utf-8")
        proc = self._run(["sbatch", "--parsable", str(script_path)], env=self._submit_environment(batch))
        array_id = proc.stdout.strip().split(";")[0]
        if not array_id.isdigit():
            raise TaskFailed(f"sbatch returned an unexpected job id {proc.stdout.strip()!r}")
        return [f"{array_id}_{i}" for i in range(len(batch.jobs))]

    @staticmethod
    def _submit_environment(batch: JobBatch) -> dict[str, str]:
        """sbatch's environment (Slurm stores it with the job) without what the job env files provide.

        The worker reads those files on the node, so their values (API keys) need not be kept by Slurm.
        """
        env = dict(os.environ)
        files = {name for job in batch.jobs for name in job.env_files}
        for name in files:
            if Path(name).exists():
                for key in dotenv_values(name):
                    env.pop(key, None)
        return env

    # -- status -------------------------------------------------------------------------------------------
    def status(self, job_ids: list[str]) -> dict[str, JobStatus]:
        wanted = set(job_ids)
        result: dict[str, JobStatus] = {}
        # 1. queued or running: squeue, array tasks expanded (-r)
        # a failing squeue must not make live jobs look gone (they would be resubmitted while running)
        proc = self._run(["squeue", "-h", "-r", "-u", getpass.getuser(), "-o", "%i|%T|%r"])
        for line in proc.stdout.splitlines():
            parts = line.strip().split("|")
            if len(parts) == 3 and parts[0] in wanted:
                result[parts[0]] = JobStatus(map_state(parts[1]), reason=parts[2] if parts[2] != "None" else None)
        # 2. recently finished: scontrol keeps records for MinJobAge
        # The array's own record (JobId == ArrayJobId, no single task id) stands for the tasks that never
        # started: cancelled while pending, they get no record of their own anywhere.
        remainders: dict[str, dict[str, str]] = {}
        missing = [j for j in job_ids if j not in result]
        for array_id in sorted({j.split("_")[0] for j in missing}):
            proc = self._run(["scontrol", "-o", "show", "job", array_id], check=False)
            if proc.returncode != 0:
                continue
            for line in proc.stdout.splitlines():
                fields = _parse_kv_line(line)
                if fields.get("JobId") == array_id and not fields.get("ArrayTaskId", "").isdigit():
                    remainders[array_id] = fields
                else:
                    self._take_record(fields, wanted, result)
        # 3. long finished, on clusters with accounting: sacct (it fails quietly without slurmdbd)
        missing = [j for j in job_ids if j not in result]
        if missing and shutil.which("sacct"):
            arrays = ",".join(sorted({j.split("_")[0] for j in missing}))
            proc = self._run(["sacct", "-n", "-P", "-X", "-j", arrays, "-o", "JobID,State,ExitCode"], check=False)
            if proc.returncode == 0:
                for line in proc.stdout.splitlines():
                    parts = line.strip().split("|")
                    if len(parts) == 3 and parts[0] in wanted and parts[0] not in result:
                        array_id, _, task_id = parts[0].partition("_")
                        self._take_record({"ArrayJobId": array_id, "ArrayTaskId": task_id, "JobState": parts[1],
                                           "ExitCode": parts[2]}, wanted, result)
        # 4. long finished: the job-completion log
        missing = [j for j in job_ids if j not in result]
        if missing:
            path = self.jobcomp_log()
            if path and Path(path).exists():
                arrays = {j.split("_")[0] for j in missing}
                with open(path, encoding="utf-8", errors="replace") as handle:
                    for line in handle:
                        if "ArrayJobId=" in line and any(f"ArrayJobId={a} " in line for a in arrays):
                            self._take_record(_parse_kv_line(line), wanted, result, overwrite=True)
                        elif line.startswith("JobId=") and "ArrayJobId=" not in line:
                            fields = _parse_kv_line(line)
                            if fields.get("JobId") in arrays:
                                remainders.setdefault(fields["JobId"], fields)
        for job_id in job_ids:
            array_id, _, task_id = job_id.partition("_")
            rest = remainders.get(array_id)
            if job_id in result or rest is None or not _task_in(task_id, rest.get("ArrayTaskId", "")):
                continue
            state = rest.get("JobState", "")
            mapped = map_state(state)
            if mapped not in (JobState.PENDING, JobState.RUNNING, JobState.COMPLETED):
                result[job_id] = JobStatus(mapped, None, f"{state} before it started")
        for job_id in job_ids:
            result.setdefault(job_id, JobStatus(JobState.UNKNOWN, reason="not in squeue, scontrol or the jobcomp log"))
        return result

    @staticmethod
    def _take_record(fields: dict[str, str], wanted: set[str], result: dict[str, JobStatus], overwrite: bool = False) -> None:
        array_id, task_id = fields.get("ArrayJobId"), fields.get("ArrayTaskId")
        if not array_id or not task_id or not task_id.isdigit():
            return
        job_id = f"{array_id}_{task_id}"
        if job_id not in wanted or (job_id in result and not overwrite):
            return
        state = fields.get("JobState", "")
        code = _exit_code(fields.get("ExitCode"))
        mapped = map_state(state)
        if mapped is JobState.COMPLETED and code not in (None, 0):
            mapped = JobState.FAILED
        result[job_id] = JobStatus(mapped, code, state if mapped is not JobState.COMPLETED else None)

    def jobcomp_log(self) -> str | None:
        """The jobcomp/filetxt file: from the config, else from ``scontrol show config``."""
        if not self._jobcomp_looked_up:
            self._jobcomp_looked_up = True
            proc = self._run(["scontrol", "show", "config"], check=False)
            comp_type = re.search(r"^JobCompType\s*=\s*(\S+)", proc.stdout, re.M)
            comp_loc = re.search(r"^JobCompLoc\s*=\s*(\S+)", proc.stdout, re.M)
            if comp_type and comp_type.group(1) == "jobcomp/filetxt" and comp_loc:
                self._jobcomp_path = comp_loc.group(1)
        return self._jobcomp_path

    def cancel(self, job_ids: list[str]) -> None:
        if job_ids:
            self._run(["scancel", *job_ids], check=False)

    def logs(self, job_id: str, tail: int = 50) -> str:
        path = self.log_dir / f"slurm-{job_id}.out"
        return tail_file(str(path), tail) if path.exists() else f"(no log file {path} yet)"
