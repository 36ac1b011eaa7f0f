"""Mistakes left open from round 67 and found in round 68's sets, each written in correct Phaser calls.
Round 67's left-overs: once() on a dialog button shown again, a path point shared by every walker (through a
constructor or an object literal), one click heard by two toggling listeners, a missing item compared with <, a state
tested twice in a row, an occupied set never told of a move, a scroll window one row past, a paused game drawn over the
menu, a seeded layout drawn apart from its sow, branches after two tests that cover every value, two locked menu
entries stepped over by one if, a sell price that halves the last term only, a reach search that expands its limit.
Round 69 (first seen after round 68's rules): a key table entry 0 taken for missing by if (idx), a serve flag that a ball reset never clears, a stored 0 read back as unset by || in a getter whose 0 the program tests, a previous-prices table made the same object as the prices, a looping timer removed and kept as a flag, a slide that asks about the cell it is on. Round 68: physics puzzles (prev made the same vector as pos, a rest speed read under gravity, add.line about its middle, gravity turned off only once, a state nothing leads out of, mirror() for a bounce, a filtered array tested as a flag), shooters (a small circle body left in the corner, a pointer's world point gone stale under a scrolling
camera, a defeat paid on every hit while the boss fades, group.clear() leaving bullets, a pooled lifetime timer, a
hold-to-fire timer's late first shot, a fan that leans, PlaceOnCircle from a moving start), educational games (Pad's
default on both sides, NumberArrayStep against the task's range, trial division short of the root, a lock freed on one
branch, a polygon's signed area, data handed to a scene and changed before it starts, CounterClockwise counted from
North, add.line(0, 0) about its middle), board games (negamax's minus dropped at the top, some() with a claiming
callback, a move lock kept on an early return, the start cell counted both ways, a chain's end on every step,
Objects.Clone's shared rows, a changedata-<key> listener's arguments) and the user's seeds rows 277-299 (an emit-only
particle value eased, a saved 0 that keeps the current value, a level's walls left by clear(), a death tween killed
by hit feedback, a share whose minus binds last, a pool with no maxSize); and working programs four rules had wrongly
rejected (a hitbox's size given as its radius, a boss faded out that is no pool member, a turn label listener that
only shows what it is handed, a turret's aim stepped per shot), and 26 working look-alikes of round 68's mistakes written correctly, three of which had been wrongly rejected (a small circle body found on another sprite by a name inside another name, a count of levels cleared clamped to the number of levels, a running tally made in the constructor to outlast restarts), and a marble game whose ring { x, y, r } handed to BetweenPoints was counted as an unknown key.
Each broken program fails with its rule, line and message; each fixed copy passes with no finding."""
from __future__ import annotations

import pytest

from .conftest import missing_findings, validate_named

