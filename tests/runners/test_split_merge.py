"""jsonl_split and jsonl_merge: round trip, chunk sizes, dedup and reports."""
from __future__ import annotations

import json

import pytest

from modelcall.io import read_jsonl
from modelcall.runners.jsonl_split import chunk_sizes
from modelcall.tasks import run_task_mapping
from tests import sections


def make_input(path, n):
    with open(path, "w", encoding="utf-8") as handle:
        for i in range(n):
            handle.write(json.dumps({"id": f"r{i}", "text": f"第{i}条"}, ensure_ascii=False) + "\n")


@pytest.mark.parametrize("mode", [{"num_chunks": 4}, {"chunk_size": 3}])
def test_split_then_merge_round_trip(tmp_path, mode):
    src = tmp_path / "in.jsonl"
    make_input(src, 10)
    split = {
        "task_name": "split",
        "task_type": "jsonl_split",
        "input_path": str(src),
        "output_dir": str(tmp_path / "chunks"),
        "reports_dir": str(tmp_path / "reports"),
        **mode,
    }
    outcome = run_task_mapping(split, "test")
    assert outcome.exit_code == 0
    chunks = sorted((tmp_path / "chunks").glob("chunk_*.jsonl"))
    assert len(chunks) == 4  # 10 records: 3+3+2+2, or 3+3+3+1
    merge = {
        "task_name": "merge",
        "task_type": "jsonl_merge",
        "input_paths": [str(tmp_path / "chunks" / "chunk_*.jsonl")],
        "output_path": str(tmp_path / "merged.jsonl"),
        "reports_dir": str(tmp_path / "reports"),
    }
    assert run_task_mapping(merge, "test").exit_code == 0
    assert list(read_jsonl(tmp_path / "merged.jsonl")) == list(read_jsonl(src))
    report = json.loads((tmp_path / "reports" / "split.json").read_text())
    assert report["status"] == "ok" and report["counts"]["records_in"] == 10
    sizes = [3, 3, 2, 2] if "num_chunks" in mode else [3, 3, 3, 1]
    assert sections.funnel(outcome) == [("records in", 10)] + [(f"chunk_{i:05d}.jsonl", n) for i, n in enumerate(sizes)]
    assert all(row.get("part_of") == "records in" for row in report["funnel"][1:]) and report["failures"] == []


def test_chunk_sizes_are_near_equal():
    assert chunk_sizes(10, 4, None) == [3, 3, 2, 2]
    assert chunk_sizes(2, 5, None) == [1, 1]
    assert chunk_sizes(10, None, 3) == [3, 3, 3, 3]


def test_merge_dedups_by_key_keeping_first(tmp_path):
    a, b = tmp_path / "a.jsonl", tmp_path / "b.jsonl"
    a.write_text('{"id": "x", "v": 1}\n{"id": "y", "v": 1}\n', encoding="utf-8")
    b.write_text('{"id": "x", "v": 2}\n{"id": "z", "v": 2}\n{"v": 3}\n', encoding="utf-8")
    merge = {
        "task_name": "merge",
        "task_type": "jsonl_merge",
        "input_paths": [str(a), str(b)],
        "output_path": str(tmp_path / "m.jsonl"),
        "dedup_key": "id",
        "reports_dir": str(tmp_path / "reports"),
    }
    outcome = run_task_mapping(merge, "test")
    rows = list(read_jsonl(tmp_path / "m.jsonl"))
    assert rows == [{"id": "x", "v": 1}, {"id": "y", "v": 1}, {"id": "z", "v": 2}, {"v": 3}]
    assert outcome.report.counts["duplicates_dropped"] == 1
    assert outcome.report.counts["records_without_key"] == 1
    assert sections.funnel(outcome) == [("records in", 5), ("records out", 4)]
    assert sections.failures(outcome) == {("dedup", "duplicate"): 1} and sections.example_ids(outcome, "dedup", "duplicate") == ["x"]


