"""When may a step be skipped? When its config and the contents of its inputs match its last success.

Inputs are the paths its schema marks as read (``Input``/``OptionalInput``, see
modelcall/config/paths.py), minus its outputs (``Output`` marks and the artifacts its last run
recorded). Contents are hashed, not timestamps, so an upstream step that reran but wrote the same
bytes does not force the steps after it.
"""
from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from modelcall.config.paths import DeclaredPath, expand
from modelcall.io import atomic_write_json

_VOLATILE = {"progress", "description", "log_dir"}


def input_paths(declared: Iterable[DeclaredPath], outputs: set[str]) -> list[str]:
    """Every path a step reads (glob patterns expanded), in a stable order."""
    found: list[str] = []
    for item in declared:
        if item.role.read:
            found.extend(m for m in expand(item.path) if str(Path(m)) not in outputs)
    return sorted(dict.fromkeys(found))


def output_paths(declared: Iterable[DeclaredPath]) -> set[str]:
    """Every path a step declares it writes: never counted as an input."""
    return {str(Path(item.path)) for item in declared if item.role.written}


def _file_digest(path: Path, h: Any) -> None:
    with open(path, "rb") as handle:
        while chunk := handle.read(1 << 20):
            h.update(chunk)


def _walk(path: Path) -> Iterator[Path]:
    for child in sorted(path.rglob("*")):
        if child.is_file():
            yield child


def content_hash(path: str) -> str:
    """sha256 of a file, of a folder's files (names and contents), or 'missing'."""
    p = Path(path)
    h = hashlib.sha256()
    if p.is_file():
        _file_digest(p, h)
    elif p.is_dir():
        for child in _walk(p):
            h.update(str(child.relative_to(p)).encode("utf-8") + b"\x00")
            _file_digest(child, h)
    else:
        return "missing"
    return h.hexdigest()


def fingerprint(
    config: dict[str, Any], declared: Iterable[DeclaredPath], outputs: set[str]
) -> tuple[str, dict[str, str]]:
    """(hash of config + input contents, the input hashes) for one step."""
    stable = {k: v for k, v in config.items() if k not in _VOLATILE}
    inputs = {p: content_hash(p) for p in input_paths(declared, outputs)}
    blob = json.dumps({"config": stable, "inputs": inputs}, sort_keys=True, default=str).encode("utf-8")
    return hashlib.sha256(blob).hexdigest(), inputs


def present_outputs(paths: Any) -> list[str]:
    """The outputs that exist now: each path, and every file inside a folder among them (so a file
    deleted from an output folder, e.g. a split of the dataset, makes the step run again)."""
    found: set[str] = set()
    for path in paths:
        p = Path(path)
        if p.exists():
            found.add(str(path))
        if p.is_dir():
            found.update(str(child) for child in _walk(p))
    return sorted(found)


class StepState:
    """The record of a step's last successful run: ``<state_dir>/<step>.json``."""

    def __init__(self, state_dir: str | Path, step: str):
        self.path = Path(state_dir) / f"{step}.json"

    def load(self) -> dict[str, Any] | None:
        try:
            return json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None

    def save(self, data: dict[str, Any]) -> None:
        atomic_write_json(self.path, data)
