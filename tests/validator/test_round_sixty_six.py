"""Mistakes left open from rounds 64 and 65 and found in round 66's sets, each written in correct Phaser calls.
Older misses: sand moved into the row the scan reaches next, headings averaged across the wrap, a camera panned to a
room's corner, a tween skipped with complete(), a run of dice broken by a repeat, a crate pushed onto another.
Round 66: idle and economy games (a K/M/B tier divided by 10, a price worked out once before the buying loop, a save
time from the scene clock, a reset before the read, a used-up count || a default, an unlock taken back by spending, a
key number used as an index, switch() putting a producer to sleep, a claim set late), rhythm games (a looked-up 0 taken
for missing, a beat on a yoyo's onRepeat, cells restored to one colour, repeatCount as an index, getElapsed() as the
offset, a bar scaled about its middle, a milestone at 0, the end at the last spawn, Wrap to COUNT - 1, a share of
logged hits), racing games (a ground scrolled against the world, BetweenY steering, ContainsRect swapped, solid boost
pads, a top speed left to drag, a list sorted under its indices, a Clamp to the count, points on any destroy), the
user's seeds rows 215-245 (a split screen's main view left whole, slice() given degrees, setVelocity(0) under gravity,
a knockback on a disabled body, a Graphics body left default, a blink stopped midway, a done count against another
list, a timer handle as a flag, a value raised past its cap, a number joined as text) and puzzle platformers (a static
body's touching read live, a rider carried twice, || before && on keys, the keyboard left off, progress saved
downwards, update()'s time as the level clock, every crate on some plate); and working programs two rules had wrongly
rejected (a timer under an outer branch that changes state, immovable members bouncing off the world's edges, a value
defaulted with || when handed in), 26 working look-alikes of round 66's mistakes written correctly (a working-only set), and from round 67 (menus,
tower defense, seeds rows 246-276): defaults written over by Object.assign, a drop zone left marked (no dragleave on
a drop), a float step past the end, points on a destroy that has two causes, getPoint by segments, forEach(async),
an index 0 taken for none, an acceleration taken for a speed, a pool counted with getLength(), a depth set on a
container's child, a fired one-shot timer unpaused, a white tint on a white picture, an enemy's walk tween left
running after it is killed, an escape counted as a kill, a 0-100 value given to FromPercent; and a must-use
InputPlugin met by setInteractive and drag events; a clock of the time since the game started in a program with no
levels is not a level clock.
Each broken program fails with its rule, line and message; each fixed copy passes with no finding."""
from __future__ import annotations

import pytest

from .conftest import missing_findings, validate_named

