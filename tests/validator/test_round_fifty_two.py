"""Mistakes of round 52 of unseen programs (board and card games for two, Matter toys, idle games and RPG menus,
seed tasks), each written in correct Phaser calls: a === b === c, a cell cleared before it is copied, slice(10, 10),
(a - b) % 3 and (i + step) % n with a step of -1, a score copied out of its table and changed only in the local, a
data key built from a turn that counts from 0 while the keys count from 1, an Arcade process callback that returns
nothing, a contact counted in 'collisionactive', getDuration() read when the key is let go, compound parts made with
matter.add (already world bodies), a price raised with Math.floor that never grows, a registry object changed in place
with a changedata listener, on('wake') in a scene that is only paused and resumed, Math.abs() at the right edge,
setAngle(rate * delta) in update(), a centred box clamped as if placed by its corner, setLength(MAX) for a cap, and
the highest block taken with Math.max of y; from the racing set, laps =+ 1, every() over new Array(n)'s holes, a best
time kept with Math.min from 0, a refill capped with Math.max at its top, setToPolar(speed, angle), and a data flag read
that nothing stores; a field compared with a literal that only ever holds that literal, and a cap tested with > before
the one more is added; splice(i) with no count right after reading the item at i (a trail cut at an index passes); a Matter nextGroup() with no categories or masks (a colliding group changes
nothing). From round 53 (puzzles, shooters, seeds): a Set of a board's rows, an unanchored /[a-z]/ before the
Backspace branch, |dx + dy| as a step count, flat-board neighbours i - 1 / i + 1 with no column test, a run-length
count that drops the last run, a 3 x 3 neighbour loop that stops at 8, a timer started in update() under a test
nothing in its branch changes, an endless tween's onComplete awaited after stop(), an Arcade body.position.set(), a
next-shot time compared before it is ever set, Math.round(hp / MAX) * 100, for...in row indexes added as numbers,
getFirst(true) to take a free pool member, a group counted before the member that empties it is destroyed, and a pool
with a maxSize filled by create() while its members are put away with killAndHide(); from the platformer and
learning sets, a delta-fed count tested against seconds, a body's gravity set to 0 beside a world gravity (onLadder ?
0 : G), `falling = velocity.y < 0`, a group's setVelocityX before its members exist, scores sorted with sort() and no
compare function, and a list stored in localStorage without JSON.stringify and read back with JSON.parse; a group's setVelocityY when its members are made only later by a timer,
width / 2 read off an image scaled in the same line, and a sequence aliased and then shifted empty. Round 54 (arcade classics, sims, toys): toString(16) joined
without padding, { ...saved, ...DEFAULTS }, return to leave forEach, setScale(percent), indexOf(...) > 0, a switch case
with no break, a swap through setData with no temporary, forEach's result used as a test, and a kept Vector2 changed
by subtract(); a catch log indexed with (casts - 1) % n after the count is raised passes. Also
Distance.Between(..., hole.x, hole.x), a ternary whose test is a joined text, includes([col, row]), an emitter's on
read as a flag, off() with a new bind(), Angle.Wrap on an angle used in degrees, and Actions.ScaleXY for a set size. From the task text: an animation the task
loops ("循环播放") made with a tween that plays once, and a shape made on each click through input.once(); a tween made
in a collider's callback under a task that bounces forever passes.
Each broken program fails with its rule, line and message; the fixed copies pass, and so does a must-use keyboard Key
met by addKeys()."""
from __future__ import annotations

import pytest

from .conftest import missing_findings, validate_named

