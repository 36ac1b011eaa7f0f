"""Mistakes left from round 56 (physics toys) and found in round 57 of unseen programs, each written in correct
Phaser calls: a sum by reduce() with no start value over objects, gravity written to the physics config after the
world was made, a group walked with children.iterate() whose arrow can return false, an interpolation k given as a
segment index (statically, and in the browser), the quarter turn added to point a drawing reused as the firing
direction, the length of a Set, a jump allowed only when velocity.y is 0 with a lift to ride, a grid step taken on every frame a key is held
(isDown for a one-column tap), a timer with repeat: N that shows one of a fixed set each time (ten moles asked for in
words); from the multi-scene set, a field doubled in play (*=) and set only in the constructor of a scene that
restarts, a listener on another scene's emitter added in create() of a scene launched again, a setting put back in
the registry each time the title opens, physics.pause() for a pause that leaves the timers running, scene.start()
with no data after a start with data, Math.max() of a registry key stored only from its result, and a module table's
array changed in place by a scene that restarts; from earlier rounds' leftovers, a purchase refused with exactly the
cost (>) or checked against one price and charged another, a reset timer kept in a field and never removed when it
is made again, moveToObject() called once in create(), and a body with a collider moved by its position; from the
visual toys, a Graphics drawn again and again and never cleared, Between(1, n + 1), milliseconds divided by 60 for
minutes, and a wrap with % of a value that goes below 0; getProgress() of a timer that repeats, a landing speed read
in the collider's callback; from the second multi-scene set, localStorage text compared with a boolean, an exact HP
mark that fixed steps jump over, and settings stored with this.data.set({...}) but read from the registry; from the set written to avoid every known kind,
a method called where it should be handed to a timer, enableBody() without its reset argument, a Container body with
no size, a Graphics cleared inside the loop that draws each member, a nearest-search that never lowers its best
distance, and a camera left following a destroyed player; task-level: a there-and-back tween without yoyo, a yoyo
tween whose duration is the whole blink, and a bounce asked for with the edge named late in the sentence; from round
58, a door made inactive that still collides, a typed key checked against capital letters, a pick count compared
with the size of the group it empties (and, working, a shuffled deck read through the scene handed to a helper
and dealt before the index moves on); and (in
the browser) a Matter constraint that joins a plank to itself.
Each broken program fails with its rule, line and message; each fixed copy passes with no finding."""
from __future__ import annotations

import pytest

from modelcall.validator.layers.taskfit import task_counts

from .conftest import missing_findings, validate_named

