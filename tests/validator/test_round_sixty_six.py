"""Mistakes found in round 66's sets.
Each broken program fails with its rule, line and message; each fixed copy passes with no finding."""
from __future__ import annotations

import pytest

from .conftest import missing_findings, validate_named

# program -> [(layer, kind, line, words the message must contain)]
EXPECTED = {
    "fail_berry_workers": [("l2", "stale_state", 66, "bush = this.bushes.find((b) => b.ripe && !b.claimed) (line 66) picks the first with claimed not set,")],
    "fail_coin_tycoon": [("l2", "wrong_argument", 7, "Math.pow(10, tier) (line 7) divides by 10 for each tier, and tier counts groups of three digits (Mat")],
    "fail_cookie_unlocks": [("l2", "state_not_updated", 82, "u.unlocked = cookies >= … (line 82) works the unlocked state out again from cookies, what is held no")],
    "fail_dialogue_skip_leaves_line_cut": [("l2", "state_not_updated", 41, "this.typing.complete() (line 41) fires the onComplete of the tween made at line 25, but it does not ")],
    "fail_fish_market": [("l2", "never_fires", 38, "this.scene.switch('Market') (line 38) puts 'Harbour' to sleep, and a sleeping scene's clock stops: t")],
    "fail_flock_headings_averaged": [("l2", "wrong_argument", 35, "headingSum += ….rotation (line 35) adds angles up and headingSum / … (line 47) takes their plain mea")],
    "fail_honey_offline": [("l2", "wrong_argument", 62, "savedAt: this.time.now (line 62) saves the time on a clock that counts from when the game started, a")],
    "fail_pizza_ovens": [("l2", "stale_state", 41, "price (line 41) is worked out once from state.ovens before the loop at line 42, and the loop adds to")],
    "fail_robot_lines": [("l2", "off_by_one", 40, "this.buy(n), which reads this.lines[index] (line 40) takes n, which runs from 1 to this.lines.length")],
    "fail_rooms_pan_to_corner": [("l2", "wrong_argument", 45, "pan(room.x, room.y) (line 45) puts the middle of the view on that point, and the x and y of each ite")],
    "fail_sandbox_scanned_top_down": [("l2", "state_not_updated", 32, "this.grid[y + 1][x] = … (line 32) moves what is in this.grid's cell at y into the cell at y + 1, whi")],
    "fail_sokoban_box_onto_box": [("l2", "wrong_argument", 57, "isWall(br, bc) (line 57) is all that is asked of the cell behind the box found with scene.boxes.find")],
    "fail_star_prestige": [("l2", "wrong_order", 34, "scene.runEarned (line 34) is read after resetRun(scene) (line 33), which has just set it to 0 (line ")],
    "fail_title_skip_leaves_logo_midway": [("l2", "state_not_updated", 25, "this.drop.complete() (line 25) fires the onComplete of the tween made at line 9, but it does not mov")],
    "fail_trading_post": [("l2", "wrong_argument", 10, "item.stock || Infinity (line 10) takes Infinity whenever item.stock is 0, and stock is taken down in")],
    "fail_warehouse_crate_onto_crate": [("l2", "wrong_argument", 58, "this.isWall(bx, by) (line 58) is all that is asked of the cell behind the crate found with this.crat")],
    "fail_yacht_small_straight_duplicates": [("l2", "wrong_argument", 20, "sorted[i] === sorted[i - 1] + 1 (line 20) counts a run in sorted, sorted with its repeats kept (line")],
}

WORKING = ["pass_berry_workers",
           "pass_coin_tycoon",
           "pass_cookie_unlocks",
           "pass_dialogue_skip_leaves_line_cut",
           "pass_fish_market",
           "pass_flock_headings_averaged",
           "pass_honey_offline",
           "pass_pizza_ovens",
           "pass_robot_lines",
           "pass_rooms_pan_to_corner",
           "pass_sandbox_scanned_top_down",
           "pass_star_prestige",
           "pass_title_skip_leaves_logo_midway",
           "pass_trading_post",
           "pass_warehouse_crate_onto_crate",
           "pass_yacht_small_straight_duplicates"]

# task-level reasons: program -> (reason, words of the message)
TASK_FIT = {
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
