"""batch_submit's logic: split the input, reconcile the manifest with the backend, submit what is missing, wait.

A (model, chunk) is submitted when it is neither complete (marker) nor queued/running; a chunk whose job
*failed* (non-zero exit, timeout, out of memory) is resubmitted only with ``resubmit_failed`` (it may fail
again the same way); a cancelled job or one the backend lost is resubmitted on any rerun. Every
resubmission is attempt + 1, and the job resumes from what the chunk folder already holds.
"""
from __future__ import annotations

import logging
import os
import re
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

import yaml
from dotenv import dotenv_values

from modelcall.cluster.backends.base import Backend, JobState, JobStatus
from modelcall.cluster.config import BatchSubmitConfig
from modelcall.cluster.jobs import TASK_COMMAND, JobBatch, JobSpec, fill_command
from modelcall.cluster.manifest import (
    ChunkInfo,
    ChunkState,
    JobEntry,
    Manifest,
    chunk_output_dir,
    job_key,
    marker_path,
)
from modelcall.cluster.task import ChunkedTask
from modelcall.config.loader import check_credentials, default_env_files, load_model_config, resolve_path
from modelcall.config.model import ModelConfig
from modelcall.errors import ConfigError, InputError
from modelcall.io import AtomicWriter, ReadStats, count_lines, dumps_line, read_jsonl_numbered
from modelcall.progress import progress_bar
from modelcall.reporting import utc_now
from modelcall.runners.jsonl_split import chunk_sizes

log = logging.getLogger("modelcall.batch_submit")

CHUNKS_DIR = "chunks"
JOBS_DIR = "jobs"
LOGS_DIR = "logs"
MODELS_DIR = "model_configs"

_BACKEND_TO_CHUNK = {
    JobState.PENDING: ChunkState.PENDING,
    JobState.RUNNING: ChunkState.RUNNING,
    JobState.FAILED: ChunkState.FAILED,
    JobState.CANCELLED: ChunkState.CANCELLED,
    JobState.UNKNOWN: ChunkState.LOST,
}


@dataclass
class JobModel:
    """What each job of a run runs: its alias (folder name), the config file a job passes to --model-config, and
    the model config loaded from it (None for a task run on chunks)."""

    alias: str
    path: str
    config: ModelConfig | None = None


@dataclass
class Plan:
    """What a run decided: chunk states before submitting and the jobs to submit."""

    states: dict[str, ChunkState] = field(default_factory=dict)
    to_submit: list[str] = field(default_factory=list)
    skipped_failed: list[str] = field(default_factory=list)


def make_backend(cfg: BatchSubmitConfig, base: Path, source: str) -> Backend:
    """The configured backend, over this run's jobs/ and logs/ folders."""
    python = cfg.job.python
    if cfg.backend == "local":
        from modelcall.cluster.backends.local import LocalBackend

        return LocalBackend(base / JOBS_DIR, cfg.local.max_parallel, python)
    if cfg.backend == "slurm":
        from modelcall.cluster.backends.slurm import SlurmBackend

        return SlurmBackend(cfg.slurm, base / JOBS_DIR, base / LOGS_DIR, python, source)
    from modelcall.cluster.backends.siflow import SiflowBackend

    return SiflowBackend(cfg.siflow, source=source)


def _safe_name(text: str) -> str:
    return re.sub(r"[^A-Za-z0-9._-]+", "-", text).strip("-") or "model"


