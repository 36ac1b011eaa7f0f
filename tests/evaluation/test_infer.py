"""infer: a tiny local model through transformers (+ a LoRA adapter), and the mock model through the engine."""
from __future__ import annotations

import importlib.util
import json

import pytest

from modelcall.tasks import run_task_mapping

from .conftest import load_seeds

needs_torch = pytest.mark.skipif(
    importlib.util.find_spec("transformers") is None or importlib.util.find_spec("peft") is None,
    reason="needs the train extra (torch, transformers, peft)",
)
RAW_FIELDS = {"request_id", "prompt_id", "variant", "model", "text", "finish_reason", "usage", "cost_usd",
              "latency_s", "attempts", "mode", "created_at", "prompt_meta"}


@pytest.fixture
def eval_prompts(tmp_path):
    path = tmp_path / "prompts_eval.jsonl"
    seeds = load_seeds()[:3]
    seeds = [dict(s, eval={"split": "iid", "sources": [s["id"]], "module_combo": "x"}) for s in seeds]
    seeds[2]["eval"] = {"split": "ood", "sources": ["a", "b"], "module_combo": "x"}
    path.write_text("".join(json.dumps(s, ensure_ascii=False) + "\n" for s in seeds), encoding="utf-8")
    return path


def _read(path):
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def _hf_task(tmp_path, prompts, model_dir, **hf_extra):
    hf = {"model_name_or_path": str(model_dir), "max_new_tokens": 12, "batch_size": 2, "temperature": 0.9}
    hf.update(hf_extra)
    return {
        "task_name": "infer_hf", "task_type": "infer", "backend": "hf", "hf": hf, "n_samples": 2, "seed": 3,
        "input_path": str(prompts), "output_path": str(tmp_path / "answers.jsonl"),
        "reports_dir": str(tmp_path / "reports"), "progress": False,
    }


@needs_torch
def test_hf_backend_samples_in_raw_output_schema_and_resumes(tmp_path, eval_prompts, tiny_model_dir):
    outcome = run_task_mapping(_hf_task(tmp_path, eval_prompts, tiny_model_dir), "test")
    assert outcome.exit_code == 0
    rows = _read(tmp_path / "answers.jsonl")
    assert len(rows) == 6
    assert all(RAW_FIELDS <= set(r) for r in rows)
    rows.sort(key=lambda r: r["request_id"])  # batches run longest prompt first; ids say which is which
    assert [r["request_id"] for r in rows[:2]] == ["seed_000_v0", "seed_000_v1"]
    assert [r["sample"] for r in rows[:2]] == [0, 1] and rows[0]["variant"] == 0
    assert rows[0]["model"]["provider"] == "hf" and rows[0]["prompt_meta"]["id"] == "seed_000"
    assert rows[4]["prompt_meta"]["eval"]["split"] == "ood"
    assert all(r["finish_reason"] in ("stop", "length") and r["usage"]["input_tokens"] > 20 for r in rows)
    assert all(0 < r["usage"]["output_tokens"] <= 12 for r in rows)
    # a rerun finds every answer and adds nothing
    again = run_task_mapping(_hf_task(tmp_path, eval_prompts, tiny_model_dir), "test")
    assert again.report.counts["resumed_prompts"] == 3
    assert len(_read(tmp_path / "answers.jsonl")) == 6
    # parse applies unchanged to these rows
    parsed = run_task_mapping({
        "task_name": "parse_answers", "task_type": "parse", "input_path": str(tmp_path / "answers.jsonl"),
        "output_path": str(tmp_path / "candidates.jsonl"), "reports_dir": str(tmp_path / "reports"),
        "progress": False}, "test")
    assert parsed.report.counts["candidates_out"] == 6


@needs_torch
def test_hf_greedy_is_deterministic_and_adapter_changes_the_model(tmp_path, eval_prompts, tiny_model_dir):
    import torch
    from peft import LoraConfig, get_peft_model
    from transformers import AutoModelForCausalLM

    base = AutoModelForCausalLM.from_pretrained(tiny_model_dir)
    peft_model = get_peft_model(base, LoraConfig(r=4, lora_alpha=8, target_modules=["q_proj", "v_proj"]))
    torch.manual_seed(1)
    with torch.no_grad():
        for name, param in peft_model.named_parameters():
            if "lora_B" in name:
                param.normal_(0, 2.0)  # a non-zero update, so the adapter really changes the outputs
    peft_model.save_pretrained(tmp_path / "adapter")

    texts = {}
    for run, adapter in (("a", None), ("b", None), ("c", str(tmp_path / "adapter"))):
        task = _hf_task(tmp_path / run, eval_prompts, tiny_model_dir, temperature=0.0, adapter_path=adapter)
        task["n_samples"] = 1
        run_task_mapping(task, "test")
        rows = sorted(_read(tmp_path / run / "answers.jsonl"), key=lambda r: r["request_id"])
        texts[run] = [r["text"] for r in rows]
        assert [r["request_id"] for r in rows] == ["seed_000_v0", "seed_001_v0", "seed_002_v0"]
    assert texts["a"] == texts["b"]
    assert texts["a"] != texts["c"]
    assert _read(tmp_path / "c" / "answers.jsonl")[0]["model"]["adapter"] == str(tmp_path / "adapter")


