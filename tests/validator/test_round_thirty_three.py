"""Mistakes of a thirty-third round of unseen programs (the user's seeds, platformer mechanics, timers and difficulty,
state across scenes): a one-way test method given as the collide callback, ladder zones in a plain group asked with
physics.overlap(), a spring's bounce given to immovable pads, collected gems switched off but still drawn, a ground
probe (overlapRect) that never looks at static bodies, a win banner made at the middle of the first screen of a
followed world, delayedCall's arguments swapped, a clock resumed only by its own timer, Arcade's timeScale set like
the clock's, a finished timer reset from a config, a paused scene listening for the click that restarts it; and the
false rejection of that round, a falling plank whose static body was switched off. Each broken program fails with its
rule, line and message; the working ways pass."""
from __future__ import annotations

import pytest

from .conftest import missing_findings, validate_named

# program -> [(layer, kind, line, words the message must contain)]
EXPECTED = {
    "fail_ledge_test_method_in_collide_slot": [("l2", "wrong_argument", 14, "the callback only answers true or false, which is what a process callback does")],
    "fail_ladder_zones_plain_group": [("l3", "never_fires", 18, "ArcadePhysics#overlap(): one of its objects is a group whose 2 members have no physics body")],
    "fail_spring_pads_given_the_bounce": [("l2", "never_fires", 11, "gives the bounce to immovable bodies: Arcade turns a body that lands on them round with that body's own bounce")],
    "fail_gems_disabled_still_drawn": [("l2", "never_fires", 20, "gem.disableBody(true) (line 20) in the overlap's callback switches its body off but keeps it drawn")],
    "fail_walker_ground_probe_dynamic_only": [("l2", "never_fires", 19, "looks for the ground, but it searches only dynamic bodies unless its sixth argument, includeStatic, is true")],
    "fail_goal_banner_at_world_centre": [("l2", "misplaced", 25, "this.add.text(400, 300, ...) (line 25) in reachGoal() puts the text at the middle of the first screen of the world")],
    "fail_plank_drop_delay_swapped": [("l2", "wrong_argument", 18, "Time.Clock#delayedCall() argument 1 expects number, got a function")],
    "fail_resume_countdown_on_paused_clock": [("l2", "never_fires", 35, "this.time.paused = false (line 35) runs only from a timer of this.time")],
    "fail_slow_motion_same_scale_for_arcade": [("l2", "wrong_argument", 16, "beside the clock's or the tweens' timeScale set to the same value: Arcade's timeScale divides its step")],
    "fail_streak_timer_reset_from_config": [("l2", "never_fires", 15, "this.window.reset(...) (line 15) to run the timer made at line 16 again")],
    "fail_time_up_pause_then_click": [("l2", "never_fires", 17, "this.scene.pause() (line 16) and then this.input.once('pointerdown', ...) (line 17): a paused scene's input hears nothing")],
}
WORKING = ["pass_ledge_test_method_in_process_slot", "pass_ladder_zones_static_group", "pass_spring_pads_launch_on_landing",
           "pass_gems_disabled_and_hidden", "pass_walker_ground_probe_static", "pass_goal_banner_fixed_to_screen", "pass_plank_drop_delay_first",
           "pass_resume_countdown_on_tweens", "pass_slow_motion_inverse_for_arcade", "pass_streak_timer_made_anew", "pass_time_up_freeze_then_click"]


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
