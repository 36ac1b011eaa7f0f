"""Mistakes left over from rounds 45-46 and those of rounds 47-48 of unseen programs, each a game rule or a data flow
written in correct Phaser calls: a threshold list whose first entry is always the one findIndex finds; a check that
reads .angle right after starting the tween that turns the piece; update(time) stepping by the time since the start; a
font string without a size; a seeded generator made on every pass of a loop; a goal cloned once from the pointer;
if/if-else overwriting what the first if set (also through setVelocityX); a bounce on a local copy of the velocity; a
group counted for a cap that nothing joins; an hour range that wraps joined with &&; a flag read right after it was
cleared; the scene clock measured against Date.now(); a frame's share rounded down before it is added; an array alias
left behind when the field gets a new array; a pool with maxSize whose members are only hidden; setSize() on an Image
shown as a bar; a value capped one below what it is compared with; a board of '' tested against null; a pure
function's result dropped; pixels against grid counters; setData read back as a property; Shuffle's array kept and
then emptied; a local written only by a later handler; the display list's length as a cap; a tween on an undisplayed
Graphics; one Graphics moved before each drawing; an Ellipse's width tweened; typed text against a number; indexOf as
a test; a hit area centred on an Image's corner; enableBody(false, x, y); Clamp's arguments out of order; isSleeping
with sleeping off; an edge passed by a body the world bounds keep in; a value compared right after it was copied; a
recycled object whose flag is never cleared.
Each broken program fails with its rule, line and message; the working ways pass, among them the fixed copies, the
idioms the rules leave alone (a medal list searched best first, !s.indexOf('#'), a pool filled once, a Rectangle's
width tweened, a closure counter, an if that returns before an if/else, cells made at (0, 0) and laid out by GridAlign,
whose { width: 5 } used to be read as the view's width, a title menu whose keys are added again only when the scene
runs again) and a Matter crate whose body.isSleeping used to be reported as a hallucinated
Arcade member."""
from __future__ import annotations

import pytest

from .conftest import missing_findings, validate_named

# program -> [(layer, kind, line, words the message must contain)]
EXPECTED = {
    "fail_boss_phases_find_first_threshold": [("l2", "never_fires", 18, "STAGES's first entry has the largest at (1), so any value that meets a later entry meets the first one too")],
    "fail_pipe_turn_checked_before_tween": [("l2", "never_fires", 17, "runs right after the tween that turns pipe (line 16) starts, and reads .angle")],
    "fail_windmill_spin_by_total_time": [("l2", "misplaced", 12, "steps by step, which is time / 1000 (line 11): update's first parameter is the time since the game started")],
    "fail_title_font_family_in_font": [("l2", "wrong_argument", 5, "so 'Georgia' is taken as the size and the CSS font is invalid")],
    "fail_stars_seeded_generator_each_star": [("l2", "misplaced", 6, "makes a new generator with the same seed on every pass")],
    "fail_firefly_follows_cloned_pointer": [("l2", "never_fires", 6, "copies where the pointer is when the scene starts, and nothing sets this.goal again")],
    "fail_rover_left_undone_by_else": [("l2", "never_fires", 13, "this.vx in if (this.keys.left.isDown) (line 10) is overridden at once by the if/else on line 13")],
    "fail_puck_bounce_on_local_copy": [("l2", "never_fires", 11, "turns vx, a copy of this.vel.x made for this frame, and nothing writes it back")],
    "fail_ship_left_undone_by_else_setter": [("l2", "never_fires", 14, "this.ship.setVelocityX(...) in if (this.cursors.left.isDown) (line 11) is overridden at once")],
    "fail_score_style_const_font_family": [("l2", "wrong_argument", 2, "so 'Verdana' is taken as the size")],
    "fail_hive_bees_never_in_group": [("l2", "never_fires", 10, "this.bees (line 6) is an empty group, and nothing is ever added to it")],
    "fail_street_lamps_night_range_and": [("l2", "never_fires", 13, "asks for this.hour to be at least 19 and below 7 at once, which no number is")],
    "fail_garden_dry_before_growth_check": [("l2", "never_fires", 17, "bed.wet = false (line 15) and then if (bed.wet && bed.size < 5) (line 17) reads it: it was just cleared")],
    "fail_fishing_reaction_two_clocks": [("l2", "wrong_argument", 12, "this.biteAt is set from the scene's clock, this.time.now (line 20) and compared with Date.now()")],
    "fail_mine_income_rounded_per_frame": [("l2", "wrong_argument", 12, "rounds one frame's share before adding it")],
    "fail_kitchen_orders_pushed_to_old_array": [("l2", "never_fires", 10, "fills queue, the array this.orders held at first (line 6), but this.orders = this.orders.slice(1) (line 17)")],
    "fail_diner_pool_guests_only_hidden": [("l2", "never_fires", 13, "takes from a pool of maxSize 3 (line 7), and nothing ever makes a member inactive again")],
    "fail_steak_bar_image_set_size": [("l2", "never_fires", 15, "changes the size an Image gives input and physics, not what is drawn")],
    "fail_orchard_ripe_stage_past_cap": [("l2", "never_fires", 15, "waits for .stage to reach RIPE (STAGES.length), but it is capped at STAGES.length - 1 (line 11)")],
    "fail_noughts_empty_cell_null_test": [("l2", "never_fires", 15, "tests for null, but this.cells is filled with '' and nothing ever puts null in it")],
    "fail_lights_out_toggle_result_dropped": [("l2", "never_fires", 19, "throws away what toggled() returns: it changes nothing itself")],
    "fail_fog_pixels_against_cells": [("l2", "wrong_argument", 25, "measures from a place in pixels to a cell's column and row")],
    "fail_dice_hold_read_as_property": [("l2", "never_fires", 13, "'held' is kept with setData(), in the object's data manager, so die.held is undefined")],
    "fail_solitaire_reshuffle_same_array": [("l2", "never_fires", 14, "keeps this.discard itself, not a copy (Shuffle shuffles the array in place and returns it)")],
    "fail_balloon_tween_ellipse_width": [("l2", "never_fires", 6, ": an ellipse shape is drawn from a path made when it is created (or by")],
    "fail_beacon_blink_tweens_texture_graphics": [("l2", "never_fires", 9, "animates a graphics made with this.make.graphics() off the display li")],
    "fail_bubbles_one_graphics_moved_per_draw": [("l2", "misplaced", 8, "moves g before each drawing in the loop, but a Graphics draws all its")],
    "fail_confetti_cap_counts_display_list": [("l2", "wrong_argument", 10, "counts every object on the scene's display list, also the 2 made in c")],
    "fail_crate_stack_waits_for_sleep": [("l2", "never_fires", 16, "waits for a Matter body to sleep, but the Matter config never sets en")],
    "fail_golf_power_clamp_value_last": [("l2", "wrong_argument", 12, ": Clamp takes (value, min, max), so 0 is taken for the value and this.")],
    "fail_kite_goal_local_written_by_handler": [("l2", "never_fires", 9, "writes gx in a handler that runs after this function is over, and gx")],
    "fail_pinball_drain_below_bounds": [("l2", "never_fires", 12, "waits for this.ball to pass the bottom edge, but its body collides wi")],
    "fail_pong_ai_clamp_bounds_first": [("l2", "wrong_argument", 15, ": Clamp takes (value, min, max), so -AI_SPEED is taken for the value a")],
    "fail_pool_cue_ball_enable_without_reset": [("l2", "never_fires", 14, ": with reset false, enableBody() ignores the place given (SPOT.x, SPOT")],
    "fail_shape_quiz_hit_circle_at_corner": [("l2", "misplaced", 11, "places the hit area as if (0, 0) were the middle of round, but a hit")],
    "fail_slalom_gates_keep_passed_flag": [("l2", "never_fires", 22, "and the test needs it false, but gate is put back to be met again (li")],
    "fail_sprint_last_key_saved_before_test": [("l2", "never_fires", 12, "and then if (side !== this.last) (line 12): the two were made equal o")],
    "fail_sums_typed_text_against_number": [("l2", "never_fires", 13, "compares this.typed, text built from the keys typed, with this.answer")],
    "fail_word_guess_index_of_as_test": [("l2", "wrong_argument", 13, "is used as true or false, but indexOf() gives a position: -1 when not")],
}