# program -> [(layer, kind, line, words the message must contain)]
EXPECTED = {
    "fail_pachinko_total_without_start": [("l2", "wrong_argument", 14, "has no start value, so total begins as the first item itself, an object, not its count")],
    "fail_gravity_switch_written_to_config": [("l2", "never_fires", 13, "writes to the physics config, which is read only once, when the scene's world is made")],
    "fail_pockets_walk_stops_at_false": [("l2", "never_fires", 23, "whose iterate() stops at the first callback that returns false, and ball.active && this.pot(ball) is false for a member whose active is false")],
    "fail_hill_ground_by_segment_index": [("l2", "wrong_argument", 16, "but Phaser.Math.Clamp(x, 0, TRACK) / SEG goes up to 24, an index")],
    "fail_turret_shoots_with_art_turn": [("l2", "wrong_argument", 17, "this.ship.rotation is the aim plus the quarter turn added at line 11 to point the drawing")],
    "fail_lamps_lit_set_length": [("l2", "never_fires", 16, "this.lit is a Set (new Set()), which has no length")],
    "fail_lift_jump_when_still": [("l2", "never_fires", 21, "but lift is moved up and down by its velocity: standing on it, player moves with it and its velocity.y is lift's, never 0")],
    "fail_blocks_held_key_steps": [("l2", "never_fires", 15, "this.cursors.left.isDown holds on every frame the key is down, so one press moves this.piece.col by a cell on each of those frames")],
    "fail_clicker_power_doubled_kept": [("l2", "stale_state", 15, "this.power starts at 1 in the constructor (line 5) and is stepped in play (line 15), and nothing sets it back")],
    "fail_quiz_hud_listens_each_launch": [("l2", "never_fires", 18, "listens on the 'Quiz' scene's emitter, which outlives this scene, and this.scene.launch('Hud') (line 5) is in the create() of a scene that runs again")],
    "fail_title_puts_sound_back_on": [("l2", "wrong_argument", 5, "in the 'Title' scene's create(), and this.scene.start('Title') (line 17) runs this scene again: the registry outlives scenes, so each visit puts 'soundOn' back to true")],
    "fail_rain_pause_leaves_clock": [("l2", "never_fires", 21, "togglePause() (line 21) pauses with this.physics.pause(), which stops bodies, not the scene clock: the timer at line 10 keeps firing behind the pause, and its callback does not ask this.paused")],
    "fail_gems_play_keeps_chosen_level": [("l2", "wrong_argument", 5, "this.scene.start('Game') (line 5) hands no data, and a start with no data keeps the data of the scene's last start")],
    "fail_best_from_unset_registry": [("l2", "wrong_argument", 12, "'best' is stored only after this line (line 13), so the first time it is undefined, Math.max gives NaN")],
    "fail_sorter_moves_change_puzzle": [("l2", "stale_state", 5, "this.order = PUZZLE.start (line 5) holds the table's own array, not a copy, and this.order.splice() (line 11) changes it in play")],
    "fail_mine_hire_needs_more_than_cost": [("l2", "wrong_argument", 9, "guards taking 10 from this.crystals (line 10): with exactly 10 it is refused")],
    "fail_shop_charges_full_price": [("l2", "wrong_argument", 18, "checks this.data.get('gold') against cost (this.priceOf(item)), but line 18 takes item.price")],
    "fail_combo_reset_timer_piles_up": [("l2", "never_fires", 13, "the timer kept in this.resetTimer is never removed: each earlier timer still fires")],
    "fail_drone_chases_start_point": [("l2", "never_fires", 9, "runs once, in create(): it sets one velocity toward where this.player stood then")],
    "fail_maze_walker_moved_by_position": [("l2", "never_fires", 12, "moves this.player by its position, but it meets the walls through a physics collider")],
    "fail_bars_drawn_without_clear": [("l2", "never_fires", 14, "draws on this.bars in drawBars(), which runs again and again, and nothing ever clears this.bars")],
    "fail_dice_between_plus_one": [("l2", "wrong_argument", 13, "Phaser.Math.Between includes both ends, so the + 1")],
    "fail_typing_minutes_from_ms_over_sixty": [("l2", "wrong_argument", 16, "this.elapsed is in milliseconds, and a minute is 60000 ms")],
    "fail_stars_wrap_with_remainder": [("l2", "never_fires", 11, "JavaScript's % keeps the sign of the left side")],
    "fail_fuse_bar_per_repeat": [("l2", "wrong_argument", 13, "this.fuse.getProgress() (line 13) reads the timer's current repeat only: this.fuse repeats 9 times")],
    "fail_lander_speed_read_on_touch": [("l2", "never_fires", 14, "is read in the collider's callback (line 9), which Arcade calls after it has separated the bodies")],
    "fail_tutorial_flag_compared_as_boolean": [("l2", "never_fires", 6, "localStorage keeps text, so what getItem() gives is 'true' or null, never the boolean true")],
    "fail_boss_half_health_stepped_over": [("l2", "never_fires", 12, "this.hp starts at 120 and only changes by -8 (line 11), so it goes 120, 112, 104, … and is never exactly 60")],
    "fail_settings_saved_in_scene_data": [("l2", "never_fires", 20, "reads a value that is only ever set with this.data.set('difficulty')")],
    "fail_shield_timer_called_now": [("l2", "never_fires", 20, "is given this.endSafe(), a call made at once, here")],
    "fail_heart_back_with_shifted_arguments": [("l2", "wrong_argument", 14, "enableBody(reset, x, y, enableGameObject, showGameObject) starts with reset, so each argument lands one place off")],
    "fail_hero_container_default_body": [("l2", "wrong_argument", 7, "gives this.hero, a Container, a physics body, but the container has no size of its own")],
    "fail_health_bars_cleared_per_enemy": [("l2", "never_fires", 9, "runs inside the loop, before each member's drawing on this.bars")],
    "fail_tower_picks_last_in_range": [("l2", "wrong_argument", 13, "picks nearest in a loop, but nearestDist is never lowered to d inside it")],
    "fail_camera_follows_dead_runner": [("l2", "never_fires", 9, "and spawnRunner() makes a new this.runner later (after the old one is destroyed) without following it")],
    "fail_door_made_inactive_still_blocks": [("l2", "never_fires", 13, "does not switch off this.door's physics body: an inactive game object keeps its body")],
    "fail_spelling_lower_key_upper_word": [("l2", "never_fires", 12, "checks a typed key against letters of words written in capitals")],
    "fail_gems_counted_against_shrinking_group": [("l2", "wrong_argument", 16, "compares a count that goes up by one at each pick with this.gems's size, which goes down by one")],
    "fail_bridge_plank_tied_to_itself": [("l3", "wrong_argument", 11, "a Matter constraint joins a body to itself")],
}

