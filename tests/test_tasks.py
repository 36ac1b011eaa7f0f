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


def test_a_task_whose_output_another_run_holds_is_refused_before_it_runs(tmp_path, monkeypatch):
    """One writer per output for every runner (filter, split, ...): the lock is taken before run()."""
    import os
    import subprocess
    import sys
    from pathlib import Path

    from modelcall.errors import OutputBusy
    from modelcall.tasks import run_task_mapping

    root = Path(__file__).resolve().parents[1]
    task = split_task(tmp_path)
    holder = subprocess.Popen(
        [sys.executable, "-c", "import sys,time; from modelcall.io import output_lock\n"
         f"with output_lock({task['output_dir']!r}):\n    print('locked', flush=True); time.sleep(60)"],
        stdout=subprocess.PIPE, text=True, env={**os.environ, "PYTHONPATH": str(root)})
    try:
        assert holder.stdout.readline().strip() == "locked"
        ran = []
        monkeypatch.setattr(JsonlSplitRunner, "run", lambda self: ran.append(1))
        with pytest.raises(OutputBusy, match=rf"output_dir: .*out is being written by another run \(pid {holder.pid} "):
            run_task_mapping(task, "test")
        assert ran == []
        assert not (tmp_path / "reports" / "t.json").exists()  # that report belongs to the run holding the output
    finally:
        holder.kill()
        holder.wait()
    run_task_mapping(task, "test")
    assert ran == [1]


def test_a_pipeline_locks_its_state_folder(tmp_path):
    from modelcall.config.loader import load_task_mapping

    loaded = load_task_mapping({"task_name": "p", "task_type": "pipeline", "state_dir": str(tmp_path / "state"),
                                "steps": [{"name": "split", "task": split_task(tmp_path)}]}, "test")
    runner = loaded.runner_class(loaded.config, None)
    assert runner.output_locks() == [("state_dir", str(tmp_path / "state"))]


def test_an_output_path_under_a_file_is_an_input_error(tmp_path):
    from modelcall.errors import InputError
    from modelcall.tasks import run_task_mapping

    (tmp_path / "notes.txt").write_text("x")
    task = {**split_task(tmp_path), "output_dir": str(tmp_path / "notes.txt" / "out")}
    with pytest.raises(InputError, match="notes.txt is a file, not a folder"):
        run_task_mapping(task, "test")
