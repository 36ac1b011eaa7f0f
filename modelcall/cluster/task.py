"""A task spread over chunks: which task, which keys get each chunk's paths, and its config frozen in the run folder.

Any task whose runner reads one JSONL and writes one JSONL keyed by an id can run on chunks. The runner
declares how (``Runner.chunking``: input/output keys, id key); the config may name other keys. The task's
validated config is written once to ``<output_base_dir>/task_configs/<alias>.yaml`` and every chunk job,
including a resubmitted one, runs that file: chunks never mix two versions of a config. A rerun whose task
config differs is refused, naming the key. Before submitting, one short process with the jobs' python, working
directory and env files loads the frozen config and asks the runner what a job would lack
(``python -m modelcall.cluster.preflight``), so a missing Chromium is one clear error, not N failed jobs.
"""
from __future__ import annotations

import json
import os
import subprocess
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import yaml
from omegaconf import OmegaConf

from modelcall.cluster.config import BatchSubmitConfig
from modelcall.config.loader import load_task_mapping, resolve_path
from modelcall.errors import ConfigError
from modelcall.runners.base import Chunking

TASK_CONFIGS_DIR = "task_configs"
# keys set per job (or by the frozen copy's location): a rerun may change them without mixing chunk outputs
_PER_RUN_KEYS = {"description", "progress", "reports_dir", "log_dir"}


@dataclass
class ChunkedTask:
    alias: str
    task_type: str
    config_file: Path
    input_key: str
    output_key: str
    chunking: Chunking
    output_name: str
    overrides: list[str]

    def manifest_entry(self, base: Path) -> dict[str, Any]:
        from modelcall.cluster.manifest import relative_to_run

        return {
            "alias": self.alias, "task_type": self.task_type, "config": relative_to_run(base, self.config_file),
            "input_key": self.input_key, "output_key": self.output_key, "output_name": self.output_name,
            **merge_keys(self.chunking),
        }


def merge_keys(chunking: Chunking) -> dict[str, Any]:
    """What the merge needs to know about the records: the ids and how outputs point at inputs."""
    return {"id_key": chunking.id_key, "link_key": chunking.link, "input_id_keys": list(chunking.input_ids),
            "appends": chunking.appends}


def _raw_task(cfg: BatchSubmitConfig, source: str) -> tuple[dict[str, Any], str]:
    assert cfg.task is not None
    if cfg.task.config is not None:
        return dict(cfg.task.config), f"{source}: task.config"
    relative_to = Path(source).parent if source.endswith((".yaml", ".yml")) else None
    path = resolve_path(str(cfg.task.config_path), relative_to)
    if not path.is_file():
        raise ConfigError(f"task.config_path: {cfg.task.config_path} not found (run from the project root)", source=source)
    raw = OmegaConf.to_container(OmegaConf.load(path), resolve=False)
    if not isinstance(raw, dict):
        raise ConfigError(f"task.config_path: {path} is not a YAML mapping of keys to values", source=source)
    return raw, str(path)


def _value(value: Any) -> str:
    """A value as a command-line override (OmegaConf dotlist): JSON, which YAML reads back as the same value
    (a string stays a string, even 'null' or one with a colon)."""
    return json.dumps(value, ensure_ascii=False)


def _first_difference(old: Any, new: Any, where: str = "", ignore: set[str] | frozenset[str] = frozenset()) -> str | None:
    if isinstance(old, dict) and isinstance(new, dict):
        for key in sorted(set(old) | set(new), key=str):
            if where == "" and (key in _PER_RUN_KEYS or key in ignore):
                continue
            found = _first_difference(old.get(key), new.get(key), f"{where}.{key}" if where else str(key))
            if found:
                return found
        return None
    return None if old == new else where or "(top level)"