def test_merge_skip_bad_lines_counts_them(tmp_path):
    a = tmp_path / "a.jsonl"
    a.write_text('{"id": 1}\n{broken\n{"id": 2}\n', encoding="utf-8")
    merge = {
        "task_name": "merge",
        "task_type": "jsonl_merge",
        "input_paths": [str(a)],
        "output_path": str(tmp_path / "m.jsonl"),
        "on_bad_line": "skip",
        "reports_dir": str(tmp_path / "reports"),
    }
    outcome = run_task_mapping(merge, "test")
    assert outcome.report.counts["skipped_bad_lines"] == 1
    assert len(list(read_jsonl(tmp_path / "m.jsonl"))) == 2


def test_split_with_skipped_bad_lines_still_makes_the_chunks_asked_for(tmp_path):
    src = tmp_path / "in.jsonl"
    src.write_text('{"id": 1}\n{"id": 2}\n{broken\nnot json\n{"id": 3}\n{"id": 4}\n', encoding="utf-8")
    split = {"task_name": "split", "task_type": "jsonl_split", "input_path": str(src), "num_chunks": 4,
             "output_dir": str(tmp_path / "chunks"), "reports_dir": str(tmp_path / "reports"), "on_bad_line": "skip"}
    assert run_task_mapping(split, "test").exit_code == 0
    chunks = sorted((tmp_path / "chunks").glob("chunk_*.jsonl"))
    assert [len(list(read_jsonl(c))) for c in chunks] == [1, 1, 1, 1]


def test_split_with_both_ways_set_is_one_short_line(tmp_path):
    from modelcall.config.loader import load_task_mapping
    from modelcall.errors import ConfigError

    mapping = {"task_name": "split", "task_type": "jsonl_split", "input_path": "in.jsonl", "output_dir": "out",
               "num_chunks": 2, "chunk_size": 3}
    with pytest.raises(ConfigError) as info:
        load_task_mapping(mapping, "t.yaml")
    text = str(info.value)
    assert "set exactly one of num_chunks and chunk_size" in text
    assert "task_name" not in text and "Value error" not in text and "value error" not in text


def test_merge_dedup_tells_a_number_from_the_same_digits_as_text(tmp_path):
    src = tmp_path / "in.jsonl"
    src.write_text('{"id": 1}\n{"id": "1"}\n{"id": 1, "dup": true}\n{"id": {"a": 1, "b": 2}}\n{"id": {"b": 2, "a": 1}}\n',
                   encoding="utf-8")
    merge = {"task_name": "merge", "task_type": "jsonl_merge", "input_paths": [str(src)], "dedup_key": "id",
             "output_path": str(tmp_path / "merged.jsonl"), "reports_dir": str(tmp_path / "reports")}
    assert run_task_mapping(merge, "test").exit_code == 0
    assert [r["id"] for r in read_jsonl(tmp_path / "merged.jsonl")] == [1, "1", {"a": 1, "b": 2}]


def test_merge_progress_bar_knows_its_total(tmp_path, run_cli):
    make_input(tmp_path / "a.jsonl", 7)
    make_input(tmp_path / "b.jsonl", 7)
    (tmp_path / "t.yaml").write_text(
        "task_name: m\ntask_type: jsonl_merge\ninput_paths: [a.jsonl, b.jsonl]\noutput_path: out.jsonl\n", encoding="utf-8")
    result = run_cli("run-task", "t.yaml")
    assert result.returncode == 0, result.stderr
    assert "14/14" in result.stderr  # done/total, so the bar can show an ETA


def test_split_of_an_empty_file_is_an_input_error(tmp_path):
    from modelcall.errors import InputError

    (tmp_path / "empty.jsonl").write_text("", encoding="utf-8")
    task = {
        "task_name": "split",
        "task_type": "jsonl_split",
        "input_path": str(tmp_path / "empty.jsonl"),
        "output_dir": str(tmp_path / "chunks"),
        "num_chunks": 2,
        "reports_dir": str(tmp_path / "reports"),
    }
    with pytest.raises(InputError, match="holds no records"):
        run_task_mapping(task, "test")
