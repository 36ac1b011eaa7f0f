"""MkDocs hooks: the parts of the docs that come from the code, so they cannot drift from it.

- ``tasks/index.md``: every registered runner with its summary, linking to its page;
- ``tasks/<task_type>.md`` (written by hand: what the task does, an example config) must exist for every
  runner; its ``<!-- config-reference -->`` marker becomes the table of the schema's keys (type, default,
  reads/writes, description), the same listing as ``describe-task``;
- ``<!-- config-reference: common -->`` / ``<!-- config-reference: model -->`` (usage.md): the keys every task
  accepts, and a model config's;
- ``<!-- record-schemas -->`` (records.md): the TypedDicts of modelcall/records.py;
- ``<!-- example-config: <path> -->``: a shipped task config, inlined as a YAML block.

A page or marker that is missing stops the build (a PluginError), so ``mkdocs build --strict`` in the tests
fails when a new runner has no page.
"""
from __future__ import annotations

import html
import re
import typing
from pathlib import Path

from mkdocs.exceptions import PluginError
from mkdocs.structure.files import File, Files

ROOT = Path(__file__).resolve().parents[1]  # the project root (this file is scripts/mkdocs_hooks.py)
CONFIG_MARKER = "<!-- config-reference -->"
COMMON_MARKER = "<!-- config-reference: common -->"
MODEL_MARKER = "<!-- config-reference: model -->"
RECORDS_MARKER = "<!-- record-schemas -->"
EXAMPLE_MARKER = re.compile(r"<!-- example-config: (\S+) -->")


def include_examples(markdown: str) -> str:
    """``<!-- example-config: configs/tasks/x.yaml -->`` becomes that shipped file as a YAML block (it cannot drift)."""
    def block(match: re.Match) -> str:
        path = ROOT / match.group(1)
        if not path.is_file():
            raise PluginError(f"example-config: {match.group(1)} does not exist")
        return f"```yaml\n# {match.group(1)}\n{path.read_text(encoding='utf-8').rstrip()}\n```"
    return EXAMPLE_MARKER.sub(block, markdown)


def _cell(text: str, in_code: bool = False) -> str:
    """Table-cell text: a pipe outside a code span would end the cell, and angle brackets would be read as HTML."""
    text = text if in_code else text.replace("|", "\\|")
    return html.escape(text, quote=False).replace("\n", " ")


def _type_text(annotation: str) -> str:
    """``Literal['hard', 'soft', 'off']`` as ``'hard', 'soft' or 'off'``; other types as written."""
    text = re.sub(r"Literal\[([^\[\]]*)\]", lambda m: re.sub(r", (?=[^,]*$)", " or ", m.group(1)), annotation)
    return text.replace(" | ", " or ")


def config_reference(model: type, skip: set[str] | frozenset[str] = frozenset()) -> str:
    """A Markdown table of every key of ``model`` (nested sections and list items expanded), top-level keys in
    ``skip`` left out with their sections."""
    from modelcall.config.describe import config_keys

    rows = ["| key | type | default | description |", "|---|---|---|---|"]
    for item in config_keys(model, list_items=True):
        if item.key.split(".")[0].split("[")[0] in skip:
            continue
        role = f"**{item.role}** " if item.role else ""
        default = f"`{_cell(item.default, in_code=True)}`" if item.default not in ("", "(section)", "required") else item.default
        rows.append(f"| `{item.key}` | {_cell(_type_text(item.type))} | {default} | {role}{_cell(item.description)} |")
    return "\n".join(rows)


def _common_keys() -> set[str]:
    from modelcall.config.schema import TaskConfig

    return {f.alias if isinstance(f.alias, str) else n for n, f in TaskConfig.model_fields.items()}


def _task_reference(task_type: str) -> str:
    from modelcall.runners import all_runners

    runner = all_runners()[task_type]
    intro = (f"Generated from the schema (`python -m modelcall describe-task {task_type}` lists the same). "
             "**reads** / **writes** mark the paths a pipeline fingerprints and links; the keys every task "
             "accepts (`task_name`, `reports_dir`, ...) are in [configuration](../usage.md#configuration).")
    return intro + "\n\n" + config_reference(runner.config_class, skip=_common_keys())


def _records() -> str:
    from modelcall.records import RECORD_TYPES

    text: list[str] = []
    for name, record in RECORD_TYPES.items():
        text += [f"### {name}", "", html.escape((record.__doc__ or "").strip()), "", "| field | type |", "|---|---|"]
        for key, hint in typing.get_type_hints(record).items():
            shown = hint.__name__ if isinstance(hint, type) else str(hint)
            text.append(f"| `{key}` | {_cell(_type_text(shown.replace('typing.', '').replace('NoneType', 'None')))} |")
        text.append("")
    return "\n".join(text)


def on_files(files: Files, config) -> Files:  # noqa: ANN001 - mkdocs passes its config object
    from modelcall.runners import all_runners

    runners = all_runners()
    pages = {Path(f.src_uri).stem for f in files if f.src_uri.startswith("tasks/") and f.src_uri != "tasks/index.md"}
    if missing := sorted(set(runners) - pages):
        raise PluginError(f"docs/tasks/ has no page for task type(s) {', '.join(missing)}: add docs/tasks/<task_type>.md "
                          f"(what it does, an example config, the marker {CONFIG_MARKER})")
    if stray := sorted(pages - set(runners)):
        raise PluginError(f"docs/tasks/{stray[0]}.md names no registered task type")
    index = ["# Task types", "",
             "One runner per `task_type`; each reads its inputs, transforms, writes its outputs and a JSON report "
             "`<reports_dir>/<task_name>.json` (counts, timings, the resolved and redacted config), atomically. "
             "`python -m modelcall list-tasks` prints this list.", "",
             "| task_type | what it does |", "|---|---|"]
    index += [f"| [`{t}`]({t}.md) | {_cell(r.summary)} |" for t, r in sorted(runners.items())]
    files.append(File.generated(config, "tasks/index.md", content="\n".join(index) + "\n"))
    return files


def on_page_markdown(markdown: str, page, config, files) -> str:  # noqa: ANN001 - mkdocs' hook signature
    uri = page.file.src_uri
    markdown = include_examples(markdown)
    if uri.startswith("tasks/") and uri != "tasks/index.md":
        if markdown.count(CONFIG_MARKER) != 1:
            raise PluginError(f"docs/{uri} needs the marker {CONFIG_MARKER} once (where its config reference goes)")
        return markdown.replace(CONFIG_MARKER, _task_reference(Path(uri).stem))
    if COMMON_MARKER in markdown:
        from modelcall.config.schema import TaskConfig

        markdown = markdown.replace(COMMON_MARKER, config_reference(TaskConfig))
    if MODEL_MARKER in markdown:
        from modelcall.config.model import ModelConfig

        markdown = markdown.replace(MODEL_MARKER, config_reference(ModelConfig))
    if RECORDS_MARKER in markdown:
        markdown = markdown.replace(RECORDS_MARKER, _records())
    return markdown
