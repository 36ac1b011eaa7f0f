"""The repair and variants_on_demand runners on the shipped 12 requests with the offline mock teacher."""
from __future__ import annotations

import json

import pytest

from tests.coverage.conftest import mock_teacher, read, run, static_validator


def repair_task(work, **extra):
    task = {"task_name": "repair", "task_type": "repair", "input_path": str(work / "validated.jsonl"),
            "requests_path": str(work / "requests.jsonl"), "raw_outputs_path": str(work / "raw.jsonl"),
            "output_path": str(work / "validated_all.jsonl"), "validator": static_validator(work)}
    task.update(extra)
    if "teachers" not in task:
        task.setdefault("model_config", mock_teacher())
    return task


def uncovered(records):
    seeds = {r["prompt_id"] for r in records}
    return seeds - {r["prompt_id"] for r in records if r["passed"]}


def test_repair_rounds_cover_uncovered_seeds_and_tag_samples(work):
    before = read(work / "validated.jsonl")
    missing = uncovered(before)
    assert missing, "the fixture teacher must leave some seeds uncovered"
    report = run(repair_task(work, rounds=2), work)
    out = read(work / "validated_all.jsonl")
    assert out[: len(before)] == before  # input first, unchanged; repairs appended
    repaired = out[len(before):]
    assert repaired and {r["prompt_id"] for r in repaired} <= missing
    for r in repaired:
        assert r["request_id"] == f"{r['prompt_id']}_v{r['variant']}_r{r['round']}"
        assert r["repaired_from"].startswith(f"{r['prompt_id']}_v") and r["teacher"] == "mock-cheap"
        assert r["teacher_model"] == "mock-cheap-model" and r["repair_kind"] in ("parse", "syntax", "api", "lint")
    assert len(uncovered(out)) < len(missing)
    cov = report["coverage"]
    assert cov["covered_before"] == 12 - len(missing) and cov["covered_after"] == 12 - len(uncovered(out))
    assert [c["round"] for c in cov["by_round"]][:2] == [0, 1]
    first = report["rounds"][0]
    assert first["seeds_uncovered_before"] == len(missing) and first["requests_sent"] == len(missing)
    assert first["cost_usd"] > 0 and sum(k["sent"] for k in first["pass_rate_by_kind"].values()) == first["answers"]
    assert report["teachers"]["mock-cheap (repair)"]["answers"] == sum(r["answers"] for r in report["rounds"])
    # its own funnel, failures and spend: what the run report shows of it
    passing_before = sum(r["passed"] for r in before)
    fixed = sum(r["passed"] for r in repaired)
    assert [(s["stage"], s["count"]) for s in report["funnel"]] == [
        ("records in", len(before)), ("passing before", passing_before), ("repair requests", len(repaired)),
        ("repairs passing", fixed), ("passing after", passing_before + fixed)]
    assert sum(f["count"] for f in report["failures"] if f["stage"] == "validation") == len(repaired) - fixed
    assert report["spend"]["mock-cheap"]["answers"] == len(repaired)
    assert report["spend"]["mock-cheap"]["cost_usd"] == round(sum(r["cost_usd"] for r in report["rounds"]), 6)
    # round 2 only repairs what round 1 left uncovered, starting from round 1's answers
    for r in repaired:
        if r["round"] == 2:
            assert r["repaired_from"].endswith("_r1")
    # the follow-up carried the failed answer and the findings
    req = json.loads((work / "repair_rounds" / "round_1" / "requests.jsonl").read_text().splitlines()[0])
    assert [m["role"] for m in req["messages"]] == ["system", "user", "assistant", "user"]
    assert "验证器发现了以下问题" in req["messages"][-1]["content"]
    # a rerun resumes: nothing is sent again and the output is the same
    raw = work / "repair_rounds" / "round_1" / "raw_outputs.jsonl"
    lines, first = raw.read_bytes().count(b"\n"), (work / "validated_all.jsonl").read_bytes()
    run(repair_task(work, rounds=2), work)
    assert raw.read_bytes().count(b"\n") == lines and (work / "validated_all.jsonl").read_bytes() == first
    # repaired samples are candidates like any other for select
    report = run({"task_name": "select", "task_type": "select", "input_path": str(work / "validated_all.jsonl"),
                  "output_path": str(work / "selected.jsonl")}, work)
    selected = read(work / "selected.jsonl")
    assert report["counts"]["selected"] == len(selected) and any(r.get("round") for r in selected)


def test_budget_and_kinds_limit_what_is_sent(work):
    report = run(repair_task(work, repair={"budget_usd": 0.0}), work)
    assert report["counts"]["repair_requests"] == 0 and report["stopped"] == "budget_reached_before_round_1"
    assert read(work / "validated_all.jsonl") == read(work / "validated.jsonl")
    report = run(repair_task(work, rounds=1, repair={"repair_kinds": ["api"]}), work)
    kinds = set(report["rounds"][0]["pass_rate_by_kind"])
    assert kinds == {"api"} and any(k.startswith("kind_") for k in report["rounds"][0]["skipped"])


