"""The docs site builds with --strict and stays true to the code, page by page.

Each task type has its page with an example config that validates and a config reference that lists exactly
the keys of its schema (and its hand-written "Keys explained" names only keys the schema has); the record schemas
list every field of the typed records; the validator page names
every failure reason the layers emit; troubleshooting is one page.
"""
from __future__ import annotations

import html
import importlib.util
import re
import subprocess
import sys
import typing
from pathlib import Path

import pytest
import yaml

from modelcall.config.describe import config_keys
from modelcall.config.loader import load_task_mapping
from modelcall.config.model import ModelConfig
from modelcall.config.schema import TaskConfig
from modelcall.records import RECORD_TYPES
from modelcall.runners import all_runners

ROOT = Path(__file__).resolve().parents[1]
DOCS = ROOT / "docs"
COMMON = {f.alias if isinstance(f.alias, str) else n for n, f in TaskConfig.model_fields.items()}


def _hooks():
    spec = importlib.util.spec_from_file_location("mkdocs_hooks", ROOT / "scripts" / "mkdocs_hooks.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def site(tmp_path_factory) -> Path:
    pytest.importorskip("mkdocs")
    out = tmp_path_factory.mktemp("site")
    result = subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "-q", "-d", str(out)],
                            cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr[-3000:]
    return out


def page_html(site: Path, page: str) -> str:
    return (site / page / "index.html").read_text(encoding="utf-8")


def section(page: str, anchor: str) -> str:
    """The HTML of a page from the heading with id ``anchor`` to the next heading of that level or above."""
    start = re.search(rf'<h([1-6]) id="{re.escape(anchor)}"', page)
    assert start, f"no heading #{anchor}"
    level = int(start.group(1))
    end = re.compile(rf"<h[1-{level}][ >]").search(page, start.end())
    return page[start.end():end.start() if end else len(page)]


def first_cells(fragment: str) -> list[str]:
    """The text of the first cell of every table row whose first cell is code (``<td><code>key</code></td>``)."""
    return [html.unescape(k) for k in re.findall(r"<tr>\s*<td><code>(.*?)</code></td>", fragment)]


def example_configs(task_type: str) -> list[dict]:
    """The YAML blocks of the task's page (shipped configs it includes expanded) that configure that task type."""
    text = _hooks().include_examples((DOCS / "tasks" / f"{task_type}.md").read_text(encoding="utf-8"))
    blocks = [yaml.safe_load(b) for b in re.findall(r"^```yaml\n(.*?)^```", text, re.S | re.M)]
    return [b for b in blocks if isinstance(b, dict) and b.get("task_type") == task_type]


@pytest.mark.parametrize("task_type", sorted(all_runners()))
def test_task_page_has_an_example_config_that_validates(task_type, monkeypatch):
    page = DOCS / "tasks" / f"{task_type}.md"
    assert page.is_file(), f"no docs page for {task_type}"
    examples = example_configs(task_type)
    assert examples, f"docs/tasks/{task_type}.md has no YAML example with task_type: {task_type}"
    monkeypatch.chdir(ROOT)
    for example in examples:
        example.setdefault("task_name", f"{task_type}_example")  # an abridged example may leave it out
        loaded = load_task_mapping(example, source=str(page.relative_to(ROOT)), check_keys=False)
        assert loaded.config.task_type == task_type
    # a shipped config the page names next to an example exists
    for named in re.findall(r"# (configs/tasks/\S+\.yaml)", page.read_text(encoding="utf-8")):
        assert (ROOT / named).is_file(), f"docs/tasks/{task_type}.md names {named}, which does not exist"


def _disagreements(shown: object, shipped: object, path: str = "") -> list[str]:
    """Where an example shows a value the shipped config does not have (keys it leaves out are fine)."""
    if isinstance(shown, dict) and isinstance(shipped, dict):
        return [d for key, value in shown.items() if key in shipped for d in _disagreements(value, shipped[key], f"{path}{key}.")]
    if isinstance(shown, list) and isinstance(shipped, list) and len(shown) == len(shipped):
        return [d for i, (a, b) in enumerate(zip(shown, shipped, strict=True)) for d in _disagreements(a, b, f"{path}{i}.")]
    return [] if shown == shipped else [f"{path.rstrip('.')}: {shown!r} on the page, {shipped!r} in the file"]


