"""The README stays short and true: the two quick-start commands CI runs, every task type linked to its docs page,
links that resolve. What each task does and its keys are checked page by page in tests/test_docs.py."""
from __future__ import annotations

import re
from pathlib import Path

from modelcall.runners import all_runners

ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text(encoding="utf-8")


def quick_start_commands() -> list[str]:
    section = README.split("## Quick start", 1)[1].split("\n## ", 1)[0]
    block = re.search(r"```bash\n(.*?)```", section, re.S).group(1)
    return [line.split("#", 1)[0].strip() for line in block.splitlines() if line.strip()]


def test_readme_is_short_and_points_to_the_docs():
    assert len(README.splitlines()) <= 160, "the README is an overview; details belong in docs/"
    for heading in ("## The flow", "## Quick start", "## Where to read next"):
        assert heading in README


def test_quick_start_has_the_two_commands_and_ci_runs_the_test_one():
    assert quick_start_commands() == ["bash scripts/demo.sh", "bash scripts/test.sh"]
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert re.search(r"^bash scripts/test\.sh\b", ci, re.M), ".ci/run must run the README's test command"
    for script in ("scripts/demo.sh", "scripts/test.sh"):
        assert (ROOT / script).is_file()


def test_every_task_type_is_linked_to_its_docs_page():
    linked = dict(re.findall(r"^\| \[`([a-z_]+)`\]\((docs/tasks/[a-z_]+\.md)\)", README, re.M))
    assert sorted(linked) == sorted(all_runners()), "the README's task table and the registered task types differ"
    for task_type, page in linked.items():
        assert page == f"docs/tasks/{task_type}.md" and (ROOT / page).is_file()


def test_relative_links_resolve():
    links = [target for target in re.findall(r"\]\(([^)#\s]+)(?:#[^)]*)?\)", README) if "://" not in target]
    assert len(links) > 10
    broken = [target for target in links if not (ROOT / target).exists()]
    assert not broken, f"README links to missing files: {broken}"
