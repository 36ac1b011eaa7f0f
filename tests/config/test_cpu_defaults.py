"""Defaults sized "one per core" count the CPUs the process may use (a Slurm task's cpuset), not the machine's."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.skipif(not hasattr(os, "sched_setaffinity"), reason="needs Linux CPU affinity")
def test_per_core_defaults_follow_the_cpus_this_process_may_use():
    probe = ("import json; from modelcall.validator.config import RuntimeConfig, ValidatorConfig; "
             "from modelcall.reward.server import ServerSettings; "
             "print(json.dumps([RuntimeConfig().pages, ValidatorConfig().worker_count(), ServerSettings().workers]))")
    out = subprocess.run([sys.executable, "-c", probe], cwd=ROOT, capture_output=True, text=True, check=True,
                         env=dict(os.environ, PYTHONPATH=str(ROOT)), preexec_fn=lambda: os.sched_setaffinity(0, {0}))
    assert json.loads(out.stdout) == [1, 1, 1]