@pytest.mark.parametrize("task_type", sorted(all_runners()))
def test_an_example_that_names_its_shipped_config_agrees_with_it(task_type):
    text = (DOCS / "tasks" / f"{task_type}.md").read_text(encoding="utf-8")
    for block in re.findall(r"^```yaml\n(.*?)^```", text, re.S | re.M):
        named = re.search(r"# (configs/tasks/\S+\.yaml)(.*)", block)
        shown = yaml.safe_load(block)
        if not named or not isinstance(shown, dict) or re.search(r"\((abridged|adapted)", named.group(2)):
            continue
        shipped = yaml.safe_load((ROOT / named.group(1)).read_text(encoding="utf-8"))
        assert not _disagreements(shown, shipped), f"docs/tasks/{task_type}.md: {named.group(1)} changed: " \
            f"{_disagreements(shown, shipped)}"


@pytest.mark.parametrize("task_type", sorted(all_runners()))
def test_task_page_reference_lists_exactly_the_keys_of_its_schema(site, task_type):
    runner = all_runners()[task_type]
    expected = [k.key for k in config_keys(runner.config_class, list_items=True) if k.key.split(".")[0] not in COMMON]
    listed = first_cells(section(page_html(site, f"tasks/{task_type}"), "config-reference"))
    assert listed == expected, f"{task_type}: reference differs from the schema: " \
        f"missing {sorted(set(expected) - set(listed))}, extra {sorted(set(listed) - set(expected))}"


def explained_keys(text: str) -> list[str]:
    """The config keys a page's hand-written "Keys explained" table names, as dotted paths: a row may name several
    (`a`, `b`), relative ones (`generation.top_p`, `.max_tokens`; `slurm.partition`, `mem`), a brace list
    (`lora.{rank,alpha}`), a wildcard (`weights.*`) or list items (`supplements[].count`); an alias is skipped."""
    body = text.split("## Keys explained", 1)[1].split("\n## ", 1)[0] if "## Keys explained" in text else ""
    keys: list[str] = []
    for row in re.findall(r"(?m)^\| (`.*?) \|", body):
        row = re.sub(r"\(alias `[^`]+`\)", "", row)
        parent = ""
        for i, token in enumerate(re.findall(r"`([^`]+)`", row)):
            braces = re.fullmatch(r"(.*)\{([^}]*)\}", token)
            for key in [braces.group(1) + x.strip() for x in braces.group(2).split(",")] if braces else [token]:
                key = key.replace("[]", "")
                if key.startswith("."):
                    key = parent + key
                elif i and parent and "." not in key:
                    key = f"{parent}.{key}"
                if i == 0 and "." in key:
                    parent = key.rsplit(".", 1)[0]
                keys.append(key)
    return keys


@pytest.mark.parametrize("task_type", sorted(all_runners()))
def test_keys_a_task_page_explains_exist_in_its_schema(task_type):
    known = list(config_keys(all_runners()[task_type].config_class, list_items=True))
    names = {k.key.replace("[]", "") for k in known}
    free_form = [k.key.replace("[]", "") for k in known if k.type.startswith("dict")]  # any key below is fine
    stale = [key for key in explained_keys((DOCS / "tasks" / f"{task_type}.md").read_text(encoding="utf-8"))
             if not (key in names or (key.endswith(".*") and any(n.startswith(key[:-1]) for n in names))
                     or any(key.startswith(f"{d}.") for d in free_form))]
    assert not stale, f"docs/tasks/{task_type}.md explains keys its schema does not have: {stale}"


def test_usage_page_lists_the_common_and_model_config_keys_and_its_examples_load(site):
    common_keys = [k.key for k in config_keys(TaskConfig)]
    model_keys = [k.key for k in config_keys(ModelConfig)]
    usage = page_html(site, "usage")
    # the hand-written table first, then the generated reference: both name only real keys, the reference all
    common = first_cells(section(usage, "configuration").split('id="model-configs-and-credentials"')[0])
    assert set(common) <= set(common_keys) and common[-len(common_keys):] == common_keys
    model = first_cells(section(usage, "model-configs-and-credentials"))
    assert model[-len(model_keys):] == model_keys and set(model) <= set(model_keys)
    text = (DOCS / "usage.md").read_text(encoding="utf-8")
    example = yaml.safe_load(re.search(r"^```yaml\n(provider:.*?)^```", text, re.S | re.M).group(1))
    assert ModelConfig.model_validate(example).provider == "anthropic"


