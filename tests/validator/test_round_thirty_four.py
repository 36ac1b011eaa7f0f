"""Mistakes of a thirty-fourth round of unseen programs (seeds, the rarer display APIs, shooting and aiming, in-game
UI), and one a round of working programs ran into: a TweenChain given a delay of its own never plays in Phaser 3.90.
Each broken program fails with its rule, line and message; the working ways pass."""
from __future__ import annotations

import pytest

from .conftest import missing_findings, validate_named

# program -> [(layer, kind, line, words the message must contain)]
EXPECTED = {
    "fail_seaweed_points_never_dirty": [("l2", "never_fires", 21, "moves a Rope's points but nothing marks the Rope dirty: it rebuilds its vertices only after setDirty() or setPoints()")],
    "fail_backdrop_made_after_the_ship": [("l3", "hidden", None, "a Sprite with a physics body lies wholly under the opaque fills of a Graphics drawn after it: a background added last")],
    "fail_turret_aims_at_screen_pointer": [("l2", "wrong_argument", 25, "aims this.hull at p.x / p.y, the pointer's place on the screen, but the camera follows this.hull")],
    "fail_banner_chain_with_own_delay": [("l2", "never_fires", 8, "a TweenChain with a delay of its own counts it down but never becomes active in Phaser 3.90")],
}
WORKING = ["pass_banner_chain_first_tween_delayed", "pass_backdrop_made_after_the_ship_behind", "pass_rope_segments_by_count",
           "pass_turret_aims_at_world_pointer", "pass_pods_immovable_before_add_overlap_only"]


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
