"""The funnel and failure sections of a task's written JSON report, for the runners' tests."""
from __future__ import annotations

import json
from pathlib import Path
from typing import Any


def report_of(outcome: Any) -> dict[str, Any]:
    return json.loads(Path(outcome.report_path).read_text(encoding="utf-8"))


def funnel(outcome: Any) -> list[tuple[str, int | None]]:
    """(stage, count) in order."""
    return [(row["stage"], row["count"]) for row in report_of(outcome)["funnel"]]


def failures(outcome: Any) -> dict[tuple[str, str], int]:
    """(stage, reason) -> count; every row has a list of examples."""
    rows = report_of(outcome)["failures"]
    assert all(isinstance(row["examples"], list) for row in rows)
    return {(row["stage"], row["reason"]): row["count"] for row in rows}


def example_ids(outcome: Any, stage: str, reason: str) -> list[str]:
    return [e["id"] for row in report_of(outcome)["failures"] if (row["stage"], row["reason"]) == (stage, reason)
            for e in row["examples"]]