def test_task_index_links_every_task_page(site):
    index = page_html(site, "tasks")
    for task_type in all_runners():
        assert f'href="{task_type}/"' in index, f"the task index does not link {task_type}"


def test_record_schemas_page_lists_every_field_of_every_typed_record(site):
    records = page_html(site, "records")
    for name, record in RECORD_TYPES.items():
        anchor = re.search(rf'<h3 id="([^"]+)">{re.escape(name)}</h3>', records)
        assert anchor, f"records page has no section for the {name} record"
        fields = first_cells(section(records, anchor.group(1)))
        assert fields == list(typing.get_type_hints(record)), f"{name}: fields differ from modelcall/records.py"
    brief = section(records, "every-record-in-brief")
    for name in ("prompt seed", "api index entry", "request", "raw output", "candidate", "validated", "selected",
                 "reward", "supplement candidate", "SFT record"):
        assert f"<strong>{name}</strong>" in brief, f"records page does not describe the {name} record"


def test_validator_page_names_every_failure_reason_the_layers_emit(site):
    source = "\n".join(p.read_text(encoding="utf-8") for p in (ROOT / "modelcall" / "validator").rglob("*.py"))
    emitted = set(re.findall(r'Issue\("(l[1-4])", "([a-z_]+)"', source))
    worker = (ROOT / "modelcall" / "validator" / "worker.js").read_text(encoding="utf-8")
    rule_codes = re.search(r"const RULE_CODES = \{(.*?)\};", worker, re.S).group(1)
    emitted |= {("l1", code) for code in re.findall(r":\s*'([a-z_]+)'", rule_codes)}
    assert len(emitted) > 20
    reasons = section(page_html(site, "validator"), "records-written-and-failure-reasons")
    rows = {m.group(1): m.group(2) for m in re.finditer(r"<tr>\s*<td><code>(l[1-4])</code></td>\s*<td>(.*?)</td>",
                                                         reasons, re.S)}
    missing = sorted(f"{layer}:{code}" for layer, code in emitted if f"<code>{code}</code>" not in rows.get(layer, ""))
    assert not missing, f"the validator page's reason table lacks {missing}"


def test_one_troubleshooting_page_and_the_guides(site):
    headings = [p for p in DOCS.rglob("*.md")
                if p.name != "troubleshooting.md" and re.search(r"(?mi)^#+ .*troubleshooting", p.read_text(encoding="utf-8"))]
    assert not headings, f"troubleshooting belongs on docs/troubleshooting.md, not {headings}"
    trouble = page_html(site, "troubleshooting")
    for area in ("any-task", "generation-response_generation", "validator-filter", "cluster-batch_submit-merge_results",
                 "training-and-evaluation-sft_train-eval_set-infer-evaluate", "reward-reward-reward-server-the-client"):
        assert "<table>" in section(trouble, area), f"troubleshooting has no table for {area}"
    assert "sbatch" in page_html(site, "guides/cluster")
    training = page_html(site, "guides/training")
    assert "llamafactory" in training.lower() and "GRPORewardFunction" in training


def test_a_task_type_without_its_page_or_reference_marker_stops_the_build():
    from types import SimpleNamespace

    from mkdocs.exceptions import PluginError
    from mkdocs.structure.files import Files

    hooks = _hooks()
    pages = Files([SimpleNamespace(src_uri=f"tasks/{t}.md") for t in all_runners() if t != "parse"])
    with pytest.raises(PluginError, match="no page for task type.*parse"):
        hooks.on_files(pages, config=None)
    page = SimpleNamespace(file=SimpleNamespace(src_uri="tasks/parse.md"))
    with pytest.raises(PluginError, match="config-reference"):
        hooks.on_page_markdown("# `parse`\n\nno reference here\n", page=page, config=None, files=None)
    filled = hooks.on_page_markdown("# `parse`\n\n<!-- config-reference -->\n", page=page, config=None, files=None)
    assert "| `min_parse_rate` |" in filled and "<!--" not in filled
