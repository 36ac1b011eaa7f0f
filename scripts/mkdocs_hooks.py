"""MkDocs hooks: pages generated from the code, so the docs cannot drift from the schemas.

- ``tasks/<task_type>.md`` for every registered runner: its summary and config reference
  (``describe-task``'s listing, with each path key's role) and the README section about it;
- ``records.md`` from the TypedDicts in modelcall/records.py;
- the guides and troubleshooting from their README sections.
"""
from __future__ import annotations

import html
import re
import typing
from pathlib import Path

from mkdocs.structure.files import File, Files

ROOT = Path(__file__).resolve().parents[1]  # the project root (this file is scripts/mkdocs_hooks.py)
GUIDES = {
    "guides/cluster.md": ("Cluster: batch_submit and merge_results", "### `batch_submit` and `merge_results`"),
    "guides/training.md": ("Training and evaluation", "### `sft_train`, `eval_set`, `infer`, `evaluate`"),
}


def _readme_section(heading_prefix: str, level: str = "### ") -> str:
    """The README text from a heading starting with ``heading_prefix`` to the next heading of that level."""
    lines = (ROOT / "README.md").read_text(encoding="utf-8").splitlines()
    start = next((i for i, line in enumerate(lines) if line.startswith(heading_prefix)), None)
    if start is None:
        return ""
    end = next((i for i in range(start + 1, len(lines))
                if lines[i].startswith(level) or (level == "### " and lines[i].startswith("## "))), len(lines))
    body = "\n".join(lines[start + 1:end]).strip()
    return re.sub(r"\]\((?!https?:)[^)]*\)", "]", body)  # README-relative links do not resolve here


def _task_sections() -> dict[str, str]:
    """README ``### `task_type` ...`` sections by the task types their heading names."""
    found: dict[str, str] = {}
    for line in (ROOT / "README.md").read_text(encoding="utf-8").splitlines():
        if line.startswith("### "):
            for name in re.findall(r"`([a-z_]+)`", line):
                found.setdefault(name, line)
    return found


def _task_page(task_type: str) -> str:
    from modelcall.config.describe import describe_config
    from modelcall.runners import all_runners

    runner = all_runners()[task_type]
    heading = _task_sections().get(task_type)
    text = [f"# `{task_type}`", "", runner.summary, "", "## Config reference", "",
            "Generated from the schema (`python -m modelcall describe-task " + task_type + "`): key, type, default, "
            "description; `[reads]`/`[writes]` mark the paths a pipeline fingerprints and links.", "",
            "```text", describe_config(runner.config_class), "```", ""]
    if heading:
        text += ["## Guide (from the README)", "", _readme_section(heading), ""]
    return "\n".join(text)


def _records_page() -> str:
    from modelcall.records import RECORD_TYPES

    text = ["# Record schemas", "", "The JSONL records passed between runners (one object per line, UTF-8), from "
            "`modelcall/records.py`. A runner may add fields, never rename or drop these.", ""]
    for name, record in RECORD_TYPES.items():
        text += [f"## {name}", "", html.escape((record.__doc__ or "").strip()), "", "| field | type |", "|---|---|"]
        for key, hint in typing.get_type_hints(record).items():
            shown = hint.__name__ if isinstance(hint, type) else str(hint)
            shown = shown.replace("typing.", "").replace("NoneType", "None").replace("|", "\\|")
            text.append(f"| `{key}` | `{shown}` |")
        text.append("")
    text += ["## Other records (from the README)", "", _readme_section("## Record schemas", "## ")]
    return "\n".join(text)


def on_files(files: Files, config) -> Files:  # noqa: ANN001 - mkdocs passes its config object
    from modelcall.runners import all_runners

    types = list(all_runners())
    index = ["# Task types", "", "| task_type | what it does |", "|---|---|"]
    index += [f"| [`{t}`]({t}.md) | {all_runners()[t].summary} |" for t in types]
    files.append(File.generated(config, "tasks/index.md", content="\n".join(index) + "\n"))
    for task_type in types:
        files.append(File.generated(config, f"tasks/{task_type}.md", content=_task_page(task_type)))
    files.append(File.generated(config, "records.md", content=_records_page()))
    for path, (title, heading) in GUIDES.items():
        files.append(File.generated(config, path, content=f"# {title}\n\n{_readme_section(heading)}\n"))
    trouble = _readme_section("## Troubleshooting", "## ")
    files.append(File.generated(config, "troubleshooting.md", content=f"# Troubleshooting\n\n{trouble}\n"))
    return files