def resolve_task(cfg: BatchSubmitConfig, base: Path, source: str, write: bool) -> ChunkedTask:
    """Validate the chunk task, pick its keys, and freeze its config under ``task_configs/`` (unless ``write`` is off)."""
    from modelcall.runners import get_runner_class

    assert cfg.task is not None
    settings = cfg.task
    raw, task_source = _raw_task(cfg, source)
    task_type = str(raw.get("task_type") or "")
    runner = get_runner_class(task_type)
    if runner is None:
        raise ConfigError(f"task: unknown or missing task_type '{task_type}' (python -m modelcall list-tasks)", source=source)
    declared = runner.chunking
    input_key = settings.input_key or (declared.input_key if declared else None)
    output_key = settings.output_key or (declared.output_key if declared else None)
    if not input_key or not output_key:
        raise ConfigError(
            f"task: task type '{task_type}' does not say which keys get a chunk's input and output paths; set "
            "task.input_key and task.output_key (and task.id_key: the id field of its output records)",
            source=source,
        )
    chunking = declared or Chunking(input_key=input_key, output_key=output_key)
    if settings.id_key:
        chunking = replace(chunking, input_key=input_key, output_key=output_key, id_key=settings.id_key, link_key=None,
                           input_id_keys=(), split_id_keys=())
    overrides = dict(settings.overrides)
    if settings.browser_pages is not None:
        if not chunking.pages_key:
            raise ConfigError(f"task.browser_pages: task type '{task_type}' opens no browser pages", source=source)
        overrides[chunking.pages_key] = settings.browser_pages
    for key in (input_key, output_key):
        if key in overrides:
            raise ConfigError(f"task.overrides.{key}: set per chunk by batch_submit; remove it", source=source)
    alias = _safe(settings.alias or str(raw.get("task_name") or task_type))
    if alias in {"chunks", "jobs", "logs", "model_configs", TASK_CONFIGS_DIR}:
        raise ConfigError(f"task.alias: '{alias}' is a folder batch_submit uses itself; choose another", source=source)
    merged = cfg.output_path or str(Path(cfg.post_processing.merged_dir or base) / f"{alias}_merged.jsonl")
    items = [f"{input_key}={cfg.input_path}", f"{output_key}={merged}"]
    job_items = [f"{k}={_value(v)}" for k, v in overrides.items()]
    sample = {"output_dir": str(base / alias / "chunk_00000"), "chunk": "chunk_00000", "attempt": 1}
    try:
        items += [item.format(**sample) for item in job_items]
    except (KeyError, IndexError, ValueError) as exc:
        raise ConfigError(f"task.overrides: unknown placeholder {exc} (known: {{output_dir}} {{chunk}} {{attempt}})",
                          source=source) from None
    loaded = load_task_mapping(raw, task_source, items, check_keys=False)
    dump = loaded.config.model_dump(mode="json", by_alias=True)
    # the frozen copy holds the task's own settings; the overrides stay per job (they may hold placeholders)
    frozen_data = load_task_mapping(raw, task_source, items[:2], check_keys=False).config.model_dump(mode="json", by_alias=True)
    for key in (input_key, output_key):
        if key not in dump:
            raise ConfigError(f"task.{'input_key' if key == input_key else 'output_key'}: task type '{task_type}' has no key "
                              f"'{key}'", source=source)
    # each chunk's output keeps the file name the task gives it (validated.jsonl, candidates.jsonl, ...)
    own = raw.get(output_key)
    output_name = (Path(own).name if isinstance(own, str) and "${" not in own else "") or "output.jsonl"
    config_file = (base / TASK_CONFIGS_DIR / f"{alias}.yaml").resolve()
    if config_file.exists():
        old = yaml.safe_load(config_file.read_text(encoding="utf-8")) or {}
        changed = _first_difference(old, frozen_data, ignore={input_key, output_key})
        if changed:
            raise ConfigError(
                f"task: its config changed since this run started ({changed}: {_show(old, changed)} -> "
                f"{_show(frozen_data, changed)}); chunks run with both would mix in one merged output: use a new "
                f"output_base_dir, or restore the setting ({config_file} holds the run's copy)",
                source=source,
            )
    elif write:
        config_file.parent.mkdir(parents=True, exist_ok=True)
        text = yaml.safe_dump(frozen_data, sort_keys=False, allow_unicode=True)
        config_file.write_text(f"# the config every chunk job of this run uses (written by batch_submit)\n{text}", encoding="utf-8")
    return ChunkedTask(alias, task_type, config_file, input_key, output_key, chunking, output_name, job_items)


def _show(data: dict[str, Any], dotted: str) -> str:
    node: Any = data
    for part in dotted.split("."):
        node = node.get(part) if isinstance(node, dict) else None
    return json.dumps(node, ensure_ascii=False)


def _safe(text: str) -> str:
    import re

    return re.sub(r"[^A-Za-z0-9._-]+", "-", text).strip("-") or "task"


def check_job_environment(task: ChunkedTask, python: str, workdir: str, env: dict[str, str], source: str,
                          timeout_s: float = 180.0) -> None:
    """Run the preflight once as a job would (python, working directory, env files); a problem is a ConfigError."""
    argv = [python, "-m", "modelcall.cluster.preflight", str(task.config_file), *task.overrides]
    try:
        proc = subprocess.run(argv, cwd=workdir, env=env, capture_output=True, text=True, timeout=timeout_s,
                              stdin=subprocess.DEVNULL)
    except FileNotFoundError:
        raise ConfigError(f"job.python: {python} not found: the jobs could not start", source=source) from None
    except subprocess.TimeoutExpired:
        raise ConfigError(f"the job environment check ({' '.join(argv[:3])}) did not finish in {timeout_s:.0f} s",
                          source=source) from None
    if proc.returncode == 0:
        return
    lines = [ln.strip() for ln in (proc.stdout + "\n" + proc.stderr).splitlines() if ln.strip()]
    problems = [ln[2:] for ln in lines if ln.startswith("- ")] or lines[-3:] or [f"exit {proc.returncode}"]
    raise ConfigError(
        f"a {task.task_type} job would fail here ({python} in {workdir}): " + "; ".join(problems)
        + " -- nothing was submitted (fix it, or set task.check_environment: false to submit anyway)",
        source=source,
    )


def job_env(env_files: list[str]) -> dict[str, str]:
    """This process's environment plus the job env files (what a worker gives its job)."""
    from modelcall.cluster.jobs import JobSpec
    from modelcall.cluster.worker import job_environment

    spec = JobSpec(key="", model="", chunk="", attempt=0, argv=[], output_dir="", marker="", workdir="", env_files=env_files)
    env = job_environment(spec, dict(os.environ))
    from modelcall.cluster.backends.local import _pythonpath

    env["PYTHONPATH"] = _pythonpath()
    return env
