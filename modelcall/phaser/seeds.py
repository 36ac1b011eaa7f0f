"""Prompt seeds: read and check them, naming ``file:line`` for every problem."""
from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from modelcall.errors import InputError
from modelcall.io import ReadStats, read_jsonl_numbered

DIFFICULTIES = ("easy", "medium", "hard")
LIST_FIELDS = ("modules", "constraints", "must_use_apis", "eval_hints", "tags")


@dataclass
class SeedStats:
    read: ReadStats = field(default_factory=ReadStats)
    valid: int = 0
    skipped: Counter = field(default_factory=Counter)
    examples: list[str] = field(default_factory=list)
    reason_examples: dict[str, list[str]] = field(default_factory=dict)  # reason -> its first few examples

    def as_dict(self) -> dict[str, Any]:
        return {
            "valid": self.valid,
            "skipped_seeds": sum(self.skipped.values()),
            "skipped_by_reason": dict(self.skipped),
            "skipped_examples": self.examples[:5],
            "input": self.read.as_dict(),
        }


def check_seed(rec: dict[str, Any]) -> tuple[str, str] | None:
    """``(reason, message)`` for the first problem of a seed record, or None when it is usable."""
    seed_id = rec.get("id")
    if seed_id is None or seed_id == "":
        return "missing_field", "missing 'id'"
    if not isinstance(seed_id, str):
        return "wrong_type", f"'id' must be a string, got {type(seed_id).__name__}"
    task = rec.get("task")
    if task is None:
        return "missing_field", f"seed {seed_id}: missing 'task'"
    if not isinstance(task, str) or not task.strip():
        return "wrong_type", f"seed {seed_id}: 'task' must be a non-empty string"
    for name in LIST_FIELDS:
        value = rec.get(name, [])
        if value is None:
            continue
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            return "wrong_type", f"seed {seed_id}: '{name}' must be a list of strings, got {_describe(value)}"
    difficulty = rec.get("difficulty")
    if difficulty is not None and difficulty not in DIFFICULTIES:
        return "bad_value", f"seed {seed_id}: 'difficulty' must be one of {', '.join(DIFFICULTIES)}, got {difficulty!r}"
    notes = rec.get("notes")
    if notes is not None and not isinstance(notes, str):
        return "wrong_type", f"seed {seed_id}: 'notes' must be a string"
    return None


def _describe(value: Any) -> str:
    if isinstance(value, list):
        bad = next((v for v in value if not isinstance(v, str)), None)
        return f"a list holding {type(bad).__name__} {bad!r}"[:80]
    return f"{type(value).__name__} {value!r}"[:80]


def normalize_seed(rec: dict[str, Any]) -> dict[str, Any]:
    """The seed with every schema field present (lists default to [], notes to '')."""
    out = dict(rec)
    for name in LIST_FIELDS:
        if out.get(name) is None:
            out[name] = []
    out.setdefault("difficulty", None)
    if out.get("notes") is None:
        out["notes"] = ""
    return out


SeedCheck = Callable[[dict[str, Any]], "tuple[str, str] | None"]


def iter_seeds(
    path: str | Path, on_bad_line: Literal["error", "skip"] = "error", stats: SeedStats | None = None,
    extra_check: SeedCheck | None = None,
) -> Iterator[dict[str, Any]]:
    """Valid, normalized seeds in file order; bad ones raise ``InputError`` or are counted and skipped.
    ``extra_check`` is a step's own check of a well-formed seed, ``(reason, message)`` like ``check_seed``."""
    stats = stats if stats is not None else SeedStats()
    first_line: dict[str, int] = {}
    for lineno, rec in read_jsonl_numbered(path, on_bad_line, stats.read):
        problem = check_seed(rec)
        if problem is None and extra_check is not None:
            problem = extra_check(normalize_seed(rec))
        if problem is None:
            seed_id = rec["id"]
            if seed_id in first_line:
                problem = ("duplicate_id", f"duplicate id {seed_id!r} (first at line {first_line[seed_id]})")
            else:
                first_line[seed_id] = lineno
        if problem is not None:
            reason, message = problem
            where = f"{path}:{lineno}: {message}"
            if on_bad_line == "skip":
                stats.skipped[reason] += 1
                if len(stats.examples) < 5:
                    stats.examples.append(where)
                mine = stats.reason_examples.setdefault(reason, [])
                if len(mine) < 3:
                    mine.append(where)
                continue
            raise InputError(f"{where} (fix the seed, or set on_bad_line: skip to skip and count bad seeds)")
        stats.valid += 1
        yield normalize_seed(rec)
