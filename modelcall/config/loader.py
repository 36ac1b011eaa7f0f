"""Load a task YAML: OmegaConf (interpolation, dotted overrides), env files, model config, schema check."""
from __future__ import annotations

import difflib
import logging
import os
from collections.abc import Collection
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml
from dotenv import dotenv_values
from omegaconf import DictConfig, OmegaConf
from omegaconf.errors import OmegaConfBaseException
from pydantic import BaseModel, ValidationError

from modelcall.config.model import NOT_CALLED, ModelConfig, is_not_a_variable_name
from modelcall.config.schema import TaskConfig, format_validation_error
from modelcall.errors import ConfigError, CredentialError
from modelcall.secrets import is_secret_key, register_secret

ENV_DIR = Path("env")
log = logging.getLogger("modelcall.config")


@dataclass
class LoadedTask:
    """A validated task config plus where it came from."""

    config: TaskConfig
    source: str
    runner_class: type
    env_files: list[str] = field(default_factory=list)


def _load_yaml(path: Path, what: str) -> DictConfig:
    if not path.exists():
        siblings = sorted(p.name for p in path.parent.glob("*.y*ml")) if path.parent.is_dir() else []
        close = difflib.get_close_matches(path.name, siblings, n=1, cutoff=0.75)
        hint = f"did you mean {path.parent / close[0]}?" if close else "check the path; run from the project root"
        raise ConfigError(f"{what} file not found ({hint})", source=str(path))
    if path.is_dir():
        raise ConfigError(f"is a directory, expected a YAML {what} file", source=str(path))
    try:
        loaded = OmegaConf.load(path)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"{path}:{mark.line + 1}" if mark is not None else str(path)
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        raise ConfigError(f"invalid YAML: {problem}", source=where) from None
    except OmegaConfBaseException as exc:
        raise ConfigError(f"invalid config: {exc}".splitlines()[0], source=str(path)) from None
    if not isinstance(loaded, DictConfig):
        raise ConfigError(f"a {what} must be a YAML mapping of keys to values", source=str(path))
    return loaded


def _merge_overrides(cfg: DictConfig, overrides: list[str], source: str) -> DictConfig:
    for item in overrides:
        if "=" not in item or item.startswith("="):
            raise ConfigError(f"override '{item}' is not of the form key.path=value", source="command line")
    if not overrides:
        return cfg
    try:
        return OmegaConf.merge(cfg, OmegaConf.from_dotlist(overrides))  # type: ignore[return-value]
    except OmegaConfBaseException as exc:
        raise ConfigError(f"cannot apply overrides {overrides}: {str(exc).splitlines()[0]}", source=source) from None


def resolve_path(value: str, relative_to: Path | None) -> Path:
    """A path as written in a config: absolute, relative to the working directory, or to the config's folder."""
    path = Path(value).expanduser()
    if path.is_absolute() or path.exists() or relative_to is None:
        return path
    beside = relative_to / path
    return beside if beside.exists() else path


def load_model_config(value: Any, task_source: str | None = None, overrides: list[str] | None = None) -> ModelConfig:
    """A model config from a path (configs/models/x.yaml) or an inline mapping; ``overrides`` are dotlist items."""
    relative_to = Path(task_source).parent if task_source else None
    if isinstance(value, (str, os.PathLike)):
        path = resolve_path(str(value), relative_to)
        cfg = _load_yaml(path, "model config")
        source = str(path)
        default_alias = path.stem
    elif isinstance(value, (dict, DictConfig)):
        cfg = OmegaConf.create(value if isinstance(value, dict) else OmegaConf.to_container(value))
        source = f"{task_source}: model_config" if task_source else "model_config"
        default_alias = None
    else:
        raise ConfigError("model_config: expected a path to configs/models/*.yaml or a mapping", source=task_source)
    cfg = _merge_overrides(cfg, overrides or [], source)
    data = _resolve(cfg, source)
    if default_alias and not data.get("alias"):
        data["alias"] = default_alias
    try:
        return ModelConfig.model_validate(data)
    except ValidationError as exc:
        raise ConfigError(format_validation_error(exc, ModelConfig), source=source) from None


def _resolve(cfg: DictConfig, source: str) -> dict[str, Any]:
    try:
        data = OmegaConf.to_container(cfg, resolve=True)
    except OmegaConfBaseException as exc:
        key = getattr(exc, "full_key", None) or "?"
        first = str(exc).splitlines()[0]
        raise ConfigError(f"{key}: cannot resolve interpolation: {first}", source=source) from None
    assert isinstance(data, dict)
    return data


