"""One small end-to-end run with the browser layer: runtime failures are found, described and repaired."""
from __future__ import annotations

import json

from tests.coverage.conftest import REQUESTS, mock_teacher, read, run


def test_runtime_failures_are_repaired_with_their_stack_line(tmp_path):
    (tmp_path / "requests.jsonl").write_text("".join(REQUESTS.read_text(encoding="utf-8").splitlines(True)[:3]), encoding="utf-8")
    teacher = mock_teacher("mock-rt", {"runtime_error": 1.0, "repair_success": 1.0})
    validator = {"cache_path": str(tmp_path / "validator.sqlite"), "workers": 1, "api": {"reflect": False},
                 "runtime": {"screenshots_dir": None, "pages": 1, "frames": 60, "input_after_frames": 20}}
    run({"task_name": "gen", "task_type": "response_generation", "model_config": teacher,
         "input_path": str(tmp_path / "requests.jsonl"), "output_path": str(tmp_path / "raw.jsonl")}, tmp_path)
    run({"task_name": "parse", "task_type": "parse", "input_path": str(tmp_path / "raw.jsonl"),
         "output_path": str(tmp_path / "candidates.jsonl")}, tmp_path)
    run({"task_name": "filter", "task_type": "filter", "input_path": str(tmp_path / "candidates.jsonl"),
         "output_path": str(tmp_path / "validated.jsonl"), "validator": validator}, tmp_path)
    first = read(tmp_path / "validated.jsonl")
    assert not any(r["passed"] for r in first) and all(r["layers"]["l3"] is False for r in first)
    report = run({"task_name": "repair", "task_type": "repair", "input_path": str(tmp_path / "validated.jsonl"),
                  "requests_path": str(tmp_path / "requests.jsonl"), "raw_outputs_path": str(tmp_path / "raw.jsonl"),
                  "output_path": str(tmp_path / "all.jsonl"), "model_config": teacher, "rounds": 1,
                  "validator": validator}, tmp_path)
    assert report["coverage"]["covered_before"] == 0 and report["coverage"]["covered_after"] == 3
    assert report["rounds"][0]["pass_rate_by_kind"]["runtime"] == {"sent": 3, "passed": 3, "pass_rate": 1.0}
    asks = [json.loads(line)["messages"][-1]["content"]
            for line in (tmp_path / "repair_rounds" / "round_1" / "requests.jsonl").read_text().splitlines()]
    assert all("运行时错误" in a and "<anonymous>:" in a and "该行代码" in a for a in asks)
