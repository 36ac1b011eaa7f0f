"""Mistakes left open from round 63 and found in round 64's sets, each written in correct Phaser calls: (round 63's
platformers) a checkpoint set during play and read only by create(), lost because this.scene.restart() hands nothing
to the init(data) that reads it, and (shooters) a lead point worked out from the target's velocity, shown, and never
aimed at; from older sets, a frog sent home without its row and column, a day's cosine turned half a circle, a level
unlock raised only to the won level's index + 1, and at task level a graph plotted upside down, a matched pair that
passes the turn, a Nim winner named after the switch, a "64-pixel star" given 64 as its radius and a cue ball "shot
straight right" with one speed.
Round 64: the user's seeds (a template in plain quotes, a fade-in replaced at once, a world bounce for x only, a bar
divided by what is left, only the last tween stopped, a registry value made without its setter, a vector scaled then
normalised), the fighting set (a deadline given a duration, a fired timer still tested, remove(true) before a restart,
a process callback that never says true, an offset lost to setSize, an unwrapped angle gap, a follower never turned, a
key's last press read while held, a method read as a flag), the time-management set (a serve that runs the expiry,
tween targets taken for one, a sort offset that cancels, setTimeout through a pause, a streak multiplied before it is
raised, a queue reversed in place), the adventure, party and story sets (an Actions.Call index, Math.max of an array,
a Map read by brackets, a spliced array pushed, a built-in type read for a data kind, a flash callback run every
frame, a letter per line, input switched off while the keys stay live), the casual set (a swap joined to the line
above, saved scores read with map(parseInt)) and (working) a fuse timer made in two helpers that call each other, a
scene's own slice() method and an obstacle group whose handler ends the run through a method.
Each broken program fails with its rule, line and message; each fixed copy passes with no finding."""
from __future__ import annotations

from pathlib import Path

import pytest

from .conftest import missing_findings, validate_named

DATA = Path(__file__).resolve().parents[1] / "data" / "validator"

