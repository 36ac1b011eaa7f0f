"""A run that timed out is not cached: a stall may come from a loaded machine, and a rerun must get to try again."""
from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from tests.validator.conftest import _chromium_available

PROGRAMS = Path(__file__).parents[1] / "data" / "validator" / "programs"


def _runtime_rows(cache: Path) -> list[dict]:
    with sqlite3.connect(cache) as db:
        return [json.loads(v) for (v,) in db.execute("SELECT value FROM stages WHERE stage = 'runtime'")]


def test_a_timed_out_run_is_not_cached_but_a_finished_one_is(tmp_path):
    if not _chromium_available():
        pytest.skip("no headless Chromium installed (scripts/setup.sh installs them)")
    from modelcall.validator import Validator

    cache = tmp_path / "cache.sqlite"
    candidates = [
        {"request_id": name, "code": (PROGRAMS / f"{name}.js").read_text(encoding="utf-8"), "prompt_meta": {}}
        for name in ("fail_infinite_loop_update", "valid_arcade_physics")
    ]
    cfg = {"cache_path": str(cache), "runtime": {"screenshots_dir": None, "stall_timeout_s": 3.0}}
    with Validator(cfg) as validator:
        hung, working = list(validator.validate(candidates))
    assert hung["validation"]["runtime"]["timed_out"] and not hung["passed"]
    assert working["passed"]
    rows = _runtime_rows(cache)
    assert len(rows) == 1 and not rows[0].get("timed_out")


def test_every_script_the_browser_or_the_node_worker_runs_is_part_of_the_cache_key(tmp_path, monkeypatch):
    """A cached stage is keyed by the validator's code: the frame guard (which runs first in every realm) once was
    missing from the key, so a change to it left old verdicts in the cache."""
    import shutil

    from modelcall.validator import validator as validator_module

    package = Path(validator_module.__file__).parent
    scripts = {p.name for p in package.iterdir() if p.suffix in (".js", ".mjs", ".py")}
    covered = {p.name for p in validator_module._code_files()}
    assert {"frame_guard.js", "harness.js", "worker.js", "browser.py", "runtime_contracts.py"} <= covered
    assert scripts <= covered, sorted(scripts - covered)
    # and a change to any of them moves the key
    copy = tmp_path / "validator"
    shutil.copytree(package, copy, ignore=shutil.ignore_patterns("__pycache__", "data"))
    monkeypatch.setattr(validator_module, "__file__", str(copy / "validator.py"))
    before = validator_module._code_version()
    guard = copy / "frame_guard.js"
    guard.write_text(guard.read_text(encoding="utf-8") + "\n// changed\n", encoding="utf-8")
    assert validator_module._code_version() != before


@pytest.mark.browser
def test_batches_keep_order_and_each_distinct_program_runs_once(tmp_path):
    """Records come in input order over several batches, equal to validating each alone, and a program repeated in
    later batches is run in the browser once."""
    if not _chromium_available():
        pytest.skip("no headless Chromium installed")
    from modelcall.validator import Validator

    names = ["valid_rotating_circle", "fail_error_in_create", "valid_rotating_circle", "fail_undefined_name",
             "valid_rotating_circle", "fail_error_in_create", "valid_rotating_circle"]
    progs = {p.stem: p.read_text(encoding="utf-8") for p in PROGRAMS.glob("*.js")}
    assert set(names) <= set(progs), sorted(set(names) - set(progs))
    cands = [{"request_id": f"r{i}", "code": progs[n]} for i, n in enumerate(names)]
    with Validator({"cache_path": str(tmp_path / "cache.sqlite"), "runtime": {"pages": 1, "screenshots_dir": None}}) as validator:
        ran: list[int] = []
        run = validator._pool.run
        validator._pool.run = lambda codes, frames=None: ran.append(len(codes)) or run(codes, frames)
        together = list(validator.validate(cands, batch_size=2))
        alone = [validator.validate_one(c) for c in cands]
    assert [r["request_id"] for r in together] == [c["request_id"] for c in cands]
    assert [(r["passed"], r["reasons"]) for r in together] == [(r["passed"], r["reasons"]) for r in alone]
    assert [r["passed"] for r in together] == [n.startswith("valid") for n in names]
    assert sum(ran) == 3  # three distinct programs over four batches: the later batches read the run's cache
