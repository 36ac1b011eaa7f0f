"""Dead-code check (vulture, a dev extra): no function, method, class or import that nothing uses.

Names listed in ALLOWED are used where vulture cannot see it; say why when adding one.
"""
from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
ALLOWED = {
    "__getattr__": "modelcall/fakeprovider/__init__.py: lazy module attributes",
    "kind_counts": "ApiIndex: the usage example in modelcall/phaser/api_index.py's docstring",
    "shingle_hashes": "selection/dedup.py: kept for the select speed work (#17)",
    "network_calls": "supplements/assets.py: new in #14, its caller not landed yet",
    "program_failures": "supplements/checks.py: new in #14, its caller not landed yet",
    "tb": "context manager __exit__ arguments",
    "exc_type": "context manager __exit__ arguments",
    "mtime_ns": "a NamedTuple-style field read by callers through the tuple",
    "request_key": "a signature kept for callers passing it by name",
    "data_sources": "verl's compute_score signature",
}
KINDS = re.compile(r": unused (function|method|class|import|property) '([^']+)'|: unused variable '([^']+)' \(100% ")


def test_no_dead_code():
    pytest.importorskip("vulture")
    result = subprocess.run(
        [sys.executable, "-m", "vulture", "modelcall", "tests", "benchmarks", "--min-confidence", "60",
         "--ignore-decorators", "@register,@field_validator,@model_validator"],
        cwd=ROOT, capture_output=True, text=True, timeout=300,
    )
    dead = []
    for line in result.stdout.splitlines():
        match = KINDS.search(line)
        if match and line.startswith("modelcall/") and (match.group(2) or match.group(3)) not in ALLOWED:
            dead.append(line)
    assert not dead, "dead code (remove it, or add the name to ALLOWED in tests/test_dead_code.py with the reason):\n" + "\n".join(dead)
