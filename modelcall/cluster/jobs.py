"""What a job is: one (model, chunk) pair, its command line, and the batch file a backend hands to workers.

A backend submits a *batch* of jobs at once (a Slurm array, a local pool, a set of SiFlow tasks). The batch
file ``<output_base_dir>/jobs/<batch>.json`` lists the jobs in order; a worker gets the file and its index,
so the job scripts stay small and hold no secrets.
"""
from __future__ import annotations

import shlex
import sys
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import orjson

from modelcall.errors import ConfigError
from modelcall.io import atomic_write_json

# What a job runs: the generation CLI on one chunk. Placeholders are filled per job (see JobSpec.fill).
DEFAULT_COMMAND: list[str] = [
    "{python}", "-m", "modelcall", "distillation", "generate",
    "--input-path", "{input_path}",
    "--output-path", "{output_path}",
    "--model-config", "{model_config}",
    "--concurrency", "{concurrency}",
    "--batch-size", "{batch_size}",
]
# With a task: run-task on its frozen config, the chunk's paths and the task's overrides set on the command line.
TASK_COMMAND: list[str] = [
    "{python}", "-m", "modelcall", "run-task", "{task_config}",
    "{input_key}={input_path}",
    "{output_key}={output_path}",
    "reports_dir={output_dir}/reports",
    "progress=false",
]
PLACEHOLDERS = (
    "python", "input_path", "output_path", "output_dir", "model_config", "model", "chunk",
    "concurrency", "batch_size", "attempt", "task_config", "input_key", "output_key",
)


@dataclass
class JobSpec:
    """One job: run ``argv`` (in ``workdir``) to fill ``output_dir``; on exit 0 write ``marker``."""

    key: str
    model: str
    chunk: str
    attempt: int
    argv: list[str]
    output_dir: str
    marker: str
    workdir: str
    env_files: list[str] = field(default_factory=list)

    def shell_command(self) -> str:
        return " ".join(shlex.quote(a) for a in self.argv)


@dataclass
class JobBatch:
    """Jobs submitted together; ``path`` is the batch file workers read."""

    name: str
    jobs: list[JobSpec]
    path: Path
    log_dir: Path

    def write(self) -> Path:
        atomic_write_json(self.path, {"name": self.name, "jobs": [asdict(j) for j in self.jobs]})
        return self.path

    def worker_argv(self, index: int | str, python: str | None = None) -> list[str]:
        """The command a backend runs for job ``index`` of this batch."""
        return [python or sys.executable, "-m", "modelcall.cluster.worker", str(self.path), str(index)]


def load_batch_job(batch_path: str | Path, index: int) -> JobSpec:
    data = orjson.loads(Path(batch_path).read_bytes())
    jobs = data["jobs"]
    if not 0 <= index < len(jobs):
        raise IndexError(f"{batch_path}: job index {index} out of range (0..{len(jobs) - 1})")
    return JobSpec(**jobs[index])


def fill_command(template: list[str], values: dict[str, Any], source: str) -> list[str]:
    """The job's argv: ``{placeholder}`` in each template item replaced by its value."""
    argv = []
    for item in template:
        try:
            argv.append(item.format(**{k: "" if v is None else v for k, v in values.items()}))
        except (KeyError, IndexError) as exc:
            raise ConfigError(
                f"job.command: unknown placeholder {exc} in '{item}' (known: {', '.join(PLACEHOLDERS)})", source=source
            ) from None
    return argv
