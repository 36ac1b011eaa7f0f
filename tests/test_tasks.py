"""Task execution: the report's status follows how the run ended."""
from __future__ import annotations

import json

import pytest

from modelcall.errors import Interrupted
from modelcall.runners.jsonl_split import JsonlSplitRunner


def split_task(tmp_path):
    (tmp_path / "in.jsonl").write_text('{"id": 1}\n', encoding="utf-8")
    return {
        "task_name": "t",
        "task_type": "jsonl_split",
        "input_path": str(tmp_path / "in.jsonl"),
        "output_dir": str(tmp_path / "out"),
        "num_chunks": 1,
        "reports_dir": str(tmp_path / "reports"),
    }


@pytest.mark.parametrize("raised", [KeyboardInterrupt(), Interrupted("stopped by Ctrl-C: rerun to resume")])
def test_interrupt_is_reported_as_interrupted_with_exit_130(tmp_path, monkeypatch, raised):
    from modelcall.tasks import run_task_mapping

    def interrupted_run(self):
        raise raised

    monkeypatch.setattr(JsonlSplitRunner, "run", interrupted_run)
    with pytest.raises(Interrupted) as info:
        run_task_mapping(split_task(tmp_path), "test")
    assert info.value.exit_code == 130
    report = json.loads((tmp_path / "reports" / "t.json").read_text())
    assert report["status"] == "interrupted"
