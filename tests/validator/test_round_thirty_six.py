"""Mistakes of a thirty-sixth round of unseen programs: a velocity given to a Matter body that is asleep (lost: Matter
moves no sleeping body and a velocity does not wake one); a push set in a collide callback that update() overwrites on
every path (Arcade calls the callback before update(), and moves the body with what update() wrote); a checkpoint kept
as the body's own position vector (Phaser writes into it every frame); JustDown(key) asked again after an if that asks it
first; an object scene's collide method with its parameters named the other way round; a static body moved by a tween; a HUD container (a panel Graphics, a redrawn bar, a text) made before a
background image over the whole view (Graphics in a container are found where the container puts them); static walls turned with setAngle (a
static body cannot turn: the message says so, not 'refreshBody() missing'); a timer whose repeat is NaN; a Text made
empty and filled in under a panel drawn after it; degrees kept in a name (headingDeg) put into rotation; a Graphics made at
a position and drawn at it again through another name. Each broken program fails with its rule, line and message;
the working ways pass."""
from __future__ import annotations

import pytest

from .conftest import missing_findings, validate_named

# program -> [(layer, kind, line, words the message must contain)]
EXPECTED = {
    "fail_sleeping_crates_given_velocity": [("l3", "never_fires", 23, "setVelocity() was given to a Matter body that is asleep")],
    "fail_conveyor_push_undone_by_update": [("l2", "never_fires", 29, "is undone by the if/else at line 36, whose every branch sets player's x velocity")],
    "fail_knockback_undone_by_movement_helper": [("l2", "never_fires", 28, "is undone by this.player.setVelocity(vx, vy) (line 36)")],
    "fail_checkpoint_keeps_live_position": [("l2", "never_fires", 26, "this.checkpoint (line 26) keeps runner.body.position itself, not a copy")],
    "fail_justdown_taken_by_earlier_if": [("l2", "never_fires", 32, "JustDown(this.space) is called again (line 32) after the if at line 24")],
    "fail_gem_method_params_swapped": [("l2", "wrong_argument", 24, "so 'gem' is ship and 'ship' a member of gems")],
    "fail_lift_static_body_tweened": [("l2", "never_fires", 20, "the tween at line 20 moves this.lift, which has a static body")],
    "fail_maze_walls_turned_static": [("l3", "never_fires", None, "the first turned (angle 90): a static body cannot turn")],
    "fail_wave_timer_repeat_nan": [("l3", "wrong_argument", 14, "Clock#addEvent(): 'repeat' is NaN")],
    "fail_typed_answer_under_card": [("l3", "hidden", None, "a Text made empty and filled in while the game runs")],
    "fail_compass_needle_degrees": [("l2", "wrong_argument", 11, "this.needle.rotation = headingDeg (line 11): rotation is in radians")],
    "fail_dartboard_rings_placed_twice": [("l2", "misplaced", 23, "this.board is made at (BOARD_X, BOARD_Y) and fillCircle(BOARD_X, BOARD_Y, ...) (line 23)")],
    "fail_score_panel_container_under_sky": [("l3", "hidden", None, "3 objects (the first a Graphics) lie wholly under an opaque 800x600 Image drawn after them")],
}
WORKING = ["pass_sleeping_crates_woken_first", "pass_conveyor_carries_through_update", "pass_knockback_waits_before_movement",
           "pass_checkpoint_keeps_a_copy", "pass_justdown_kept_for_both_ifs", "pass_gem_method_params_in_order", "pass_lift_static_body_refreshed",
           "pass_score_panel_container_over_sky", "pass_maze_walls_own_texture",
           "pass_wave_timer_repeat_set_first", "pass_typed_answer_over_card", "pass_compass_needle_angle", "pass_dartboard_rings_placed_once"]


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
