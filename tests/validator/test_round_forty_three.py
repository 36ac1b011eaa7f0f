"""Mistakes left over from rounds 41-42 and those of a forty-third round of unseen programs: (L3) JustDown(key) asked
again by a helper after update() asked first in the same frame, which took the key's just-pressed flag. Each broken
program fails with its rule, line and message; the working ways pass (a title screen's JustDown and play's, asked
one after the other, share the key fairly: the title's stops being asked once play starts)."""
from __future__ import annotations

import pytest

from .conftest import missing_findings, validate_named

# program -> [(layer, kind, line, words the message must contain)]
EXPECTED = {
    "fail_hopper_just_down_in_helper": [("l3", "never_fires", 20, "the JustDown call at line 27 asks first in the same frame")],
}
WORKING = ["pass_hopper_just_down_kept", "pass_title_then_play_just_down_per_state"]


@pytest.fixture(scope="module")
def records(browser_validator):
    return validate_named(browser_validator, list(EXPECTED) + WORKING)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_each_mistake_fails_with_its_rule_and_line(records, name):
    rec = records[name]
    assert not rec["passed"], rec["reasons"]
    assert not missing_findings(rec, EXPECTED[name]), (missing_findings(rec, EXPECTED[name]), rec["validation"]["errors"])


@pytest.mark.parametrize("name", WORKING)
def test_the_working_ways_pass_without_findings(records, name):
    rec = records[name]
    assert rec["passed"], rec["reasons"]
    assert [i["message"] for i in rec["validation"]["errors"] + rec["validation"]["warnings"] if i["code"] == "api_misuse"] == []