# program -> [(layer, kind, line, words the message must contain)]
EXPECTED = {
    "fail_angle_maker": [("l2", "wrong_argument", 57, "Phaser.Math.Angle.CounterClockwise(…) (line 57) counts from North (0 up, 90 left), while this progra")],
    "fail_area_quiz": [("l2", "wrong_argument", 44, "poly.area (line 44) keeps the sign of the polygon's winding (Phaser works it out as -sum / 2), so fo")],
    "fail_boss_bonus": [("l2", "state_not_updated", 67, "hitBoss() (line 61) calls this.defeatBoss() whenever boss.hp <= 0 (line 67), and defeatBoss() sets t")],
    "fail_breakout_serve_again": [("l2", "state_not_updated", 74, "resetBall() (line 74) puts this.ball back and stops it, but never sets this.launched back to false, ")],
    "fail_button_barrier": [("l2", "never_fires", 56, "if (p.vy >= 0) (line 49) … else if (p.vy < 0) (line 53) cover every value between them, so the branc")],
    "fail_cannon_bucket": [("l2", "state_not_updated", 69, "this.ball's gravity is turned off only in create() (line 33) and on when it is fired (line 83); the ")],
    "fail_checkers_turn": [("l2", "wrong_argument", 38, "on('changedata-turn', (scene, key, value) => ...) (line 38): a key's own changedata event passes (pa")],
    "fail_click_pause_cyan": [("l2", "wrong_order", 42, "shade.on('pointerdown', …) (line 42) and the scene's this.input.on('pointerdown', …) (line 47) both ")],
    "fail_coin_purse": [("l2", "wrong_argument", 12, "Phaser.Utils.String.Pad(cents % 100, 2, '0') (line 12) gives no direction, and Pad's default (3) pad")],
    "fail_craft_bench": [("l2", "wrong_argument", 44, "this.inv[item] < (line 44) reads this.inv[item] for a key it may not hold: this.inv starts with Wood")],
    "fail_creep_vectors": [("l2", "state_not_updated", 59, "new Creep(…, PATH[0], …) (line 59) hands over PATH[0] itself, Creep keeps it as this.pos without a c")],
    "fail_creeps_literal_share_point": [("l2", "state_not_updated", 4, "{ pos: PATH[0] } (line 4) stores PATH[0] itself, not a copy, and the pos is changed in place (line 5")],
    "fail_crown_tower": [("l2", "never_fires", 84, "if (!standing) (line 84) tests standing, the array filter() made (line 83): an array is truthy even ")],
    "fail_cyan_cooldown": [("l2", "wrong_argument", 35, "COOLDOWN_MS - remaining / COOLDOWN_MS (line 35): / goes before -, so this is COOLDOWN_MS minus remai")],
    "fail_deflector_shot": [("l2", "wrong_argument", 90, "this.vel.mirror(normal) (line 90): Vector2.mirror reflects about normal and then negates the result,")],
    "fail_dots_boxes": [("l2", "wrong_order", 102, "neighbours.some(… this.tryClaim(…)) (line 102): tryClaim() changes the game (line 119) as well as an")],
    "fail_focus_hitbox": [("l2", "misplaced", 25, "this.player.body.setCircle(HITBOX_R) (line 25) gives a 6 px circle to a 28x32 sprite without offsets")],
    "fail_golf_holes": [("l2", "state_not_updated", 88, "this.state = 'sunk' (line 88) is never left: no assignment leads out of 'sunk' (the others happen on")],
    "fail_gomoku_five": [("l2", "off_by_one", 102, "forward.length + backward.length >= 5 (line 102): run() starts its walk on the cell it is given (lin")],
    "fail_gray_burst": [("l2", "wrong_argument", 46, "angle: {start: 0, end: 360} (line 46) in a particle emitter: angle is given to a particle once, as i")],
    "fail_hoe_durability": [("l2", "state_not_updated", 49, "return d || MAX_DUR (line 49) in getDurability(): a stored 0 is falsy, so getDurability() hands back")],
    "fail_homing_missiles": [("l2", "state_not_updated", 59, "this.time.delayedCall(…) (line 59) ends the life of m, a member of this.missiles that a hit can put ")],
    "fail_ice_slide": [("l2", "off_by_one", 66, "while (!this.isRock(x, y)) (line 66) asks about the cell the slider is on and steps on until that ce")],
    "fail_kalah_sow": [("l2", "state_not_updated", 97, "finishMove() clears this.busy at line 113, but returns before it at line 97: on that path this.busy ")],
    "fail_knight_reach": [("l2", "wrong_argument", 27, "if (cur.d > MOVE) (line 27) lets a place at distance MOVE go on to its neighbours, which are recorde")],
    "fail_ladders_cpu": [("l2", "wrong_order", 98, "hops.push({ …, onComplete: this.landed… }) (line 98) puts the end of the move on every tween of the ")],
    "fail_line_plotter": [("l2", "misplaced", 103, "this.add.line(0, 0, …) (line 103) with the points given in screen coordinates: a Line's origin is 0.")],
    "fail_market_price_arrows": [("l2", "state_not_updated", 39, "this.prevPrices = this.prices (line 39) makes prevPrices the same object as prices, and prices is th")],
    "fail_mines_timer": [("l2", "state_not_updated", 48, "if (this.clock) return (line 48) stops a second looping timer from being made, and the timer is remo")],
    "fail_missile_battery_keys": [("l2", "never_fires", 31, "if (idx) (line 31) tests idx, looked up in KEYS (line 28), where Digit1 maps to 0: 0 is falsy, so th")],
    "fail_orange_seed_layout": [("l2", "wrong_order", 61, "Phaser.Math.RND.sow() (line 61) comes before a delayed placeObstacles() that draws the layout, and u")],
    "fail_orbit_shield": [("l2", "wrong_argument", 82, "PlaceOnCircle(…, this.spin) (line 82) moves the start angle and leaves the end angle at its default ")],
    "fail_pendulum_cup": [("l2", "misplaced", 27, "this.add.line(0, 0, …) (line 27) with the points given in screen coordinates: a Line's origin is 0.5")],
    "fail_pink_seed_rebuild": [("l2", "state_not_updated", 27, "this.build() (line 27) draws its layout from Phaser.Math.RND, and only the call at line 41 sows the ")],
    "fail_prime_catcher": [("l2", "off_by_one", 4, "i < Math.sqrt(n) (line 4) stops before the square root, so a square of a prime (4, 9, 25, 49) is nev")],
    "fail_purple_levels": [("l2", "never_fires", 46, "this.walls.clear() (line 46) only takes the objects out of the group: removeFromScene and destroyChi")],
    "fail_quest_log": [("l2", "wrong_argument", 63, "this.top = this.sel - VISIBLE (line 63) when this.sel passes the window's last row: the window shows")],
    "fail_reversi_greedy": [("l2", "state_not_updated", 95, "Phaser.Utils.Objects.Clone(this.state) (line 95) copies one level only: the arrays inside sim are th")],
    "fail_rope_candy": [("l2", "state_not_updated", 86, "p.prev = p.pos (line 86) makes prev the same object as pos, and pos is then changed in place (line 8")],
    "fail_round_results": [("l2", "wrong_order", 66, "this.scene.launch('Results', this.stats) (line 66) hands this.stats over as it is, not a copy, and t")],
    "fail_save_slot": [("l2", "state_not_updated", 74, "this.score = Number(data.score) || this.score; (line 74): a saved score of 0 is falsy, so loading it")],
    "fail_sell_refund": [("l2", "wrong_argument", 69, "BUILD_COST + tower.getData('upgrades') * UPGRADE_COST / 2 (line 69) in refundOf(): / goes before +, ")],
    "fail_shop_confirm": [("l2", "never_fires", 46, "yes.once('pointerdown', …) (line 46) is bound once in create(), but this.dialog, which holds yes, is")],
    "fail_sling_birds": [("l2", "never_fires", 121, "body.speed < 6 (line 121) as a test for having stopped: Arcade works out body.speed after adding a f")],
    "fail_smart_bomb": [("l2", "never_fires", 101, "state.enemyBullets.clear() (line 101) only takes the objects out of the group: removeFromScene and d")],
    "fail_smithy_menu": [("l2", "wrong_order", 99, "if (this.level === 'items') (line 95) ends with this.level set to 'categories', and the next test if")],
    "fail_space_pause_menu": [("l2", "state_not_updated", 89, "this.scene.start('MenuScene') (line 89) in PauseScene stops only PauseScene: GameScene, paused behin")],
    "fail_spread_upgrade": [("l2", "wrong_argument", 67, "(i - n / 2) * SPREAD (line 67) for i from 0 to n - 1 runs from -n/2 to n/2 - 1 steps: the fan is not")],
    "fail_squad_tactics": [("l2", "state_not_updated", 109, "taken = new Set(…) (line 109) lists the occupied places once, before the loop over this.reds; the lo")],
    "fail_tap_autofire": [("l2", "wrong_order", 28, "the key's press starts a looping timer (line 28) that calls shoot() every 200 ms and the release rem")],
    "fail_times_grid": [("l2", "off_by_one", 2, "Phaser.Utils.Array.NumberArrayStep(1, 10) (line 2) stops before its end, so it never holds 10, while")],
    "fail_times_race": [("l2", "state_not_updated", 101, "submit() sets this.locked = true (line 88) and only one branch of its if lets go of it: the else bra")],
    "fail_title_locked": [("l2", "wrong_order", 34, "if (ENTRIES[next].locked) (line 34) steps over one locked entry only, and ENTRIES has two in a row (")],
    "fail_ttt_negamax": [("l2", "wrong_argument", 97, "this.negamax(…) (line 97) is called after the computer's move, so it scores the position for the sid")],
    "fail_twinstick_arena": [("l2", "state_not_updated", 93, "pointer.worldX read in update() (line 93) while the camera scrolls: the pointer's world position is ")],
    "fail_white_boss": [("l2", "wrong_order", 65, "this.punch(…) (line 65) runs after this.defeatBoss() (line 64) in the same hit: defeatBoss() starts ")],
    "fail_yellow_pool": [("l2", "never_fires", 52, "this.bullets.getFirstDead(true…) (line 52) on a group made without maxSize (line 33): when every mem")],
}

