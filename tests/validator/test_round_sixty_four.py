"""Mistakes left open from round 63 and found in round 64's sets, each written in correct Phaser calls: (round 63's
platformers) a checkpoint set during play and read only by create(), lost because this.scene.restart() hands nothing
to the init(data) that reads it, and (shooters) a lead point worked out from the target's velocity, shown, and never
aimed at.
Each broken program fails with its rule, line and message; each fixed copy passes with no finding."""
from __future__ import annotations

from pathlib import Path

import pytest

from .conftest import missing_findings, validate_named

DATA = Path(__file__).resolve().parents[1] / "data" / "validator"

# program -> [(layer, kind, line, words the message must contain)]
EXPECTED = {
    "fail_checkpoint_lost_on_restart": [("l2", "state_not_updated", 91, "this.checkpoint is set during play (line 83) and read only by create(), which runs again after this.")],
    "fail_turret_lead_shown_not_aimed": [("l2", "wrong_argument", 57, "aim (line 55) is a lead point worked out from this.drone's velocity, but Angle.Between(this.turret.x")],
}

WORKING = ["pass_checkpoint_lost_on_restart", "pass_turret_lead_shown_not_aimed"]

# task-level reasons: program -> (reason, words of the message)
TASK_FIT = {
}


@pytest.fixture(scope="module")
def records(static_validator):
    return validate_named(static_validator, list(EXPECTED) + WORKING + list(TASK_FIT))


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_each_mistake_fails_with_its_rule_and_line(records, name):
    rec = records[name]
    assert not rec["passed"], rec["reasons"]
    assert missing_findings(rec, EXPECTED[name]) == []


@pytest.mark.parametrize("name", WORKING)
def test_each_fixed_copy_passes_with_no_finding(records, name):
    rec = records[name]
    assert rec["passed"], rec["reasons"]
    assert rec["validation"]["errors"] == []


@pytest.mark.parametrize("name", sorted(TASK_FIT))
def test_each_task_level_mistake_fails_with_its_reason(records, name):
    rec = records[name]
    reason, words = TASK_FIT[name]
    assert rec["reasons"] == [reason], rec["reasons"]
    [issue] = rec["validation"]["errors"]
    assert words in issue["message"], issue["message"]