# program -> [(layer, kind, line, words the message must contain)]
EXPECTED = {
    "fail_accuracy_grade": [("l2", "wrong_argument", 54, "… / this.hitLog.length * 100 (line 54) shares out over this.hitLog, which only a hit adds to (line 3")],
    "fail_audio_sliders": [("l2", "wrong_argument", 79, "FromPercent(value, …) (line 79) is handed a value from this.values, kept from 0 to 100 (Percent(…) *")],
    "fail_backpack_grid": [("l2", "never_fires", 57, "icon.setDepth(…) (line 57) on a child of the container this.panel (added at line 51): a Container dr")],
    "fail_beat_tapper": [("l2", "wrong_argument", 49, "offset = this.beatTimer.getElapsed() (line 49) is the time since the last beat of the looping timer ")],
    "fail_berry_workers": [("l2", "stale_state", 66, "bush = this.bushes.find((b) => b.ripe && !b.claimed) (line 66) picks the first with claimed not set,")],
    "fail_blink_guard": [("l2", "state_not_updated", 35, "scene.blink.stop() (line 35) stops the endless alpha tween made at line 33 wherever it had got to, a")],
    "fail_blue_bullet_pool": [("l2", "wrong_argument", 69, "active = this.bullets.getLength() (line 69) counts every member of the pool, the ones put away too, ")],
    "fail_blue_dash_cooldown": [("l2", "state_not_updated", 44, "if (this.cooldown …) return (line 44) uses the timer kept in this.cooldown (line 55) as a flag, and ")],
    "fail_boost_pads": [("l2", "wrong_argument", 37, "physics.add.collider(car, pads, …) (line 37) makes pads solid: a collider pushes the two bodies apar")],
    "fail_bounty_road": [("l2", "wrong_argument", 85, "mob.once('destroy', …) (line 85) adds to this.gold whenever mob is destroyed, and mob.destroy() (lin")],
    "fail_chain_walkers": [("l2", "never_fires", 71, "e.walk (line 71) walks e with a tween whose onComplete costs something, and e is destroyed elsewhere")],
    "fail_coin_tycoon": [("l2", "wrong_argument", 7, "Math.pow(10, tier) (line 7) divides by 10 for each tier, and tier counts groups of three digits (Mat")],
    "fail_combo_banner": [("l2", "wrong_argument", 74, "this.combo % 10 === 0 (line 74) is true for 0 as well, and this.combo is set to 0 and then checked (")],
    "fail_cookie_unlocks": [("l2", "state_not_updated", 82, "u.unlocked = cookies >= … (line 82) works the unlocked state out again from cookies, what is held no")],
    "fail_cyan_dash_ring": [("l2", "wrong_argument", 75, "slice(…, start, end, …) (line 75) hands it start, worked out in degrees (line 69), and slice() takes")],
    "fail_dialogue_skip_leaves_line_cut": [("l2", "state_not_updated", 41, "this.typing.complete() (line 41) fires the onComplete of the tween made at line 25, but it does not ")],
    "fail_endless_waves": [("l2", "wrong_argument", 68, "this.retire(enemy) (line 68) is called for enemy leaving the screen, and retire() adds to this.kills")],
    "fail_fish_market": [("l2", "never_fires", 38, "this.scene.switch('Market') (line 38) puts 'Harbour' to sleep, and a sleeping scene's clock stops: t")],
    "fail_flock_headings_averaged": [("l2", "wrong_argument", 35, "headingSum += ….rotation (line 35) adds angles up and headingSum / … (line 47) takes their plain mea")],
    "fail_floor_equalizer": [("l2", "wrong_argument", 27, "bar (line 27) stands on FLOOR_Y with its origin in its middle (a rectangle's default), and its heigh")],
    "fail_fuel_road": [("l2", "wrong_argument", 76, "this.road.tilePositionY += … (line 76) moves the texture up, while the things on it move down at the")],
    "fail_gear_slots": [("l2", "state_not_updated", 57, "the 'dragleave' handler (line 57) undoes what 'dragenter' did (this.setGlow(zone, null)), and Phaser")],
    "fail_green_chaser": [("l2", "wrong_argument", 99, "accelerateToObject(this.ai, this.player, AI_SPEED…) (line 99) takes AI_SPEED as an acceleration, not")],
    "fail_green_sorter": [("l2", "never_fires", 91, "done === this.items.length (line 91) waits for one finished tween per item of this.items, but the tw")],
    "fail_highway_lanes": [("l2", "off_by_one", 22, "Clamp(this.lane + dir, 0, LANE_COUNT) (line 22) keeps values up to LANE_COUNT itself, while what it ")],
    "fail_honey_offline": [("l2", "wrong_argument", 62, "savedAt: this.time.now (line 62) saves the time on a clock that counts from when the game started, a")],
    "fail_key_vault": [("l2", "wrong_argument", 87, "this.cursors.up.isDown || this.wasd.W.isDown && grounded (line 87): && binds tighter than ||, so gro")],
    "fail_lane_highway": [("l2", "wrong_argument", 57, "if (!lane) (line 57) takes 0 for missing, and KEY_TO_LANE maps D to 0 (line 4): that entry is turned")],
    "fail_lava_lifts": [("l2", "wrong_argument", 47, "player.x += lift.body.deltaX() (line 47) in the collider's callback carries the rider along by hand,")],
    "fail_ledge_hopper": [("l2", "wrong_argument", 68, "this.player.setVelocity(0) (line 68) in update() sets the vertical speed to 0 as well, on every fram")],
    "fail_lever_works": [("l2", "state_not_updated", 68, "this.input.keyboard.enabled = false (line 68) turns the keys off and nothing turns them on again: th")],
    "fail_loop_ring": [("l2", "wrong_argument", 63, "Phaser.Math.Wrap(this.step + 1, 0, SLOTS - 1) (line 63): Wrap's top is left out (the value wraps whe")],
    "fail_options_reset": [("l2", "state_not_updated", 23, "Object.assign(DEFAULTS, …) (line 23) writes into DEFAULTS itself and hands it back: what is built on")],
    "fail_parking_bay": [("l2", "wrong_argument", 73, "ContainsRect(bounds, this.bayRect) (line 73) asks whether bounds holds all of this.bayRect: the firs")],
    "fail_pause_volume": [("l2", "off_by_one", 99, "if (… v < 1) v += 0.1 (line 99): steps of 0.1 do not add up exactly (ten of 0.1 make 0.9999999999999")],
    "fail_pendulum_metronome": [("l2", "never_fires", 29, "onRepeat (line 29) on a yoyo tween fires once per there-and-back, not at each end of the swing: the ")],
    "fail_pink_wave_timer": [("l2", "never_fires", 63, "this.nextWaveTimer.paused = false (line 63) starts the one-shot timer made at line 23 again each tim")],
    "fail_pink_waves": [("l2", "wrong_argument", 48, "'当前波次: ' + this.waveIndex + 1 (line 48): + goes from left to right, so the text and this.waveIndex a")],
    "fail_pizza_ovens": [("l2", "stale_state", 41, "price (line 41) is worked out once from state.ovens before the loop at line 42, and the loop adds to")],
    "fail_plate_gate": [("l2", "stale_state", 76, "this.plate.body.touching.up (line 76) is read from a static body (line 31), and Arcade clears touchi")],
    "fail_race_standings_ai": [("l2", "state_not_updated", 116, "this.cars.sort(…) (line 116) sorts this.cars itself in place, not a copy for ranking, and this.cars ")],
    "fail_recoil_flash": [("l2", "never_fires", 59, "player.body.enable = false (line 59) switches the body off, and the world moves no disabled body: th")],
    "fail_red_wanderers": [("l2", "wrong_argument", 37, "g (line 37) is a Graphics put into the physics group this.movers, and nothing sizes its body: a Grap")],
    "fail_regen_cells": [("l2", "off_by_one", 27, "if (scene.hp <= MAX_HP) scene.hp += 1 (line 27) still raises scene.hp when it is already at MAX_HP, ")],
    "fail_robot_lines": [("l2", "off_by_one", 40, "this.buy(n), which reads this.lines[index] (line 40) takes n, which runs from 1 to this.lines.length")],
    "fail_rooms_pan_to_corner": [("l2", "wrong_argument", 45, "pan(room.x, room.y) (line 45) puts the middle of the view on that point, and the x and y of each ite")],
    "fail_rush_hour_lives": [("l2", "wrong_argument", 39, "car.once('destroy', …) (line 39) adds to this.score whenever car is destroyed, and clear(true, true)")],
    "fail_sandbox_scanned_top_down": [("l2", "state_not_updated", 32, "this.grid[y + 1][x] = … (line 32) moves what is in this.grid's cell at y into the cell at y + 1, whi")],
    "fail_saved_unlocks": [("l2", "state_not_updated", 83, "localStorage.setItem(SAVE_KEY, …) (line 83) saves the level after this one as the progress, whatever")],
    "fail_simon_pads": [("l2", "wrong_argument", 52, "this.sequence[player.repeatCount] (line 52): a timer's repeatCount is how many repeats are still to ")],
    "fail_sokoban_box_onto_box": [("l2", "wrong_argument", 57, "isWall(br, bc) (line 57) is all that is asked of the cell behind the box found with scene.boxes.find")],
    "fail_song_results": [("l2", "wrong_order", 70, "this.next >= CHART.length (line 70) is true as soon as the last one is spawned (line 61), while the ")],
    "fail_spline_road": [("l2", "wrong_argument", 63, "this.road.getPoint(… / this.roadLength) (line 63) is handed a share of the curve's length, but getPo")],
    "fail_split_duel": [("l2", "wrong_argument", 57, "cameras.add(HALF + 2, …) (line 57) gives the second view part of the screen, and the main camera tha")],
    "fail_sprint_top_speed": [("l2", "never_fires", 32, "TOP_SPEED is used only in the drag (line 32), and Arcade applies drag only when the body has no acce")],
    "fail_staggered_wave": [("l2", "wrong_order", 41, "kinds.forEach(async …) (line 41) with an await inside: forEach does not wait for the promise each ca")],
    "fail_star_prestige": [("l2", "wrong_order", 34, "scene.runEarned (line 34) is read after resetRun(scene) (line 33), which has just set it to 0 (line ")],
    "fail_step_grid": [("l2", "state_not_updated", 77, "cell.setFillStyle(OFF_COLOR) (line 77) paints every cell in the off colour, while paint() at line 63")],
    "fail_switch_sprint": [("l2", "wrong_argument", 72, "this.clock.setText(…time…) (line 72) shows update()'s time, which counts from when the game started,")],
    "fail_title_skip_leaves_logo_midway": [("l2", "state_not_updated", 25, "this.drop.complete() (line 25) fires the onComplete of the tween made at line 9, but it does not mov")],
    "fail_tower_picker": [("l2", "wrong_argument", 44, "if (!this.choice) (line 44) takes 0 for nothing chosen, and this.choice is an index from 0 (line 36)")],
    "fail_trading_post": [("l2", "wrong_argument", 10, "item.stock || Infinity (line 10) takes Infinity whenever item.stock is 0, and stock is taken down in")],
    "fail_twin_plates": [("l2", "never_fires", 70, "this.crates.getChildren().every((crate) => plates.some(…)) (line 70) asks that every one of the 3 in")],
    "fail_warehouse_crate_onto_crate": [("l2", "wrong_argument", 58, "this.isWall(bx, by) (line 58) is all that is asked of the cell behind the crate found with this.crat")],
    "fail_waypoint_ai": [("l2", "wrong_argument", 52, "Angle.BetweenY (line 52) measures the angle from the y axis, for sprites drawn facing up, while this")],
    "fail_white_hurt": [("l2", "never_fires", 68, "this.hero.setTintFill(0xffffff) (line 68) fills this.hero with white, and its texture 'hero' is draw")],
    "fail_yacht_small_straight_duplicates": [("l2", "wrong_argument", 20, "sorted[i] === sorted[i - 1] + 1 (line 20) counts a run in sorted, sorted with its repeats kept (line")],
}

