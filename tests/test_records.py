"""The shared record helpers: one prompt id rule, one errors path, one timestamp; the module cycles are gone."""
from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

from modelcall.records import RECORD_TYPES, error_record, errors_path_for, prompt_id_of, utc_now

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.parametrize(("record", "expected"), [
    ({"request_id": "seed_01_v2"}, "seed_01"),
    ({"request_id": "seed_v1_v0"}, "seed_v1"),
    ({"request_id": "seed_01_v2", "prompt_id": "p7"}, "p7"),
    ({"request_id": "no-variant"}, None),
    ({}, None),
])
def test_prompt_id_rule(record, expected):
    assert prompt_id_of(record) == expected


def test_online_and_batch_error_records_name_the_same_prompt_id():
    """The batch path used the request id alone; a request naming its prompt_id got a different one."""
    from modelcall.generation import batch, engine

    request = {"request_id": "game_3_v1", "prompt_id": "game_3-zh", "messages": [{"role": "user", "content": "x"}]}
    assert error_record(request, "timeout", "t", 2)["prompt_id"] == "game_3-zh"
    for module in (engine, batch):  # both writers build their error records with the one helper
        assert "error_record(" in Path(module.__file__).read_text(encoding="utf-8")
        assert 'rsplit("_v"' not in Path(module.__file__).read_text(encoding="utf-8")


def test_errors_path_and_timestamp():
    assert errors_path_for("runs/x/raw.jsonl") == Path("runs/x/raw.errors.jsonl")
    assert errors_path_for("raw") == Path("raw.errors.jsonl")
    assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+00:00", utc_now())


def test_every_design_record_has_a_type():
    assert set(RECORD_TYPES) == {"request", "raw output", "error", "candidate", "validated", "selected", "SFT record"}
    assert {"request_id", "prompt_id", "text", "usage", "cost_usd", "mode"} <= set(RECORD_TYPES["raw output"].__annotations__)


def _imports(module: str) -> set[str]:
    """Every modelcall module ``module`` imports, at the top or inside a function."""
    path = ROOT / (module.replace(".", "/") + ".py")
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("modelcall"):
            found.add(node.module)
            found.update(f"{node.module}.{alias.name}" for alias in node.names)
        elif isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names if alias.name.startswith("modelcall"))
    return found


@pytest.mark.parametrize(("low", "high"), [
    ("modelcall.generation.batch", "modelcall.generation.engine"),
    ("modelcall.generation.dryrun", "modelcall.generation.engine"),
    ("modelcall.providers.mock_faults", "modelcall.providers.mock_teacher"),
])
def test_no_import_cycle(low, high):
    assert high not in _imports(low), f"{low} imports {high}, which imports it back"
