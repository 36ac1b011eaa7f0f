"""Metrics on crafted validated records: pass@k math, breakdowns, thresholds, and the base-vs-SFT comparison."""
from __future__ import annotations

import itertools
import json
import math

import pytest

from modelcall.errors import TaskFailed
from modelcall.evaluation.metrics import check_thresholds, evaluate_samples, pass_at_k, sample_of
from modelcall.tasks import run_task_mapping


def record(pid, passed=True, difficulty="easy", modules=("Scene",), split="iid", structure=True, must=(1, 0),
           api=(4, 0), lint=True, runtime=True, parsed=True):
    """A validated record as the validator writes it (only the fields the metrics read vary)."""
    must_hits, must_misses = must
    api_hits, api_misses = api
    return {
        "request_id": f"{pid}_v{id(object()) % 997}",
        "prompt_id": pid,
        "parse_ok": parsed,
        "code": "new Phaser.Game({})" if parsed else None,
        "prompt_meta": {"id": pid, "difficulty": difficulty, "modules": list(modules),
                        "must_use_apis": [f"Phaser.M{i}" for i in range(must_hits + must_misses)],
                        "eval": {"split": split}},
        "validation": {
            "parse_ok": parsed, "lint_ok": lint if parsed else False, "api_ok": api_misses == 0,
            "runtime_ok": runtime if parsed else None,
            "api_usage": {"hits": [f"h{i}" for i in range(api_hits)], "misses": [f"m{i}" for i in range(api_misses)],
                          "must_use_hits": [f"Phaser.M{i}" for i in range(must_hits)],
                          "must_use_misses": [f"Phaser.M{i}" for i in range(must_hits, must_hits + must_misses)]},
            "structure": {"has_game": structure, "has_scene": True, "has_preload": True, "has_create": True,
                          "has_update": False},
        },
        "layers": {"l1": lint, "l2": True, "l3": runtime, "l4": structure},
        "passed": passed,
        "reasons": [],
    }


def brute_pass_at_k(n, c, k):
    outcomes = [1] * c + [0] * (n - c)
    draws = list(itertools.combinations(range(n), k))
    return sum(any(outcomes[i] for i in d) for d in draws) / len(draws)


@pytest.mark.parametrize("n,c,k", [(5, 0, 1), (5, 1, 1), (5, 2, 2), (10, 3, 5), (4, 4, 3), (7, 1, 7), (6, 2, 5)])
def test_pass_at_k_matches_enumeration(n, c, k):
    assert pass_at_k(n, c, k) == pytest.approx(brute_pass_at_k(n, c, k))


def test_pass_at_k_known_values():
    assert pass_at_k(5, 2, 2) == pytest.approx(1 - math.comb(3, 2) / math.comb(5, 2))  # 0.7
    assert pass_at_k(10, 1, 1) == pytest.approx(0.1)
    with pytest.raises(ValueError):
        pass_at_k(2, 1, 3)


def _crafted():
    return [
        # p1 (easy, iid): 1 of 2 samples pass
        record("p1", passed=True),
        record("p1", passed=False, structure=False, lint=False, runtime=False, must=(0, 1)),
        # p2 (hard, ood, Physics): 0 of 2 pass; one unparseable (its 2 must-use APIs count as missed)
        record("p2", passed=False, difficulty="hard", modules=("Scene", "Physics"), split="ood", api=(3, 1),
               must=(2, 0), runtime=False),
        record("p2", passed=False, difficulty="hard", modules=("Scene", "Physics"), split="ood", parsed=False,
               must=(0, 2)),
        # p3 (easy, iid): single sample, passes
        record("p3", passed=True, api=(2, 0)),
    ]


def test_overall_figures_and_definitions():
    ev = evaluate_samples([sample_of(r) for r in _crafted()], ks=(1, 2))
    o = ev.overall
    assert (o["samples"], o["prompts"]) == (5, 3)
    assert o["pass@1"] == pytest.approx(round((0.5 + 0 + 1) / 3, 4))
    assert o["pass@2"] == pytest.approx(0.5) and o["pass@2_prompts"] == 2  # p1: 1.0, p2: 0.0; p3 has 1 sample
    assert o["parse_rate"] == 0.8 and o["pass_rate"] == 0.4
    assert o["structure_rate"] == 0.6  # failed structure + no code
    assert o["must_use_hit_rate"] == pytest.approx(round(4 / 7, 4))  # 1 + 0 + 2 + 0 + 1 of 1+1+2+2+1
    assert o["must_use_all_rate"] == 0.6
    assert o["api_accuracy"] == pytest.approx(round(13 / 14, 4))  # hits 4+4+3+2, one miss; no-code sample left out
    assert o["api_clean_rate"] == 0.75
    assert o["lint_rate"] == 0.6
    assert o["crash_rate"] == 0.5 and o["runtime_checked"] == 4


def test_breakdowns_by_difficulty_module_split():
    ev = evaluate_samples([sample_of(r) for r in _crafted()], ks=(1,))
    assert list(ev.by_difficulty) == ["easy", "hard"]
    assert ev.by_difficulty["easy"]["samples"] == 3 and ev.by_difficulty["hard"]["pass@1"] == 0.0
    assert ev.by_split["ood"]["prompts"] == 1 and ev.by_split["iid"]["pass@1"] == pytest.approx(0.75)
    assert ev.by_module["Scene"]["samples"] == 5 and ev.by_module["Physics"]["samples"] == 2
    assert ev.by_module["Physics"]["crash_rate"] == 1.0


