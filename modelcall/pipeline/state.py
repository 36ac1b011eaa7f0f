"""When may a step be skipped? When its config and the contents of its inputs match its last success.

Inputs are the files and folders a step's config points to through ``*_path``/``*_paths``/``path``
keys (and ``input_dir``/``dataset_dir``), minus its own outputs (keys naming outputs, caches,
reports, logs, and the artifacts its last run recorded). Contents are hashed, not timestamps, so an
upstream step that reran but wrote the same bytes does not force the steps after it.
"""
from __future__ import annotations

import glob
import hashlib
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from modelcall.io import atomic_write_json

_VOLATILE = {"progress", "description", "log_dir"}
_OUTPUT_WORDS = ("output", "error", "cache", "report", "log", "screenshot", "state", "rejected_path", "sheet_path")
_INPUT_DIR_KEYS = {"input_dir", "dataset_dir", "phaser_package_dir", "codes_dir_in"}


def _is_input_key(key: str) -> bool:
    k = key.lower()
    if k == "review_sheet_path":
        return True  # the sheet another step wrote is an input here
    if any(word in k for word in _OUTPUT_WORDS):
        return False
    return k.endswith(("_path", "_paths")) or k in ("path", "paths") or k in _INPUT_DIR_KEYS


def input_paths(config: dict[str, Any], outputs: set[str]) -> list[str]:
    """Every input path named in a config dump, in a stable order."""
    found: list[str] = []

    def visit(node: Any, key: str | None) -> None:
        if isinstance(node, dict):
            for k, v in node.items():
                visit(v, k)
        elif isinstance(node, list):
            for item in node:
                visit(item, key)
        elif isinstance(node, str) and key is not None and _is_input_key(key) and node:
            matches = sorted(glob.glob(node)) if any(c in node for c in "*?[") else [node]
            found.extend(m for m in matches if str(Path(m)) not in outputs)

    visit(config, None)
    return sorted(dict.fromkeys(found))


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


def fingerprint(config: dict[str, Any], outputs: set[str]) -> tuple[str, dict[str, str]]:
    """(hash of config + input contents, the input hashes) for one step."""
    stable = {k: v for k, v in config.items() if k not in _VOLATILE}
    inputs = {p: content_hash(p) for p in input_paths(stable, outputs)}
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

    def clear(self) -> None:
        self.path.unlink(missing_ok=True)


def output_keys(config: dict[str, Any]) -> set[str]:
    """Paths under output-like keys (top level and one section deep): never counted as inputs."""
    out: set[str] = set()
    for key, value in config.items():
        if isinstance(value, str) and key.startswith("output"):
            out.add(str(Path(value)))
    return out
