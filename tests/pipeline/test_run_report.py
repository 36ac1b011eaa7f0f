"""The run report merges the steps' own report sections (funnel, failures, spend, distributions) in step order,
and knows no task type: a runner it has never heard of shows up from its report alone."""
from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import pytest
from pydantic import Field

from modelcall.config.paths import Input, Output
from modelcall.config.schema import TaskConfig
from modelcall.pipeline.report import StepRun, collect, render
from modelcall.runners import _REGISTRY, register
from modelcall.runners.base import Runner
from modelcall.tasks import run_task_mapping


def spend(answers: int, cost: float, inp: int, out: int, cache_read: int = 0) -> dict:
    return {"answers": answers, "input": inp, "output": out, "cache_read": cache_read, "cache_write": 0, "cost_usd": cost}


def test_cost_and_usage_are_the_sum_of_the_steps_spend():
    gen = StepRun("gen", "response_generation", "skipped", {}, report={"spend": {"cheap": spend(2, 0.03, 300, 110)}})
    repair = StepRun("repair", "repair", "failed", {}, report={"spend": {"cheap": spend(2, 0.03, 300, 80, 40),
                                                                          "strong": spend(1, 0.5, 400, 90)}})
    not_run = StepRun("more", "variants_on_demand", "not_run", {}, report={"spend": {"cheap": spend(9, 9.0, 9, 9)}})
    summary = collect([gen, repair, not_run])
    usage = summary["usage"]
    assert usage["requests_billed"] == 5 and usage["input"] == 1000 and usage["output"] == 280
    assert usage["cache_read"] == 40 and usage["cost_usd"] == round(0.03 + 0.03 + 0.5, 6)
    assert summary["by_model"]["cheap"]["outputs"] == 4 and summary["by_model"]["strong"]["outputs"] == 1


def test_failures_per_stage_say_how_many_records_the_stage_dropped():
    report = {
        "funnel": [{"stage": "candidates", "count": 3}, {"stage": "L1", "count": 3}, {"stage": "L2", "count": 2},
                   {"stage": "L3", "count": 1}, {"stage": "L4", "count": 1}],
        "failures": [{"stage": "L3", "reason": "runtime_error", "count": 2,
                      "examples": [{"id": "b", "message": "TypeError: x is undefined", "line": 7}]},
                     {"stage": "L2", "reason": "hallucinated_api", "count": 1, "examples": []}],
    }
    summary = collect([StepRun("filter", "filter", "ran", {}, report=report)])
    groups = {g["stage"]: g for g in summary["failures"]}
    assert groups["L3"]["dropped"] == 1 and groups["L2"]["dropped"] == 1
    assert groups["L3"]["rows"][0]["count"] == 2  # failures found, one on a record L2 dropped
    html = render(summary, "t", "s")
    assert '<h3>filter · L3 <span class="note">1 records dropped here' in html
    assert "b:7 — TypeError: x is undefined" in html


def test_funnel_splits_are_shares_of_the_stage_they_split_not_of_each_other():
    from modelcall.pipeline.report import funnel_svg

    svg = funnel_svg([{"stage": "requests", "count": 100}, {"stage": "selected", "count": 40},
                      {"stage": "train", "count": 36, "part_of": "selected"}, {"stage": "val", "count": 2, "part_of": "selected"},
                      {"stage": "test", "count": 2, "part_of": "selected"}])
    assert "36  (36.0% of requests, 90% of selected)" in svg
    assert "2  (2.0% of requests, 5% of selected)" in svg
    assert "100% of previous" not in svg and "of val" not in svg and "of train" not in svg


class CountConfig(TaskConfig):
    input_path: Annotated[str, Input] = Field(description="lines to count")
    output_path: Annotated[str, Output] = Field(description="the long lines")


@pytest.fixture
def count_runner():
    @register
    class CountRunner(Runner[CountConfig]):
        task_type = "test_count_lines"
        summary = "keep the lines longer than 3 characters"
        config_class = CountConfig

        def run(self) -> None:
            lines = Path(self.config.input_path).read_text(encoding="utf-8").splitlines()
            kept = [line for line in lines if len(line) > 3]
            Path(self.config.output_path).write_text("".join(f"{line}\n" for line in kept), encoding="utf-8")
            self.report.stage("lines", len(lines))
            self.report.stage("long lines", len(kept))
            for number, line in enumerate(lines, 1):
                if len(line) <= 3:
                    self.report.failure("long lines", "too_short", f"line {number}", f"{line!r} has {len(line)} characters")
            self.report.bill("counter-model", 1, {"input": 10, "output": 2}, 0.25)
            self.report.distribution("line length", [1, 2], [0.0, 4.0, 8.0], {"n": 3})

    yield CountRunner
    _REGISTRY.pop("test_count_lines", None)


def test_a_step_of_a_runner_the_report_never_heard_of_shows_from_its_report_alone(tmp_path, count_runner):
    src = tmp_path / "a.txt"
    src.write_text("one\nthree\nfour\n", encoding="utf-8")
    pipe = {"task_name": "p", "task_type": "pipeline", "progress": False, "reports_dir": str(tmp_path / "reports"),
            "state_dir": str(tmp_path / "state"),
            "steps": [{"name": "count", "task": {"task_type": "test_count_lines", "input_path": str(src),
                                                 "output_path": str(tmp_path / "long.txt")}}]}
    outcome = run_task_mapping(pipe, "test")
    assert outcome.exit_code == 0
    sections = outcome.report.sections
    assert sections["funnel"] == [{"step": "count", "stage": "lines", "count": 3},
                                  {"step": "count", "stage": "long lines", "count": 2}]
    assert sections["failures"] == [{"step": "count", "stage": "long lines", "reason": "too_short", "count": 1,
                                     "examples": [{"id": "line 1", "message": "'one' has 3 characters"}]}]
    assert sections["usage"]["cost_usd"] == 0.25 and sections["by_model"]["counter-model"]["outputs"] == 1
    html = Path(outcome.report.artifacts["run_report"]).read_text(encoding="utf-8")
    for text in ("test_count_lines", "long lines", "66.7% of lines", "too_short", "line 1 — &#39;one&#39; has 3 characters",
                 "1 records dropped here", "counter-model", "$0.2500", "count · line length"):
        assert text in html, text
    step_report = json.loads((tmp_path / "reports" / "count.json").read_text(encoding="utf-8"))
    assert step_report["funnel"][1] == {"stage": "long lines", "count": 2}


def test_a_report_lists_failures_in_funnel_order_and_keeps_a_few_examples(tmp_path):
    from modelcall.reporting import MAX_EXAMPLES, TaskReport

    report = TaskReport("t", "x", tmp_path)
    for i in range(5):
        report.failure("L3", "runtime_error", f"r{i}", "boom", line=i)
    report.failure("other", "odd")
    report.failure("L1", "syntax_error", "s0", "bad")
    for stage, n in (("candidates", 6), ("L1", 5), ("L2", 5), ("L3", 0)):
        report.stage(stage, n)
    rows = report.as_dict("ok")["failures"]
    assert [(r["stage"], r["reason"], r["count"]) for r in rows] == [
        ("L1", "syntax_error", 1), ("L3", "runtime_error", 5), ("other", "odd", 1)]
    assert [e["id"] for e in rows[1]["examples"]] == [f"r{i}" for i in range(MAX_EXAMPLES)] and rows[2]["examples"] == []
