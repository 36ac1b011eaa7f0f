"""Mistakes left from round 56 (physics toys) and found in round 57 of unseen programs, each written in correct
Phaser calls: a sum by reduce() with no start value over objects, gravity written to the physics config after the
world was made, a group walked with children.iterate() whose arrow can return false, an interpolation k given as a
segment index (statically, and in the browser), the quarter turn added to point a drawing reused as the firing
direction, the length of a Set, a jump allowed only when velocity.y is 0 with a lift to ride, a grid step taken on every frame a key is held
(isDown for a one-column tap), a timer with repeat: N that shows one of a fixed set each time (ten moles asked for in
words), and (in the browser) a Matter constraint that joins a plank to itself.
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
    "fail_bridge_plank_tied_to_itself": [("l3", "wrong_argument", 11, "a Matter constraint joins a body to itself")],
}

WORKING = ["pass_pachinko_total_from_zero", "pass_gravity_switch_written_to_world", "pass_pockets_walk_every_ball",
           "pass_hill_ground_by_fraction", "pass_turret_shoots_along_aim", "pass_lamps_lit_set_size",
           "pass_bridge_plank_tied_to_previous", "pass_lift_jump_when_standing", "pass_blocks_tap_steps_once",
           "pass_glide_held_key_moves_smoothly", "pass_moles_ten_shown_ten"]


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
