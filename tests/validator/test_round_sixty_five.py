"""Mistakes left open from round 64 and found in round 65's sets, each written in correct Phaser calls.
Round 64's left-overs: a pop tween ended with complete(), whose onComplete counts a miss; onActive taken for onStart;
answers shuffled in place before the right one is read by its old index; `in` on flags made false; the scene clock
paused across a restart; a looping timer removed by removeAllEvents() in its own callback; the clock sped up for one
plot; a facing reset every frame while still; a missing field added as NaN; a tween handle replaced before stop(); a
collider kept on the first ball; a row reversed beside a copy; an overlay left over a restart; a selection read when
a timer fires; a turn total reset on one way of passing only; a jump stepped past; a line shown again by a
post-increment; a flick released on the object; a row index into the unsorted list; sibling lists indexed apart; a
capture by steps walked.
Round 65: card games (|| a bare string, a post-increment written back, NumberArrayStep's end, an ace never spent, a
second splice shifted, a drawn card compared with itself, another card redrawn, won cards pushed on top), the user's
seeds (bounds that stop nothing, immovable balls, a timer that pauses itself, a zeroed facing vector, a zoom start
set after zoomTo, a mapper given the element, a floor tile taken for a wall, a jump pushed down, shots recycled past
one edge), runners (a zone sized after its body, a request never cleared, a flat hitbox on an upright beam, a tween's
duration changed, a swipe from prevPosition, an end that skips the save), toys (a double buffer shared, the last
press followed, a pull given as a speed, a force never cleared, a decimal parsed as an int, a tween function's index
taken for its key, a stream stopped by body.reset()) and sports (a scene gravity replacing the game's, a sorted scan
that never stops, a release along the radius, movementX without a lock); and a working fountain whose label has the
word the clamp rule took for the raw value.
Each broken program fails with its rule, line and message; each fixed copy passes with no finding."""
from __future__ import annotations

from pathlib import Path

import pytest

from .conftest import missing_findings, validate_named

DATA = Path(__file__).resolve().parents[1] / "data" / "validator"