def resolve_models(cfg: BatchSubmitConfig, base: Path, source: str, write: bool) -> list[JobModel]:
    """Load each model config by the one model-config loader (paths stay paths; inline mappings are written
    under model_configs/)."""
    refs: list[JobModel] = []
    for value in cfg.models:
        model = load_model_config(value, source)
        alias = _safe_name(model.alias or model.model)
        if isinstance(value, str):
            relative_to = Path(source).parent if source.endswith((".yaml", ".yml")) else None
            path = str(resolve_path(value, relative_to).resolve())
        else:
            target = base / MODELS_DIR / f"{alias}.yaml"
            if write:
                target.parent.mkdir(parents=True, exist_ok=True)
                data = model.model_dump(mode="json")
                data["alias"] = alias
                target.write_text(yaml.safe_dump(data, sort_keys=False, allow_unicode=True), encoding="utf-8")
            path = str(target.resolve())
        if any(r.alias == alias for r in refs):
            raise ConfigError(f"models: two models share the alias '{alias}'; give one an 'alias:'", source=source)
        refs.append(JobModel(alias, path, model))
    return refs


def env_file_list(cfg: BatchSubmitConfig) -> list[str]:
    value = cfg.job.env_file
    names = [] if value is None else [value] if isinstance(value, str) else list(value)
    return [str(Path(n).resolve()) for n in names]


def check_model_keys(models: list[JobModel], env_files: list[str], source: str) -> None:
    """Each model's key variable must reach the jobs: set here (exported to jobs), in a job env file, or in
    env/<provider>.env (the generation command loads it); checked by the one credentials check."""
    configs = [m.config for m in models if m.config is not None]
    from_files: set[str] = set()
    for name in env_files:
        if not Path(name).exists():
            raise ConfigError(f"job.env_file: {name} not found", source=source)
    defaults = [str(p) for provider in dict.fromkeys(c.provider for c in configs) for p in default_env_files(provider)]
    for name in [*env_files, *defaults]:
        from_files.update(k for k, v in dotenv_values(name).items() if v)
    check_credentials(configs, env_files, source, defined_elsewhere=from_files)


# -- split ---------------------------------------------------------------------------------------------
def _record_id(record: dict[str, Any], id_keys: tuple[str, ...]) -> str | None:
    for key in id_keys:
        value = record.get(key)
        if value is not None and value != "":
            return str(value)
    return None


def _distinct_requests(
    cfg: BatchSubmitConfig, counts: dict[str, int] | None = None, id_keys: tuple[str, ...] = ("request_id",),
    position_key: str | None = None,
) -> Iterator[dict[str, Any]]:
    """The input's records, each id once (the first wins, like the engine); bad lines per on_bad_line.
    ``counts["duplicates"]`` counts the repeats dropped; ``position_key`` gets each record's index in the input."""
    counts = counts if counts is not None else {}
    counts.setdefault("duplicates", 0)
    seen: set[str] = set()
    for position, (lineno, record) in enumerate(read_jsonl_numbered(cfg.input_path, cfg.on_bad_line, ReadStats())):
        if position_key:
            record.setdefault(position_key, position)
        if not id_keys:
            yield record
            continue
        rid = _record_id(record, id_keys)
        if rid is None:
            names = " or ".join(id_keys)
            raise InputError(f"{cfg.input_path}:{lineno}: record has no {names} (every record needs one: "
                             "the merge matches outputs to it)")
        if rid in seen:
            counts["duplicates"] += 1
            continue
        seen.add(rid)
        yield record


def plan_chunks(
    cfg: BatchSubmitConfig, base: Path, source: str, id_keys: tuple[str, ...] = ("request_id",)
) -> tuple[int, list[ChunkInfo], int]:
    """Chunk names, paths and sizes for this input and split (nothing written), and the repeated ids.

    Chunks are sized from the distinct records, not the lines: blank or skipped bad lines leave no empty
    chunk, and a repeated id is dropped here, so that no id lands in two chunks (the merge
    deduplicates one chunk at a time)."""
    if not Path(cfg.input_path).exists():
        raise InputError(f"{cfg.input_path}: input file not found (input_path)")
    counts: dict[str, int] = {}
    total = sum(1 for _ in _distinct_requests(cfg, counts, id_keys)) if count_lines(cfg.input_path) else 0
    if total == 0:
        raise InputError(f"{cfg.input_path}: holds no records")
    sizes = chunk_sizes(total, cfg.split.num_chunks, cfg.split.chunk_size)
    chunks_dir = base / CHUNKS_DIR
    infos = [
        ChunkInfo(name=f"chunk_{i:05d}", path=str((chunks_dir / f"chunk_{i:05d}.jsonl").resolve()), records=n)
        for i, n in enumerate(sizes)
    ]
    return total, infos, counts["duplicates"]


