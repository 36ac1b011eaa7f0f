"""One writer per output: the lock beside an output, its holder record, and a dead holder's takeover."""
from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from modelcall.errors import InputError, OutputBusy
from modelcall.io import output_lock
from modelcall.io.lock import lock_path_for

ROOT = Path(__file__).resolve().parents[2]

HOLD = """
import sys, time
sys.path.insert(0, {root!r})
from modelcall.io import output_lock
with output_lock({target!r}):
    print("locked", flush=True)
    time.sleep(60)
"""


def hold_in_subprocess(target: Path) -> subprocess.Popen:
    proc = subprocess.Popen([sys.executable, "-c", HOLD.format(root=str(ROOT), target=str(target))],
                            stdout=subprocess.PIPE, text=True)
    assert proc.stdout.readline().strip() == "locked"
    return proc


def test_a_second_process_is_refused_naming_the_holder(tmp_path):
    target = tmp_path / "raw.jsonl"
    proc = hold_in_subprocess(target)
    try:
        with pytest.raises(OutputBusy) as info:
            with output_lock(target):
                pass
        message = str(info.value)
        assert info.value.exit_code == 2
        assert f"pid {proc.pid}" in message and str(target) in message and "since 20" in message
        assert f"kill {proc.pid}" in message
    finally:
        proc.kill()
        proc.wait()
    # the kernel dropped the dead holder's lock: the next run takes it over
    with output_lock(target):
        pass
    assert not lock_path_for(target).exists()  # released and removed on a clean exit


def test_a_lock_left_by_a_dead_process_is_taken_over_with_a_line(tmp_path, modelcall_log):
    target = tmp_path / "raw.jsonl"
    lock_path_for(target).write_text(json.dumps({"pid": 999999, "host": "gone-host", "since": "2026-01-01T00:00:00+00:00"}))
    with output_lock(target):
        record = json.loads(lock_path_for(target).read_text())
        assert record["pid"] == os.getpid() and record["since"].startswith("20")
    assert any("took over" in m and "pid 999999 on gone-host" in m for m in modelcall_log)


def test_the_lock_is_reentrant_in_one_process(tmp_path):
    target = tmp_path / "raw.jsonl"
    with output_lock(target):
        with output_lock(target):
            assert lock_path_for(target).exists()
        assert lock_path_for(target).exists()  # the outer holder still holds it
    assert not lock_path_for(target).exists()


def test_an_output_under_a_file_is_an_input_error(tmp_path):
    (tmp_path / "notes.txt").write_text("x")
    with pytest.raises(InputError, match=r"notes.txt is a file, not a folder"):
        with output_lock(tmp_path / "notes.txt" / "raw.jsonl"):
            pass


def test_a_waiting_run_sees_a_lock_released_meanwhile(tmp_path):
    target = tmp_path / "raw.jsonl"
    proc = hold_in_subprocess(target)
    proc.kill()
    proc.wait()
    time.sleep(0.05)
    with output_lock(target):
        assert json.loads(lock_path_for(target).read_text())["pid"] == os.getpid()
