"""The reward task on the shipped completions (3 prompts x 4: two clean, one crash, one syntax error), full validator."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from modelcall.tasks import run_task_mapping

pytestmark = pytest.mark.browser
COMPLETIONS = Path(__file__).resolve().parents[1] / "data" / "reward" / "completions.jsonl"


@pytest.fixture(scope="module")
def reward_run(tmp_path_factory, reward_config):
    root = tmp_path_factory.mktemp("reward_run")
    completions = [json.loads(line) for line in COMPLETIONS.read_text(encoding="utf-8").splitlines()]
    completions[0]["prompt_meta"] = dict(completions[0]["prompt_meta"], task="<script>alert(1)</script> 画一个正方形")
    completions[1]["id"] = completions[1].pop("request_id")  # a user's file naming it id
    src = root / "completions.jsonl"
    src.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in completions), encoding="utf-8")
    outcome = run_task_mapping({
        "task_name": "reward_test", "task_type": "reward", "input_path": str(src),
        "output_path": str(root / "rewards.jsonl"), "reports_dir": str(root / "reports"), "progress": False,
        "examples": 12, **reward_config,
    }, "test")
    assert outcome.exit_code == 0
    rows = [json.loads(line) for line in (root / "rewards.jsonl").read_text(encoding="utf-8").splitlines()]
    report = json.loads((root / "reports" / "reward_test.json").read_text(encoding="utf-8"))
    html = (root / "reports" / "reward_test.html").read_text(encoding="utf-8")
    return rows, report, html


def test_every_record_gets_a_reward_and_an_advantage(reward_run):
    rows, report, _ = reward_run
    assert len(rows) == 12
    funnel = [(r["stage"], r["count"]) for r in report["funnel"]]
    assert funnel[0] == ("completions", 12) and funnel[-1] == ("scored", 12)
    assert funnel[-2] == ("L4", sum(r["reward"]["validation"]["passed"] for r in rows))
    assert {f["stage"] for f in report["failures"]} <= {"L1", "L2", "L3", "L4"} and report["failures"]
    for row in rows:
        assert set(row["reward"]) >= {"total", "components", "gates", "validation"}
        assert 0.0 <= row["reward"]["total"] <= 1.0 and isinstance(row["advantage"], float)
        assert row["text"] and row["request_id"]  # the input record is kept; its id is request_id


def test_working_programs_beat_crashes_and_parse_failures(reward_run):
    rows, _, _ = reward_run
    by_variant = {v: [r["reward"] for r in rows if r["variant"] == v] for v in range(4)}
    assert all(r["validation"]["passed"] and r["total"] >= 0.8 and not r["gates"] for r in by_variant[0] + by_variant[1])
    assert all(r["total"] <= 0.20 and r["gates"] for r in by_variant[2])  # runtime error: capped
    assert all(r["total"] == 0.0 and "parse_failure" in r["gates"] for r in by_variant[3])  # syntax error: zero
    for group in {r["prompt_id"] for r in rows}:
        members = [r for r in rows if r["prompt_id"] == group]
        assert sum(r["advantage"] for r in members) == pytest.approx(0.0, abs=1e-4)
        best = max(members, key=lambda r: r["reward"]["total"])
        assert best["advantage"] > 0 and best["variant"] in (0, 1)


def test_report_has_distribution_components_and_groups(reward_run):
    _, report, _ = reward_run
    summary = report["reward"]
    assert summary["distribution"]["n"] == 12 and sum(summary["distribution"]["histogram"]["counts"]) == 12
    assert summary["groups"]["count"] == 3 and len(summary["per_group"]) == 3
    assert set(summary["per_group"][0]["components"]) >= {"plan_structure", "code_runtime"}
    assert summary["gates"]["parse_failure"] == 3 and summary["gates"]["runtime_crash"] == 3
    assert summary["passed_vs_failed"]["gap_of_means"] > 0.5
    assert report["counts"]["scored"] == 12


def test_html_view_has_plots_screenshots_and_escapes_text(reward_run):
    _, _, html = reward_run
    assert html.count("data:image/png;base64,") >= 3 + 2  # three plots + screenshots of run programs
    assert "Worst completions" in html and "Best completions" in html
    assert "<script>alert(1)</script>" not in html and "&lt;script&gt;alert(1)&lt;/script&gt;" in html