@needs_torch
def test_hf_greedy_with_several_samples_repeats_the_one_answer(tmp_path, eval_prompts, tiny_model_dir):
    task = _hf_task(tmp_path, eval_prompts, tiny_model_dir, temperature=0.0)  # n_samples 2
    outcome = run_task_mapping(task, "test")
    assert outcome.exit_code == 0
    rows = _read(tmp_path / "answers.jsonl")
    by_prompt = {}
    for r in rows:
        by_prompt.setdefault(r["prompt_id"], []).append(r)
    assert sorted(by_prompt) == ["seed_000", "seed_001", "seed_002"]
    for answers in by_prompt.values():
        assert sorted(a["sample"] for a in answers) == [0, 1]
        assert answers[0]["text"] == answers[1]["text"]


def test_engine_backend_with_the_mock_model(tmp_path, eval_prompts):
    task = {
        "task_name": "infer_mock", "task_type": "infer", "backend": "engine",
        "model_config": {"provider": "mock", "model": "mock-teacher", "alias": "mock"},
        "n_samples": 3, "input_path": str(eval_prompts), "output_path": str(tmp_path / "answers.jsonl"),
        "reports_dir": str(tmp_path / "reports"), "progress": False,
    }
    outcome = run_task_mapping(task, "test")
    assert outcome.exit_code == 0
    rows = _read(tmp_path / "answers.jsonl")
    assert sorted(r["request_id"] for r in rows) == sorted(f"seed_00{p}_v{i}" for p in range(3) for i in range(3))
    assert all(RAW_FIELDS <= set(r) for r in rows)
    assert {r["prompt_id"] for r in rows} == {"seed_000", "seed_001", "seed_002"}
    requests = _read(tmp_path / "answers.requests.jsonl")
    assert requests[0]["messages"][0]["role"] == "system" and "任务" in requests[0]["messages"][-1]["content"]
    assert [r["gen"]["seed"] for r in requests[:3]] == [0, 1, 2]
    from modelcall.parsing import parse_teacher_output

    assert sum(parse_teacher_output(r["text"]).ok for r in rows) >= 6


def test_backend_needs_its_section(tmp_path, eval_prompts):
    from modelcall.errors import ConfigError

    with pytest.raises(ConfigError, match="backend hf needs the hf section"):
        run_task_mapping({"task_name": "x", "task_type": "infer", "backend": "hf", "input_path": str(eval_prompts),
                          "output_path": str(tmp_path / "o.jsonl"), "reports_dir": str(tmp_path)}, "test")


@pytest.mark.browser
def test_mock_answers_evaluated_end_to_end_with_the_real_validator(tmp_path, eval_prompts):
    """infer (mock teacher via the engine) -> evaluate: parse + L1-L4 on real answers, figures per split."""
    infer = run_task_mapping({
        "task_name": "infer_mock", "task_type": "infer", "backend": "engine",
        "model_config": {"provider": "mock", "model": "mock-teacher", "alias": "mock"}, "n_samples": 2,
        "input_path": str(eval_prompts), "output_path": str(tmp_path / "answers.jsonl"),
        "reports_dir": str(tmp_path / "reports"), "progress": False,
    }, "test")
    assert infer.report.funnel == [{"stage": "prompts", "count": 3}, {"stage": "requests", "count": 6},
                                   {"stage": "outputs", "count": 6}]
    assert infer.report.spend["mock"]["answers"] == 6 and not infer.report.failures()
    outcome = run_task_mapping({
        "task_name": "evaluate_mock", "task_type": "evaluate", "label": "mock", "ks": [1, 2],
        "input_path": str(tmp_path / "answers.jsonl"), "output_path": str(tmp_path / "eval" / "validated.jsonl"),
        "validator": {"cache_path": str(tmp_path / "cache" / "validator.sqlite"), "api": {"reflect": False},
                      "runtime": {"screenshots_dir": None, "frames": 60, "input_after_frames": 20}, "workers": 1},
        "reports_dir": str(tmp_path / "reports"), "progress": False,
    }, "test")
    assert outcome.exit_code == 0
    ev = outcome.report.sections["evaluation"]["mock"]
    assert ev["overall"]["samples"] == 6 and ev["overall"]["prompts"] == 3
    assert ev["pipeline"]["stages_in"] == {"raw": 6}
    assert ev["overall"]["parse_rate"] > 0.5 and ev["overall"]["runtime_checked"] > 0
    assert set(ev["by_split"]) == {"iid", "ood"}
    validated = _read(tmp_path / "eval" / "validated.jsonl")
    assert all("validation" in r and "passed" in r for r in validated)
    funnel = outcome.report.funnel
    assert funnel[0] == {"stage": "mock: samples", "count": 6} and [r["stage"] for r in funnel[1:]] == [
        "mock: L1", "mock: L2", "mock: L3", "mock: L4"]
    assert funnel[-1]["count"] == sum(r["passed"] for r in validated)
    assert {r["metric"] for r in outcome.report.sections["acceptance"]["mock"]} == {
        "structure_rate", "must_use_hit_rate", "crash_rate"}