def test_cascade_sends_only_what_the_cheap_teacher_left(work):
    hopeless = {"syntax_error": 1.0, "repair_success": 0.0}
    strong = mock_teacher("mock-strong", {"repair_success": 1.0}, price=5.0)
    report = run(repair_task(work, teachers=[
        {"model_config": mock_teacher("mock-cheap", hopeless), "rounds": 1},
        {"model_config": strong, "rounds": 2},
    ]), work)
    r1, r2 = report["rounds"][0], report["rounds"][1]
    assert (r1["teacher"], r2["teacher"]) == ("mock-cheap", "mock-strong")
    assert r1["passed"] == 0 and r2["seeds_uncovered_before"] == r1["seeds_uncovered_after"] == r1["seeds_uncovered_before"]
    assert r2["seeds_uncovered_after"] == 0 and len(report["rounds"]) == 2 and report["stopped"] == "all_covered"
    table = report["teachers"]
    assert table["mock-cheap (repair)"]["pass_rate"] == 0.0 and table["mock-strong (repair)"]["pass_rate"] == 1.0
    assert table["mock-strong (repair)"]["cost_per_passing_usd"] > 0 and "mock-cheap (initial)" in table
    out = read(work / "validated_all.jsonl")
    assert {r["teacher_model"] for r in out if r.get("round") == 2} == {"mock-strong-model"}


def test_variants_on_demand_asks_only_where_diversity_is_missing(work):
    before = read(work / "validated.jsonl")
    passing = {r["prompt_id"] for r in before if r["passed"]}
    task = {"task_name": "more", "task_type": "variants_on_demand", "input_path": str(work / "validated.jsonl"),
            "requests_path": str(work / "requests.jsonl"), "output_path": str(work / "validated_more.jsonl"),
            "requests_out_path": str(work / "extra_requests.jsonl"), "model_config": mock_teacher(),
            "variants": {"min_distinct": 2, "rounds": 2, "max_variants": 3}, "validator": static_validator(work)}
    report = run(task, work)
    extra = read(work / "extra_requests.jsonl")
    assert extra and {r["prompt_id"] for r in extra} <= passing  # uncovered seeds are the repair step's job
    ids = [r["request_id"] for r in extra]
    assert len(ids) == len(set(ids)) and all(r["variant"] in (1, 2) for r in extra)
    assert all(r["request_id"] == f"{r['prompt_id']}_v{r['variant']}" for r in extra)
    first = next(r for r in extra if r["variant"] == 1)
    assert first["gen"]["temperature"] == 0.8 and first["meta"]["on_demand"] is True
    out = read(work / "validated_more.jsonl")
    assert len(out) == len(before) + len(extra) and report["counts"]["extra_requests"] == len(extra)
    assert report["counts"]["seeds_at_min_distinct_after"] >= report["counts"]["seeds_at_min_distinct_before"]
    added = out[len(before):]
    assert [(s["stage"], s["count"]) for s in report["funnel"]] == [
        ("records in", len(before)), ("passing before", sum(r["passed"] for r in before)), ("extra requests", len(extra)),
        ("extra passing", sum(r["passed"] for r in added)), ("passing after", sum(r["passed"] for r in out))]
    assert report["spend"]["mock-cheap"]["answers"] == len(extra)
    assert sum(f["count"] for f in report["failures"]) == sum(not r["passed"] for r in added)


def test_repair_config_errors_are_one_line(work):
    from modelcall.config.loader import load_task_mapping
    from modelcall.errors import ConfigError

    with pytest.raises(ConfigError, match=r"repair.repair_kinds: .*unknown failure kind\(s\) typo"):
        load_task_mapping(repair_task(work, repair={"repair_kinds": ["typo"]}), "<test>")
    both = repair_task(work, teachers=[{"model_config": mock_teacher(), "rounds": 1}])
    both["model_config"] = mock_teacher()
    with pytest.raises(ConfigError, match="exactly one of model_config"):
        load_task_mapping(both, "<test>")


def test_seeds_without_any_answer_are_asked_again(work):
    records = read(work / "validated.jsonl")
    dropped = {records[0]["prompt_id"], records[1]["prompt_id"]}
    (work / "validated.jsonl").write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records[2:]), encoding="utf-8")
    report = run(repair_task(work, rounds=1), work)
    assert report["coverage"]["seeds"] == 12
    sent = read(work / "repair_rounds" / "round_1" / "requests.jsonl")
    fresh = [r for r in sent if r["prompt_id"] in dropped]
    assert len(fresh) == 2 and all(len(r["messages"]) == 2 and r["meta"]["repair"]["fresh"] for r in fresh)
    assert report["rounds"][0]["pass_rate_by_kind"]["no_answer"]["sent"] == 2
    report = run(repair_task(work, rounds=1, repair={"include_unanswered": False}, output_path=str(work / "o2.jsonl"),
                             work_dir=str(work / "w2")), work)
    assert report["coverage"]["seeds"] == 10


