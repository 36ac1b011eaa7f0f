"""Mistakes left over from rounds 41-42 and those of a forty-third round of unseen programs: (L3) JustDown(key) asked
again by a helper after update() asked first in the same frame, which took the key's just-pressed flag; a text made on
the scene at a Container child's x, y (they are from the container, made away from (0, 0)); a value set to 1 and taken
down by delta * 2.5 (delta counts milliseconds: gone in one frame); a flag raised before a yoyo tween and cleared in
onYoyo (the first turn, not the end); a button's pointerdown that clears the flag the scene's pointerdown returns on
(the scene's handler runs after the button's, for the same click); an emitter zone's source field given a new rectangle
in update() (the emitter keeps the first); a pull started on an object and followed by the scene's pointermove,
ended by the object's own pointerup (it comes only when released over the object, and the pull ends away from it);
this.tweens.timeScale set for a replay whose steps are clock timers made in a loop (the clock keeps its own scale; a
slow motion whose one timer puts the scale back passes); getTilesWithinShape() given a shape placed at a column and
row (the program multiplies them by the tile size elsewhere; the shape is read in pixels); a search on a blank layer
holding only walls that skips a cell when !t || t.index === WALL (getTileAt() gives null for the empty floor); a
countdown timer that calls the losing ending when it runs out, left running after the winning ending (it overwrites
the win); this.events.on('custom') in create() of a scene that restarts (a listener more each run); (L3) a label made
interactive for the hand cursor, with no handler, over the button that has one (it takes the click); (L3) a sized
Container given Rectangle(-w / 2, -h / 2, w, h) as its hit area (it starts at the corner already: a quarter takes
clicks); a shuffled copy nobody reads (what is dealt comes from the unshuffled array); a cell found from
pointer.x / SIZE over a tilemap layer made away from the origin; a pooled body taken back with enableBody(true, ...)
(which stops it) and given a speed only when made new; a stage counted from 1 raised before the "last stage" test (the
game ends one stage early); event.key (lower case) matched against a list of upper-case words; a game object's
angle (read back within -180..180) against a target drawn from 0..359; a sequence played back through an alias
with shift() and read later at the player's step (the alias is the same array); Matter: world.setGravity(0) (y stays
1), chain() offsets in pixels (they are fractions of the body), a collision category that is not a power of two,
obj.isSensor = true on a game object (a read-only method), setCircle(r) after options given at creation (a new body of
defaults), a mask given without a category (it keeps 1) against a list that leaves 1 out, a compound body's label tested on
the colliding parts (no .parent); Phaser.Math.Between(0.1, 0.9) (whole numbers: 0 or 1); a camera callback given in
the ease slot of zoomTo(); a "waiting for the next round" flag raised in update() and cleared only when the scene
starts (the second round's end never schedules the third); a key's code stored and its name compared (a number is
never === a string); a setting made in the chain that creates a body, then undone by a physics group's add(); a state
name tested in another case than it is given ('IDLE' against 'idle'); a place moved by a frame-time step tested with
=== against a number (it passes it); Arcade's world timeScale set to 1 + level * k to speed a harder level up (it
divides the step: the world slows); a looping timer's delay field lowered by a second timer made in the same create()
(the first copied the number); (L4) a pull the task asks for ("吸引", "attract") set along
Angle.Between(magnet, filing) with acceleration.setToPolar (the angle from the magnet: a push). Mended: a must-use
PointerConstraint met by matter.add.mouseSpring() (its doc says it returns a constraint; it returns a PointerConstraint);
a Matter mask kept in a local (const mask = ghost ? [CAT_WALL] : [...], CAT_WALL = 1) read as leaving out category 1;
a body snapped onto its goal with body.reset(x, y) beside a moveTo() taken for a pooled body revived without speed;
a spawn delay reset in create() on restart taken for a checkpoint the restart wipes; moving bounce pads (the collide
callback throws the rider up as it lands) taken for platforms that need friction to carry it; (L3) a followed runner
that falls out through the bottom of the camera's bounds when the run is lost taken for one the bounds lose; a wait
kept as a number (this.nextSpawn = 1200) taken for a checkpoint; ball.anchor = { x, y } (the program's own hanging
point) taken for Phaser 2's anchor; (L3) masked moles that tweens move up through their holes' rims taken for objects
masked where they never are.
Each broken program fails with its rule, line and message; the working ways pass (a title screen's JustDown and play's, asked
one after the other, share the key fairly: the title's stops being asked once play starts)."""
from __future__ import annotations

import pytest

from .conftest import missing_findings, validate_named

