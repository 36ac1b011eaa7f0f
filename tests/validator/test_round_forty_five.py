"""Mistakes left over from rounds 43-44 (game rules written in correct Phaser calls) and those of a forty-fifth round
of unseen programs: an object turned by Math.atan2(vx, vy) (atan2 takes y first: the angle is mirrored, which no turn of
the picture mends; atan2(vx, -vy) for a picture drawn pointing up, and an angle from the vertical kept for sin/cos,
pass); a Matter collision test of one order of the pair (bodyA 'egg' and bodyB 'floor': Matter puts the body made
first in bodyA); a record written to localStorage and read back at once to tell whether it was beaten; a body's own
gravity flipped when the pull comes from the world (it is 0); a HUD showing getLength() of a group whose members are
killAndHide()d (a pool's size, labelled so, passes); 90 degrees added to the radians of Angle.Between.
Each broken program fails with its rule, line and message; the working ways pass."""
from __future__ import annotations

import pytest

from .conftest import missing_findings, validate_named

# program -> [(layer, kind, line, words the message must contain)]
EXPECTED = {
    "fail_fish_school_faces_atan2_swapped": [("l2", "wrong_argument", 22, "atan2 takes (y, x), and with them swapped the angle is mirrored")],
    "fail_matter_egg_drop_pair_one_order": [("l2", "never_fires", 13, "Matter puts the body made first (the lower id) in bodyA, not the 'egg' one")],
    "fail_coin_dash_best_read_after_save": [("l2", "wrong_argument", 13, "reads back the value written by setItem on line 12 just before it")],
    "fail_ceiling_runner_body_gravity_flip": [("l2", "never_fires", 12, "flips the body's own gravity, which is 0")],
    "fail_pond_frogs_count_shows_killed": [("l2", "wrong_argument", 20, "also the ones killAndHide()d (line 9)")],
    "fail_compass_sector_radians_plus_ninety": [("l2", "wrong_argument", 10, "is an angle in radians (-π..π) and 90 a figure in degrees")],
}

WORKING = ["pass_fish_school_faces_atan2", "pass_rocket_points_up_atan2_from_north", "pass_swing_angle_from_vertical_atan2",
           "pass_matter_egg_drop_pair_both_orders", "pass_coin_dash_best_read_before_save",
           "pass_ceiling_runner_world_gravity_flip", "pass_ceiling_runner_own_body_gravity_flip",
           "pass_pond_frogs_count_active", "pass_bullet_pool_size_shown", "pass_compass_sector_degrees_plus_ninety"]


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
