"""Mistakes of a twenty-sixth round of unseen programs, and the false rejection left from the round before: a
springboard squashed by overlapping yoyo tweens of its scaleY is drawn off its static body only while it bounces,
and is judged as it was when the first squash began. Each broken program fails with its rule, line and message;
the working ways pass."""
from __future__ import annotations

import pytest

from .conftest import missing_findings, validate_named

# program -> [(layer, kind, line, words the message must contain)]
EXPECTED = {
    "fail_spring_pad_scaled_no_refresh": [("l3", "never_fires", None, "Sprite at 400,540 (250x14) has its static body at 400,540 (50x14)")],
    "fail_gem_drag_polygon_world_points": [("l3", "misplaced", None, "a Graphics at (300, 260) draws at (265, 210)..(335, 310) but its hit area covers (565, 470)..(635, 570)")],
}
WORKING = ["pass_spring_pad_squash_tween", "pass_gem_drag_polygon_local_points"]


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
