"""Fixtures for the coverage tests: the shipped 12-seed requests, a mock teacher, and the front of the chain
(response_generation -> parse -> filter) run once per session with the static validator layers."""
from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest

from modelcall.tasks import run_task_mapping

REQUESTS = Path(__file__).resolve().parents[1] / "data" / "coverage" / "requests.jsonl"
FAULTS = {"bad_format": 0.15, "hallucinated_api": 0.3, "syntax_error": 0.15, "runtime_error": 0.0, "repair_success": 0.9}


def mock_teacher(alias: str = "mock-cheap", faults: dict[str, float] | None = None, price: float = 1.0) -> dict[str, Any]:
    return {"alias": alias, "provider": "mock", "model": f"{alias}-model",
            "pricing": {"input_per_mtok": price, "output_per_mtok": 5 * price},
            "options": {"faults": dict(FAULTS if faults is None else faults)}}


def static_validator(tmp: Path) -> dict[str, Any]:
    """L1/L2/L4 only (no browser), a private verdict cache, no live reflection: fast and deterministic."""
    return {"runtime": {"enabled": False}, "cache_path": str(tmp / "validator.sqlite"), "api": {"reflect": False}, "workers": 1}


def run(mapping: dict[str, Any], tmp: Path) -> dict[str, Any]:
    outcome = run_task_mapping({**mapping, "reports_dir": str(tmp / "reports"), "progress": False}, "<test>")
    report = json.loads(Path(outcome.report_path).read_text())
    assert outcome.exit_code == 0, report.get("error")
    return report


def read(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


@pytest.fixture(scope="session")
def front(tmp_path_factory) -> Path:
    """requests -> mock answers -> candidates -> validated, once; tests copy the folder before writing to it."""
    d = tmp_path_factory.mktemp("front")
    shutil.copy(REQUESTS, d / "requests.jsonl")
    run({"task_name": "gen", "task_type": "response_generation", "model_config": mock_teacher(),
         "input_path": str(d / "requests.jsonl"), "output_path": str(d / "raw.jsonl")}, d)
    run({"task_name": "parse", "task_type": "parse", "input_path": str(d / "raw.jsonl"),
         "output_path": str(d / "candidates.jsonl")}, d)
    run({"task_name": "filter", "task_type": "filter", "input_path": str(d / "candidates.jsonl"),
         "output_path": str(d / "validated.jsonl"), "validator": static_validator(d)}, d)
    return d


@pytest.fixture
def work(front, tmp_path) -> Path:
    for name in ("requests.jsonl", "raw.jsonl", "validated.jsonl"):
        shutil.copy(front / name, tmp_path / name)
    return tmp_path