WORKING = ["pass_accuracy_grade",
           "pass_audio_sliders",
           "pass_backpack_grid",
           "pass_bakery_offline",
           "pass_beat_tapper",
           "pass_berry_workers",
           "pass_berry_workers_lookalike",
           "pass_blink_guard",
           "pass_blue_bullet_pool",
           "pass_blue_dash_cooldown",
           "pass_boost_pads",
           "pass_bounty_road",
           "pass_chain_walkers",
           "pass_clock_since_game_start",
           "pass_coin_levels",
           "pass_coin_tycoon",
           "pass_combo_banner",
           "pass_cookie_unlocks",
           "pass_cyan_dash_ring",
           "pass_dialogue_skip_leaves_line_cut",
           "pass_dice_straights",
           "pass_endless_waves",
           "pass_fish_market",
           "pass_fish_school",
           "pass_flock_headings_averaged",
           "pass_floor_equalizer",
           "pass_four_lane_notes",
           "pass_fuel_road",
           "pass_gear_slots",
           "pass_gem_mine_bars",
           "pass_green_chaser",
           "pass_green_sorter",
           "pass_highway_lanes",
           "pass_highway_lanes_lookalike",
           "pass_honey_offline",
           "pass_horse_standings",
           "pass_kart_boost_pads",
           "pass_key_vault",
           "pass_lane_highway",
           "pass_lava_lifts",
           "pass_ledge_hopper",
           "pass_lemonade_buy_max",
           "pass_lever_works",
           "pass_lift_plates",
           "pass_lives_default_on_restart",
           "pass_loop_ring",
           "pass_memory_deal",
           "pass_metronome_swing",
           "pass_options_reset",
           "pass_parking_bay",
           "pass_parking_levels",
           "pass_pause_volume",
           "pass_pendulum_metronome",
           "pass_pink_wave_timer",
           "pass_pink_waves",
           "pass_pizza_ovens",
           "pass_plate_gate",
           "pass_pointer_parking",
           "pass_potion_unlocks",
           "pass_race_standings_ai",
           "pass_recoil_flash",
           "pass_red_wanderers",
           "pass_regen_cells",
           "pass_robot_lines",
           "pass_rock_dodge_pause",
           "pass_room_pan",
           "pass_rooms_pan_to_corner",
           "pass_rush_hour_lives",
           "pass_sand_pile",
           "pass_sandbox_scanned_top_down",
           "pass_saved_unlocks",
           "pass_simon_pads",
           "pass_simon_pads_lookalike",
           "pass_sky_climb",
           "pass_slime_stomp",
           "pass_song_results",
           "pass_spline_road",
           "pass_split_duel",
           "pass_split_gem_hunt",
           "pass_sprint_top_speed",
           "pass_staggered_wave",
           "pass_star_prestige",
           "pass_step_grid",
           "pass_step_grid_lookalike",
           "pass_switch_sprint",
           "pass_title_skip_leaves_logo_midway",
           "pass_tower_picker",
           "pass_trading_post",
           "pass_twin_plates",
           "pass_typed_dialogue",
           "pass_warehouse_crate_onto_crate",
           "pass_warehouse_push",
           "pass_waypoint_ai",
           "pass_white_hurt",
           "pass_yacht_small_straight_duplicates"]


@pytest.fixture(scope="module")
def records(static_validator):
    return validate_named(static_validator, list(EXPECTED) + WORKING)


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