# program -> [(layer, kind, line, words the message must contain)]
EXPECTED = {
    "fail_hopper_just_down_in_helper": [("l3", "never_fires", 20, "the JustDown call at line 27 asks first in the same frame")],
    "fail_backpack_tooltip_at_slot_local": [("l2", "misplaced", 17, "slot is a child of this.panel (line 11), made away from (0, 0)")],
    "fail_hit_flash_decay_per_ms": [("l2", "wrong_argument", 18, "one frame (16.7 ms) takes away 33.4, more than the 0.6 it is ever set to (line 13)")],
    "fail_dash_cooldown_cleared_on_yoyo": [("l2", "never_fires", 18, "onYoyo runs at each turn of the yoyo, the first after one duration (100 ms)")],
    "fail_lava_glow_zone_rebuilt": [("l2", "never_fires", 16, "the emitter keeps the first, so its zone stays where it was made")],
    "fail_archer_release_on_bow": [("l2", "never_fires", 15, "an object's pointerup comes only when the pointer is released over the object")],
    "fail_fast_forward_tween_scale_for_timers": [("l2", "never_fires", 24, "the tween manager's timeScale speeds up tweens only")],
    "fail_mine_lamp_rect_in_cells": [("l2", "wrong_argument", 30, "reads its shape in world pixels, and this.col, this.row count tiles")],
    "fail_flood_area_blank_layer_nulls": [("l2", "never_fires", 30, "getTileAt() returns null for an empty cell (nonNull is false)")],
    "fail_defuse_countdown_overwrites_win": [("l2", "never_fires", 25, "its callback (line 16) asks no flag the ending sets, so it still calls this.finish('boom') (line 19)")],
    "fail_round_restart_score_event_piles_up": [("l2", "never_fires", 7, "a shutdown leaves the scene's own emitter as it is")],
    "fail_shop_buy_label_takes_click": [("l3", "never_fires", None, "a Text made interactive with no pointer handler of its own (104x27) made after it lies over it")],
    "fail_level_select_container_hit_offset": [("l3", "misplaced", None, "a Container at (120, 130) draws at (70, 90)..(170, 170) but its hit area covers (20, 50)..(120, 130)")],
    "fail_quiz_questions_shuffled_copy_unread": [("l2", "never_fires", 6, "shuffles a copy of QUESTIONS, and nothing reads order again")],
    "fail_garden_layer_offset_click": [("l2", "wrong_argument", 17, "the cells are drawn from the layer this.map.createLayer(0, tiles, LEFT, TOP) (line 13), 144 px further right")],
    "fail_asteroid_pool_reused_still": [("l2", "never_fires", 16, "rock.enableBody(true, ...) (line 16) takes rock back from the pool and stops its body")],
    "fail_three_stages_win_one_early": [("l2", "wrong_argument", 23, "this.stage counts from 1 (line 6) and is raised before the test")],
    "fail_spell_letters_key_lower_case": [("l2", "never_fires", 20, "which is lower case for a letter pressed without Shift, and the words in LIST (line 2) are all upper case")],
    "fail_safe_dial_angle_wrapped": [("l2", "wrong_argument", 11, "reads back wrapped to -180..180")],
    "fail_drum_pattern_alias_played_away": [("l2", "never_fires", 19, "is the same array, not a copy, so notes.shift() (line 19) takes the entries out of this.pattern itself")],
    "fail_matter_space_drift_gravity_x_only": [("l2", "wrong_argument", 5, "takes y as 1 when it is left out")],
    "fail_matter_rope_chain_pixel_offsets": [("l2", "wrong_argument", 7, "chain() takes its offsets as fractions of each body's size")],
    "fail_matter_layers_category_three": [("l2", "wrong_argument", 2, "LAYER.BLUE = 3 is not a power of two")],
    "fail_matter_goal_sensor_assigned": [("l2", "never_fires", 10, "the assignment is ignored (strict code throws) and the body stays solid")],
    "fail_matter_superball_circle_drops_options": [("l2", "never_fires", 13, "setCircle() makes a new body from Phaser's defaults")],
    "fail_matter_ghost_mask_local_leaves_walls": [("l2", "never_fires", 27, "category 1 is not among them")],
    "fail_matter_paddles_keep_category_one": [("l2", "never_fires", 13, "p is given no category of its own, so it keeps category 1, and this.ball's list (line 10) leaves 1 out")],
    "fail_matter_bucket_parts_label": [("l2", "never_fires", 18, "Matter reports collisions between its parts, each with a label of its own")],
    "fail_rain_drops_between_fractions": [("l2", "wrong_argument", 7, "between 0.1 and 0.9 it gives only 0 or 1")],
    "fail_level_intro_zoom_callback_as_ease": [("l2", "wrong_argument", 11, "in slot 3 the function is taken as 'ease'")],
    "fail_bubble_rounds_wait_flag_kept": [("l2", "never_fires", 21, "nothing sets it false again (only where the scene starts, line 6)")],
    "fail_rowing_alternate_keycode_vs_key": [("l2", "never_fires", 11, "compares e.keyCode with this.last, which holds e.key (line 12)")],
    "fail_cannon_wind_set_before_group_add": [("l2", "never_fires", 12, "is undone by this.shells.add(shell) (line 12)")],
    "fail_lift_state_compared_upper_case": [("l2", "never_fires", 14, "'IDLE' is written only in tests, and the value it is tested against is given as 'idle'")],
    "fail_tram_stops_at_exact_x": [("l2", "never_fires", 15, "passes STATION_X without ever being exactly it")],
    "fail_meteor_waves_world_time_scale_grows": [("l2", "wrong_argument", 12, "Arcade's timeScale divides its step (2 is half speed)")],
    "fail_bug_swarm_rate_changed_in_arrow": [("l2", "never_fires", 13, "copied the number when the timer was made")],
    "fail_flappy_resume_click_also_flaps": [("l2", "never_fires", 11, "returns only while this.paused is true: Phaser runs the object's handler first")],
}
WORKING = ["pass_hopper_just_down_kept", "pass_title_then_play_just_down_per_state", "pass_backpack_tooltip_panel_offset",
           "pass_backpack_tooltip_inside_panel", "pass_hit_flash_decay_per_ms_scaled", "pass_dash_cooldown_cleared_on_complete",
           "pass_flappy_resume_click_stopped", "pass_lava_glow_zone_moved", "pass_magnet_filings_pulled_in",
           "pass_archer_release_anywhere", "pass_paddle_follows_pointer_release_on_paddle", "pass_fast_forward_clock_scale",
           "pass_bullet_time_tweens_restored", "pass_mine_lamp_rect_in_pixels",
           "pass_flood_area_blank_layer_non_null", "pass_defuse_countdown_removed_on_finish", "pass_defuse_countdown_asks_over_flag",
           "pass_round_restart_score_event_off_on_shutdown", "pass_shop_buy_label_plain",
           "pass_level_select_container_hit_from_corner", "pass_quiz_questions_shuffled_copy_read",
           "pass_garden_layer_offset_subtracted", "pass_asteroid_pool_reused_speed_after", "pass_three_stages_win_after_last",
           "pass_spell_letters_key_upper_cased", "pass_safe_dial_shortest_between", "pass_drum_pattern_copy_played",
           "pass_matter_crates_mouse_spring_must_use", "pass_matter_space_drift_gravity_x_only_fixed",
           "pass_matter_rope_chain_pixel_offsets_fixed", "pass_matter_layers_category_three_fixed", "pass_matter_goal_sensor_assigned_fixed",
           "pass_matter_superball_circle_drops_options_fixed", "pass_matter_ghost_mask_kept_in_local",
           "pass_matter_paddles_given_category", "pass_matter_bucket_parent_label",
           "pass_rain_drops_float_between", "pass_level_intro_zoom_callback_fifth",
           "pass_bubble_rounds_wait_flag_cleared", "pass_courier_snaps_with_body_reset",
           "pass_rowing_alternate_keycode_kept", "pass_cannon_wind_set_after_create",
           "pass_lift_state_compared_as_given", "pass_tram_stops_when_reaching_x",
           "pass_runner_spawn_delay_reset_on_restart", "pass_jumper_bounces_off_moving_pads",
           "pass_cliff_jumper_falls_out_below", "pass_crate_runner_next_spawn_reset", "pass_pendulum_anchor_own_place",
           "pass_moles_tweened_through_masks", "pass_meteor_waves_world_time_scale_shrinks",
           "pass_bug_swarm_rate_given_to_timer", "pass_flippers_side_given_as_argument"]


@pytest.fixture(scope="module")
def records(browser_validator):
    return validate_named(browser_validator, list(EXPECTED) + WORKING + ["fail_magnet_filings_pulled_away", "fail_sun_pull_acceleration_from_sun",
                                                                         "pass_sun_pull_acceleration_to_sun"])


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



def test_a_pull_along_the_angle_from_the_magnet_is_a_push(records):
    rec = records["fail_magnet_filings_pulled_away"]
    assert not rec["passed"] and "l4:moves_away" in {r.split("@")[0] for r in rec["reasons"]}, rec["reasons"]
    issue = next(i for i in rec["validation"]["errors"] if i["code"] == "moves_away")
    assert issue["line"] == 14 and "Angle.Between(this.magnet, f)" in issue["message"] and "away from this.magnet" in issue["message"]
    # the same pull written as setAcceleration(Math.cos(a) * k, ...), and its mended copy
    rec = records["fail_sun_pull_acceleration_from_sun"]
    assert "l4:moves_away" in {r.split("@")[0] for r in rec["reasons"]}, rec["reasons"]
    assert records["pass_sun_pull_acceleration_to_sun"]["passed"], records["pass_sun_pull_acceleration_to_sun"]["reasons"]
