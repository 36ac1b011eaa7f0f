"""Atomic writes: a writer killed midway leaves the old file intact."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time

import pytest

from modelcall.io import AtomicWriter, atomic_write_json, atomic_write_jsonl, atomic_write_text, output_lock, read_jsonl
from modelcall.io.atomic import remove_stale_temps


def test_atomic_write_replaces_whole_file(tmp_path):
    path = tmp_path / "report.json"
    atomic_write_json(path, {"v": 1})
    atomic_write_json(path, {"v": 2, "text": "中文"})
    assert '"v": 2' in path.read_text(encoding="utf-8")
    assert [p.name for p in tmp_path.iterdir()] == ["report.json"]


def test_written_files_are_ordinary_permissions(tmp_path):
    path = tmp_path / "page.html"
    atomic_write_text(path, "<html></html>")
    assert path.stat().st_mode & 0o044 == 0o044  # readable by group and others, like any written file


def test_exception_inside_writer_keeps_old_file_and_no_temp(tmp_path):
    path = tmp_path / "data.jsonl"
    atomic_write_jsonl(path, [{"old": True}])
    with pytest.raises(RuntimeError):
        with AtomicWriter(path) as handle:
            handle.write(b'{"new": true}\n')
            raise RuntimeError("boom")
    assert list(read_jsonl(path)) == [{"old": True}]
    assert [p.name for p in tmp_path.iterdir()] == ["data.jsonl"]


def test_writer_killed_midway_leaves_old_file_intact(tmp_path):
    path = tmp_path / "dataset.jsonl"
    atomic_write_jsonl(path, [{"i": i, "old": True} for i in range(3)])
    started = tmp_path / "started"
    script = textwrap.dedent(
        f"""
        import time
        from pathlib import Path
        from modelcall.io import AtomicWriter
        with AtomicWriter({str(path)!r}) as handle:
            for i in range(10**9):
                handle.write(b'{{"i": %d, "new": true}}\\n' % i)
                if i == 1000:
                    handle.flush()
                    Path({str(started)!r}).touch()
                    time.sleep(60)
        """
    )
    proc = subprocess.Popen([sys.executable, "-c", script], env={**os.environ, "PYTHONPATH": os.getcwd()})
    deadline = time.time() + 30
    while not started.exists() and time.time() < deadline:
        time.sleep(0.05)
    assert started.exists(), "the writer never started"
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    rows = list(read_jsonl(path))
    assert rows == [{"i": i, "old": True} for i in range(3)]
    assert len(list(tmp_path.glob(".dataset.jsonl.*.tmp"))) == 1  # the killed writer's temporary file
    with output_lock(path):  # the next run of that output removes it
        pass
    assert sorted(p.name for p in tmp_path.iterdir()) == ["dataset.jsonl", "started"]


def test_a_live_writers_temporary_file_is_left_alone(tmp_path):
    path = tmp_path / "out.jsonl"
    with AtomicWriter(path) as handle:
        handle.write(b"{}\n")
        assert remove_stale_temps(path) == []  # a cleanup while the writer lives
        assert len(list(tmp_path.glob(".out.jsonl.*.tmp"))) == 1
    assert list(tmp_path.glob("*.tmp")) == [] and path.read_bytes() == b"{}\n"


def test_temporary_files_inside_an_output_folder_are_removed_too(tmp_path):
    folder = tmp_path / "codes"
    folder.mkdir()
    (folder / ".abc.js.x1y2.tmp").write_text("half")
    (folder / "abc.js").write_text("whole")
    removed = remove_stale_temps(folder)
    assert [p.name for p in removed] == [".abc.js.x1y2.tmp"] and [p.name for p in folder.iterdir()] == ["abc.js"]