def write_chunks(
    cfg: BatchSubmitConfig, chunks: list[ChunkInfo], id_keys: tuple[str, ...] = ("request_id",),
    position_key: str | None = None, group_keys: tuple[str, ...] = (),
) -> tuple[int, int]:
    """Stream the distinct records into the chunk files (each written atomically); return the records written
    and how many groups (``group_keys``) ended up in more than one chunk.

    With ``group_keys``, a chunk does not end between two adjacent records of the same id (a task that numbers
    repeats, like parse's candidate_id, sees them together as one process would): chunks end at the planned
    running totals or just after, the last takes the rest, and a chunk left empty is dropped from ``chunks``."""
    records = _distinct_requests(cfg, None, id_keys, position_key)
    pending: dict[str, Any] | None = None
    written = boundary = 0
    closed: set[str] = set()  # groups of the chunks already written
    this_chunk: set[str] = set()
    spread: set[str] = set()
    for index, info in enumerate(chunks):
        boundary += info.records
        last = index == len(chunks) - 1
        count = 0
        previous: str | None = None
        closed |= this_chunk
        this_chunk = set()
        with AtomicWriter(info.path) as handle:
            while True:
                record = pending if pending is not None else next(records, None)
                pending = None
                if record is None:
                    break
                rid = _record_id(record, group_keys) if group_keys else None
                if written >= boundary and not last and (rid is None or rid != previous):
                    pending = record
                    break
                handle.write(dumps_line(record))
                count += 1
                written += 1
                previous = rid
                if rid is not None:
                    this_chunk.add(rid)
                    if rid in closed:
                        spread.add(rid)
        info.records = count
    for info in [c for c in chunks if c.records == 0]:
        Path(info.path).unlink(missing_ok=True)
        chunks.remove(info)
    return written, len(spread)


def split_settings(cfg: BatchSubmitConfig) -> dict[str, Any]:
    return {"num_chunks": cfg.split.num_chunks, "chunk_size": cfg.split.chunk_size}


def check_same_run(manifest: Manifest, cfg: BatchSubmitConfig, source: str) -> None:
    """A rerun must split the same input the same way, or chunk names would mean other requests."""
    size = Path(cfg.input_path).stat().st_size if Path(cfg.input_path).exists() else -1
    if manifest.split != split_settings(cfg) or manifest.input_size != size:
        raise ConfigError(
            f"output_base_dir {manifest.output_base_dir} holds a run of {manifest.input_path} split as {manifest.split} "
            f"({manifest.input_size} bytes); this config splits {cfg.input_path} as {split_settings(cfg)} ({size} bytes): "
            "use a new output_base_dir, or the same input and split",
            source=source,
        )


def check_same_kind(manifest: Manifest, task: ChunkedTask | None, source: str) -> None:
    """A run folder holds one kind of run: a distillation, or chunks of one task."""
    held = (manifest.task or {}).get("alias")
    if task is None and held:
        raise ConfigError(f"output_base_dir {manifest.output_base_dir} holds a run of task '{held}', not a distillation: "
                          "use a new output_base_dir", source=source)
    if task is not None and held != task.alias:
        what = f"task '{held}'" if held else "a distillation"
        raise ConfigError(f"output_base_dir {manifest.output_base_dir} holds a run of {what}, not of task '{task.alias}': "
                          "use a new output_base_dir", source=source)


