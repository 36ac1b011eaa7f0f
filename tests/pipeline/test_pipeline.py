"""pipeline: references between steps, skipping unchanged steps, from_step/only_step, the HTML run report."""
from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from modelcall.errors import ConfigError, InputError
from modelcall.tasks import run_task_mapping

ROOT = Path(__file__).resolve().parents[2]
FIXTURE = ROOT / "tests" / "data" / "select" / "validated_small.jsonl"


def _pipeline(tmp_path: Path, validated: Path, **extra) -> dict:
    run = tmp_path / "run"
    return {
        "task_name": "pipe", "task_type": "pipeline", "progress": False,
        "reports_dir": str(tmp_path / "reports"), "state_dir": str(tmp_path / "state"),
        "vars": {"run": str(run)},
        "steps": [
            {"name": "select", "task": {"task_type": "select", "input_path": str(validated),
                                        "output_path": "${vars.run}/selected.jsonl", "rejected_path": "${vars.run}/rejected.jsonl"}},
            {"name": "review", "task": {"task_type": "review", "input_path": "{{steps.select.output_path}}",
                                        "rejected_path": "{{steps.select.rejected_path}}", "rate": 1.0,
                                        "output_path": "${vars.run}/review/review.html", "screenshot_root": str(ROOT)}},
            {"name": "sft_build", "task": {"task_type": "sft_build", "input_path": "{{steps.select.output_path}}",
                                           "output_dir": "${vars.run}/sft", "review_sheet_path": "{{steps.review.sheet_path}}",
                                           "split": {"ratios": {"train": 0.6, "val": 0.2, "test": 0.2}}}},
        ],
        **extra,
    }


def _statuses(outcome) -> dict[str, str]:
    return {s["name"]: s["status"] for s in outcome.report.sections["steps"]}


def test_chain_passes_paths_skips_unchanged_and_reruns_changed(tmp_path):
    validated = tmp_path / "validated.jsonl"
    shutil.copy(FIXTURE, validated)
    first = run_task_mapping(_pipeline(tmp_path, validated), "test")
    assert first.status == "ok" and _statuses(first) == {"select": "ran", "review": "ran", "sft_build": "ran"}
    run = tmp_path / "run"
    assert (run / "selected.jsonl").is_file() and (run / "sft" / "dataset_info.json").is_file()
    assert first.report.artifacts["dataset"] == str(run / "sft")
    assert first.report.artifacts["review_page"] == str(run / "review" / "review.html")

    second = run_task_mapping(_pipeline(tmp_path, validated), "test")
    assert _statuses(second) == {"select": "skipped", "review": "skipped", "sft_build": "skipped"}
    # the time chart of a run that skipped everything still shows what each step took when it ran
    html = Path(second.report.artifacts["run_report"]).read_text(encoding="utf-8")
    assert html.count("when it last ran (skipped now)") == 3
    assert all(s["note"].startswith("unchanged since") for s in second.report.sections["steps"])

    # a reviewer rejects one sample: only sft_build has a changed input
    sheet = run / "review" / "review_sheet.jsonl"
    rows = [json.loads(x) for x in sheet.read_text(encoding="utf-8").splitlines()]
    target = next(r for r in rows if r["origin"] == "selected")
    target["verdict"] = "reject"
    sheet.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    third = run_task_mapping(_pipeline(tmp_path, validated), "test")
    assert _statuses(third) == {"select": "skipped", "review": "skipped", "sft_build": "ran"}
    written = [json.loads(x)["metadata"]["id"] for s in ("train", "val", "test")
               for x in (run / "sft" / f"{s}.jsonl").read_text(encoding="utf-8").splitlines()]
    assert target["id"] not in written and len(written) == 5

    # a deleted output reruns the step that wrote it
    (run / "rejected.jsonl").unlink()
    assert _statuses(run_task_mapping(_pipeline(tmp_path, validated), "test"))["select"] == "ran"
    # ... also a file deleted from an output folder (the dataset folder lost its train split)
    (run / "sft" / "train.jsonl").unlink()
    again = run_task_mapping(_pipeline(tmp_path, validated), "test")
    assert _statuses(again)["sft_build"] == "ran" and (run / "sft" / "train.jsonl").is_file()
    # a changed input reruns its step
    lines = validated.read_text(encoding="utf-8").splitlines()
    validated.write_text("\n".join(lines[:-1]) + "\n", encoding="utf-8")
    fourth = run_task_mapping(_pipeline(tmp_path, validated), "test")
    assert _statuses(fourth)["select"] == "ran"
    # a changed config value reruns that step too
    changed = _pipeline(tmp_path, validated)
    changed["steps"][0]["task"]["selection"] = {"per_prompt": 1}
    assert _statuses(run_task_mapping(changed, "test"))["select"] == "ran"


