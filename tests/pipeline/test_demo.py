"""The shipped offline demo (configs/tasks/demo/phaser_pipeline.yaml) runs end to end on a few seeds."""
from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from modelcall.tasks import run_task_file

ROOT = Path(__file__).resolve().parents[2]
DEMO = ROOT / "configs" / "tasks" / "demo" / "phaser_pipeline.yaml"


def test_demo_seeds_cover_modules_and_difficulties():
    seeds = [json.loads(x) for x in (ROOT / "modelcall" / "data" / "demo_seeds.jsonl").read_text(encoding="utf-8").splitlines()]
    assert len(seeds) == 40 and len({s["id"] for s in seeds}) == 40
    assert {s["difficulty"] for s in seeds} == {"easy", "medium", "hard"}
    modules = {m for s in seeds for m in s["modules"]}
    assert {"Physics", "Input", "Animations", "Camera", "Particles", "Tilemap"} <= modules
    for s in seeds:
        assert set(s) == {"id", "difficulty", "modules", "task", "constraints", "must_use_apis", "eval_hints", "tags", "notes"}
        assert any("\u4e00" <= ch <= "\u9fff" for ch in s["task"]) and s["must_use_apis"] and s["eval_hints"]


@pytest.mark.browser
@pytest.mark.skipif(not Path("/usr/bin/chromium").exists() or shutil.which("node") is None
                    or not (ROOT / "node_modules" / "phaser").is_dir(), reason="needs chromium, node and npm ci")
def test_demo_pipeline_runs_offline(tmp_path, monkeypatch):
    monkeypatch.chdir(ROOT)
    overrides = [
        f"vars.run_dir={tmp_path}", f"reports_dir={tmp_path}/reports", f"report_path={tmp_path}/run_report.html",
        f"state_dir={tmp_path}/state", "progress=false",
        "step_overrides.distill_requests.max_seeds=6",
        f"step_overrides.filter.validator.cache_path={tmp_path}/validator.sqlite",
        f"step_overrides.supplements.validator.cache_path={tmp_path}/validator.sqlite",
    ]
    outcome = run_task_file(DEMO, overrides)
    assert outcome.status == "ok"
    statuses = {s["name"]: s["status"] for s in outcome.report.sections["steps"]}
    assert list(statuses) == ["api_index", "distill_requests", "response_generation", "parse", "filter", "select",
                              "supplements", "review", "sft_build"]
    assert set(statuses.values()) <= {"ran", "skipped"} and statuses["filter"] == "ran"
    funnel = {row["stage"]: row["count"] for row in outcome.report.sections["funnel"]}
    assert funnel["requests"] == 18 and funnel["outputs"] == 18
    assert funnel["requests"] >= funnel["parsed"] >= funnel["L1"] >= funnel["L4"] >= funnel["selected"] > 0
    official = [json.loads(x) for x in (tmp_path / "supplements.jsonl").read_text(encoding="utf-8").splitlines()]
    assert official and all(p["passed"] and p["source"] == "official" for p in official)
    assert funnel["train"] + funnel.get("val", 0) + funnel.get("test", 0) <= funnel["selected"] + len(official)
    sft = [json.loads(x) for s in ("train", "val", "test") if (tmp_path / "sft" / f"{s}.jsonl").is_file()
           for x in (tmp_path / "sft" / f"{s}.jsonl").read_text(encoding="utf-8").splitlines()]
    assert any(r["metadata"]["source"] == "official" for r in sft)
    assert outcome.report.sections["usage"]["cost_usd"] > 0  # the mock teacher is priced like a real one
    assert (tmp_path / "sft" / "dataset_info.json").is_file()
    html = (tmp_path / "review" / "review.html").read_text(encoding="utf-8")
    assert "data:image/png;base64," in html  # real runtime screenshots embedded
    assert outcome.report.artifacts["run_report"] == f"{tmp_path}/run_report.html"