# program -> [(layer, kind, line, words the message must contain)]
EXPECTED = {
    "fail_lines_chained_equality": [("l2", "never_fires", 17, "compares the true or false of this.cells[a] === this.cells[b] with this.cells[c]")],
    "fail_checkers_cell_cleared_before_copy": [("l2", "misplaced", 16, "copies this.grid[r0][c0], which line 15 has just set to 0")],
    "fail_war_deal_slice_same_bounds": [("l2", "never_fires", 5, "deck.slice(10, 10) (line 5) starts and ends at 10, so it is always empty")],
    "fail_rps_difference_remainder": [("l2", "wrong_argument", 15, "JavaScript's % keeps the sign of you - cpu")],
    "fail_menu_wrap_step_remainder": [("l2", "wrong_argument", 11, "keeps the sign of this.current + step")],
    "fail_pig_bank_local_copy": [("l2", "never_fires", 20, "nothing in the program ever writes into this.totals")],
    "fail_duel_score_key_from_zero_turn": [("l2", "never_fires", 13, "the first one read is 'points0', which nothing sets")],
    "fail_gates_process_without_return": [("l2", "never_fires", 12, "the process callback of collider() (line 12) returns nothing")],
    "fail_crates_impacts_counted_while_touching": [("l2", "misplaced", 13, "this.hits counts up in a 'collisionactive' handler")],
    "fail_plunger_duration_on_up": [("l2", "never_fires", 9, "space.getDuration() (line 9) in the 'up' handler")],
    "fail_lblock_parts_added_to_world": [("l2", "misplaced", 7, "parts: [tall, foot] (line 7) are made with this.matter.add.rectangle()")],
    "fail_farm_price_floored_growth": [("l2", "never_fires", 17, "from 5, 5 * 1.1 = 5.5 rounds down to 5 again")],
    "fail_gear_registry_object_changed_in_place": [("l2", "never_fires", 9, "is changed in place (line 9) and never set again, so 'changedata-hero' never fires")],
    "fail_shop_wake_after_resume": [("l2", "never_fires", 10, "the scene emits 'wake' only after sleep(), but this program uses pause() and resume()")],
    "fail_ball_edge_abs_keeps_sign": [("l2", "never_fires", 14, "this.vel.x = Math.abs(this.vel.x) (line 14) at the right edge")],
    "fail_wheel_angle_set_to_step": [("l2", "never_fires", 10, "sets this.wheel.angle to one frame's step")],
    "fail_box_clamped_from_corner": [("l2", "wrong_argument", 11, "as for a box placed by its corner, but this.box is drawn centred")],
    "fail_sling_pull_set_length": [("l2", "wrong_argument", 12, "setLength(MAX_DRAG) (line 12) makes the vector exactly MAX_DRAG long")],
    "fail_stack_top_by_max_y": [("l2", "wrong_argument", 13, "y grows downwards, so the largest y is the lowest one")],
    "fail_rounds_counter_plus_assign_typo": [("l2", "never_fires", 7, "this.rounds =+ 1 (line 7) is this.rounds = +1")],
    "fail_lamps_all_lit_over_holes": [("l2", "never_fires", 11, "this.lit = new Array(5) (line 4) makes empty slots (holes)")],
    "fail_reaction_best_from_zero": [("l2", "never_fires", 11, "this.best starts at 0 (line 4) and is kept with Math.min(this.best, took) (line 11)")],
    "fail_potion_heal_capped_with_max": [("l2", "wrong_argument", 7, "this.hp starts at 100, its top, and Math.max makes 100 the least it can be")],
    "fail_boat_polar_args_swapped": [("l2", "wrong_argument", 12, "setToPolar(this.speed, this.boat.rotation) (line 12) takes the angle first")],
    "fail_dodge_scored_flag_never_stored": [("l2", "never_fires", 17, "reads 'scored', which nothing in the program ever stores")],
    "fail_metronome_side_never_stored": [("l2", "never_fires", 12, "tests this.lastSide, which is only ever set to 0 (line 6)")],
    "fail_quiver_splice_without_count": [("l2", "never_fires", 19, "has no count, so it removes everything from slot to the end")],
    "fail_spirits_colliding_group": [("l2", "never_fires", 5, "makes a colliding group: its members always collide with each other")],
    "fail_blaster_next_shot_undefined": [("l2", "never_fires", 9, "if (pointer.isDown && time > this.nextShot) (line 9) compares with thi")],
    "fail_boss_percent_rounded_first": [("l2", "wrong_argument", 10, "Math.round(this.hp / BOSS_MAX_HP) * 100 (line 10) rounds the fraction ")],
    "fail_bugs_counted_before_destroy": [("l2", "never_fires", 13, "if (this.bugs.countActive() === 0) (line 13) counts this.bugs before b")],
    "fail_checkpoint_body_position_set": [("l2", "never_fires", 9, "this.runner.body.position.set(this.mark.x, this.mark.y) (line 9) moves")],
    "fail_clues_last_run_dropped": [("l2", "never_fires", 6, "the loop of line 6 adds a run to out only when it ends inside the line")],
    "fail_darts_pool_get_first_active": [("l2", "never_fires", 9, "this.darts.getFirst(true) (line 9) looks for a member that is already ")],
    "fail_flood_set_of_rows": [("l2", "never_fires", 15, "new Set(this.cells) (line 15): this.cells is a list of rows (read as t")],
    "fail_ghost_blink_endless_on_complete": [("l2", "never_fires", 9, "the tween of line 9 repeats forever (repeat: -1), so it never complete")],
    "fail_mines_neighbour_loop_short": [("l2", "never_fires", 12, "i < 8 (line 12) walks the block around a cell, 3 wide, by (i % 3) - 1 ")],
    "fail_rows_for_in_points": [("l2", "wrong_argument", 10, "for (... row in ROW_COLOURS) (line 7) gives the array's indexes as str")],
    "fail_slide_tiles_abs_of_sum": [("l2", "wrong_argument", 14, "Math.abs(dx + dy) !== 1 (line 14): |dx + dy| is not the number of step")],
    "fail_spell_letters_unanchored": [("l2", "never_fires", 8, "/[a-z]/i.test(event.key) (line 8) is not anchored, so it is true for '")],
    "fail_switches_flat_neighbours_wrap": [("l2", "wrong_argument", 10, "[i, i-1, i+1, i-W, i+W] (line 10) takes the left and right neighbours ")],
    "fail_waves_timer_every_frame": [("l2", "misplaced", 21, "this.time.delayedCall() (line 21) is started in update() while this.ta")],
    "fail_sparks_pool_filled_by_create": [("l2", "never_fires", 7, "makes a new member every time, and the pool's maxSize (line 5) stops it at 10")],
    "fail_history_stored_without_stringify": [("l2", "never_fires", 12, "localStorage.setItem(KEY, this.history) (line 12) stores this.history ")],
    "fail_ledge_grace_seconds_vs_ms": [("l2", "wrong_argument", 17, "this.offGround < GRACE (line 17): this.offGround adds up delta, which ")],
    "fail_scores_sorted_as_text": [("l2", "wrong_argument", 10, "this.best.sort() (line 10) with no compare function orders the numbers")],
    "fail_sentries_group_speed_before_members": [("l2", "never_fires", 6, "this.sentries.setVelocityX(120) (line 6) sets the velocity of the memb")],
    "fail_stomp_falling_sign": [("l2", "wrong_argument", 11, "falling = hero.body.velocity.y < 0 (line 11): y grows downwards, so a ")],
    "fail_vine_gravity_zero_under_world": [("l2", "never_fires", 12, "this.climber.body.setGravityY(onVine ? 0 : FALL) (line 12) sets the bo")],
    "fail_echo_sequence_alias_shifted": [("l2", "never_fires", 13, "this.left = this.sequence (line 13) makes both names hold the one arra")],
    "fail_meteors_group_speed_before_spawns": [("l2", "never_fires", 6, "this.meteors.setVelocityY(150) (line 6) sets the velocity of the membe")],
    "fail_shelf_half_width_unscaled": [("l2", "wrong_argument", 6, "shelf.width (line 6) is the frame's own size, before the setScale of l")],
    "fail_backpack_return_in_for_each": [("l2", "never_fires", 12, "return (line 12) leaves only this one step of this.slots.forEach(), wh")],
    "fail_cards_swap_without_temp": [("l2", "never_fires", 10, "this.b.setData('slot', this.a.getData('slot')) (line 10) reads what li")],
    "fail_fleet_edge_for_each_result": [("l2", "never_fires", 9, "this.ships.forEach(...) (line 9) gives undefined whatever its callback")],
    "fail_grid_cursor_case_falls_through": [("l2", "misplaced", 8, "case 'ArrowLeft' (line 8) has no break, so it runs on into case 'Arrow")],
    "fail_mixer_hex_without_padding": [("l2", "wrong_argument", 13, "v.toString(16) (line 13) gives one digit for a channel below 16 (4 is ")],
    "fail_options_defaults_over_saved": [("l2", "never_fires", 7, "{ ...saved, ...DEFAULTS } (line 7): later keys win, so DEFAULTS is wri")],
    "fail_rocket_aim_subtract_in_place": [("l2", "misplaced", 7, "this.base.pos.subtract(start) (line 7) changes this.base.pos itself an")],
    "fail_sorter_index_of_above_zero": [("l2", "never_fires", 10, "this.takes.indexOf(kind) > 0 (line 10) misses the first element, which")],
    "fail_zoom_percent_as_scale": [("l2", "wrong_argument", 12, "setScale(this.percent) (line 12) takes a factor (1 is the own size), a")],
    "fail_compass_radian_wrap_degrees": [("l2", "wrong_argument", 7, "this.heading = Phaser.Math.Angle.Wrap(this.heading + 15) (line 7) keep")],
    "fail_feeder_off_with_new_bind": [("l2", "never_fires", 12, "this.input.off('pointerdown', this.drop.bind(this)) (line 12) hands of")],
    "fail_garden_includes_new_pair": [("l2", "never_fires", 8, "PATH.includes([col, row]) (line 8) looks for a new array, and includes")],
    "fail_putt_distance_x_twice": [("l2", "wrong_argument", 14, "Phaser.Math.Distance.Between(this.ball.x, this.ball.y, this.hole.x, th")],
    "fail_quiz_ternary_on_concat": [("l2", "never_fires", 13, "'Score ' + this.right + '/3 - ' + this.right >= 2 ? 'Passed' : 'Try ag")],
    "fail_snow_emitter_on_as_flag": [("l2", "never_fires", 8, "this.snow.on (line 8) is the emitter's event method since 3.60, not wh")],
    "fail_tiles_scale_xy_added": [("l2", "wrong_argument", 9, "Phaser.Actions.ScaleXY(tiles, SIZE / TEX) (line 9) adds SIZE / TEX to ")],
    "fail_bubbles_cap_tested_before_add": [("l2", "wrong_argument", 9, "runs before the new one is added (this.bubbles.add(...): at exactly MAX_BUBBLES")],
}

