"""Fixtures for the validator tests: the labelled programs as candidates, and validators shared per session
(one browser for all browser tests)."""
from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest

DATA = Path(__file__).resolve().parents[1] / "data" / "validator"


def load_labelled() -> list[dict[str, Any]]:
    return [json.loads(line) for line in (DATA / "labels.jsonl").read_text(encoding="utf-8").splitlines() if line.strip()]


def as_candidate(row: dict[str, Any]) -> dict[str, Any]:
    code = (DATA / row["file"]).read_text(encoding="utf-8")
    return {
        "request_id": row["name"],
        "prompt_id": row["name"],
        "variant": 0,
        "plan": {"requirements": [], "apis": row.get("plan_apis", []), "steps": [], "raw": ""},
        "code": code,
        "parse_ok": True,
        "prompt_meta": {"id": row["name"], "must_use_apis": row.get("must_use", []), "eval_hints": row.get("eval_hints", []),
                        "constraints": row.get("constraints", []), "task": row.get("task", "")},
    }


def validate_named(validator: Any, names: list[str]) -> dict[str, dict[str, Any]]:
    """The labelled programs of these names through a validator: name -> record."""
    rows = {row["name"]: row for row in load_labelled()}
    return dict(zip(names, validator.validate([as_candidate(rows[n]) for n in names]), strict=True))


def missing_findings(record: dict[str, Any], expected: list[tuple[str, str, int | None, str]]) -> list[tuple]:
    """The (layer, kind, line, words of the message) of an argument-contract finding the record's errors lack."""
    found = [(i["layer"], i["kind"], i["line"], i["message"]) for i in record["validation"]["errors"] if i["code"] == "api_misuse"]
    return [e for e in expected if not any(f[:3] == e[:3] and e[3] in f[3] for f in found)]


# L4 reasons that need the browser run (the canvas), so a static-only run cannot see them
NEEDS_RUNTIME = {"l4:nothing_drawn", "l4:canvas_unchanged", "l4:spin_rate", "l4:minimap_view"}


def mismatches(row: dict[str, Any], record: dict[str, Any], layers: tuple[str, ...] = ("l1", "l2", "l3", "l4")) -> list[str]:
    """How a validated record differs from the expected verdict (empty: right). ``layers`` limits the reasons
    checked (static-only runs cannot see l3 reasons, and then ``passed`` is only compared when no l3 reason is expected)."""
    exp = row["expect"]
    runtime = "l3" in layers

    def seen(code: str) -> bool:
        return code.split(":")[0] in layers and (runtime or code.split("@")[0] not in NEEDS_RUNTIME)

    expected = [r for r in exp.get("reasons", []) if seen(r)]
    problems = []
    compare_passed = runtime or not any(r.startswith("l3:") or r in NEEDS_RUNTIME for r in exp.get("reasons", [])) or expected
    if compare_passed and record["passed"] != exp["passed"]:
        problems.append(f"passed={record['passed']} expected {exp['passed']} (reasons {record['reasons']})")
    for reason in expected:
        # 'l3:runtime_timeout' matches any phase; 'l3:runtime_error@input' only that phase
        if not any(got == reason or ("@" not in reason and got.startswith(reason + "@")) for got in record["reasons"]):
            problems.append(f"missing reason {reason} (got {record['reasons']})")
    warned = [w["layer"] + ":" + w["code"] for w in record["validation"]["warnings"]]
    for warning in exp.get("warnings", []):
        if seen(warning) and warning not in warned:
            problems.append(f"missing warning {warning} (got {warned})")
    for hint, verdict in (exp.get("hints") or {}).items():
        got = (record["validation"]["hints"] or {}).get(hint)
        if got != verdict and "l3" in layers:
            problems.append(f"hint {hint!r}: {got} expected {verdict}")
    return problems


def verdict_key(record: dict[str, Any]) -> tuple[bool, tuple[str, ...]]:
    """A verdict for comparisons: passed + the failing reason codes (phase left out: async timing may move it)."""
    return record["passed"], tuple(sorted({r.split("@")[0] for r in record["reasons"]}))


@pytest.fixture(scope="session")
def labelled() -> list[tuple[dict[str, Any], dict[str, Any]]]:
    return [(row, as_candidate(row)) for row in load_labelled()]


@pytest.fixture(scope="session")
def static_validator():
    from modelcall.validator import Validator

    with Validator({"cache_path": None, "runtime": {"enabled": False}}) as validator:
        yield validator


def _chromium_available() -> bool:
    from modelcall.validator.browser import default_executable

    return default_executable() is not None or shutil.which("chromium") is not None


@pytest.fixture(scope="session")
def browser_config(tmp_path_factory) -> dict[str, Any]:
    if not _chromium_available():
        pytest.skip("no headless Chromium installed (scripts/setup.sh installs them)")
    shots = tmp_path_factory.mktemp("screenshots")
    return {"cache_path": None, "runtime": {"screenshots_dir": str(shots), "stall_timeout_s": 4.0}}


@pytest.fixture(scope="session")
def browser_validator(browser_config):
    from modelcall.validator import Validator

    with Validator(browser_config) as validator:
        yield validator


@pytest.fixture(scope="session")
def labelled_results(browser_validator, labelled):
    """The whole labelled set through the full validator, once per session."""
    return list(browser_validator.validate([cand for _, cand in labelled]))
