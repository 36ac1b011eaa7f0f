"""Declared file roles of a task config: which keys a runner reads, which it writes.

A schema field says its role in its type, ``input_path: Annotated[str, Input]``; the pipeline
fingerprints, pre-checks and links steps from these marks only, so a new runner works in a
pipeline by declaring them (tests/config/test_path_roles.py insists that every path key does).
"""
from __future__ import annotations

import glob
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from pydantic import BaseModel
from pydantic.fields import FieldInfo


@dataclass(frozen=True)
class PathRole:
    """A mark on a schema field: ``Annotated[str, Input]``."""

    name: str
    read: bool  # its contents decide the step's result (fingerprinted)
    required: bool  # must exist before the step runs, unless an earlier step writes it
    written: bool  # the step writes it

    def __repr__(self) -> str:
        return self.name


Input = PathRole("Input", read=True, required=True, written=False)
"""A file or folder the step reads; it must exist when the step starts."""
OptionalInput = PathRole("OptionalInput", read=True, required=False, written=False)
"""Read when it exists: a cache the step builds when missing, or a name that may be a hub id instead of a folder."""
Output = PathRole("Output", read=False, required=False, written=True)
"""A file or folder the step writes (a cache it reads and writes counts here too)."""
External = PathRole("External", read=False, required=False, written=False)
"""A path that is not this run's data: a program to run (a browser binary), a folder inside a container."""

ROLES = (Input, OptionalInput, Output, External)


@dataclass(frozen=True)
class DeclaredPath:
    key: str  # dotted config key, e.g. baseline.input_path or supplements[0].path
    role: PathRole
    path: str


def role_of(field: FieldInfo) -> PathRole | None:
    return next((m for m in field.metadata if isinstance(m, PathRole)), None)


def _key(name: str, field: FieldInfo) -> str:
    return field.alias if isinstance(field.alias, str) else name


def declared_paths(config: BaseModel, prefix: str = "") -> Iterator[DeclaredPath]:
    """Every marked path that is set in a config instance, sections and lists of sections included."""
    for name, field in type(config).model_fields.items():
        value = getattr(config, name, None)
        key = prefix + _key(name, field)
        role = role_of(field)
        if role is not None:
            values = value if isinstance(value, (list, tuple)) else [value]
            for item in values:
                if isinstance(item, str) and item:
                    yield DeclaredPath(key, role, item)
        elif isinstance(value, BaseModel):
            yield from declared_paths(value, key + ".")
        elif isinstance(value, (list, tuple)):
            for i, item in enumerate(value):
                if isinstance(item, BaseModel):
                    yield from declared_paths(item, f"{key}[{i}].")
        elif isinstance(value, dict):
            for k, item in value.items():
                if isinstance(item, BaseModel):
                    yield from declared_paths(item, f"{key}.{k}.")


def is_pattern(path: str) -> bool:
    return any(c in path for c in "*?[")


def expand(path: str) -> list[str]:
    """A glob pattern's matches (sorted), or the path itself."""
    return sorted(glob.glob(path)) if is_pattern(path) else [path]


def inside(path: str, folder: str) -> bool:
    """``path`` is ``folder`` or lies under it (lexically, relative to the working directory)."""
    p, f = Path(path), Path(folder)
    return p == f or f in p.parents


def pattern_root(path: str) -> str:
    """The literal folder part of a glob pattern (``runs/x/*/out.jsonl`` -> ``runs/x``)."""
    parts: list[str] = []
    for part in Path(path).parts:
        if is_pattern(part):
            break
        parts.append(part)
    return str(Path(*parts)) if parts else "."


def written_by(path: str, outputs: list[str]) -> str | None:
    """The output among ``outputs`` that ``path`` is or lies in, or the output file it sits beside (derived
    defaults such as ``<output dir>/codes`` or ``<output stem>.errors.jsonl``); None when none accounts for it."""
    literal = pattern_root(path) if is_pattern(path) else path
    for out in outputs:
        if inside(literal, out):
            return out
        folder = Path(out).parent
        if Path(out).suffix and folder != Path(".") and inside(literal, str(folder)):
            return out  # a file output: its derived siblings live in its folder
    return None


def nested_sections(model: type[BaseModel]) -> Iterator[tuple[str, str, FieldInfo]]:
    """(owner class name, key, field) of every field in a schema and its sections, for the schema tests."""
    from modelcall.config.schema import nested_models

    seen: set[type[BaseModel]] = set()
    todo = [model]
    while todo:
        current = todo.pop()
        if current in seen:
            continue
        seen.add(current)
        for name, field in current.model_fields.items():
            yield current.__name__, _key(name, field), field
            todo.extend(nested_models(field.annotation))


def path_like(key: str) -> bool:
    """A key name that says it holds a path (these must carry a role)."""
    return key in ("path", "paths") or key.endswith(("_path", "_paths", "_dir", "_dirs"))


__all__ = [
    "DeclaredPath", "Input", "OptionalInput", "Output", "PathRole", "External", "ROLES", "declared_paths",
    "expand", "inside", "is_pattern", "nested_sections", "path_like", "role_of", "written_by",
]
