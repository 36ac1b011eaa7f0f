"""Base schemas shared by every task config, and the one-line formatting of validation errors."""
from __future__ import annotations

import difflib
import types
import typing
from typing import Annotated, Any, Literal, Union

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from modelcall.config.paths import Output
from modelcall.secrets import redact


class StrictModel(BaseModel):
    """A config section: unknown keys are errors, so typos never pass silently."""

    # dumped by alias: a schema's key ``model_config`` (pydantic reserves the name) is written as in YAML
    model_config = ConfigDict(
        extra="forbid", protected_namespaces=(), arbitrary_types_allowed=True, serialize_by_alias=True
    )


class EnvironmentConfig(StrictModel):
    env_file: str | list[str] | None = Field(
        None,
        description="dotenv file(s) to load; default: env/<provider>.env of the model config, when it exists",
    )


class TaskConfig(StrictModel):
    """Keys every task accepts; each runner subclasses this with its own keys."""

    task_name: str = Field(description="names the report file <reports_dir>/<task_name>.json and the log file")
    task_type: str = Field(description="which runner runs this task (python -m modelcall list-tasks)")
    description: str | None = Field(None, description="free text for people")
    reports_dir: Annotated[str, Output] = Field("reports", description="where the JSON report (and logs) are written")
    log_dir: Annotated[str | None, Output] = Field(None, description="log file folder; default <reports_dir>/logs")
    environment: EnvironmentConfig = Field(default_factory=EnvironmentConfig)
    on_bad_line: Literal["error", "skip"] = Field(
        "error", description="a malformed input line stops the task (error) or is counted and skipped (skip)"
    )
    progress: bool = Field(True, description="show progress bars")


def nested_models(annotation: Any) -> list[type[BaseModel]]:
    """Every BaseModel class reachable in an annotation (Optional, Union, list, dict values)."""
    found: list[type[BaseModel]] = []
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return [annotation]
    origin = typing.get_origin(annotation)
    if origin in (Union, types.UnionType, list, tuple, set, dict) or origin is not None:
        for arg in typing.get_args(annotation):
            found.extend(nested_models(arg))
    return found


def _model_at(root: type[BaseModel], loc: tuple[Any, ...]) -> type[BaseModel] | None:
    """The model class that owns the key at ``loc`` (for 'did you mean' suggestions)."""
    current: type[BaseModel] | None = root
    for part in loc:
        if current is None:
            return None
        if not isinstance(part, str) or part not in current.model_fields:
            continue
        candidates = nested_models(current.model_fields[part].annotation)
        current = candidates[0] if candidates else None
    return current


def _display_loc(loc: tuple[Any, ...]) -> str:
    parts: list[str] = []
    for part in loc:
        if isinstance(part, int):
            parts.append(f"[{part}]")
        elif part in ("function-after", "function-before", "function-wrap", "tagged-union"):
            continue
        elif isinstance(part, str) and ("[" in part or "(" in part):
            continue  # union branch labels such as 'list[str]'
        else:
            parts.append(("." if parts else "") + str(part))
    return "".join(parts) or "(top level)"


def format_validation_error(exc: ValidationError, root: type[BaseModel], prefix: str = "") -> str:
    """Turn pydantic's error list into one line: ``key: problem (did you mean ...?)``."""
    errors = exc.errors(include_url=False)
    # prefer the most telling error: unknown keys first, then missing ones
    order = {"extra_forbidden": 0, "missing": 1}
    errors.sort(key=lambda e: order.get(e["type"], 2))
    first = errors[0]
    loc = tuple(first["loc"])
    key = prefix + _display_loc(loc)
    kind = first["type"]
    if kind == "extra_forbidden":
        owner = _model_at(root, loc[:-1])
        message = "unknown key"
        if owner is not None:
            valid = list(owner.model_fields)
            close = difflib.get_close_matches(str(loc[-1]), valid, n=1, cutoff=0.6)
            if close:
                message += f" (did you mean '{close[0]}'?)"
            else:
                message += f" (valid keys: {', '.join(valid)})"
    elif kind == "missing":
        message = "missing required key"
    elif kind == "value_error":
        # a validator's own message (pydantic prefixes "Value error, "); a whole section is no value to show
        message = str(first.get("ctx", {}).get("error") or first["msg"])
        got = first.get("input")
        if not isinstance(got, (dict, list, BaseModel)):
            shown = redact(repr(got))
            message += f" (got {shown[:57] + '...' if len(shown) > 60 else shown})"
    else:
        got = first.get("input")
        shown = redact(repr(got))
        if len(shown) > 60:
            shown = shown[:57] + "..."
        message = f"{first['msg'][0].lower()}{first['msg'][1:]} (got {shown})"
    others = len(errors) - 1
    if others:
        message += f"; and {others} more problem{'s' if others > 1 else ''}"
    return f"{key}: {message}"
