"""README stays in step with the schemas: every task type and each of its own top-level config keys is documented."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from modelcall.config.schema import TaskConfig
from modelcall.runners import all_runners

README = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")
BASE_KEYS = {field.alias or name for name, field in TaskConfig.model_fields.items()}


def documented(key: str, text: str = README) -> bool:
    """``key`` in backticks (alone, or opening a dotted path such as ``split.num_chunks``), in a table's first
    cell, or as a key of an example YAML in ``text``."""
    return (
        re.search(rf"`{re.escape(key)}(?:`|\.|\[\]\.)", text) is not None
        or re.search(rf"^\|\s*{re.escape(key)}\s*\|", text, re.M) is not None
        or re.search(rf"^\s*{re.escape(key)}:", text, re.M) is not None
    )


def task_sections(task_type: str) -> str:
    """The README's ``### `` sections whose heading names ``task_type`` in backticks (where its keys belong)."""
    parts: list[str] = []
    current: list[str] | None = None
    for line in README.splitlines():
        if line.startswith(("## ", "### ")):
            current = [] if line.startswith("### ") and f"`{task_type}`" in line else None
            if current is not None:
                parts.append("")
            continue
        if current is not None:
            parts[-1] += line + "\n"
    return "\n".join(parts)


def own_keys(config_class: type[TaskConfig]) -> list[str]:
    """The top-level keys a task of this type accepts beyond the ones every task has (as written in YAML)."""
    keys = [field.alias or name for name, field in config_class.model_fields.items()]
    return [key for key in keys if key not in BASE_KEYS]


@pytest.mark.parametrize("task_type", sorted(all_runners()))
def test_task_type_and_its_config_keys_are_in_the_readme(task_type):
    runner = all_runners()[task_type]
    assert documented(task_type), f"README.md does not name the task type `{task_type}`"
    section = task_sections(task_type)
    assert section, f"README.md has no '### ' section whose heading names `{task_type}`"
    # in the task's own section: a key documented for another task (input_path) does not count
    missing = [key for key in own_keys(runner.config_class) if not documented(key, section)]
    assert not missing, f"README.md's `{task_type}` section does not document these config keys: {', '.join(missing)}"
