"""merge_results: first success wins, errors minus later successes, expected/found/errors/missing per chunk."""
from __future__ import annotations

import json

import pytest

from modelcall.cluster.manifest import ChunkInfo, Manifest, write_marker
from modelcall.errors import InputError
from modelcall.io import read_jsonl
from modelcall.tasks import run_task_mapping


def write_lines(path, records, torn_tail: str | None = None):
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "w", encoding="utf-8") as handle:
        for record in records:
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")
        if torn_tail:
            handle.write(torn_tail)


@pytest.fixture
def run_dir(tmp_path):
    """A run of 2 chunks x 1 model: chunk 0 complete with a duplicate and a resolved error, chunk 1 half done."""
    base = tmp_path / "run"
    chunks = []
    for c in range(2):
        path = base / "chunks" / f"chunk_{c:05d}.jsonl"
        write_lines(path, [{"request_id": f"r{c}_{i}"} for i in range(5)])
        chunks.append(ChunkInfo(name=f"chunk_{c:05d}", path=str(path), records=5))
    Manifest(output_base_dir=base, input_path="x", split={"num_chunks": 2, "chunk_size": None}, chunks=chunks,
             models=["m"]).save()
    c0 = base / "m" / "chunk_00000"
    write_lines(c0 / "raw_outputs.jsonl",
                [{"request_id": f"r0_{i}", "text": "first"} for i in range(5)] + [{"request_id": "r0_1", "text": "second"}])
    write_lines(c0 / "errors.jsonl", [{"request_id": "r0_2", "error_type": "rate_limit"}])  # later succeeded
    write_marker(c0 / "_COMPLETE", {"key": "m/chunk_00000"})
    c1 = base / "m" / "chunk_00001"
    write_lines(c1 / "raw_outputs.jsonl", [{"request_id": "r1_0"}, {"request_id": "r1_1"}], torn_tail='{"request_id": "r1_')
    write_lines(c1 / "errors.jsonl", [{"request_id": "r1_2", "error_type": "server", "attempts": 1},
                                      {"request_id": "r1_2", "error_type": "server", "attempts": 2}])
    return base


def test_merge_counts_dedups_and_reports(tmp_path, run_dir):
    task = {"task_name": "merge", "task_type": "merge_results", "output_base_dir": str(run_dir),
            "reports_dir": str(tmp_path / "reports"), "progress": False}
    outcome = run_task_mapping(task, "test")
    merged = list(read_jsonl(run_dir / "m_merged.jsonl"))
    assert [r["request_id"] for r in merged] == ["r0_0", "r0_1", "r0_2", "r0_3", "r0_4", "r1_0", "r1_1"]
    assert next(r for r in merged if r["request_id"] == "r0_1")["text"] == "first"
    errors = list(read_jsonl(run_dir / "m_merged_errors.jsonl"))
    assert [(e["request_id"], e["attempts"]) for e in errors] == [("r1_2", 2)]
    report = outcome.report.sections["models"]["m"]
    c0, c1 = report["chunks"]["chunk_00000"], report["chunks"]["chunk_00001"]
    assert (c0["expected"], c0["found"], c0["errors"], c0["missing"]) == (5, 5, 0, 0)
    assert c0["duplicates_dropped"] == 1 and c0["errors_resolved_by_success"] == 1 and c0["complete_marker"]
    assert (c1["expected"], c1["found"], c1["errors"], c1["missing"]) == (5, 2, 1, 2)
    assert c1["missing_examples"] == ["r1_3", "r1_4"] and not c1["complete_marker"]
    assert report["chunks_to_resubmit"] == ["chunk_00001"]
    assert report["chunks_with_errors"] == ["chunk_00001"]
    assert (report["expected"], report["found"], report["errors"], report["missing"]) == (10, 7, 1, 2)
    assert json.loads((run_dir / "merge_report.json").read_text())["m"]["found"] == 7
    assert outcome.report.counts["chunks_to_resubmit"] == 1
    assert outcome.report.funnel == [{"stage": "expected", "count": 10}, {"stage": "merged", "count": 7}]
    failures = {(f["stage"], f["reason"]): f for f in outcome.report.failures()}
    assert failures[("jobs", "server")]["count"] == 1 and failures[("jobs", "server")]["examples"][0]["id"] == "r1_2"
    assert failures[("jobs", "missing")]["count"] == 2
    assert [e["id"] for e in failures[("jobs", "missing")]["examples"]] == ["r1_3", "r1_4"]
    assert outcome.report.spend == {}  # no answer here carries a usage


def test_merge_without_manifest_scans_folders(tmp_path):
    base = tmp_path / "run"
    write_lines(base / "m" / "chunk_a" / "raw_outputs.jsonl", [{"request_id": "x"}])
    write_lines(base / "m" / "chunk_b" / "raw_outputs.jsonl", [{"request_id": "y"}, {"request_id": "x"}])
    task = {"task_name": "merge", "task_type": "merge_results", "output_base_dir": str(base),
            "output_dir": str(tmp_path / "out"), "reports_dir": str(tmp_path / "reports"), "progress": False}
    outcome = run_task_mapping(task, "test")
    assert [r["request_id"] for r in read_jsonl(tmp_path / "out" / "m_merged.jsonl")] == ["x", "y", "x"]
    report = outcome.report.sections["models"]["m"]
    assert report["expected"] is None and report["chunks_to_resubmit"] == ["chunk_a", "chunk_b"]
    run_scope = run_task_mapping({**task, "dedup_scope": "run"}, "test")
    assert [r["request_id"] for r in read_jsonl(tmp_path / "out" / "m_merged.jsonl")] == ["x", "y"]
    assert run_scope.report.sections["models"]["m"]["duplicates_dropped"] == 1


def test_merge_of_an_empty_folder_is_an_input_error(tmp_path):
    (tmp_path / "run").mkdir()
    task = {"task_name": "merge", "task_type": "merge_results", "output_base_dir": str(tmp_path / "run"),
            "reports_dir": str(tmp_path / "reports")}
    with pytest.raises(InputError, match="no model folders"):
        run_task_mapping(task, "test")


def test_an_unknown_model_alias_is_a_config_error_and_overwrites_nothing(tmp_path, run_dir):
    from modelcall.errors import ConfigError

    task = {"task_name": "merge", "task_type": "merge_results", "output_base_dir": str(run_dir),
            "reports_dir": str(tmp_path / "reports"), "progress": False}
    run_task_mapping(task, "test")
    before = (run_dir / "merge_report.json").read_text()
    with pytest.raises(ConfigError, match=r"models: no model 'mm' in .*run: m"):
        run_task_mapping(dict(task, models=["mm"]), "test")
    assert (run_dir / "merge_report.json").read_text() == before
    assert not (run_dir / "mm_merged.jsonl").exists()
