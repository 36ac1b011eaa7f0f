"""The filter runner end to end (static layers: the browser path is covered by the labelled-set tests)."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from modelcall.errors import ConfigError, TaskFailed
from modelcall.tasks import run_task_mapping
from tests import sections

DATA = Path(__file__).resolve().parents[1] / "data" / "validator"


def _task(tmp_path: Path, **extra) -> dict:
    task = {
        "task_name": "filter_test",
        "task_type": "filter",
        "input_path": str(DATA / "candidates_small.jsonl"),
        "output_path": str(tmp_path / "validated.jsonl"),
        "passed_path": str(tmp_path / "passed.jsonl"),
        "reports_dir": str(tmp_path / "reports"),
        "progress": False,
        "validator": {"runtime": {"enabled": False}, "cache_path": str(tmp_path / "cache.sqlite")},
    }
    task.update(extra)
    return task


def _read(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def test_filter_writes_every_candidate_in_order_with_a_report(tmp_path):
    outcome = run_task_mapping(_task(tmp_path), source="<test>")
    assert outcome.exit_code == 0, outcome.report.as_dict("x")
    records = _read(tmp_path / "validated.jsonl")
    inputs = _read(DATA / "candidates_small.jsonl")
    assert len(records) == len(inputs)  # nothing dropped: the repeated request_id and the empty answer are kept
    assert [r["position"] for r in records] == list(range(len(inputs)))
    assert [r["request_id"] for r in records] == [r["request_id"] for r in inputs]
    first, repeated = records[0], records[8]
    assert first["request_id"] == repeated["request_id"] and first["passed"] and not repeated["passed"]
    assert "l2:hallucinated_api" in repeated["reasons"]
    assert records[-1]["reasons"] == ["l1:no_code"]
    for rec in records:
        v = rec["validation"]
        assert set(rec["layers"]) == {"l1", "l2", "l3", "l4"}
        assert {"parse_ok", "lint_ok", "api_ok", "runtime_ok", "rules_ok", "errors", "warnings", "api_usage",
                "runtime", "structure", "hints", "plan_consistency"} <= set(v)
        assert set(v["api_usage"]) >= {"hits", "misses", "must_use_hits", "must_use_misses"}
    passed = _read(tmp_path / "passed.jsonl")
    assert [r["request_id"] for r in passed] == [r["request_id"] for r in records if r["passed"]]
    report = json.loads((tmp_path / "reports" / "filter_test.json").read_text())
    summary = report["validation"]
    assert summary["total"] == len(records) and summary["layers"]["l3"]["ran"] == 0
    assert summary["layers"]["l1"]["pass_rate"] < 1.0
    top = {r["reason"]: r for r in summary["top_failure_reasons"]}
    assert top["l2:hallucinated_api"]["count"] == 2 and top["l2:hallucinated_api"]["example"]["message"]
    assert set(summary["seconds_per_layer"]) >= {"l1", "l2", "l4"}
    # the funnel: all candidates, then those that passed every layer up to each one (L3 off drops nothing)
    def upto(i: int) -> int:
        return sum(all(r["layers"][f"l{j}"] is not False for j in range(1, i + 1)) for r in records)

    assert sections.funnel(outcome) == [("candidates", 10), ("L1", upto(1)), ("L2", upto(2)), ("L3", upto(2)), ("L4", 6)]
    assert upto(1) < 10
    failed = sections.failures(outcome)
    assert failed[("L2", "hallucinated_api")] == 2 and failed[("L1", "no_code")] == 1
    assert records[-1]["request_id"] in sections.example_ids(outcome, "L1", "no_code")


def test_rerun_reuses_the_cache(tmp_path):
    run_task_mapping(_task(tmp_path), source="<test>")
    outcome = run_task_mapping(_task(tmp_path), source="<test>")
    summary = outcome.report.sections["validation"]
    distinct = len({r["code"] for r in _read(DATA / "candidates_small.jsonl")})
    assert summary["cached_programs"] == distinct


def test_min_pass_rate_fails_the_task_but_keeps_outputs(tmp_path):
    with pytest.raises(TaskFailed):
        run_task_mapping(_task(tmp_path, min_pass_rate=0.99), source="<test>")
    assert len(_read(tmp_path / "validated.jsonl")) == 10
    report = json.loads((tmp_path / "reports" / "filter_test.json").read_text())
    assert report["status"] == "failed"


def test_bad_config_key_is_a_config_error(tmp_path):
    task = _task(tmp_path)
    task["validator"]["gates"] = {"l5": "hard"}
    with pytest.raises(ConfigError, match="gates.l5"):
        run_task_mapping(task, source="<test>")


def test_missing_input_is_an_input_error(tmp_path):
    from modelcall.errors import InputError

    with pytest.raises(InputError, match="file not found"):
        run_task_mapping(_task(tmp_path, input_path=str(tmp_path / "nope.jsonl")), source="<test>")


def test_code_is_read_from_code_path_when_missing(tmp_path, static_validator):
    program = (DATA / "programs" / "fail_fillstar.js").read_text(encoding="utf-8")
    path = tmp_path / "prog.js"
    path.write_text(program, encoding="utf-8")
    record = static_validator.validate_one({"request_id": "p", "code_path": str(path)})
    assert "l2:hallucinated_api" in record["reasons"]


def test_odd_prompt_meta_shapes_do_not_stop_the_run(tmp_path):
    """A user's file may hold prompt_meta that is not an object, or must_use_apis as one string: every row is still
    validated (a string is one API name, not a list of characters)."""
    program = (DATA / "programs" / "valid_rotating_circle.js").read_text(encoding="utf-8")
    rows = [
        {"request_id": "meta_list", "code": program, "prompt_meta": ["x"]},
        {"request_id": "mu_str", "code": program, "prompt_meta": {"must_use_apis": "Phaser.GameObjects.Graphics",
                                                                  "eval_hints": "应在 update 中更新 rotation"}},
        {"request_id": "mu_missing_str", "code": program, "prompt_meta": {"must_use_apis": "Phaser.GameObjects.BitmapText"}},
    ]
    src = tmp_path / "cands.jsonl"
    src.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    outcome = run_task_mapping(_task(tmp_path, input_path=str(src)), source="<test>")
    assert outcome.exit_code == 0
    out = {r["request_id"]: r for r in _read(tmp_path / "validated.jsonl")}
    assert out["meta_list"]["passed"] and out["mu_str"]["passed"], (out["meta_list"]["reasons"], out["mu_str"]["reasons"])
    assert out["mu_str"]["validation"]["api_usage"]["must_use_hits"] == ["Phaser.GameObjects.Graphics"]
    assert out["mu_str"]["validation"]["hints"] == {"应在 update 中更新 rotation": "pass"}
    assert out["mu_missing_str"]["validation"]["api_usage"]["must_use_misses"] == ["Phaser.GameObjects.BitmapText"]


@pytest.mark.parametrize("record, says", [
    ({"request_id": "p_v0", "prompt_id": "p", "messages": [{"role": "user", "content": "x"}]}, "looks like requests (made by distill_requests)"),
    ({"request_id": "p_v0", "text": "[PLAN]...", "finish_reason": "end_turn"}, "looks like raw outputs (made by response_generation)"),
    ({"id": "p", "difficulty": "easy", "task": "做一个游戏"}, "looks like prompt seeds"),
])
def test_a_file_of_the_wrong_kind_is_named_with_the_runner_that_makes_candidates(tmp_path, record, says):
    from modelcall.errors import InputError

    src = tmp_path / "wrong.jsonl"
    src.write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
    with pytest.raises(InputError) as info:
        run_task_mapping(_task(tmp_path, input_path=str(src)), source="<test>")
    assert f"wrong.jsonl:1: this file {says}" in str(info.value) and "parse runner" in str(info.value)
    assert not (tmp_path / "validated.jsonl").exists()


def test_an_empty_candidates_file_says_so(tmp_path):
    from modelcall.errors import InputError

    src = tmp_path / "empty.jsonl"
    src.write_text("")
    with pytest.raises(InputError, match="no candidates"):
        run_task_mapping(_task(tmp_path, input_path=str(src)), source="<test>")
