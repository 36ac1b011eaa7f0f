"""Pipeline steps: load each task (a YAML path or an inline mapping), apply overrides and references."""
from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from omegaconf import OmegaConf
from pydantic import Field, model_validator

from modelcall.config.loader import LoadedTask, load_task_mapping, resolve_path
from modelcall.config.paths import DeclaredPath, declared_paths, expand, is_pattern, written_by
from modelcall.config.schema import StrictModel
from modelcall.errors import ConfigError, InputError

_REFERENCE = re.compile(r"\{\{\s*steps\.([A-Za-z0-9_\-]+)\.([A-Za-z0-9_.\-]+)\s*\}\}")


class PipelineStep(StrictModel):
    name: str = Field(description="step name (used by from_step / only_step and in the report)")
    config: str | None = Field(None, description="path to a task YAML")
    task: dict[str, Any] | None = Field(None, description="or: the task written inline (task_type + its keys)")
    overrides: dict[str, Any] = Field(
        default_factory=dict, description="keys set on top of the task (dotted keys reach into sections)"
    )

    @model_validator(mode="after")
    def _one_source(self) -> PipelineStep:
        if (self.config is None) == (self.task is None):
            raise ValueError(f"step '{self.name}': set exactly one of config (a path) and task (inline)")
        return self


@dataclass
class ResolvedStep:
    index: int
    spec: PipelineStep
    loaded: LoadedTask

    @property
    def name(self) -> str:
        return self.spec.name

    @property
    def task_type(self) -> str:
        return self.loaded.config.task_type

    @property
    def paths(self) -> list[DeclaredPath]:
        """The input and output paths its schema declares (modelcall/config/paths.py)."""
        return list(declared_paths(self.loaded.config))


def _lookup(data: Any, dotted: str) -> Any:
    for part in dotted.split("."):
        if isinstance(data, dict) and part in data:
            data = data[part]
        else:
            raise KeyError(dotted)
    return data


def substitute(value: Any, done: dict[str, dict[str, Any]], where: str) -> Any:
    """Replace ``{{steps.NAME.key.path}}`` with that earlier step's resolved config value."""
    if isinstance(value, dict):
        return {k: substitute(v, done, f"{where}.{k}") for k, v in value.items()}
    if isinstance(value, list):
        return [substitute(v, done, f"{where}[{i}]") for i, v in enumerate(value)]
    if not isinstance(value, str) or "{{" not in value:
        return value

    def one(match: re.Match[str]) -> str:
        step, key = match.group(1), match.group(2)
        if step not in done:
            raise ConfigError(f"{where}: {{{{steps.{step}.{key}}}}} names no earlier step (earlier: {', '.join(done) or 'none'})")
        try:
            found = _lookup(done[step], key)
        except KeyError:
            raise ConfigError(f"{where}: step '{step}' has no config key '{key}'") from None
        return str(found)

    whole = _REFERENCE.fullmatch(value.strip())
    if whole:  # a value that is only a reference keeps the referenced value's type
        step, key = whole.group(1), whole.group(2)
        if step in done:
            try:
                return _lookup(done[step], key)
            except KeyError:
                pass
    return _REFERENCE.sub(one, value)


def _set_dotted(mapping: dict[str, Any], dotted: str, value: Any) -> None:
    parts = dotted.split(".")
    node = mapping
    for part in parts[:-1]:
        child = node.get(part)
        if not isinstance(child, dict):
            child = {}
            node[part] = child
        node = child
    node[parts[-1]] = value


def load_steps(
    steps: list[PipelineStep],
    source: str,
    defaults: dict[str, Any],
) -> list[ResolvedStep]:
    """Validate every step before anything runs, so a typo in step 7 stops the pipeline at once."""
    names = [s.name for s in steps]
    dupes = {n for n in names if names.count(n) > 1}
    if dupes:
        raise ConfigError(f"steps: names must be unique; repeated: {', '.join(sorted(dupes))}", source=source)
    relative_to = Path(source).parent if Path(source).suffix in (".yaml", ".yml") else None
    done: dict[str, dict[str, Any]] = {}
    resolved: list[ResolvedStep] = []
    for index, spec in enumerate(steps):
        where = f"steps[{index}] ({spec.name})"
        if spec.config is not None:
            path = resolve_path(spec.config, relative_to)
            if not path.is_file():
                raise ConfigError(f"{where}.config: {spec.config} not found (in the working directory or beside the pipeline file; run from the project root)", source=source)
            try:
                raw = OmegaConf.to_container(OmegaConf.load(path), resolve=False)
            except Exception as exc:  # noqa: BLE001 - YAML or OmegaConf syntax: one line naming the file
                first = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
                raise ConfigError(f"{where}.config: cannot read {path}: {first}", source=source) from None
            if not isinstance(raw, dict):
                raise ConfigError(f"{where}.config: {path} is not a YAML mapping of keys to values", source=source)
            step_source = str(path)
        else:
            raw = dict(spec.task or {})
            step_source = f"{source}: {where}"
        assert isinstance(raw, dict)
        mapping: dict[str, Any] = dict(raw)
        for key, value in spec.overrides.items():
            _set_dotted(mapping, key, value)
        mapping.setdefault("task_name", spec.name)
        for key, value in defaults.items():
            mapping.setdefault(key, value)
        try:
            mapping = substitute(mapping, done, where)
        except ConfigError as exc:
            if exc.source is not None:
                raise
            raise ConfigError(str(exc.args[0]), source=source) from None  # name the pipeline file too
        loaded = load_task_mapping(mapping, step_source)
        dump = loaded.config.model_dump(mode="json")
        done[spec.name] = dump
        resolved.append(ResolvedStep(index, spec, loaded))
    return resolved


def link_inputs(steps: list[ResolvedStep]) -> dict[str, dict[str, str]]:
    """step name -> {input path: the earlier step that writes it}, from the declared marks."""
    links: dict[str, dict[str, str]] = {}
    written: list[tuple[str, str]] = []  # (output path, step name), in step order
    for step in steps:
        found: dict[str, str] = {}
        for item in step.paths:
            if item.role.read:
                producer = written_by(item.path, [out for out, _ in written])
                if producer is not None:
                    found[item.path] = next(name for out, name in written if out == producer)
        links[step.name] = found
        written.extend((item.path, step.name) for item in step.paths if item.role.written)
    return links


def check_static_inputs(steps: list[ResolvedStep], to_run: set[str], source: str) -> None:
    """Before the first step runs: every required input no earlier step writes must exist now,
    so a typo in step 7 costs nothing (exit 2, naming the step and key)."""
    links = link_inputs(steps)
    for step in steps:
        if step.name not in to_run:
            continue
        for item in step.paths:
            if not item.role.required or item.path in links[step.name]:
                continue
            if is_pattern(item.path):
                if not expand(item.path):
                    raise InputError(f"{source}: step '{step.name}' ({step.task_type}): {item.key}: no file matches "
                                     f"{item.path} and no earlier step writes there (check the path; run from the project root)")
            elif not Path(item.path).exists():
                raise InputError(f"{source}: step '{step.name}' ({step.task_type}): {item.key}: {item.path} not found "
                                 "and no earlier step writes it (check the path; run from the project root)")
