"""The docs site builds with --strict (broken links and missing pages fail) and documents every task type's keys."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from modelcall.config.schema import TaskConfig
from modelcall.runners import all_runners

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def site(tmp_path_factory) -> Path:
    pytest.importorskip("mkdocs")
    out = tmp_path_factory.mktemp("site")
    result = subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "-q", "-d", str(out)],
                            cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr[-3000:]
    return out


def test_every_task_type_has_a_page_listing_its_config_keys(site):
    base = set(TaskConfig.model_fields)
    for task_type, runner in all_runners().items():
        page = site / "tasks" / task_type / "index.html"
        assert page.is_file(), f"no docs page for {task_type}"
        html = page.read_text(encoding="utf-8")
        keys = [f.alias if isinstance(f.alias, str) else n for n, f in runner.config_class.model_fields.items() if n not in base]
        missing = [k for k in keys if k not in html]
        assert not missing, f"{task_type} page lacks keys {missing}"


def test_records_guides_and_troubleshooting_pages(site):
    records = (site / "records" / "index.html").read_text(encoding="utf-8")
    for name in ("request", "raw output", "error", "candidate", "validated", "selected", "SFT record"):
        assert f">{name}<" in records
    assert "request_id" in records and "quality_score" in records
    assert "sbatch" in (site / "guides" / "cluster" / "index.html").read_text(encoding="utf-8")
    assert "llamafactory" in (site / "guides" / "training" / "index.html").read_text(encoding="utf-8").lower()
    assert "<table>" in (site / "troubleshooting" / "index.html").read_text(encoding="utf-8")
