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
Round 70 (first seen after round 69's left-overs were in): roguelikes (a door replaced to the map's edges, a fade-out
never faded back, sleep() under a see-through overlay, split() text added as numbers, a rebuilt floor's stairs kept
from the first, an L-corridor whose legs both start from one room, an explored set kept across floors, a random point
used as a tile), platformers (a stomp judged by the middles of a tall hero and a short slime, a short-hop cut that clamps a spring
launch, an air-jump count of 2 that makes a triple jump, a hit flash wiping the enrage tint, the first lit checkpoint, checkCollision.none under
gravity, a crop in display pixels, a game-over test before the take, startAt taken for a wait), creative toys (a mirror index one off, an undo snapshot
retaken at every cell of a stroke, a flood fill that spreads diagonally where the task forbids it, a stroke joined to
the last one, a pop-in tween that ends at scale 1 over a chosen size, bind() freezing a field that changes, a tempo
change that remakes a paused step timer running). Working look-alikes of round 69's mistakes, two of which had been
wrongly rejected (a tug's position worked out from a step count just set to 0, a blast over the 3x3 square in a task
that forbids diagonal steps).
Round 71 (first seen after round 70's rules): virtual pets (map() over new Array(n)'s holes, the scene clock saved
across a reload, a selection index 0 read as none, a meter run below 0, an over-the-cap test after a clamping
setter, a flip that drops the size, a getter's sort in place), word games (keyCode read as a character, a destroyed
word's fall tween that still costs a life, a phrase's space asked to be guessed, an alias of the typed letters
spliced, an or of two not-equals, a global regex reused by test(), a selection one cell short), city builders
(rectangles that share an edge refused where touching is allowed, moveTo never stopped, a drag tested on press, a
road one cell short); and working programs two rules had wrongly rejected (a happiness amount and a building kind
taken for an ending a timer overwrites, a plain object's body field taken for an Arcade body).
Each broken program fails with its rule, line and message; each fixed copy passes with no finding."""
from __future__ import annotations

import pytest

from .conftest import missing_findings, validate_named

# program -> [(layer, kind, line, words the message must contain)]
EXPECTED = {
    "fail_anagram_solver": [("l2", "state_not_updated", 67, "pool.splice() (line 67) takes from pool, which is letters itself (line 63), not a copy: the caller's")],
    "fail_avatar_maker": [("l2", "state_not_updated", 33, "bind(this, this.part, …) (line 33) fixes the value this.part has when the handler is made, and this.")],
    "fail_away_clock": [("l2", "wrong_argument", 30, "savedAt: this.time.now (line 30) saves the scene clock with the game, and time.now - saved.savedAt (")],
    "fail_blocks_next_preview": [("l2", "state_not_updated", 71, "this.nextShape = Phaser.Utils.Array.GetRandom(SHAPES) (line 71) draws the next one again, but s (lin")],
    "fail_blocks_turn_clockwise": [("l2", "wrong_argument", 41, "rotate() (line 41) swaps rows and columns (m[0].map((_, c) => m.map((row) => row[c]))): that mirrors")],
    "fail_carrot_yield_popup": [("l2", "state_not_updated", 49, "this.harvestYield(plot) is called twice, once for this.popup() (line 48) and once for this.addToBask")],
    "fail_cave_fade": [("l2", "state_not_updated", 131, "this.cameras.main.fadeOut() (line 131) covers the camera in its colour and nothing fades it back (no")],
    "fail_cellar_parser": [("l2", "never_fires", 75, "w !== 'the' || w !== 'a' || w !== 'an' (line 75) always holds: w cannot equal both \"the\" and \"a\", so")],
    "fail_centipede_mushroom_cells": [("l2", "state_not_updated", 78, "m.shape.destroy() (line 78) destroys what a this.mushrooms entry stands for, but the entry is never ")],
    "fail_comma_tutor": [("l2", "wrong_argument", 48, "String.fromCharCode(event.keyCode) (line 48) turns a key code into a character, but a key code names")],
    "fail_cooking_pot": [("l2", "wrong_argument", 16, "r.items.length === pot.length && r.items.every(item => pot.includes(item)) (line 16) asks only which")],
    "fail_crate_push": [("l2", "wrong_argument", 77, "tweens.add({ targets: crate ? [this.worker, crate.sprite] : [this.worker], x: OX + nx * T, … }) (lin")],
    "fail_eye_boss_bar_crop": [("l2", "wrong_argument", 55, "this.barFill.setCrop(…, BAR_W * ratio, …) (line 55) measures the crop in display pixels (BAR_W, from")],
    "fail_falling_words": [("l2", "never_fires", 87, "destroyWord() (line 87) destroys what the tween of line 34 moves without stopping that tween: a twee")],
    "fail_farm_clock_12h": [("l2", "wrong_argument", 67, "const h = this.hour % 12 (line 67) turns the hour into 12-hour form with % 12 alone: 12 and 0 come o")],
    "fail_fish_tank": [("l2", "wrong_argument", 58, "fish.scaleX = fish.vx < 0 ? -1 : 1 (line 58) sets the width scale to ±1, while fish was made at setS")],
    "fail_fog_new_floor": [("l2", "state_not_updated", 17, "this.seen = new Set() (line 17) is made once in create(), and newFloor() (line 22) makes a new floor")],
    "fail_frogger_log_ride": [("l2", "wrong_argument", 99, "ContainsRect(frogBox, box) (line 99) asks whether frogBox holds all of box: the first rectangle is t")],
    "fail_ghoul_paths": [("l2", "wrong_argument", 106, "x comes from [x, y] = cur.split(',') (line 104), a string, and x + dx (line 106) joins text instead ")],
    "fail_golem_enrage_flash": [("l2", "state_not_updated", 66, "the hit flash ends with boss.clearTint() (line 66), which takes off every tint, while boss.setTint(R")],
    "fail_hamster_cage": [("l2", "state_not_updated", 63, "this.hunger -= 4 * dt; (line 63) keeps taking from this.hunger with nothing holding it at 0, while a")],
    "fail_hedgehog_blink_gems": [("l2", "wrong_argument", 66, "player.body.checkCollision.none = true (line 66) turns off every collision of player's body, the gro")],
    "fail_inventory_overlay": [("l2", "wrong_argument", 50, "scene.launch('Inventory'); this.scene.sleep() (line 50) puts this scene to sleep under 'Inventory', ")],
    "fail_key_doors": [("l2", "wrong_argument", 108, "this.map.replaceByIndex(…, nx, ny) (line 108) gives the region's first tile and no width or height: ")],
    "fail_king_slime_intro": [("l2", "wrong_argument", 36, "addEvent({ delay: LEAP_EVERY, startAt: INTRO_MS, … }) (line 36) takes startAt for a wait before the ")],
    "fail_kitten_row": [("l2", "never_fires", 27, "new Array(KITTEN_COUNT).map(…) (line 27) calls map() on an array of KITTEN_COUNT holes: map() skips ")],
    "fail_lava_lift_hand_physics": [("l2", "wrong_order", 55, "this.hearts === 0 (line 51) is tested before this.hearts is taken from (line 55): when the last one ")],
    "fail_line_slide": [("l2", "state_not_updated", 56, "this.board[from.r][c + step] = this.board[from.r][c] (line 56) moves c by +step each pass, the same ")],
    "fail_maze_ghosts_no_reverse": [("l2", "never_fires", 65, "d !== back (line 65) compares d with back, a new object made at line 64 that nothing else holds: two")],
    "fail_merge_tiles": [("l2", "state_not_updated", 16, "out[j - 1] merges with out[j] (line 16) and nothing marks the tile it made: the next tile slides up ")],
    "fail_mini_sudoku": [("l2", "never_fires", 54, "this.grid[r][c] = 0 (line 54) clears this.grid[r][c], but this.grid[r][c] !== 0 (line 50) has alread")],
    "fail_needs_bubble": [("l2", "state_not_updated", 59, "this.needs.sort(…) (line 59) sorts this.needs itself in place, not a copy for what is returned, and ")],
    "fail_night_look_new_crops": [("l2", "state_not_updated", 46, "this.turnips.create(x, y, 'turnip_day') (line 46) always makes a new one with 'turnip_day', while th")],
    "fail_ore_haulers": [("l2", "state_not_updated", 71, "physics.moveTo(worker.sprite, …) (line 71) only sets worker.sprite's velocity towards the spot, and ")],
    "fail_pan_or_build": [("l2", "never_fires", 47, "p.getDistance() >= 8 (line 47) tells a drag from a click in the pointerdown handler, but when the bu")],
    "fail_phrase_hangman": [("l2", "never_fires", 55, "[...this.phrase].every(ch => this.guessed.has(ch)) (line 55) asks for every character of the phrase,")],
    "fail_pit_checkpoint_flags": [("l2", "wrong_argument", 71, "this.flags.getChildren().find((f) => f.getData('lit')) (line 71) in respawn() gives the first lit on")],
    "fail_pixel_undo": [("l2", "state_not_updated", 34, "s.before = s.pixels.slice() (line 34) is taken again for every cell the pointer moves over (paint() ")],
    "fail_plant_overwater": [("l2", "never_fires", 44, "if (this.moisture > 100…) (line 44) tests for more than 100 after this.setMoisture() (line 43), whic")],
    "fail_ration_rooms": [("l2", "wrong_argument", 57, "spot = room.getRandomPoint() (line 57) is a point anywhere in the rectangle, with fractional x and y")],
    "fail_road_drag": [("l2", "off_by_one", 74, "for (let i = 0; i < steps; …) (line 74) walks steps steps from the first cell, with steps the distan")],
    "fail_room_corridors": [("l2", "wrong_argument", 65, "hTunnel(a.x, b.x, a.y); this.vTunnel(a.y, b.y, a.x) (line 65): both legs of the L start from a, one ")],
    "fail_sketch_pad": [("l2", "state_not_updated", 40, "the pointermove handler draws from this.last (line 40) and moves it along, but nothing sets this.las")],
    "fail_slime_stomp_side_touch": [("l2", "wrong_argument", 78, "player.y < slime.y (line 78) takes a stomp from the middles, but this.player's texture is 44 pixels ")],
    "fail_snack_picker": [("l2", "wrong_argument", 70, "if (!this.selected) (line 70) takes 0 for nothing chosen, and this.selected is an index from 0 (line")],
    "fail_snake_quick_turn": [("l2", "wrong_argument", 44, "if (d.x === -this.nextDir.x && d.y === -this.nextDir.y) return (line 44) turns a reverse away by tes")],
    "fail_spring_pads_short_hop": [("l2", "state_not_updated", 76, "if (!this.cursors.up.isDown && body.velocity.y < -CUT_SPEED) { this.player.setVelocityY(-C… (line 76")],
    "fail_stair_diver": [("l2", "state_not_updated", 21, "stairs (line 21) keeps what the first this.buildFloor() returned, and the handler that reads it call")],
    "fail_step_sequencer": [("l2", "state_not_updated", 66, "changeBpm() makes this.clock again (line 66) without paused, while elsewhere this.clock.paused follo")],
    "fail_sticker_board": [("l2", "wrong_argument", 86, "the pop-in tween on sticker (line 86) runs scale from 0 to 1, and sticker had been given setScale(th")],
    "fail_symmetry_quilt": [("l2", "off_by_one", 88, "mc = GRID - c (line 88) mirrors c, which runs from 0 to GRID - 1: the mirror of 0 comes out as GRID,")],
    "fail_word_chain": [("l2", "wrong_argument", 42, "LETTER.test(…) (line 42) uses /[a-z]/gi (line 4), made once with the g flag: a global regex keeps la")],
    "fail_word_search": [("l2", "off_by_one", 72, "for (let i = 0; i < len; …) (line 72) walks len steps from the first cell, with len the distance to ")],
    "fail_workbench_queue": [("l2", "never_fires", 43, "if (!this.craftTimer) (line 43) asks whether this.craftTimer is still waiting, but the field keeps t")],
}

WORKING = ["pass_anagram_solver",
           "pass_avatar_maker",
           "pass_away_clock",
           "pass_barn_feed_hungriest",
           "pass_blocks_next_preview",
           "pass_blocks_turn_clockwise",
           "pass_carrot_yield_popup",
           "pass_cave_fade",
           "pass_cellar_parser",
           "pass_centipede_mushroom_cells",
           "pass_colony_modules",
           "pass_colouring_fill",
           "pass_comma_tutor",
           "pass_cooking_pot",
           "pass_crate_push",
           "pass_double_jump_tower",
           "pass_dynamite_mine",
           "pass_eye_boss_bar_crop",
           "pass_falling_words",
           "pass_farm_clock_12h",
           "pass_fish_tank",
           "pass_fog_new_floor",
           "pass_frogger_log_ride",
           "pass_gem_cascade",
           "pass_ghoul_paths",
           "pass_golem_enrage_flash",
           "pass_hamster_cage",
           "pass_hedgehog_blink_gems",
           "pass_inventory_overlay",
           "pass_junction_queue",
           "pass_key_doors",
           "pass_king_slime_intro",
           "pass_kitten_row",
           "pass_lava_lift_hand_physics",
           "pass_line_slide",
           "pass_market_square",
           "pass_market_trip_keeps_field",
           "pass_maze_ghosts_no_reverse",
           "pass_merge_tiles",
           "pass_mini_sudoku",
           "pass_needs_bubble",
           "pass_night_look_new_crops",
           "pass_ore_haulers",
           "pass_pan_or_build",
           "pass_phrase_hangman",
           "pass_pit_checkpoint_flags",
           "pass_pixel_undo",
           "pass_plant_overwater",
           "pass_pong_clock_bar",
           "pass_poop_patrol",
           "pass_ration_rooms",
           "pass_road_drag",
           "pass_room_corridors",
           "pass_sketch_pad",
           "pass_slime_stomp_side_touch",
           "pass_snack_picker",
           "pass_snake_quick_turn",
           "pass_spring_pads_short_hop",
           "pass_sprinkler_range",
           "pass_stair_diver",
           "pass_step_sequencer",
           "pass_sticker_board",
           "pass_symmetry_quilt",
           "pass_tug_and_barge",
           "pass_word_chain",
           "pass_word_search",
           "pass_workbench_queue"]

# task-level reasons: program -> (reason, words of the message)
TASK_FIT = {
    "fail_barn_feed_hungriest": ("l4:picks_wrong_end", "the task picks the hungriest (hungriest animal), but sort((a, b) => a.hunger - b.hunger)[0] (line 52"),
    "fail_colony_modules": ("l4:touching_refused", "the task lets pieces touch (may touch), but the place is refused by Intersects.RectangleToRectangle "),
    "fail_colouring_fill": ("l4:diagonal_neighbour", "the task allows only cells directly above, below, left or right (only up, down, left and right), but"),
    "fail_double_jump_tower": ("l4:triple_jump", "the task allows one more jump in mid-air (Double-jump), but this.airJumps = MAX_JUMPS; (line 80) giv"),
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