def test_variants_budget_caps_the_first_round_too(work):
    task = {"task_name": "more", "task_type": "variants_on_demand", "input_path": str(work / "validated.jsonl"),
            "requests_path": str(work / "requests.jsonl"), "output_path": str(work / "validated_more.jsonl"),
            "model_config": mock_teacher(), "validator": static_validator(work),
            "variants": {"min_distinct": 2, "rounds": 1, "budget_usd": 0.0}}
    assert run(task, work)["counts"]["extra_requests"] == 0  # nothing may be bought with no budget
    unlimited = run(dict(task, variants={"min_distinct": 2, "rounds": 1}), work)
    wanted, spent = unlimited["counts"]["extra_requests"], unlimited["extra_variants"]["cost_usd"]
    assert wanted >= 2
    budget = spent / wanted * 1.5  # enough for one answer, not for all of them
    capped = run(dict(task, variants={"min_distinct": 2, "rounds": 1, "budget_usd": budget}), work)
    assert 1 <= capped["counts"]["extra_requests"] < wanted
    assert capped["extra_variants"]["cost_usd"] <= budget * 1.25  # an estimate, close to the real price


def test_repair_and_variants_rounds_send_what_the_one_budget_trim_keeps(work, monkeypatch):
    """Both rounds go through accounting.within_budget, and send exactly the requests it kept."""
    import modelcall.generation.accounting as accounting
    import modelcall.repair.rounds as rounds

    calls = []
    real = accounting.within_budget

    def spy(requests, *args, **kwargs):
        kept = real(requests, *args, **kwargs)
        calls.append(([r["request_id"] for r in requests], [r["request_id"] for r in kept]))
        return kept

    monkeypatch.setattr(accounting, "within_budget", spy)
    monkeypatch.setattr(rounds, "within_budget", spy)
    unlimited = run(repair_task(work, rounds=1, output_path=str(work / "free.jsonl"), work_dir=str(work / "free")), work)
    planned = unlimited["rounds"][0]["requests_sent"]
    assert planned >= 2 and not calls  # no budget: nothing is trimmed
    budget = unlimited["rounds"][0]["cost_usd"] / planned * 1.5
    report = run(repair_task(work, rounds=1, repair={"budget_usd": budget}), work)
    (offered, kept), = calls
    sent = [r["request_id"] for r in read(work / "repair_rounds" / "round_1" / "requests.jsonl")]
    assert len(offered) == planned and 1 <= len(kept) < planned and sent == kept
    assert report["rounds"][0]["trimmed_by_budget"] == planned - len(kept)
    calls.clear()
    task = {"task_name": "more", "task_type": "variants_on_demand", "input_path": str(work / "validated.jsonl"),
            "requests_path": str(work / "requests.jsonl"), "output_path": str(work / "validated_more.jsonl"),
            "model_config": mock_teacher(), "validator": static_validator(work),
            "variants": {"min_distinct": 2, "rounds": 1, "budget_usd": budget}}
    capped = run(task, work)
    (offered, kept), = calls
    assert 1 <= len(kept) < len(offered) and capped["counts"]["extra_requests"] == len(kept)


def test_a_round_that_fails_after_its_answers_came_still_reports_what_it_paid_for(work, monkeypatch):
    """The run report merges reports only: a failed step's report must hold the spend of the answers it got."""
    from modelcall.tasks import run_task_mapping
    from modelcall.validator import Validator

    def broken(self, candidates, *args, **kwargs):
        raise RuntimeError("the validator fell over")

    task = {"task_name": "more", "task_type": "variants_on_demand", "input_path": str(work / "validated.jsonl"),
            "requests_path": str(work / "requests.jsonl"), "output_path": str(work / "validated_more.jsonl"),
            "model_config": mock_teacher(), "validator": static_validator(work),
            "variants": {"min_distinct": 2, "rounds": 1}, "reports_dir": str(work / "reports"), "progress": False}
    monkeypatch.setattr(Validator, "validate", broken)
    with pytest.raises(RuntimeError, match="fell over"):
        run_task_mapping(task, "<test>")
    report = json.loads((work / "reports" / "more.json").read_text())
    answers = read(work / "variant_rounds" / "round_1" / "raw_outputs.jsonl")
    assert report["status"] != "ok" and answers
    assert report["spend"]["mock-cheap"]["answers"] == len(answers)
    assert report["spend"]["mock-cheap"]["cost_usd"] == round(sum(a["cost_usd"] for a in answers), 6)
