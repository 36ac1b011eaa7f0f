"""A readable listing of a config schema's keys (``describe-task``): the schema is the documentation."""
from __future__ import annotations

import typing
from collections.abc import Iterator
from typing import Any, NamedTuple

from pydantic import BaseModel
from pydantic_core import PydanticUndefined

from modelcall.config.paths import role_of
from modelcall.config.schema import nested_models

_ROLE_WORDS = {"Input": "reads", "OptionalInput": "reads if present", "Output": "writes", "External": "external"}


def _type_name(annotation: Any) -> str:
    if "ModelConfig" in str(annotation):
        return "model config" + (" | None" if "None" in str(annotation) else "")
    text = getattr(annotation, "__name__", None) if isinstance(annotation, type) else None
    text = text or str(annotation)
    return text.replace("typing.", "").replace("NoneType", "None")


def _default(field: Any) -> str:
    if field.is_required():
        return "required"
    if field.default_factory is not None:
        try:
            value = field.default_factory()
        except TypeError:
            return "(computed)"
        if isinstance(value, BaseModel):
            return "(section)"
        return repr(value)
    return "" if field.default is PydanticUndefined else repr(field.default)


class ConfigKey(NamedTuple):
    """One key of a config schema as written in YAML (``validator.runtime.frames``), for listings and the docs."""

    key: str
    type: str
    default: str
    role: str  # "reads", "reads if present", "writes", "external" or ""
    description: str


def config_keys(model: type[BaseModel], prefix: str = "", list_items: bool = False) -> Iterator[ConfigKey]:
    """Every key of ``model``, nested sections expanded (``section.key``); with ``list_items`` also the keys of
    list-of-section items (``steps[].name``)."""
    for name, field in model.model_fields.items():
        key = f"{prefix}{field.alias if isinstance(field.alias, str) else name}"  # the name written in YAML
        role = role_of(field)
        yield ConfigKey(key, _type_name(field.annotation), _default(field), _ROLE_WORDS[role.name] if role else "",
                        field.description or "")
        is_list = typing.get_origin(field.annotation) is list
        nested = nested_models(field.annotation)
        if not nested or nested[0] is model or nested[0].__name__ == "ModelConfig" or (is_list and not list_items):
            continue
        yield from config_keys(nested[0], prefix=f"{key}[]." if is_list else f"{key}.", list_items=list_items)


def describe_config(model: type[BaseModel], prefix: str = "") -> str:
    """One line per key: dotted name, type, default, description; nested sections are expanded."""
    lines = []
    for item in config_keys(model, prefix):
        description = (f"[{item.role}] " if item.role else "") + item.description
        lines.append(f"  {item.key:<34} {item.type:<28} {item.default:<14} {description}".rstrip())
    return "\n".join(lines)
