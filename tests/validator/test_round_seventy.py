"""Mistakes left open from round 69 (session 35), each written in correct Phaser calls.
Farming sims: a cooking pot matched by kinds of items alone where a recipe holds one twice, a 12-hour clock read as
hour % 12 (0 PM at noon), a sprinkler's 3x3 square taken as the cells within one cell's distance, crops planted at night
made with the day texture, a random yield rolled once for the popup and again for the basket, a one-shot craft timer
kept as the busy flag after it fired, a market trip by scene.start() that the way back by switch() starts afresh, and
the hungriest animal picked from the small end of an ascending sort. Arcade remakes: a snake's reverse tested against
the queued turn, a transpose for a clockwise turn, a ghost's way back compared by identity with a new object,
ContainsRect asked whether the frog holds the log, the NEXT preview drawn again instead of used, a time bar sized by
getProgress() where it should shrink, and a mushroom's Map entry left after it is destroyed. Logic puzzles: a sudoku
cell's lock read from the live grid (the clear branch can never run), a diagonal swap let through by |dr| <= 1 &&
|dc| <= 1, a crate's sprite tweened to the worker's cell, and a row shift that copies forward over itself.
Each broken program fails with its rule, line and message; each fixed copy passes with no finding."""
from __future__ import annotations

import pytest

from .conftest import missing_findings, validate_named

# program -> [(layer, kind, line, words the message must contain)]
EXPECTED = {
    "fail_blocks_next_preview": [("l2", "state_not_updated", 71, "this.nextShape = Phaser.Utils.Array.GetRandom(SHAPES) (line 71) draws the next one again, but s (lin")],
    "fail_blocks_turn_clockwise": [("l2", "wrong_argument", 41, "rotate() (line 41) swaps rows and columns (m[0].map((_, c) => m.map((row) => row[c]))): that mirrors")],
    "fail_carrot_yield_popup": [("l2", "state_not_updated", 49, "this.harvestYield(plot) is called twice, once for this.popup() (line 48) and once for this.addToBask")],
    "fail_centipede_mushroom_cells": [("l2", "state_not_updated", 78, "m.shape.destroy() (line 78) destroys what a this.mushrooms entry stands for, but the entry is never ")],
    "fail_cooking_pot": [("l2", "wrong_argument", 16, "r.items.length === pot.length && r.items.every(item => pot.includes(item)) (line 16) asks only which")],
    "fail_crate_push": [("l2", "wrong_argument", 77, "tweens.add({ targets: crate ? [this.worker, crate.sprite] : [this.worker], x: OX + nx * T, … }) (lin")],
    "fail_farm_clock_12h": [("l2", "wrong_argument", 67, "const h = this.hour % 12 (line 67) turns the hour into 12-hour form with % 12 alone: 12 and 0 come o")],
    "fail_frogger_log_ride": [("l2", "wrong_argument", 99, "ContainsRect(frogBox, box) (line 99) asks whether frogBox holds all of box: the first rectangle is t")],
    "fail_line_slide": [("l2", "state_not_updated", 56, "this.board[from.r][c + step] = this.board[from.r][c] (line 56) moves c by +step each pass, the same ")],
    "fail_maze_ghosts_no_reverse": [("l2", "never_fires", 65, "d !== back (line 65) compares d with back, a new object made at line 64 that nothing else holds: two")],
    "fail_merge_tiles": [("l2", "state_not_updated", 16, "out[j - 1] merges with out[j] (line 16) and nothing marks the tile it made: the next tile slides up ")],
    "fail_mini_sudoku": [("l2", "never_fires", 54, "this.grid[r][c] = 0 (line 54) clears this.grid[r][c], but this.grid[r][c] !== 0 (line 50) has alread")],
    "fail_night_look_new_crops": [("l2", "state_not_updated", 46, "this.turnips.create(x, y, 'turnip_day') (line 46) always makes a new one with 'turnip_day', while th")],
    "fail_snake_quick_turn": [("l2", "wrong_argument", 44, "if (d.x === -this.nextDir.x && d.y === -this.nextDir.y) return (line 44) turns a reverse away by tes")],
    "fail_workbench_queue": [("l2", "never_fires", 43, "if (!this.craftTimer) (line 43) asks whether this.craftTimer is still waiting, but the field keeps t")],
}

WORKING = ["pass_barn_feed_hungriest",
           "pass_blocks_next_preview",
           "pass_blocks_turn_clockwise",
           "pass_carrot_yield_popup",
           "pass_centipede_mushroom_cells",
           "pass_cooking_pot",
           "pass_crate_push",
           "pass_farm_clock_12h",
           "pass_frogger_log_ride",
           "pass_gem_cascade",
           "pass_line_slide",
           "pass_market_trip_keeps_field",
           "pass_maze_ghosts_no_reverse",
           "pass_merge_tiles",
           "pass_mini_sudoku",
           "pass_night_look_new_crops",
           "pass_pong_clock_bar",
           "pass_snake_quick_turn",
           "pass_sprinkler_range",
           "pass_workbench_queue"]

# task-level reasons: program -> (reason, words of the message)
TASK_FIT = {
    "fail_barn_feed_hungriest": ("l4:picks_wrong_end", "the task picks the hungriest (hungriest animal), but sort((a, b) => a.hunger - b.hunger)[0] (line 52"),
    "fail_gem_cascade": ("l4:diagonal_neighbour", "the task allows only cells directly above, below, left or right (directly above), but dr <= 1 && dc "),
    "fail_market_trip_keeps_field": ("l4:scene_restarted", "the task comes back to 'Farm' as it was (still there), but scene.start('Market') (line 32) shuts 'Fa"),
    "fail_pong_clock_bar": ("l4:bar_runs_backwards", "the task's bar shrinks, but setScale(this.matchTimer.getProgress()… (line 52) sizes it by getProgres"),
    "fail_sprinkler_range": ("l4:square_as_circle", "the task reaches the whole square around (all 8 plots), but d <= CELL (line 63) keeps only centres w"),
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