# program -> [(layer, kind, line, words the message must contain)]
EXPECTED = {
    "fail_checkpoint_lost_on_restart": [("l2", "state_not_updated", 91, "this.checkpoint is set during play (line 83) and read only by create(), which runs again after this.")],
    "fail_turret_lead_shown_not_aimed": [("l2", "wrong_argument", 57, "aim (line 55) is a lead point worked out from this.drone's velocity, but Angle.Between(this.turret.x")],
    "fail_frogger_home_keeps_old_cell": [("l2", "state_not_updated", 42, "this.frog.setPosition(START_COL * CELL + CELL / 2, START_ROW * CELL + CELL / 2); (line 42) puts this")],
    "fail_daynight_cosine_half_turn": [("l2", "wrong_argument", 41, "t = (this.clock % DAY_MS) / DAY_MS (line 34) runs from 0 to 1 once a cycle, and Math.cos(t * Math.PI")],
    "fail_levels_unlock_index_as_count": [("l2", "never_fires", 61, "'unlocked' counts the open levels (i < unlocked, line 11), and a win stores Math.max(this.registry.g")],
    "fail_seed_score_template_in_quotes": [("l2", "wrong_argument", 62, "'Score: ${this.score}' (line 62) is a string in plain quotes: only a backtick template fills in ${th")],
    "fail_seed_fade_in_replaced_by_out": [("l2", "wrong_order", 33, "cam.fadeIn(…) and then cam.fadeOut(…) at once (line 33): both start the camera's one fade effect, fo")],
    "fail_seed_world_bounce_x_only": [("l2", "wrong_argument", 31, "ball.setCollideWorldBounds(true, 1) (line 31) gives ball its own world bounce for x only (1); its y ")],
    "fail_seed_hp_bar_by_current": [("l2", "wrong_argument", 62, "segmentWidth (line 62) divides the bar by this.hp, what is left, while the bar has this.maxHp segmen")],
    "fail_seed_bounce_tween_last_kept": [("l2", "state_not_updated", 43, "this.bounceTween = this.tweens.add(…) (line 30) runs once per pass of a loop, so the field keeps onl")],
    "fail_seed_registry_values_no_setter": [("l2", "never_fires", 21, "this.registry.values.score = (line 21) makes 'score' as a plain property, without the setter that th")],
    "fail_seed_pull_scaled_then_normalised": [("l2", "wrong_order", 48, "this.pull.set(CENTER.x - ball.x, CENTER.y - ball.y).scale(strength).normalize() (line 48) scales by ")],
    "fail_brawl_iframes_until_duration": [("l2", "wrong_argument", 57, "this.invulnerableUntil = IFRAME_MS (line 57) is a moment on the scene clock (this.time.now < this.in")],
    "fail_parry_key_duration_while_held": [("l2", "wrong_argument", 49, "key.duration (line 49) is how long the last press of key lasted, set when the key comes up: while it")],
    "fail_stealth_cone_angle_unwrapped": [("l2", "wrong_argument", 44, "Math.abs(toTarget - this.facing) (line 44) compares two angles by plain subtraction, while this.faci")],
    "fail_combo_fired_timer_still_set": [("l2", "never_fires", 34, "if (this.comboTimer) (line 34) asks whether this.comboTimer is still waiting, but the field keeps th")],
    "fail_combo_timer_removed_with_callback": [("l2", "wrong_argument", 66, "this.comboTimer.remove(true) (line 66) runs the timer's callback as it removes it, just before this.")],
    "fail_boss_process_never_true": [("l2", "never_fires", 26, "the process callback this.canDamage of this.physics.add.overlap() (line 26) returns false or falls o")],
    "fail_duck_offset_lost_to_setsize": [("l2", "wrong_order", 69, "this.hero.body.setOffset(…) and then this.hero.body.setSize(40, 40) (line 69): setSize() centres the")],
    "fail_guard_follower_never_turned": [("l2", "state_not_updated", 43, "this.guard follows its path (startFollow, line 25) without rotateToPath: true, so its rotation never")],
    "fail_fighter_method_read_as_flag": [("l2", "wrong_argument", 65, "defender.isBlocking (line 65) reads the method isBlocking() without calling it: a function is always")],
    "fail_cooking_serve_runs_expire": [("l2", "wrong_argument", 61, "order.timer.remove(true) (line 61) runs the timer's callback as it removes it, and that callback is ")],
    "fail_queue_oncomplete_targets_array": [("l2", "wrong_argument", 17, "guest.arrived = … (line 17): the second argument of onComplete is the tween's targets, an array, so ")],
    "fail_elevator_sort_offset_cancels": [("l2", "wrong_argument", 50, "(a - this.floor) - (b - this.floor) (line 50) is a - b: the same this.floor taken from both cancels,")],
    "fail_traffic_light_settimeout_through_pause": [("l2", "state_not_updated", 45, "setTimeout() (line 45) drives setPhase() on the browser's clock, which knows nothing of the game's p")],
    "fail_fishing_streak_multiplied_first": [("l2", "wrong_order", 44, "this.score += 10 * this.streak++ (line 44) multiplies by this.streak before ++ raises it, and this.s")],
    "fail_pizza_tickets_reversed_in_place": [("l2", "state_not_updated", 42, "this.tickets.reverse() (line 42) turns the list itself round just to forEach it backwards, while the")],
    "fail_hearts_actions_call_index": [("l2", "wrong_argument", 37, "Phaser.Actions.Call(…, (heart, i) => …) (line 37) hands its callback the item only, so i is undefine")],
    "fail_dungeon_pickup_builtin_type": [("l2", "wrong_argument", 32, "item.type (line 32) is the game object's own type, its class name ('Sprite', 'Image'), while the pro")],
    "fail_rounds_max_of_array": [("l2", "wrong_argument", 64, "Math.max(this.runners.map(r => r.wins)) (line 64) hands Math.max() one array: it takes numbers, so t")],
    "fail_ladders_map_by_brackets": [("l2", "wrong_argument", 56, "JUMPS[this.pos[p]] (line 56) reads JUMPS, a Map (line 3), with brackets: a Map keeps its entries apa")],
    "fail_text_adventure_spliced_array_pushed": [("l2", "wrong_argument", 81, "this.inventory.push(room.items.splice(idx, 1)) (line 81): splice() gives back an array, so this.inve")],
    "fail_narration_letter_per_line": [("l2", "wrong_argument", 50, "this.narration.appendText(line[index]) (line 50) adds one letter, and appendText() starts a new line")],
    "fail_quiz_flash_callback_every_frame": [("l2", "wrong_argument", 80, "the callback handed to this.cameras.main.flash() (line 80) runs on every frame of the effect, with t")],
    "fail_tug_input_off_keys_live": [("l2", "state_not_updated", 53, "this.input.enabled = false (line 53) stops pointer input only: the keyboard plugin the game is playe")],
    "fail_bubble_swap_joined_to_line_above": [("l2", "wrong_order", 68, "line 68 starts with [this.current, this.next] = [this.next, this.current] and the line above ends wi")],
    "fail_flappy_scores_map_parseint": [("l2", "wrong_argument", 10, ".map(parseInt) (line 10) hands parseInt each entry's index as its radix: the second is read in base ")],
}