WORKING = ["pass_angle_maker",
           "pass_area_quiz",
           "pass_boss_bonus",
           "pass_breakout_serve_again",
           "pass_button_barrier",
           "pass_cannon_bucket",
           "pass_checkers_turn",
           "pass_click_pause_cyan",
           "pass_coin_purse",
           "pass_craft_bench",
           "pass_creep_vectors",
           "pass_creeps_literal_own_point",
           "pass_crown_tower",
           "pass_cyan_cooldown",
           "pass_deflector_shot",
           "pass_dots_boxes",
           "pass_focus_hitbox",
           "pass_golf_holes",
           "pass_gomoku_five",
           "pass_gray_burst",
           "pass_hoe_durability",
           "pass_homing_missiles",
           "pass_ice_slide",
           "pass_kalah_sow",
           "pass_knight_reach",
           "pass_ladders_cpu",
           "pass_level_select",
           "pass_line_plotter",
           "pass_marble_ring",
           "pass_market_price_arrows",
           "pass_mines_timer",
           "pass_missile_battery_keys",
           "pass_negamax_ttt",
           "pass_orange_seed_layout",
           "pass_orbit_guard",
           "pass_orbit_shield",
           "pass_pendulum_cup",
           "pass_pink_seed_rebuild",
           "pass_prime_catcher",
           "pass_purple_levels",
           "pass_quest_log",
           "pass_reversi_greedy",
           "pass_rope_candy",
           "pass_round_results",
           "pass_save_slot",
           "pass_sell_refund",
           "pass_shop_confirm",
           "pass_sling_birds",
           "pass_smart_bomb",
           "pass_smithy_menu",
           "pass_space_pause_menu",
           "pass_spread_upgrade",
           "pass_squad_tactics",
           "pass_tap_autofire",
           "pass_times_grid",
           "pass_times_race",
           "pass_title_locked",
           "pass_ttt_negamax",
           "pass_twinstick_arena",
           "pass_white_boss",
           "pass_yellow_pool"]


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


