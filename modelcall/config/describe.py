"""A readable listing of a config schema's keys (``describe-task``): the schema is the documentation."""
from __future__ import annotations

import typing
from typing import Any

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


def describe_config(model: type[BaseModel], prefix: str = "") -> str:
    """One line per key: dotted name, type, default, description; nested sections are expanded."""
    lines: list[str] = []
    for name, field in model.model_fields.items():
        key = f"{prefix}{field.alias if isinstance(field.alias, str) else name}"  # the name written in YAML
        role = role_of(field)
        description = (f"[{_ROLE_WORDS[role.name]}] " if role else "") + (field.description or "")
        lines.append(f"  {key:<34} {_type_name(field.annotation):<28} {_default(field):<14} {description}".rstrip())
        nested = [m for m in nested_models(field.annotation) if typing.get_origin(field.annotation) is not list]
        if nested and nested[0] is not model and not nested[0].__name__ == "ModelConfig":
            lines.append(describe_config(nested[0], prefix=f"{key}."))
    return "\n".join(lines)
