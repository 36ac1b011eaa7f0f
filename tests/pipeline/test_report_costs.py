"""The run report's cost and usage: the first answers plus what the repair and variants_on_demand rounds spent."""
from __future__ import annotations

from pathlib import Path

from modelcall.io import atomic_write_jsonl
from modelcall.pipeline.report import StepRun, collect


def raw(rid: str, alias: str, cost: float, inp: int, out: int, cache_read: int = 0) -> dict:
    return {"request_id": rid, "model": {"alias": alias, "name": alias, "provider": "mock"}, "text": "x",
            "usage": {"input_tokens": inp, "output_tokens": out, "cache_read_tokens": cache_read, "cache_write_tokens": 0},
            "cost_usd": cost}


def generation_step(tmp_path: Path) -> StepRun:
    out = tmp_path / "raw_outputs.jsonl"
    atomic_write_jsonl(out, [raw("p1_v0", "cheap", 0.01, 100, 50), raw("p2_v0", "cheap", 0.02, 200, 60)])
    return StepRun("gen", "response_generation", "ran", {"input_path": None, "output_path": str(out)})


def test_repair_rounds_from_the_report_and_variant_rounds_from_their_raw_outputs_are_billed(tmp_path):
    # repair: the JSON report lists its rounds (one stopped by the budget before sending anything)
    repair_report = {"rounds": [
        {"round": 1, "teacher": "cheap", "model": "cheap", "answers": 2, "cost_usd": 0.03,
         "usage": {"input": 300, "output": 80, "cache_read": 40, "cache_write": 10}},
        {"round": 2, "teacher": "strong", "model": "strong", "answers": 1, "cost_usd": 0.5,
         "usage": {"input": 400, "output": 90, "cache_read": 0, "cache_write": 0}},
        {"round": 3, "teacher": "strong", "model": "strong", "requests_sent": 0, "stopped": "budget"},
    ]}
    repair = StepRun("repair", "repair", "ran", {"output_path": str(tmp_path / "validated_repaired.jsonl")},
                     report=repair_report)
    # variants_on_demand failed before its report listed rounds: its round folders still hold what it paid for
    rounds = tmp_path / "variant_rounds"
    (rounds / "round_1").mkdir(parents=True)
    atomic_write_jsonl(rounds / "round_1" / "raw_outputs.jsonl", [raw("p1_v1", "cheap", 0.04, 150, 70, cache_read=5)])
    variants = StepRun("variants", "variants_on_demand", "failed", {"output_path": str(tmp_path / "validated_all.jsonl")},
                       report={"status": "failed"})

    summary = collect([generation_step(tmp_path), repair, variants])

    usage = summary["usage"]
    assert usage["requests_billed"] == 2 + 3 + 1
    assert usage["input"] == 300 + 700 + 150
    assert usage["output"] == 110 + 170 + 70
    assert usage["cache_read"] == 40 + 5 and usage["cache_write"] == 10
    assert usage["cost_usd"] == round(0.03 + 0.53 + 0.04, 6)
    by_model = summary["by_model"]
    assert by_model["cheap"] == {"outputs": 5, "input": 750, "output": 260, "cost_usd": by_model["cheap"]["cost_usd"]}
    assert abs(by_model["cheap"]["cost_usd"] - 0.10) < 1e-9
    assert by_model["strong"]["outputs"] == 1 and abs(by_model["strong"]["cost_usd"] - 0.5) < 1e-9


def test_variant_rounds_in_the_report_take_the_model_from_the_step_config(tmp_path):
    report = {"rounds": [{"round": 1, "answers": 3, "cost_usd": 0.06,
                          "usage": {"input": 90, "output": 30, "cache_read": 0, "cache_write": 0}}]}
    variants = StepRun("variants", "variants_on_demand", "skipped",
                       {"output_path": str(tmp_path / "v.jsonl"), "model": {"alias": "teacher-a", "model": "m"}}, report=report)
    summary = collect([generation_step(tmp_path), variants])
    assert summary["usage"]["requests_billed"] == 5
    assert summary["by_model"]["teacher-a"]["outputs"] == 3
    assert abs(summary["usage"]["cost_usd"] - 0.09) < 1e-9


def test_steps_that_did_not_run_add_nothing(tmp_path):
    report = {"rounds": [{"round": 1, "model": "cheap", "answers": 4, "cost_usd": 1.0, "usage": {"input": 1}}]}
    repair = StepRun("repair", "repair", "not_run", {"output_path": str(tmp_path / "r.jsonl")}, report=report)
    summary = collect([generation_step(tmp_path), repair])
    assert summary["usage"]["requests_billed"] == 2
    assert summary["usage"]["cost_usd"] == 0.03


def test_funnel_counts_what_repair_and_extra_variants_added_before_select(tmp_path):
    # 4 first answers, 2 pass L1-L4; repair adds 2 passing repairs; variants add 1 more passing; select keeps 5
    def validated(rid: str, ok: bool) -> dict:
        return {"request_id": rid, "passed": ok, "layers": {name: ok for name in ("l1", "l2", "l3", "l4")}}

    first = [validated("a_v0", True), validated("b_v0", True), validated("c_v0", False), validated("d_v0", False)]
    repaired = first + [validated("c_v0_r1", True), validated("d_v0_r1", True)]
    with_variants = repaired + [validated("a_v1", True), validated("b_v1", False)]
    for name, rows in (("validated", first), ("repaired", repaired), ("all", with_variants), ("selected", with_variants[:5])):
        atomic_write_jsonl(tmp_path / f"{name}.jsonl", rows)
    steps = [
        StepRun("filter", "filter", "ran", {"output_path": str(tmp_path / "validated.jsonl")}),
        StepRun("repair", "repair", "ran", {"output_path": str(tmp_path / "repaired.jsonl")}, report={"rounds": []}),
        StepRun("more", "variants_on_demand", "ran", {"output_path": str(tmp_path / "all.jsonl")}, report={"rounds": []}),
        StepRun("select", "select", "ran", {"input_path": str(tmp_path / "all.jsonl"), "output_path": str(tmp_path / "selected.jsonl")}),
    ]
    funnel = collect(steps)["funnel"]
    assert funnel == [("L1", 2), ("L2", 2), ("L3", 2), ("L4", 2), ("passing after repair", 4),
                      ("passing after more", 5), ("selected", 5)]


def test_failures_per_layer_say_how_many_records_each_layer_dropped(tmp_path):
    from modelcall.pipeline.report import render

    def rec(rid: str, layers: tuple[bool, ...], errors: list[dict]) -> dict:
        return {"request_id": rid, "layers": dict(zip(("l1", "l2", "l3", "l4"), layers, strict=True)),
                "validation": {"errors": errors}}

    rows = [rec("a", (True,) * 4, []),
            rec("b", (True, False, False, True), [{"layer": "l2", "code": "hallucinated_api"}, {"layer": "l3", "code": "runtime_error"}]),
            rec("c", (True, True, False, True), [{"layer": "l3", "code": "runtime_error"}])]
    atomic_write_jsonl(tmp_path / "validated.jsonl", rows)
    summary = collect([StepRun("filter", "filter", "ran", {"output_path": str(tmp_path / "validated.jsonl")})])
    assert summary["dropped_at"] == {"L1": 0, "L2": 1, "L3": 1, "L4": 0}
    assert summary["failures"]["L3"]["runtime_error"]["count"] == 2  # errors, one on a record L2 dropped
    html = render(summary, "t", "s")
    assert '<h3>L3 <span class="note">1 records dropped here' in html