# -- reconcile -------------------------------------------------------------------------------------------
def refresh_states(manifest: Manifest, backend: Backend | None) -> dict[str, JobStatus]:
    """Bring every entry's state up to date: backend status first, then completion markers (the truth)."""
    active = [e for e in manifest.jobs.values() if ChunkState(e.state).active and e.job_id]
    elsewhere = [e.key for e in active if backend is not None and e.backend != backend.name]
    if elsewhere:
        # never resubmit what may still run on another backend; it stays 'running' until seen there
        log.warning("%d job(s) were submitted to another backend and are left alone: %s", len(elsewhere),
                    ", ".join(elsewhere[:5]))
    active = [e for e in active if backend is not None and e.backend == backend.name]
    statuses = backend.status([e.job_id for e in active]) if (backend is not None and active) else {}
    now = utc_now()
    for entry in manifest.jobs.values():
        marker = marker_path(manifest.output_base_dir, entry.model, entry.chunk)
        old = entry.state
        status = statuses.get(entry.job_id) if entry.job_id else None
        if marker.exists():
            entry.state = ChunkState.COMPLETED.value
            entry.exit_code = 0
            entry.reason = None
        elif status is not None:
            if status.state is JobState.COMPLETED:
                if marker.exists():  # finished between the two looks
                    entry.state = ChunkState.COMPLETED.value
                else:
                    entry.state = ChunkState.FAILED.value
                    entry.reason = "job ended without writing its completion marker"
            else:
                entry.state = _BACKEND_TO_CHUNK[status.state].value
                entry.reason = status.reason
            entry.exit_code = status.exit_code if status.exit_code is not None else entry.exit_code
        elif entry.state == ChunkState.COMPLETED.value:
            entry.state = ChunkState.LOST.value  # its marker was deleted: redo it
            entry.reason = "completion marker missing"
        if entry.state != old:
            entry.updated_at = now
    return statuses


def make_plan(manifest: Manifest, models: list[JobModel], resubmit_failed: bool, forced: list[str] | None = None) -> Plan:
    """Which jobs to submit; ``forced`` chunk names or model/chunk keys run again unless queued or running."""
    plan = Plan()
    forced_set = set(forced or [])
    known = {info.name for info in manifest.chunks} | {job_key(m.alias, c.name) for m in models for c in manifest.chunks}
    unknown = sorted(forced_set - known)
    if unknown:
        raise ConfigError(f"resubmit_chunks: no such chunk {', '.join(unknown)} (see {manifest.path})")
    for ref in models:
        for info in manifest.chunks:
            key = job_key(ref.alias, info.name)
            entry = manifest.jobs.get(key)
            if entry is None:
                state = ChunkState.COMPLETED if marker_path(manifest.output_base_dir, ref.alias, info.name).exists() else ChunkState.NEW
            else:
                state = ChunkState(entry.state)
            plan.states[key] = state
            if (key in forced_set or info.name in forced_set) and not state.active:
                plan.to_submit.append(key)
            elif state in (ChunkState.NEW, ChunkState.CANCELLED, ChunkState.LOST):
                plan.to_submit.append(key)
            elif state is ChunkState.FAILED:
                (plan.to_submit if resubmit_failed else plan.skipped_failed).append(key)
    return plan