# program -> [(layer, kind, line, words the message must contain)]
EXPECTED = {
    "fail_whack_complete_runs_miss": [("l2", "wrong_argument", 69, "mole.getData('tween').complete() (line 69) ends the tween through its onComplete (line 55), which co")],
    "fail_quickdraw_active_before_delay": [("l2", "wrong_order", 41, "onActive (line 41) runs as soon as the tween is added, before its delay of Phaser.Math.Between(2000,")],
    "fail_trivia_index_after_shuffle": [("l2", "wrong_order", 42, "Phaser.Math.RND.shuffle(q.answers) (line 41) shuffles q.answers in place, so q.answers[q.correct] (l")],
    "fail_novel_flag_key_tested": [("l2", "wrong_argument", 57, "c.requires in this.flags (line 57) asks whether the key exists, and this.flags is made with every fl")],
    "fail_slicer_clock_paused_restart": [("l2", "state_not_updated", 92, "this.time.paused = true (line 92) pauses the scene's clock, and scene.restart() (line 44) keeps that")],
    "fail_shop_loop_timer_removed": [("l2", "state_not_updated", 46, "this.time.removeAllEvents() (line 46) in the callback of the looping timer made at line 25 removes t")],
    "fail_farm_clock_sped_for_one": [("l2", "wrong_target", 65, "this.time.timeScale = 2 (line 65) in water(plot) speeds up the scene's clock, so every timer on it r")],
    "fail_brawler_flip_reset_when_still": [("l2", "state_not_updated", 50, "this.hero.setFlipX(vx < 0) (line 50) runs every time, also when vx is 0 because no key is down: the ")],
    "fail_dungeon_facing_reset_when_still": [("l2", "state_not_updated", 53, "this.facing = vx < 0 ? 'left' : vx > 0 ? 'right' : vy < 0 ? 'up' : 'down' (line 53) runs every time,")],
    "fail_story_trust_field_missing": [("l2", "wrong_argument", 43, "this.trust += choice.trust (line 43) adds choice.trust, and the item at line 9 (label: 'Say nothing'")],
    "fail_stacker_slide_replaced_before_stop": [("l2", "wrong_order", 62, "this.slide.stop() (line 62) comes after this.spawnBlock(right - left) (line 61), which has already p")],
    "fail_pinball_collider_first_ball": [("l2", "never_fires", 37, "physics.add.collider(this.ball, …) (line 37) holds the ball there is when create() runs; serve() mak")],
    "fail_merge2048_row_reversed_in_place": [("l2", "state_not_updated", 55, "this.row.reverse() (line 55) reverses this.row itself in place, while the other branch, this.row.sli")],
    "fail_runner_overlay_never_stopped": [("l2", "state_not_updated", 80, "this.scene.get('Run').scene.restart() (line 80) restarts 'Run' from the overlay 'Over', launched ove")],
    "fail_store_restock_reads_selection": [("l2", "stale_state", 55, "this.selected.stock (line 55) is read when the delayedCall fires, not when it was scheduled (line 54")],
    "fail_pig_turn_total_carried": [("l2", "state_not_updated", 74, "this.nextTurn() (line 74) passes the turn without setting this.turnTotal back to 0, as the other way")],
    "fail_innkeeper_jump_then_step": [("l2", "off_by_one", 40, "scene.index = line.choices[n].goto (line 39) jumps to the line meant, and advance(scene) (line 40) s")],
    "fail_oldman_line_post_increment": [("l2", "off_by_one", 54, "LINES[this.lineIndex++] (line 54) reads this.lineIndex before moving it on, and onSpace() already sh")],
    "fail_papertoss_release_on_ball": [("l2", "never_fires", 47, "this.ball.on('pointerup', …) (line 47) runs only when the pointer is let go over this.ball, and the ")],
    "fail_shop_row_index_unsorted": [("l2", "wrong_argument", 50, "STOCK[i] (line 50) looks up the row's index in STOCK, but the rows are made from this.wares, a sorte")],
    "fail_settings_value_by_row_index": [("l2", "wrong_argument", 26, "opt.values[i] (line 26) reads opt.values at the row's index i, while opt.values[this.choice[i]] (lin")],
    "fail_freecell_red_or_bare_string": [("l2", "wrong_argument", 63, "card.suit === '♥' || '♦' (line 63): the right side of || is '♦' on its own, which is always true, so")],
    "fail_hilo_card_compared_with_itself": [("l2", "wrong_order", 34, "next.value - scene.current.value (line 34) compares next with scene.current, but drawCard() (line 33")],
    "fail_blackjack_ace_never_spent": [("l2", "state_not_updated", 11, "while (total > 21 && aces > 0) (line 11) never takes from aces in its body, so aces > 0 stays true a")],
    "fail_ladders_turn_post_increment": [("l2", "state_not_updated", 78, "this.turn = this.turn++ % this.players.length (line 78): this.turn++ gives the old value and then ad")],
    "fail_bridge_step_array_no_ace": [("l2", "off_by_one", 31, "Phaser.Utils.Array.NumberArrayStep(2, 14) (line 31) stops before its end, so it never holds 14, whil")],
    "fail_klondike_other_card_redrawn": [("l2", "state_not_updated", 82, "this.refresh(card); (line 82) redraws card, while the line before set exposed.faceUp: refresh() show")],
    "fail_pairs_second_splice_shifted": [("l2", "off_by_one", 54, "this.hand.splice(j, 1); (line 54) comes after this.hand.splice(i, 1); (line 53), which has moved eve")],
    "fail_ludo_capture_by_steps": [("l2", "wrong_argument", 88, "o.pos === token.pos (line 88) compares the steps two tokens have walked, each from its own player's ")],
    "fail_race_capture_by_progress": [("l2", "wrong_argument", 72, "this.progress[other] === this.progress[p] (line 72) compares the steps two tokens have walked, each ")],
    "fail_seed_bounds_collision_no_body": [("l2", "never_fires", 26, "this.physics.world.setBoundsCollision(…) (line 26) sets which edges of the world collide, but no bod")],
    "fail_seed_immovable_balls_pass": [("l2", "never_fires", 51, "physics.add.collider(this.balls, this.balls) (line 51) collides this.balls with itself, and the group makes every membe")],
    "fail_seed_regen_timer_pauses_itself": [("l2", "state_not_updated", 67, "this.regenTimer.paused = true (line 67) pauses the timer from its own callback, and nothing ever unp")],
    "fail_seed_dash_facing_zeroed": [("l2", "state_not_updated", 27, "this.facing.copy(dir) (line 27) runs every time, also when dir is 0 because no key is down: the faci")],
    "fail_seed_zoom_start_set_after": [("l2", "wrong_order", 36, "this.setupCamera() (line 36) sets the camera's zoom after this.playIntro() (line 35) started zoomTo(")],
    "fail_seed_checker_from_mapper_element": [("l2", "wrong_argument", 28, "Array.from({ length: COLS }, (x) => …) (line 28): the mapper's first argument is the element, undefi")],
    "fail_seed_path_floor_tile_counted": [("l2", "wrong_argument", 58, "this.layer.hasTileAt(…) (line 58) is true for every cell of a map made from numbers: the floor's num")],
    "fail_seed_jump_velocity_down": [("l2", "wrong_argument", 63, "setVelocityY(JUMP_VELOCITY) (line 63) gives the jump +380, and y grows downwards: the body is pushed")],
    "fail_flappy_gate_zone_sized_late": [("l2", "wrong_order", 66, "gate.setSize(…) (line 66) sizes the zone after physics.add.existing gave it a body (line 65): the bo")],
    "fail_runner_jump_request_never_cleared": [("l2", "state_not_updated", 53, "this.jumpQueued (line 53) asks for the action, and nothing sets it back to false once it is done (on")],
    "fail_timingbar_tween_duration_changed": [("l2", "never_fires", 48, "this.sweep.duration *= … (line 48) changes a field the running tween never reads (its timing lives i")],
    "fail_lanes_swipe_from_prev_position": [("l2", "wrong_argument", 46, "pointer.x - pointer.prevPosition.x (line 46) measures the move since the last pointer update, a pixe")],
    "fail_cliff_pit_skips_save": [("l2", "never_fires", 79, "scene.start('result'…) (line 79) goes to 'result' without endRun(), which saves the best before goin")],
    "fail_life_buffer_shared_after_swap": [("l2", "state_not_updated", 75, "this.grid = this.next; (line 75) makes this.grid the very array that this.next is: from the next ste")],
    "fail_aquarium_follows_last_press": [("l2", "wrong_argument", 56, "pointer.downX (line 56) is where the pointer was last pressed, read every frame: what follows it goe")],
    "fail_orbits_pull_given_as_speed": [("l2", "wrong_argument", 77, "this.physics.moveToObject(…, G / (dist * dist)) (line 77) sets the velocity straight at the target, ")],
    "fail_spring_force_never_cleared": [("l2", "state_not_updated", 43, "this.force.y += (line 43) adds to this.force every frame and nothing sets it back to zero: each step")],
    "fail_pendulums_decimal_parsed_as_int": [("l2", "wrong_argument", 32, "parseInt(label) (line 32) stops at the decimal point, so '0.5x' (line 27) gives 0, not 0.5 (parseFlo")],
    "fail_stadium_delay_index_is_key": [("l2", "wrong_argument", 39, "delay: (target, index) => … (line 39): a tween's function value is called with (target, key, value, ")],
    "fail_cave_upright_beam_flat_hitbox": [("l2", "misplaced", 47, "beam.setAngle(spec.upright ? 90 : 0) (line 47) turns the 'beam' picture (140 x 18) a quarter round, ")],
    "fail_seed_bullets_recycled_past_top": [("l2", "never_fires", 60, "bullet.y < bounds.top (line 60) takes a shot back only past one edge, but the shots fly wherever the")],
    "fail_snowfall_reset_stops_flakes": [("l2", "state_not_updated", 49, "flake.body.reset(…) (line 49) puts the body there at rest: its speed was set only when it was made (")],
    "fail_golf_scene_gravity_replaced": [("l2", "wrong_argument", 6, "gravity: { x: WIND } (line 6) in the scene's own physics config replaces the game's gravity: { y: 40")],
    "fail_bocce_sorted_scan_continues": [("l2", "wrong_argument", 64, "if (r.team !== lead) continue; (line 64) skips the others and counts on through ranked, sorted neare")],
    "fail_hammer_released_along_cable": [("l2", "wrong_argument", 53, "velocityFromRotation(this.theta,…) (line 53) sends it along this.theta, the direction from the centr")],
    "fail_freekick_movement_without_lock": [("l2", "never_fires", 41, "p.movementX (line 41) is filled only while the pointer is locked (input.mouse.requestPointerLock()),")],
    "fail_fountain_born_in_death_zone": [("l2", "never_fires", 24, "deathZone { type: 'onLeave', source: this.pool } (line 33) kills every particle outside this.pool (0")],
    "fail_seed_pool_spawned_off_view": [("l2", "never_fires", 42, "orb = this.pool.get(-30,… (line 42) puts orb at x = -30, wholly off the view for a picture of at mos")],
    "fail_jetpack_collected_coins_frozen": [("l2", "never_fires", 93, "if (coin.x < -20) this.placeCoin(coin… (line 93) brings a member of this.coins back only once it has")],
}