WORKING = ["pass_boss_phases_find_last_threshold", "pass_reward_tiers_find_first_met", "pass_pipe_turn_checked_on_complete",
           "pass_windmill_spin_by_delta", "pass_tide_level_from_total_time", "pass_title_font_family",
           "pass_title_font_shorthand", "pass_stars_seeded_generator_once", "pass_levels_seeded_generator_per_level",
           "pass_firefly_goal_copied_on_move", "pass_ghost_returns_to_start_point", "pass_rover_else_if",
           "pass_lamp_default_then_override", "pass_puck_bounce_written_back", "pass_hive_bees_added_to_group",
           "pass_ship_else_if_setter", "pass_score_style_const_font_family",
           "pass_dash_flag_cleared_then_set_by_helper",
           "pass_dice_hold_read_with_get_data",
           "pass_diner_pool_guests_killed",
           "pass_fishing_reaction_scene_clock",
           "pass_fog_cells_in_pixels",
           "pass_garden_growth_check_then_dry",
           "pass_kitchen_orders_shifted_in_place",
           "pass_lights_out_toggle_result_kept",
           "pass_log_helper_called_for_effect",
           "pass_mine_income_exact_share",
           "pass_noughts_empty_cell_blank_test",
           "pass_orchard_ripe_stage_at_cap",
           "pass_solitaire_reshuffle_copy",
           "pass_steak_bar_image_crop",
           "pass_street_lamps_night_range_or",
           "pass_wave_pool_filled_once_in_create",
           "pass_balloon_tween_scale",
           "pass_beacon_blink_tweens_image",
           "pass_bubbles_drawn_at_their_places",
           "pass_clicks_counted_in_closure",
           "pass_confetti_cap_counts_own",
           "pass_crate_stack_sleeping_enabled",
           "pass_golf_power_clamp",
           "pass_hash_tag_starts_idiom",
           "pass_kite_goal_field_set_by_handler",
           "pass_pinball_drain_bottom_open",
           "pass_pong_ai_clamp",
           "pass_pool_cue_ball_enable_with_reset",
           "pass_progress_rectangle_width_tween",
           "pass_shape_quiz_hit_circle_centred",
           "pass_slalom_gates_flag_cleared",
           "pass_sprint_last_key_saved_after_test",
           "pass_sums_typed_text_as_number",
           "pass_word_guess_includes",
           "pass_lights_grid_align_cells_at_origin", "pass_match_status_first_if_returns",
           "pass_title_menu_keys_after_intro_chain"]


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