def build_batch(
    cfg: BatchSubmitConfig, manifest: Manifest, models: list[JobModel], keys: list[str], source: str,
    task: ChunkedTask | None = None,
) -> JobBatch:
    base = manifest.output_base_dir
    stamp = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%S%f")[:-3]
    name = f"{_safe_name(cfg.task_name)}-{stamp}"
    by_alias = {m.alias: m for m in models}
    workdir = str(Path(cfg.job.workdir or os.getcwd()).resolve())
    env_files = env_file_list(cfg)
    jobs = []
    if task is not None:
        explicit = "command" in cfg.job.model_fields_set
        template = list(cfg.job.command) if explicit else [*TASK_COMMAND, *task.overrides]
        output_name = task.output_name
    else:
        template, output_name = list(cfg.job.command), cfg.job.output_name
    for key in keys:
        alias, chunk = key.split("/", 1)
        info = manifest.chunk(chunk)
        assert info is not None
        entry = manifest.jobs.get(key)
        attempt = (entry.attempt + 1) if entry is not None else 1
        out_dir = chunk_output_dir(base, alias, chunk).resolve()
        values = {
            "python": cfg.job.python or sys.executable,
            "input_path": info.path,
            "output_dir": str(out_dir),
            "output_path": str(out_dir / output_name),
            "model_config": by_alias[alias].path,
            "model": alias,
            "chunk": chunk,
            "concurrency": cfg.job.concurrency,
            "batch_size": cfg.job.batch_size,
            "attempt": attempt,
        }
        if task is not None:
            values.update(task_config=str(task.config_file), input_key=task.input_key, output_key=task.output_key)
        argv = fill_command(template, values, source) + list(cfg.job.extra_args)
        jobs.append(
            JobSpec(
                key=key, model=alias, chunk=chunk, attempt=attempt, argv=argv, output_dir=str(out_dir),
                marker=str(marker_path(base, alias, chunk).resolve()), workdir=workdir, env_files=env_files,
            )
        )
    return JobBatch(name=name, jobs=jobs, path=(base / JOBS_DIR / f"{name}.json").resolve(), log_dir=(base / LOGS_DIR).resolve())


def clear_markers(manifest: Manifest, batch: JobBatch) -> None:
    """A job that runs again must not look complete before it finishes (forced resubmissions)."""
    for job in batch.jobs:
        Path(job.marker).unlink(missing_ok=True)


def record_submission(manifest: Manifest, batch: JobBatch, job_ids: list[str], backend: str) -> None:
    now = utc_now()
    for job, job_id in zip(batch.jobs, job_ids, strict=True):
        old = manifest.jobs.get(job.key)
        history = list(old.history) if old else []
        if old is not None:
            history.append({"attempt": old.attempt, "job_id": old.job_id, "state": old.state, "reason": old.reason})
        manifest.jobs[job.key] = JobEntry(
            model=job.model, chunk=job.chunk, backend=backend, job_id=job_id, attempt=job.attempt,
            state=ChunkState.PENDING.value, submitted_at=now, updated_at=now, history=history,
        )


# -- wait ------------------------------------------------------------------------------------------------
def wait_for_jobs(
    manifest: Manifest,
    backend: Backend,
    poll_interval_s: float,
    timeout_s: float | None,
    sleep: Callable[[float], None] = time.sleep,
) -> bool:
    """Follow active jobs with a progress bar over chunks until none is active; False on timeout."""
    total = len(manifest.jobs)
    started = time.monotonic()
    with progress_bar(total=total, desc="chunks", unit="chunk") as bar:
        while True:
            refresh_states(manifest, backend)
            manifest.save()
            counts = manifest.state_counts()
            done = total - counts.get("pending", 0) - counts.get("running", 0)
            bar.n = done
            bar.set_postfix({k: v for k, v in sorted(counts.items())}, refresh=True)
            if done >= total:
                return True
            if timeout_s is not None and time.monotonic() - started > timeout_s:
                return False
            sleep(poll_interval_s)


def format_states(manifest: Manifest) -> str:
    """One line per job: key, job id, attempt, state and the backend's reason."""
    lines = [f"{'job':<40} {'job id':<24} {'attempt':>7}  state"]
    for key, entry in sorted(manifest.jobs.items()):
        reason = f" ({entry.reason})" if entry.reason and entry.state != ChunkState.COMPLETED.value else ""
        lines.append(f"{key:<40} {entry.job_id or '-':<24} {entry.attempt:>7}  {entry.state}{reason}")
    counts = ", ".join(f"{k}={v}" for k, v in sorted(manifest.state_counts().items()))
    lines.append(f"# {len(manifest.jobs)} job(s): {counts or 'none'}")
    return "\n".join(lines)