WORKING = ["pass_whack_complete_runs_miss", "pass_quickdraw_active_before_delay", "pass_trivia_index_after_shuffle", "pass_novel_flag_key_tested", "pass_slicer_clock_paused_restart", "pass_shop_loop_timer_removed", "pass_farm_clock_sped_for_one",
           "pass_brawler_flip_reset_when_still", "pass_dungeon_facing_reset_when_still", "pass_story_trust_field_missing", "pass_stacker_slide_replaced_before_stop", "pass_pinball_collider_first_ball", "pass_merge2048_row_reversed_in_place", "pass_runner_overlay_never_stopped",
           "pass_store_restock_reads_selection", "pass_pig_turn_total_carried", "pass_innkeeper_jump_then_step", "pass_oldman_line_post_increment", "pass_papertoss_release_on_ball", "pass_shop_row_index_unsorted", "pass_settings_value_by_row_index",
           "pass_freecell_red_or_bare_string", "pass_hilo_card_compared_with_itself", "pass_blackjack_ace_never_spent", "pass_ladders_turn_post_increment", "pass_bridge_step_array_no_ace", "pass_klondike_other_card_redrawn", "pass_pairs_second_splice_shifted", "pass_ludo_capture_by_steps", "pass_race_capture_by_progress",
           "pass_seed_bounds_collision_no_body", "pass_seed_immovable_balls_pass", "pass_seed_regen_timer_pauses_itself", "pass_seed_dash_facing_zeroed", "pass_seed_zoom_start_set_after", "pass_seed_checker_from_mapper_element", "pass_seed_path_floor_tile_counted", "pass_seed_jump_velocity_down", "pass_flappy_gate_zone_sized_late", "pass_runner_jump_request_never_cleared", "pass_timingbar_tween_duration_changed", "pass_lanes_swipe_from_prev_position", "pass_cliff_pit_skips_save", "pass_fountain_label_names_speed",
           "pass_life_buffer_shared_after_swap", "pass_aquarium_follows_last_press", "pass_orbits_pull_given_as_speed", "pass_spring_force_never_cleared", "pass_pendulums_decimal_parsed_as_int", "pass_stadium_delay_index_is_key", "pass_war_won_cards_on_top",
           "pass_cave_upright_beam_flat_hitbox", "pass_seed_bullets_recycled_past_top", "pass_snowfall_reset_stops_flakes",
           "pass_golf_scene_gravity_replaced", "pass_bocce_sorted_scan_continues", "pass_hammer_released_along_cable", "pass_freekick_movement_without_lock",
           "pass_fountain_born_in_death_zone",
           "pass_seed_pool_spawned_off_view",
           "pass_jetpack_collected_coins_frozen"]

# task-level reasons: program -> (reason, words of the message)
TASK_FIT = {
    "fail_war_won_cards_on_top": ("l4:won_on_top", "this.piles[winner].push(…) (line 58) adds them at that same end: they are the next ones played"),
}


@pytest.fixture(scope="module")
def records(static_validator):
    return validate_named(static_validator, list(EXPECTED) + WORKING + list(TASK_FIT))


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_each_mistake_fails_with_its_rule_and_line(records, name):
    rec = records[name]
    assert not rec["passed"], rec["reasons"]
    assert missing_findings(rec, EXPECTED[name]) == []


@pytest.mark.parametrize("name", WORKING)
def test_each_fixed_copy_passes_with_no_finding(records, name):
    rec = records[name]
    assert rec["passed"], rec["reasons"]
    assert rec["validation"]["errors"] == []


@pytest.mark.parametrize("name", sorted(TASK_FIT))
def test_each_task_level_mistake_fails_with_its_reason(records, name):
    rec = records[name]
    reason, words = TASK_FIT[name]
    assert rec["reasons"] == [reason], rec["reasons"]
    [issue] = rec["validation"]["errors"]
    assert words in issue["message"], issue["message"]