def default_env_files(provider: str | None) -> list[Path]:
    """``env/<provider>.env`` when it exists: the credentials file a model config implies."""
    if not provider:
        return []
    candidate = ENV_DIR / f"{provider}.env"
    return [candidate] if candidate.exists() else []


def load_env_files(paths: list[Path], required: bool, source: str) -> list[str]:
    """Load dotenv files into os.environ; the process environment wins. Secret values are registered."""
    loaded = []
    for path in paths:
        if not path.exists():
            if required:
                raise ConfigError(
                    f"environment.env_file: {path} not found (copy env/example.env to {path} and fill it in)",
                    source=source,
                )
            continue
        values = _read_env_file(path)
        for key, value in values.items():
            if value is None:
                continue
            if key not in os.environ:
                os.environ[key] = value
            if is_secret_key(key):
                register_secret(os.environ.get(key))
        loaded.append(str(path))
    return loaded


class _DotenvWarnings(logging.Filter):
    """Catches python-dotenv's "could not parse statement starting at line N", which does not name the file."""

    def __init__(self) -> None:
        super().__init__()
        self.lines: list[str] = []

    def filter(self, record: logging.LogRecord) -> bool:
        args = record.args if isinstance(record.args, tuple) else ()
        self.lines.append(str(args[0]) if args else "?")
        return False


def _read_env_file(path: Path) -> dict[str, str | None]:
    """dotenv_values, with each line it cannot parse reported as ``file:line`` (the line itself is not shown: it may hold a key)."""
    dotenv_log = logging.getLogger("dotenv.main")
    catcher = _DotenvWarnings()
    dotenv_log.addFilter(catcher)
    try:
        values = dotenv_values(path)
    finally:
        dotenv_log.removeFilter(catcher)
    for line in catcher.lines:
        log.warning("%s:%s: not a NAME=value line; it was ignored (see env/example.env)", path, line)
    return values


def _model_hints(raw_model: Any, relative_to: Path | None) -> dict[str, str]:
    """The model config's top-level strings (provider, api_key_env), read without resolving anything,
    so that env files can be chosen and the key hidden before the real load can report anything."""
    try:
        if isinstance(raw_model, str):
            path = resolve_path(raw_model, relative_to)
            raw_model = yaml.safe_load(path.read_text(encoding="utf-8")) if path.exists() else None
        if isinstance(raw_model, dict):
            return {k: v for k, v in raw_model.items() if isinstance(k, str) and isinstance(v, str)}
    except Exception:  # noqa: BLE001 - a hint only; the real load reports errors
        return {}
    return {}


def load_model_env_files(models: list[ModelConfig], source: str) -> list[str]:
    """Load ``env/<provider>.env`` of each model's provider (when present): where its key usually lives."""
    loaded: list[str] = []
    for provider in dict.fromkeys(m.provider for m in models):
        loaded.extend(load_env_files(default_env_files(provider), False, source))
    return loaded


def register_model_keys(models: list[ModelConfig]) -> None:
    """Register the value of every model's key variable that is set, whatever the variable is called."""
    for model in models:
        if model.api_key_env:
            register_secret(os.environ.get(model.api_key_env))


def find_model_configs(config: BaseModel, called_only: bool = False) -> list[ModelConfig]:
    """Every ModelConfig inside a validated config (a runner may hold one or a list); ``called_only``
    leaves out the ones only priced (fields marked NOT_CALLED)."""
    found: list[ModelConfig] = []

    def visit(value: Any) -> None:
        if isinstance(value, ModelConfig):
            found.append(value)
        elif isinstance(value, BaseModel):
            for name, field in type(value).model_fields.items():
                if not (called_only and NOT_CALLED in field.metadata):
                    visit(getattr(value, name))
        elif isinstance(value, (list, tuple)):
            for item in value:
                visit(item)
        elif isinstance(value, dict):
            for item in value.values():
                visit(item)

    visit(config)
    return found