def test_a_step_whose_last_run_did_not_finish_runs_again_and_says_why(tmp_path):
    validated = tmp_path / "validated.jsonl"
    shutil.copy(FIXTURE, validated)
    broken = _pipeline(tmp_path, validated)
    broken["steps"][2]["task"]["split"] = {"ratios": {"train": 1.0}}
    bad_template = tmp_path / "bad_template.txt"
    bad_template.write_text("text before any [section]\n", encoding="utf-8")
    broken["steps"][2]["task"]["template_path"] = str(bad_template)  # sft_build fails when it runs
    with pytest.raises(ConfigError):
        run_task_mapping(broken, "test")
    again = run_task_mapping(_pipeline(tmp_path, validated), "test")
    assert _statuses(again) == {"select": "skipped", "review": "skipped", "sft_build": "ran"}
    note = next(s["note"] for s in again.report.sections["steps"] if s["name"] == "sft_build")
    assert note.startswith("its run of ") and note.endswith(" did not finish")


def test_from_step_only_step_and_force(tmp_path):
    validated = tmp_path / "validated.jsonl"
    shutil.copy(FIXTURE, validated)
    run_task_mapping(_pipeline(tmp_path, validated), "test")
    out = run_task_mapping(_pipeline(tmp_path, validated, from_step="review"), "test")
    assert _statuses(out) == {"select": "skipped", "review": "ran", "sft_build": "ran"}
    out = run_task_mapping(_pipeline(tmp_path, validated), "test", overrides=["only_step=select"])
    assert _statuses(out) == {"select": "ran", "review": "skipped", "sft_build": "skipped"}
    out = run_task_mapping(_pipeline(tmp_path, validated, force=True), "test")
    assert set(_statuses(out).values()) == {"ran"}
    with pytest.raises(ConfigError, match="from_step: no step named 'sft'"):
        run_task_mapping(_pipeline(tmp_path, validated, from_step="sft"), "test")
    with pytest.raises(ConfigError, match="both set: give one"):
        run_task_mapping(_pipeline(tmp_path, validated, from_step="select", only_step="review"), "test")


def test_run_report_is_self_contained_with_funnel_failures_and_scores(tmp_path):
    outcome = run_task_mapping(_pipeline(tmp_path, FIXTURE), "test")
    html = (tmp_path / "reports" / "pipe.html").read_text(encoding="utf-8")
    assert [p.read_text(encoding="utf-8") for p in (tmp_path / "reports" / "history").glob("pipe_*.html")] == [html]
    assert "http://" not in html and "https://" not in html and "<script" not in html
    assert html.count("<svg") >= 3  # funnel, score histograms, step times
    funnel = [(row["step"], row["stage"], row["count"]) for row in outcome.report.sections["funnel"]]
    assert [row for row in funnel if row[0] == "select"] == [("select", "validated", 13), ("select", "passed", 9),
                                                             ("select", "eligible", 9), ("select", "selected", 6)]
    assert [row for row in funnel if row[0] == "sft_build"][-4:] == [
        ("sft_build", "sft records", 6), ("sft_build", "train", 4), ("sft_build", "val", 1), ("sft_build", "test", 1)]
    for text in ("Where the data went", "l3:runtime_error", "TypeError: cannot read properties of undefined",
                 "near_duplicate_other_prompt", "demo_cam_v1", "select · quality score (selected)", "Cost and usage",
                 "4 records dropped here"):
        assert text in html, text


