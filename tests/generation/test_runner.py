"""The response_generation runner: shipped example configs run as-is, report sections, config errors."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from modelcall.errors import ConfigError
from modelcall.tasks import run_task_file, run_task_mapping

ROOT = Path(__file__).resolve().parents[2]


def test_shipped_mock_config_runs_offline_and_resumes(tmp_path, monkeypatch):
    monkeypatch.chdir(ROOT)
    overrides = [f"output_path={tmp_path}/raw.jsonl", f"reports_dir={tmp_path}/reports", "progress=false"]
    outcome = run_task_file("configs/tasks/data_distillation/distill_mock.yaml", overrides)
    report = json.loads(outcome.report_path.read_text())
    assert outcome.exit_code == 0 and report["counts"]["ok"] == 12
    assert set(report) >= {"latency_s", "attempts_histogram", "cost_usd", "error_types", "tokens", "limiter"}
    again = run_task_file("configs/tasks/data_distillation/distill_mock.yaml", overrides)
    assert again.report.counts["skipped_done"] == 12 and again.report.counts.get("ok", 0) == 0


def test_shipped_dry_run_config_prints_the_comparison(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(ROOT)
    outcome = run_task_file("configs/tasks/data_distillation/dry_run_compare.yaml", [f"reports_dir={tmp_path}", "progress=false"])
    table = capsys.readouterr().out
    assert outcome.exit_code == 0 and "claude-opus-4-1" in table and "qwen3-coder-480b" in table
    assert len(outcome.report.sections["dry_run"]["rows"]) == 8


def test_unknown_generation_key_is_named(tmp_path):
    mapping = {"task_name": "t", "task_type": "response_generation", "model_config": {"provider": "mock", "model": "m"},
               "input_path": "x.jsonl", "output_path": "y.jsonl", "generation": {"concurency": 4}}
    with pytest.raises(ConfigError, match=r"generation.concurency: unknown key \(did you mean 'concurrency'\?\)"):
        run_task_mapping(mapping, "inline")


@pytest.mark.parametrize("model", ["fake-anthropic", "fake-openai"])
def test_shipped_fake_model_configs_drive_the_real_sdks(fake_provider, tmp_path, monkeypatch, model):
    server = fake_provider()
    monkeypatch.chdir(ROOT)
    monkeypatch.setenv("FAKE_PROVIDER_URL", server.url)
    outcome = run_task_file("configs/tasks/data_distillation/distill_mock.yaml", [
        f"model_config=configs/models/{model}.yaml", f"output_path={tmp_path}/raw.jsonl",
        f"reports_dir={tmp_path}/reports", "progress=false"])
    assert outcome.report.counts["ok"] == 12 and server.fake.stats["ok"] == 12


def test_a_clean_run_names_no_errors_file_that_does_not_exist(tmp_path):
    from modelcall.tasks import run_task_file

    outcome = run_task_file("configs/tasks/data_distillation/distill_mock.yaml",
                            [f"reports_dir={tmp_path}", "progress=false", f"output_path={tmp_path}/raw.jsonl"])
    assert outcome.exit_code == 0
    assert "output" in outcome.report.artifacts and "errors" not in outcome.report.artifacts


def test_the_report_has_the_funnel_failures_and_spend_of_the_answers(fake_provider, tmp_path, monkeypatch):
    from tests import sections

    server = fake_provider(rate_5xx=0.5, seed=1)
    monkeypatch.chdir(ROOT)
    monkeypatch.setenv("FAKE_PROVIDER_URL", server.url)
    outcome = run_task_file("configs/tasks/data_distillation/distill_mock.yaml", [
        "model_config=configs/models/fake-anthropic.yaml", f"output_path={tmp_path}/raw.jsonl",
        f"reports_dir={tmp_path}/reports", "progress=false", "generation.max_attempts=1"])
    ok, failed = outcome.report.counts["ok"], outcome.report.counts["error"]
    assert ok + failed == 12 and ok and failed
    assert sections.funnel(outcome) == [("requests", 12), ("outputs", ok)]
    assert sections.failures(outcome) == {("generation", "server_error"): failed}
    errors = [json.loads(x) for x in (tmp_path / "raw.errors.jsonl").read_text().splitlines()]
    assert sections.example_ids(outcome, "generation", "server_error") == [e["request_id"] for e in errors[:3]]
    answers = [json.loads(x) for x in (tmp_path / "raw.jsonl").read_text().splitlines()]
    (alias, spend), = sections.report_of(outcome)["spend"].items()
    assert spend["answers"] == ok and spend["input"] == sum(a["usage"]["input_tokens"] for a in answers)
    assert spend["cost_usd"] == round(sum(a["cost_usd"] for a in answers), 6) and alias == answers[0]["model"]["alias"]
