"""The runner registry: one Runner class per ``task_type``, found by importing this package's modules.

A runner module registers itself with :func:`register`; adding a task type is adding a file here.
Runner modules import heavy optional dependencies lazily (inside ``run``), so listing tasks stays cheap.
"""
from __future__ import annotations

import importlib
import pkgutil
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from modelcall.runners.base import Runner

_REGISTRY: dict[str, type[Runner]] = {}
_discovered = False


def register(cls: type[Runner]) -> type[Runner]:
    """Class decorator: make ``cls`` the runner for ``cls.task_type``."""
    existing = _REGISTRY.get(cls.task_type)
    if existing is not None and existing is not cls:
        raise RuntimeError(f"task_type '{cls.task_type}' is registered twice: {existing} and {cls}")
    _REGISTRY[cls.task_type] = cls
    return cls


def _discover() -> None:
    global _discovered
    if _discovered:
        return
    _discovered = True
    for module in pkgutil.iter_modules(__path__):
        if module.name.startswith("_") or module.name == "base":
            continue
        importlib.import_module(f"{__name__}.{module.name}")


def get_runner_class(task_type: str) -> type[Runner] | None:
    _discover()
    return _REGISTRY.get(task_type)


def available_task_types() -> list[str]:
    _discover()
    return sorted(_REGISTRY)


def all_runners() -> dict[str, type[Runner]]:
    _discover()
    return dict(sorted(_REGISTRY.items()))
