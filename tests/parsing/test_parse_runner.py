from __future__ import annotations

import json
from pathlib import Path

import pytest

from modelcall.errors import InputError, TaskFailed
from modelcall.tasks import run_task_file, run_task_mapping
from tests import sections

FIXTURE = Path(__file__).resolve().parents[1] / "data" / "parsing" / "raw_outputs_small.jsonl"


def _run(tmp_path, **extra):
    mapping = {
        "task_name": "parse_test", "task_type": "parse", "input_path": str(FIXTURE),
        "output_path": str(tmp_path / "out" / "candidates.jsonl"), "reports_dir": str(tmp_path / "reports"),
        "progress": False,
    }
    mapping.update(extra)
    return run_task_mapping(mapping, source="<test>")


def _rows(path):
    return [json.loads(line) for line in Path(path).read_text(encoding="utf-8").splitlines()]


def test_parse_fixture(tmp_path):
    outcome = _run(tmp_path)
    assert outcome.exit_code == 0
    rows = _rows(tmp_path / "out" / "candidates.jsonl")
    assert len(rows) == 5  # nothing dropped, failures included
    assert [r["candidate_id"] for r in rows[:3]] == ["t_001_v0/0", "t_001_v1/0", "t_001_v1/1"]
    required = {"request_id", "prompt_id", "variant", "plan", "code", "code_hash", "code_path", "parse_ok",
                "parse_errors", "parse_warnings", "teacher_model", "prompt_meta"}
    for r in rows:
        assert required <= set(r)
    ok = [r for r in rows if r["parse_ok"]]
    assert len(ok) == 3
    for r in ok:
        assert Path(r["code_path"]).read_text(encoding="utf-8") == r["code"]
        assert Path(r["code_path"]).name == r["code_hash"] + ".js"
    assert rows[0]["teacher_model"] == "mock-teacher" and rows[1]["teacher_model"] == "claude-sonnet-4-5"
    assert rows[1]["variant"] == 1 and rows[2]["contract"] == "json_plan"
    assert rows[3]["parse_errors"][0].startswith("fence_unclosed") and any("truncated" in w for w in rows[3]["parse_warnings"])
    assert sections.funnel(outcome) == [("raw outputs", 5), ("candidates", 5), ("parsed", 3)]
    failed = sections.failures(outcome)
    assert sum(failed.values()) == 2 and failed[("parse", "fence_unclosed")] >= 1
    assert rows[4]["code"] is None and rows[4]["code_path"] is None
    report = json.loads(outcome.report_path.read_text())
    assert report["parse"]["parse_rate"] == 0.6
    assert report["parse"]["errors"] == {"fence_unclosed": 1, "no_code": 1}
    assert report["parse"]["duplicate_request_id_rows"] == 1
    assert report["parse"]["unique_codes"] == len(list((tmp_path / "out" / "codes").iterdir()))


def test_min_parse_rate_fails_but_writes(tmp_path):
    with pytest.raises(TaskFailed, match="below min_parse_rate"):
        _run(tmp_path, min_parse_rate=0.9)
    assert len(_rows(tmp_path / "out" / "candidates.jsonl")) == 5


def test_strip_import_and_text_field(tmp_path):
    src = tmp_path / "in.jsonl"
    src.write_text(json.dumps({"id": "a_v0", "answer": "```javascript\nimport Phaser from 'phaser';\nnew Phaser.Game({});\n```"}) + "\n"
                   + json.dumps({"id": "a_v1", "answer": 42}) + "\n" + json.dumps({"id": "a_v2"}) + "\n")
    _run(tmp_path, input_path=str(src), text_field="answer", strip_phaser_import=True)
    rows = _rows(tmp_path / "out" / "candidates.jsonl")
    assert rows[0]["parse_ok"] and "import" not in rows[0]["code"] and rows[0]["prompt_id"] == "a"
    assert any(w.startswith("import_phaser_removed") for w in rows[0]["parse_warnings"])
    assert rows[1]["parse_errors"][0].startswith("bad_text_field")
    assert rows[2]["parse_errors"][0].startswith("no_text_field")


def test_bad_rows(tmp_path):
    src = tmp_path / "in.jsonl"
    src.write_text('{"text": "x"}\n{broken\n{"id": "b_v0", "text": "```javascript\\nnew Phaser.Game({});\\n```"}\n')
    with pytest.raises(InputError, match=r"in\.jsonl:1: the row has no request_id"):
        _run(tmp_path, input_path=str(src))
    outcome = _run(tmp_path, input_path=str(src), on_bad_line="skip")
    report = json.loads(outcome.report_path.read_text())
    assert report["counts"]["skipped_rows_without_id"] == 1 and report["counts"]["skipped_bad_lines"] == 1
    assert report["counts"]["candidates_out"] == 1
    with pytest.raises(InputError, match="file not found"):
        _run(tmp_path, input_path=str(tmp_path / "missing.jsonl"))


def test_shipped_config_runs(tmp_path, monkeypatch):
    root = Path(__file__).resolve().parents[2]
    monkeypatch.chdir(root)
    outcome = run_task_file(root / "configs/tasks/phaser/parse.yaml",
                            [f"output_path={tmp_path}/c.jsonl", f"codes_dir={tmp_path}/codes",
                             f"reports_dir={tmp_path}/r", "progress=false"])
    assert outcome.exit_code == 0


def test_shipped_config_puts_codes_next_to_an_overridden_output(tmp_path, monkeypatch):
    """Pointing the shipped config at another output_path moves codes/ along (it used to stay in runs/phaser_example)."""
    root = Path(__file__).resolve().parents[2]
    monkeypatch.chdir(root)
    outcome = run_task_file(root / "configs/tasks/phaser/parse.yaml",
                            [f"output_path={tmp_path}/out/c.jsonl", f"reports_dir={tmp_path}/r", "progress=false"])
    assert outcome.exit_code == 0
    assert list((tmp_path / "out" / "codes").glob("*.js"))