def test_references_and_step_errors_are_clear(tmp_path):
    bad = _pipeline(tmp_path, FIXTURE)
    bad["steps"][1]["task"]["input_path"] = "{{steps.sft_build.output_dir}}"
    with pytest.raises(ConfigError, match=r"^config error: test: steps\[1\] \(review\)\.input_path: .* names no earlier step \(earlier: select\)"):
        run_task_mapping(bad, "test")  # the message names the pipeline file ("test" here)
    typo = _pipeline(tmp_path, FIXTURE)
    typo["steps"][2]["task"]["split"] = {"ratio": {"train": 1}}
    with pytest.raises(ConfigError, match="split.ratio: unknown key"):
        run_task_mapping(typo, "test")
    assert not (tmp_path / "run").exists()  # every step is validated before any runs
    missing = _pipeline(tmp_path, tmp_path / "nope.jsonl")
    with pytest.raises(InputError, match=r"step 'select' \(select\): input_path: .*nope.jsonl not found"):
        run_task_mapping(missing, "test")
    report = json.loads((tmp_path / "reports" / "pipe.json").read_text(encoding="utf-8"))
    assert report["status"] == "invalid_input" and report["steps"] == []  # found before any step ran
    assert (tmp_path / "reports" / "pipe.html").is_file()


def test_a_missing_input_of_a_late_step_stops_the_pipeline_before_the_first_step(tmp_path, capsys):
    from modelcall.cli import main

    typo = _pipeline(tmp_path, FIXTURE)
    typo["steps"][2]["task"]["template_path"] = str(tmp_path / "sft_zh_typo.txt")
    path = tmp_path / "pipe.yaml"
    path.write_text(json.dumps(typo), encoding="utf-8")
    assert main(["run-task", str(path)]) == 2
    err = capsys.readouterr().err.strip().splitlines()[-1]
    assert "step 'sft_build' (sft_build): template_path:" in err and "sft_zh_typo.txt not found" in err
    assert not (tmp_path / "run").exists()  # select and review did not run first
    # an input an earlier step writes is not required up front (review reads select's output)
    ok = _pipeline(tmp_path, FIXTURE)
    ok["only_step"] = "sft_build"
    ok["steps"][2]["task"]["template_path"] = str(tmp_path / "sft_zh_typo.txt")
    with pytest.raises(InputError, match="sft_build"):
        run_task_mapping(ok, "test")


def test_a_user_error_inside_a_step_names_the_step(tmp_path):
    bad = tmp_path / "validated.jsonl"
    bad.write_text('{"request_id": "a"}\n', encoding="utf-8")  # not validated: select refuses it
    with pytest.raises(InputError, match=r"^input error: step 'select' \(select\): "):
        run_task_mapping(_pipeline(tmp_path, bad), "test")


HOSTILE = "<img src=x onerror=alert(1)>"


def test_run_report_escapes_every_value_from_records_and_configs():
    from modelcall.pipeline.report import render

    usage = {"requests_billed": 1, "input": 2, "output": 3, "cache_read": 0, "cache_write": 0, "cost_usd": 0.5}
    summary = {
        "steps": [{"name": HOSTILE, "task_type": "select", "status": "ran", "duration_s": 1.0, "note": HOSTILE,
                   "artifacts": {"output": HOSTILE}}],
        "failures": [{"step": HOSTILE, "stage": HOSTILE, "dropped": 1,
                      "rows": [{"reason": HOSTILE, "count": 1, "examples": [{"id": HOSTILE, "line": HOSTILE, "message": HOSTILE}]}]}],
        "usage": usage, "by_model": {HOSTILE: {"outputs": 1, "input": 2, "output": 3, "cost_usd": 0.5}},
        "funnel": [{"step": HOSTILE, "stage": HOSTILE, "count": 3}, {"step": HOSTILE, "stage": "selected", "count": 1}],
        "distributions": [{"step": HOSTILE, "title": HOSTILE, "counts": [1], "edges": [0, 1], "stats": {HOSTILE: HOSTILE}}],
    }
    html = render(summary, HOSTILE, HOSTILE)
    assert "<img" not in html and html.count("&lt;img src=x onerror=alert(1)&gt;") >= 9
    assert ":&lt;img" in html  # the example's line number went in unescaped before


def test_review_page_escapes_the_error_line_and_keeps_the_sheet_json_inert(tmp_path):
    from modelcall.review.page import render_page

    rec = {"request_id": "r1_v0", "code": "const a = 1;", "prompt_meta": {"task": HOSTILE},
           "validation": {"errors": [{"layer": "l3", "code": "x", "message": HOSTILE, "line": HOSTILE}]}}
    sheet = [{"id": "r1_v0", "verdict": "", "notes": "</script><script>alert(1)</script>"}]
    html = render_page(HOSTILE, [(rec, "selected")], sheet, "sheet.jsonl", [HOSTILE], [tmp_path])
    assert "<img" not in html and "(line &lt;img" in html
    assert "</script><script>alert" not in html and html.count("<script") == 2