WORKING = ["pass_lines_checked_pairwise", "pass_checkers_copy_then_clear", "pass_war_deal_slice_halves",
           "pass_rps_difference_plus_three", "pass_menu_wrap_adds_length", "pass_pig_bank_into_table",
           "pass_duel_score_key_turn_plus_one", "pass_gates_process_returns", "pass_crates_impacts_on_start",
           "pass_plunger_duration_field", "pass_lblock_parts_from_bodies", "pass_farm_price_ceiled",
           "pass_gear_registry_set_again", "pass_shop_resume_after_pause", "pass_ball_edge_negated_abs",
           "pass_wheel_angle_moved_by_step", "pass_box_clamped_by_half", "pass_sling_pull_limit", "pass_stack_top_by_min_y",
           "pass_stats_points_keys_from_add_keys", "pass_rounds_counter_plus_assign", "pass_lamps_all_lit_filled",
           "pass_reaction_best_from_infinity", "pass_potion_heal_capped_with_min", "pass_boat_polar_angle_first",
           "pass_dodge_scored_flag_stored", "pass_metronome_side_stored", "pass_board_size_field_compared",
           "pass_bubbles_cap_tested_with_at_least", "pass_quiver_splice_one", "pass_trail_cut_at_index",
           "pass_pulse_tween_repeats", "pass_taps_stars_input_on", "pass_trampoline_squash_per_bounce",
           "pass_spirits_non_colliding_group", "pass_sparks_pool_get",
           "pass_compass_degree_wrap", "pass_feeder_off_same_handler", "pass_garden_some_pair", "pass_putt_distance_to_hole", "pass_quiz_ternary_bracketed", "pass_snow_emitter_emitting", "pass_tiles_set_scale", "pass_glider_tween_kept_beside_vector", "pass_drift_guarded_for_each_statement",
           "pass_backpack_return_in_for_of", "pass_cards_swap_with_temp", "pass_catch_log_after_first_cast", "pass_fleet_edge_some", "pass_grid_cursor_case_breaks", "pass_mixer_hex_padded", "pass_options_saved_over_defaults", "pass_rocket_aim_subtract_clone", "pass_sorter_index_of_found", "pass_zoom_percent_over_hundred",
           "pass_echo_sequence_copied", "pass_meteors_group_config_speed", "pass_shelf_half_display_width",
           "pass_history_stored_as_json", "pass_ledge_grace_in_ms", "pass_scores_sorted_by_number", "pass_sentries_group_speed_after_members", "pass_stomp_falling_sign_down", "pass_vine_gravity_switched_off",
           "pass_blaster_next_shot_started", "pass_boss_percent_scaled_first", "pass_bugs_destroyed_then_counted", "pass_checkpoint_body_reset", "pass_clues_last_run_kept", "pass_darts_pool_get_first_free", "pass_flood_set_of_cells", "pass_ghost_blink_on_stop", "pass_mines_neighbour_loop_nine", "pass_rows_counted_loop_points", "pass_slide_tiles_sum_of_abs", "pass_spell_letters_anchored", "pass_switches_neighbours_by_column", "pass_waves_timer_once_with_flag"]

# task-text mistakes: program -> (reason, line, words of the message)
TASK_FIT = {
    "fail_pulse_tween_plays_once": ("l4:tween_once", 5, "the tween (line 5) has no repeat and nothing plays it again"),
    "fail_taps_stars_input_once": ("l4:click_once", 6, "input.once() (line 6) runs its handler for the first click only"),
}


@pytest.fixture(scope="module")
def records(browser_validator):
    return validate_named(browser_validator, list(EXPECTED) + WORKING + list(TASK_FIT))


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


@pytest.mark.parametrize("name", sorted(TASK_FIT))
def test_task_asks_for_more_than_the_code_does(records, name):
    reason, line, words = TASK_FIT[name]
    rec = records[name]
    assert rec["reasons"] == [reason], rec["reasons"]
    issue = next(i for i in rec["validation"]["errors"] if f"{i['layer']}:{i['code']}" == reason)
    assert issue["line"] == line and words in issue["message"], issue