WORKING = ["pass_pachinko_total_from_zero", "pass_gravity_switch_written_to_world", "pass_pockets_walk_every_ball",
           "pass_hill_ground_by_fraction", "pass_turret_shoots_along_aim", "pass_lamps_lit_set_size",
           "pass_bridge_plank_tied_to_previous", "pass_lift_jump_when_standing", "pass_blocks_tap_steps_once",
           "pass_glide_held_key_moves_smoothly", "pass_moles_ten_shown_ten", "pass_clicker_power_set_in_create",
           "pass_quiz_hud_listener_taken_off", "pass_title_sets_sound_once", "pass_rain_pause_stops_clock",
           "pass_gems_play_passes_level_one", "pass_best_from_registry_default", "pass_sorter_moves_a_copy",
           "pass_mine_hire_with_exact_cost", "pass_shop_charges_sale_price", "pass_combo_reset_timer_replaced",
           "pass_drone_chases_each_frame", "pass_maze_walker_moved_by_velocity", "pass_bars_cleared_before_drawing",
           "pass_dice_between_inclusive", "pass_typing_minutes_from_ms", "pass_stars_wrap_with_phaser_wrap",
           "pass_fuse_bar_overall", "pass_lander_speed_from_frame_before", "pass_tutorial_flag_compared_as_text",
           "pass_boss_half_health_reached", "pass_settings_saved_in_registry", "pass_shield_timer_given_method",
           "pass_heart_back_with_reset_first", "pass_hero_container_sized_body", "pass_health_bars_cleared_once",
           "pass_tower_picks_nearest", "pass_camera_follows_new_runner", "pass_hexagon_slides_there_and_back",
           "pass_lamp_blink_half_each_way", "pass_ball_bounces_at_canvas_edge", "pass_overworld_sleeps_under_battle",
           "pass_deck_order_read_through_scene", "pass_door_body_switched_off", "pass_spelling_key_made_upper",
           "pass_gems_counted_against_starting_number"]

# task-level reasons: program -> (reason, words of the message)
TASK_FIT = {
    "fail_hexagon_slides_one_way": ("l4:one_way_tween", "the tween (line 5) repeats with no yoyo: each repeat jumps back to the start"),
    "fail_lamp_blink_takes_twice": ("l4:yoyo_period", "the task asks for one cycle in 1.5 s, but the yoyo tween (line 6) takes duration BLINK_MS to go and as long again to come back: one cycle takes 3 s"),
    "fail_ball_stops_at_canvas_edge": ("l4:no_bounce", "the task asks for bouncing, but no body is given a bounce"),
}


@pytest.fixture(scope="module")
def records(browser_validator):
    return validate_named(browser_validator, list(EXPECTED) + WORKING)


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


def test_an_interpolation_k_past_one_is_caught_in_the_browser_where_the_code_hides_it(browser_validator):
    """k worked out from a plain division the static rule cannot bound: the browser sees the k Linear was given."""
    code = """// A marker slides back and forth along a rising line of heights
class Graph extends Phaser.Scene {
  create() {
    this.heights = [500, 420, 380, 300, 260];
    this.marker = this.add.circle(0, 0, 10, 0xff4444);
    this.step = 30;
  }
  update(time) {
    const k = (time % 4000) / 1000;
    this.marker.setPosition(100 + k * 150, Phaser.Math.Interpolation.Linear(this.heights, k / this.step * this.step));
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, scene: Graph });
"""
    rec = next(iter(browser_validator.validate([_candidate("graph", code)])))
    assert [r.split("@")[0] for r in rec["reasons"]] == ["l3:api_misuse"], rec["reasons"]
    [issue] = rec["validation"]["errors"]
    assert issue["kind"] == "wrong_argument" and issue["line"] == 10 and "k runs from 0 (the first value) to 1 (the last of 5), not over the indexes" in issue["message"]


@pytest.mark.parametrize("name", sorted(TASK_FIT))
def test_each_task_level_mistake_fails_with_its_reason(browser_validator, name):
    rec = validate_named(browser_validator, [name])[name]
    reason, words = TASK_FIT[name]
    assert rec["reasons"] == [reason], rec["reasons"]
    [issue] = rec["validation"]["errors"]
    assert words in issue["message"], issue["message"]


def test_a_timer_that_shows_one_of_a_fixed_set_each_time_counts_like_one_that_makes_one(browser_validator):
    """Ten moles asked for in words, a timer with repeat: 10 whose callback shows a hidden mole: eleven appear."""
    rec = validate_named(browser_validator, ["fail_moles_ten_shown_eleven"])["fail_moles_ten_shown_eleven"]
    assert rec["reasons"] == ["l4:count_plus_one"], rec["reasons"]
    [issue] = rec["validation"]["errors"]
    assert issue["line"] == 13 and "the task asks for 10 of them, but the timer's repeat: MOLES (line 13) fires 11 times" in issue["message"]


@pytest.mark.parametrize("task, counts", [("Whack-a-mole: ten moles pop up one at a time", {10}), ("生成十只鸟和二十颗星星", {10, 20}),
                                          ("十二个气球", {12}), ("3 enemies, and it ends after 10 seconds", {3}), ("two lives", set())])
def test_the_counts_a_task_asks_for_in_digits_and_in_words(task, counts):
    assert task_counts(task) == counts


def _candidate(name: str, code: str) -> dict:
    return {"request_id": name, "prompt_id": name, "variant": 0, "plan": {"requirements": [], "apis": [], "steps": [], "raw": ""},
            "code": code, "parse_ok": True, "prompt_meta": {"id": name, "must_use_apis": [], "eval_hints": [], "constraints": [], "task": code.splitlines()[0][3:]}}