def test_thresholds_pass_and_fail_lines():
    metrics = {"structure_rate": 0.92, "must_use_hit_rate": 0.8, "crash_rate": 0.15}
    results = check_thresholds(metrics, {"structure_rate": {"min": 0.9}, "must_use_hit_rate": {"min": 0.85},
                                         "crash_rate": {"max": 0.15}, "lint_rate": {"min": 0.5}})
    lines = [r.line() for r in results]
    assert lines == ["PASS structure_rate 92.0% (>= 90%)", "FAIL must_use_hit_rate 80.0% (>= 85%)",
                     "PASS crash_rate 15.0% (<= 15%)", "FAIL lint_rate n/a (>= 50%)"]


def _write(path, records):
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    return path


def _evaluate_task(tmp_path, **extra):
    good = [record(f"q{i}", passed=True, difficulty=("easy", "hard")[i % 2]) for i in range(10)]
    base = [record(f"q{i}", passed=i < 3, structure=i < 8, must=(1, 0) if i < 6 else (0, 1), runtime=i != 0,
                   difficulty=("easy", "hard")[i % 2]) for i in range(10)]
    task = {
        "task_name": "evaluate_test", "task_type": "evaluate", "label": "sft",
        "input_path": str(_write(tmp_path / "sft_validated.jsonl", good)),
        "output_path": str(tmp_path / "eval" / "sft.jsonl"),
        "baseline": {"label": "base", "input_path": str(_write(tmp_path / "base_validated.jsonl", base))},
        "ks": [1], "reports_dir": str(tmp_path / "reports"), "progress": False,
    }
    task.update(extra)
    return task


def test_evaluate_runner_compares_base_and_sft(tmp_path):
    outcome = run_task_mapping(_evaluate_task(tmp_path), "test")
    report = json.loads(outcome.report_path.read_text(encoding="utf-8"))
    assert report["evaluation"]["sft"]["overall"]["pass@1"] == 1.0
    assert report["evaluation"]["base"]["overall"]["pass@1"] == 0.3
    status = {(label, r["metric"]): r["status"] for label, rs in report["acceptance"].items() for r in rs}
    assert report["prompt_overlap"] == {"shared": 10, "only_base": 0, "only_sft": 0}
    assert status[("sft", "structure_rate")] == "PASS" and status[("base", "structure_rate")] == "FAIL"
    assert status[("base", "must_use_hit_rate")] == "FAIL" and status[("base", "crash_rate")] == "PASS"
    rows = {(r["group"], r["name"], r["metric"]): r for r in report["comparison"]["rows"]}
    assert rows[("overall", "all", "pass@1")]["delta"] == 0.7 and rows[("overall", "all", "pass@1")]["improved"]
    assert rows[("overall", "all", "crash_rate")]["improved"] is True  # 0.1 -> 0.0 is better
    assert ("difficulty", "hard", "structure_rate") in rows and ("split", "iid", "lint_rate") in rows
    page = (tmp_path / "eval" / "evaluation.html").read_text(encoding="utf-8")
    assert "<table>" in page and "base" in page and "sft" in page and "+70.0 pt" in page
    assert "FAIL 60.0%" in page and "http" not in page  # self-contained
    assert (tmp_path / "eval" / "sft.jsonl").exists() and (tmp_path / "eval" / "sft.baseline.jsonl").exists()

    # the same comparison from the base run's own report
    base_only = run_task_mapping({**_evaluate_task(tmp_path / "b"), "label": "base", "baseline": None,
                                  "input_path": str(tmp_path / "base_validated.jsonl")}, "test")
    again = run_task_mapping(_evaluate_task(tmp_path / "c", baseline={"label": "base",
                                                                       "report_path": str(base_only.report_path)}),
                             "test")
    rows2 = {(r["group"], r["name"], r["metric"]): r for r in again.report.sections["comparison"]["rows"]}
    assert rows2[("overall", "all", "pass@1")]["base"] == 0.3


def test_fail_on_threshold_exits_1(tmp_path):
    task = _evaluate_task(tmp_path, fail_on_threshold=True, baseline=None)
    task["input_path"] = str(tmp_path / "base_validated.jsonl")
    with pytest.raises(TaskFailed, match="misses 2 threshold"):
        run_task_mapping(task, "test")


def test_a_threshold_on_an_unknown_metric_is_a_config_error(tmp_path):
    from modelcall.errors import ConfigError

    task = _evaluate_task(tmp_path, baseline=None, thresholds={"structure_rat": {"min": 0.9}})
    with pytest.raises(ConfigError, match=r"thresholds.*structure_rat.*structure_rate"):
        run_task_mapping(task, "test")
    task = _evaluate_task(tmp_path, baseline=None, ks=[1, 2], thresholds={"pass@3": {"min": 0.5}})
    with pytest.raises(ConfigError, match=r"pass@3"):
        run_task_mapping(task, "test")


def test_comparison_page_escapes_labels_and_group_names():
    from modelcall.evaluation.compare import comparison_html

    rows = [{"group": "module", "name": "<i>physics</i>", "metric": "pass@1", "base": 0.5, "new": 0.75, "delta": 0.25,
             "improved": True, "samples": [4, 4]}]
    acceptance = {"<b>base</b>": [{"metric": "pass@1", "op": ">=", "threshold": 0.6, "status": "FAIL", "value": 0.5}]}
    page = comparison_html("<b>base</b>", "sft", rows, acceptance)
    assert "<b>" not in page and "<i>" not in page
    assert "&lt;b&gt;base&lt;/b&gt;" in page and "module: &lt;i&gt;physics&lt;/i&gt;" in page
    assert "FAIL 50.0%" in page and "+25.0 pt" in page and "class='up'" in page
