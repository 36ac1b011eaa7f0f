"""Mistakes of a thirty-third round of unseen programs (the user's seeds, platformer mechanics, timers and difficulty,
state across scenes): a one-way test method given as the collide callback, ladder zones in a plain group asked with
physics.overlap(), a spring's bounce given to immovable pads, collected gems switched off but still drawn, a ground
probe (overlapRect) that never looks at static bodies, a win banner made at the middle of the first screen of a
followed world, delayedCall's arguments swapped, a clock resumed only by its own timer, Arcade's timeScale set like
the clock's, a finished timer reset from a config, a paused scene listening for the click that restarts it, a list of
objects put in localStorage as it is, a setting kept in one scene's this.data and read in another's, a key's
changedata handler written with the key, an object scene's init as an arrow function; and the false rejections of
that round and of two rounds of working programs only: a falling plank whose static body was switched off, a play
area fenced above a strip of buttons, Matter options kept in a name, bodies synced from a list of pairs, rope()
given a number of segments and one colour, a HUD scene beside a followed world. Each broken program fails with its
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
    "fail_best_times_stored_as_objects": [("l3", "wrong_argument", 7, "Storage#setItem('reaction.best', ...) is given a list of objects: storage keeps strings, so it saves '[object Object]'")],
    "fail_volume_kept_in_scene_data": [("l2", "never_fires", 20, "this.data.get('speed') (line 20) in Play reads a value only Settings sets with this.data.set('speed')")],
    "fail_gold_counter_changedata_key_args": [("l2", "wrong_argument", 8, "a key's own changedata event passes (parent, value, previousValue), not the key, so value is the value from before the change")],
    "fail_results_init_arrow_function": [("l2", "never_fires", 27, "init: (data) => { ... } (line 27) in a scene written as an object: an arrow function keeps the `this` around the object")],
    "fail_time_up_pause_then_click": [("l2", "never_fires", 17, "this.scene.pause() (line 16) and then this.input.once('pointerdown', ...) (line 17): a paused scene's input hears nothing")],
}
WORKING = ["pass_ledge_test_method_in_process_slot", "pass_ladder_zones_static_group", "pass_spring_pads_launch_on_landing",
           "pass_gems_disabled_and_hidden", "pass_walker_ground_probe_static", "pass_goal_banner_fixed_to_screen", "pass_plank_drop_delay_first",
           "pass_resume_countdown_on_tweens", "pass_slow_motion_inverse_for_arcade", "pass_streak_timer_made_anew", "pass_time_up_freeze_then_click",
           "pass_best_times_stored_as_json", "pass_volume_kept_in_registry", "pass_gold_counter_changedata_value", "pass_results_init_function",
           "pass_play_area_above_button_strip", "pass_matter_static_cliffs_options_kept", "pass_matter_bodies_synced_from_pairs",
           "pass_rope_segments_by_count", "pass_hud_scene_beside_followed_world"]


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