WORKING = ["pass_checkpoint_lost_on_restart", "pass_turret_lead_shown_not_aimed",
           "pass_frogger_home_keeps_old_cell", "pass_plotter_curve_upside_down", "pass_memory_match_turn_passed", "pass_nim_winner_after_switch", "pass_stars_size_as_radius",
           "pass_billiards_cue_one_speed", "pass_daynight_cosine_half_turn",
           "pass_levels_unlock_index_as_count",
           "pass_seed_score_template_in_quotes", "pass_seed_fade_in_replaced_by_out", "pass_seed_world_bounce_x_only", "pass_seed_hp_bar_by_current", "pass_seed_bounce_tween_last_kept", "pass_seed_registry_values_no_setter", "pass_seed_pull_scaled_then_normalised",
           "pass_brawl_iframes_until_duration", "pass_parry_key_duration_while_held", "pass_stealth_cone_angle_unwrapped", "pass_combo_fired_timer_still_set", "pass_combo_timer_removed_with_callback", "pass_boss_process_never_true", "pass_duck_offset_lost_to_setsize", "pass_guard_follower_never_turned", "pass_fighter_method_read_as_flag", "pass_cooking_serve_runs_expire", "pass_queue_oncomplete_targets_array", "pass_elevator_sort_offset_cancels", "pass_traffic_light_settimeout_through_pause", "pass_fishing_streak_multiplied_first", "pass_pizza_tickets_reversed_in_place", "pass_hot_potato_fuse_mutual_helpers",
           "pass_hearts_actions_call_index", "pass_dungeon_pickup_builtin_type", "pass_rounds_max_of_array", "pass_ladders_map_by_brackets", "pass_text_adventure_spliced_array_pushed", "pass_narration_letter_per_line", "pass_quiz_flash_callback_every_frame", "pass_tug_input_off_keys_live", "pass_runner_obstacle_crash_method", "pass_fruit_scene_slice_method",
           "pass_bubble_swap_joined_to_line_above", "pass_flappy_scores_map_parseint"]

# task-level reasons: program -> (reason, words of the message)
TASK_FIT = {
    "fail_plotter_curve_upside_down": ("l4:plot_upside_down", "{ x: ORIGIN.x + x * UNIT, y: ORIGIN.y + y * UNIT } (line 12) adds y * UNIT to the origin's y"),
    "fail_memory_match_turn_passed": ("l4:turn_not_kept", "this.current = 1 - this.current; (line 68) passes the turn after the whole if/else"),
    "fail_nim_winner_after_switch": ("l4:winner_after_switch", "this.player = this.player === 1 ? 2 : 1; (line 38) passes the turn before the check"),
    "fail_billiards_cue_one_speed": ("l4:diagonal_velocity", "setVelocity(520) (line 32) gives one speed, which Arcade uses for y as well"),
    "fail_stars_size_as_radius": ("l4:size_as_radius", "is given outer (64) as its outer radius, so it is 128 pixels across (a radius of 32)"),
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