def check_credentials(models: list[ModelConfig], env_files: list[str], source: str,
                      defined_elsewhere: Collection[str] = ()) -> None:
    """Every model that needs a key has its variable set (or, for cluster jobs, named in ``defined_elsewhere``:
    the env files the jobs read); a value set here is registered for redaction."""
    for model in models:
        if model.provider == "mock" or not model.api_key_env:
            continue
        value = os.environ.get(model.api_key_env)
        if not value and model.api_key_env in defined_elsewhere:
            continue
        if not value:
            own = str(ENV_DIR / f"{model.provider}.env")
            where = own if own in env_files or not env_files else env_files[0]
            raise CredentialError(
                f"{source}: {model.api_key_env} is not set (model '{model.name}'): add the line "
                f"'{model.api_key_env}=<your key>' to {where} (see env/example.env) or export it in the shell"
            )
        register_secret(value)


def load_task_mapping(
    mapping: dict[str, Any] | DictConfig,
    source: str,
    overrides: list[str] | None = None,
    check_keys: bool = True,
) -> LoadedTask:
    """Validate a task given as a mapping (a pipeline's inline step, or a parsed file)."""
    from modelcall.runners import available_task_types, get_runner_class

    cfg = mapping if isinstance(mapping, DictConfig) else OmegaConf.create(mapping)
    overrides = list(overrides or [])
    model_overrides = [o.split(".", 1)[1] for o in overrides if o.startswith("model_config.")]
    task_overrides = [o for o in overrides if not o.startswith("model_config.")]
    cfg = _merge_overrides(cfg, task_overrides, source)
    relative_to = Path(source).parent if Path(source).suffix in (".yaml", ".yml") else None

    # env files first, so that ${oc.env:VAR} sees their values
    raw = OmegaConf.to_container(cfg, resolve=False)
    raw_env = raw.get("environment") or {}
    env_setting = raw_env.get("env_file") if isinstance(raw_env, dict) else None
    hints = _model_hints(raw.get("model_config"), relative_to)
    if env_setting:
        names = [env_setting] if isinstance(env_setting, str) else list(env_setting)
        env_files = load_env_files([Path(n) for n in names], required=True, source=source)
    else:
        env_files = load_env_files(default_env_files(hints.get("provider")), False, source)
    # the model's key is a secret from here on, before any error message or show-config could print it
    key_env = hints.get("api_key_env")
    if key_env:
        register_secret(key_env if is_not_a_variable_name(key_env) else os.environ.get(key_env))

    model_value = cfg.get("model_config") if "model_config" in cfg else None
    if "model_config" in cfg:
        del cfg["model_config"]
    data = _resolve(cfg, source)

    task_type = data.get("task_type")
    valid = available_task_types()
    if task_type is None:
        close = difflib.get_close_matches("task_type", [str(k) for k in data], n=1, cutoff=0.7)
        if close:
            raise ConfigError(f"{close[0]}: unknown key (did you mean 'task_type'?)", source=source)
        raise ConfigError(f"task_type: missing required key (one of: {', '.join(valid)})", source=source)
    runner_class = get_runner_class(str(task_type))
    if runner_class is None:
        close = difflib.get_close_matches(str(task_type), valid, n=1)
        hint = f" (did you mean '{close[0]}'?)" if close else ""
        raise ConfigError(
            f"task_type: unknown task type '{task_type}'{hint}; valid types: {', '.join(valid)}", source=source
        )
    if model_value is not None:
        if isinstance(model_value, DictConfig):
            model_value = OmegaConf.to_container(model_value, resolve=False)
        data["model_config"] = load_model_config(model_value, source, model_overrides)
    config_class = runner_class.config_class
    try:
        # a model config path anywhere in the task (a cascade teacher, compare_models) resolves beside the task file
        config = config_class.model_validate(data, context={"source": source})
    except ValidationError as exc:
        raise ConfigError(format_validation_error(exc, config_class), source=source) from None
    models = find_model_configs(config)
    if not env_setting:  # env/<provider>.env of every model in the task, not only the top-level one
        for found in load_model_env_files(models, source):
            if found not in env_files:
                env_files.append(found)
    register_model_keys(models)
    if check_keys:
        check_credentials(find_model_configs(config, called_only=True), env_files, source)
    return LoadedTask(config=config, source=source, runner_class=runner_class, env_files=env_files)


def load_task(path: str | os.PathLike, overrides: list[str] | None = None, check_keys: bool = True) -> LoadedTask:
    """Load, interpolate, override and validate a task YAML file."""
    source = str(path)
    cfg = _load_yaml(Path(path), "task config")
    return load_task_mapping(cfg, source, overrides, check_keys)
