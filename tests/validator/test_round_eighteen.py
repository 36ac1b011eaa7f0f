"""Meaning mistakes an eighteenth round of unseen programs (and the misses left from the rounds before) still passed:
a modal's dimming overlay made after its own OK button (it takes the button's clicks), cells found from
pointer.x while the board is drawn from an offset or inside a placed Container, a scene listed after the first
that nothing starts, a camera whose bounds stop short of the world the followed object rises into; an index picked with
Between(0, list.length) (one past the end), rows made by fill() with one array, camera bounds in tiles, and tiles
whose index no tileset holds (a level counted from 1); a counter set only in the constructor of a scene that restarts; a pause menu drawn under its level and
closed again before the run ends (now looked for while the run goes, and a long finding seen again is kept once); a Graphics whose hit area lies
away from its drawing, a geometry mask drawn away from what it masks, and a board whose frame (strokeRect) is
redrawn on a timer into a Graphics never cleared; Matter gravity written in Arcade's pixels, a game object's method
handed to a tween without its object, and aiming at the screen pointer in a world the camera follows; and (a
nineteenth round) a state object made in the constructor of a scene that restarts, a string given to
Utils.Array.Shuffle (nothing changes), and getLength() of a group whose members are disabled where a clear() only
builds the next level; a redrawn progress bar under its frame drawn after it, and a follower made away from the
start of the path it draws; a Matter throw scaled to a speed per second, a waypoint kept from the screen pointer in a
followed world, a container's parts made at its own position, and a Matter body made beside its drawn shape; and (a twentieth round) a toFixed() string added with +=, a
container's list walked while its items are destroyed, Date.now() against the scene clock, a Map saved as JSON, a
paused tween replayed from a method of its own, and bars redrawn under a raised HUD container, a faded Graphics under a backdrop drawn after it, a tween whose
target is a number (Phaser 2's scale point), and RND seeded while the layout comes from Math.Between; a Group given to Utils.Array.GetRandom, a timer
reset() without its callback, a group made again after the colliders took the first; no longer flagged: moving
obstacles whose collider ends the run (not platforms to ride), settings given again after group.add(); and a HUD camera that ignores the world made at the start but draws what
spawns later; and (a twenty-first round) a tween of CSS's opacity on a target read from a variable, and
input events listened for on the scene's own events. Each broken
program fails with its rule, line and message; the working ways pass."""
from __future__ import annotations

import pytest

from .conftest import missing_findings, validate_named

# program -> [(layer, kind, line, words the message must contain)]
EXPECTED = {
    "fail_modal_dimmer_over_its_ok": [("l3", "never_fires", None, "never run: an interactive dimming Rectangle (800x600) made after it lies over it")],
    "fail_tiles_click_ignores_board_offset": [("l2", "wrong_argument", 22, "Math.floor(pointer.x / TILE) (line 22) finds the cell from pointer.x, the pointer's place in the scene, but the cells are drawn from LEFT + c * TILE (line 18), 250 px further right")],
    "fail_board_container_click_unshifted": [("l2", "wrong_argument", 21, "the cells are drawn from the Container this.board at (220, 120) (line 9), 220 px further right")],
    "fail_hud_scene_never_launched": [("l2", "never_fires", 25, "only the first scene listed starts on its own, and nothing starts Hud ('hud')")],
    "fail_camera_bounds_miss_sky": [("l3", "misplaced", None, "out of the camera's bounds (setBounds(0, 0, 800, 3600)), where the program drew")],
    "fail_gem_colour_between_length": [("l2", "wrong_argument", 13, "Phaser.Math.Between(0, GEMS.length) (line 13) picks an index of GEMS (used at line 16), but Between includes its maximum")],
    "fail_rows_shared_by_fill": [("l2", "misplaced", 8, "every row of this.grid is the same array, and a write to one row (this.grid[r][c]) changes them all")],
    "fail_camera_bounds_in_tiles": [("l2", "wrong_argument", 16, "setBounds(..., map.width) (line 16): a Tilemap's width and height count tiles, not pixels")],
    "fail_tiles_counted_from_one": [("l3", "misplaced", None, "42 of the 70 tiles of a tilemap layer have an index (2) that none of its tilesets holds (2 tiles from index 0)")],
    "fail_counter_kept_on_restart": [("l2", "stale_state", 12, "this.taps starts at 0 in the constructor (line 5) and is stepped in play (line 12), and nothing sets it back: this.scene.restart() (line 19)")],
    "fail_pause_menu_listed_before_level": [("l3", "hidden", None, "scene 'pause' was started after scene 'level' as an overlay, but it is drawn under it")],
    "fail_buy_button_hit_area_at_origin": [("l3", "misplaced", None, "a Graphics at (0, 0) draws at (90, 400)..(210, 450) but its hit area covers (0, 0)..(120, 50)")],
    "fail_list_mask_drawn_at_origin": [("l3", "hidden", None, "is masked by a Graphics that draws only at (0, 0)..(300, 360): a geometry mask is in world space")],
    "fail_board_frame_redrawn_uncleared": [("l3", "never_fires", None, "a Graphics fills the same shapes again and again")],
    "fail_matter_gravity_in_pixels": [("l2", "wrong_argument", 15, "matter: { gravity: { y: 300 } } (line 15): Matter's gravity is a scale (1 is normal, 0 none)")],
    "fail_fade_oncomplete_unbound_destroy": [("l2", "never_fires", 13, "onComplete: bubble.destroy (line 13) hands over bubble's method without its object")],
    "fail_aim_screen_pointer_followed_world": [("l2", "wrong_argument", 15, "aims this.hero at pointer.x / pointer.y, the pointer's place on the screen, but the camera follows this.hero (line 12)")],
    # a nineteenth round
    "fail_board_state_made_in_constructor": [("l2", "stale_state", 5, "this.game3 is made in the constructor (line 5) and changed in play (g.cells[i] =), and nothing makes it again")],
    "fail_word_shuffled_as_string": [("l3", "wrong_argument", 9, "Utils.Array.Shuffle() argument 1 expects array, got the string \"PLANET\" (a string cannot be changed in place")],
    "fail_level_clear_counts_disabled": [("l2", "never_fires", 12, "this.coins.getLength() (line 12) counts every member")],
    "fail_progress_bar_under_its_frame": [("l3", "hidden", None, "a Graphics the program clears and draws again (drawn at (250, 290)..(550, 310)) lies wholly under the opaque fills of a Graphics drawn after it")],
    "fail_follower_offset_from_drawn_path": [("l2", "misplaced", 14, "places the follower at (0, 0), but the path starts at (80, 300), and startFollow() (line 15) without positionOnPath: true keeps that offset")],
    "fail_matter_launch_scaled_per_second": [("l2", "wrong_argument", 18, "ball.setVelocity(...) (line 18) gives a Matter body a speed of 700")],
    "fail_waypoint_kept_from_screen_pointer": [("l2", "wrong_argument", 17, "aims this.rover at this.target.x / this.target.y, kept from the pointer's place on the screen")],
    "fail_ship_parts_at_container_position": [("l2", "misplaced", 12, "this.add.container(x, y, [...]) (line 12) holds 4 objects made at (x, y) and round it (line 8)")],
    "fail_matter_pins_body_beside_shape": [("l2", "misplaced", 12, "this.matter.add.rectangle(x, y, ...) (line 12) makes a Matter body with no game object, beside the shape drawn at (x, y) (line 11)")],
    # a twentieth round
    "fail_income_tofixed_added": [("l2", "wrong_argument", 17, "this.coins += this.income (line 17): this.income is set from toFixed() (line 15), which gives a string")],
    "fail_list_rows_destroyed_while_walking": [("l2", "never_fires", 14, "this.rows.list.forEach that destroys each item (line 14)")],
    "fail_cooldown_two_clocks": [("l2", "wrong_argument", 14, "this.readyAt is set from Date.now() (line 17) and compared with this.time.now (line 14)")],
    "fail_loadout_map_saved_as_json": [("l2", "never_fires", 17, "JSON.stringify(...) (line 17) writes this.equipped, a Map: JSON writes a Map as {}")],
    "fail_shake_tween_replayed_in_method": [("l2", "never_fires", 15, "this.shake.play() replays a tween made with paused: true and no persist: true")],
    "fail_bars_under_raised_hud": [("l3", "hidden", None, "a Graphics the program clears and draws again (drawn at (120, 500)..(360, 556)) lies wholly under an opaque Container drawn after it")],
    "fail_faded_panel_under_backdrop": [("l3", "hidden", None, "a Graphics the program tweens (drawn at (300, 240)..(500, 360)) lies wholly under the opaque fills of a Graphics drawn after it")],
    "fail_tween_targets_scale_number": [("l2", "never_fires", 7, "targets: this.ellipse.scale (line 7) hands the tween a number")],
    "fail_seeded_layout_from_math_between": [("l2", "never_fires", 10, "Phaser.Math.RND.sow(...) (line 8) seeds Phaser's seeded generator, but the program takes its numbers from Phaser.Math.Between() (line 10)")],
    "fail_coin_on_random_group": [("l2", "wrong_argument", 11, "Utils.Array.GetRandom() argument 1 expects T[], got a Phaser.Physics.Arcade.StaticGroup (a Group has no length or items"),
                                  ("l3", "wrong_argument", 11, "(a Group has no length or items, so the call finds or changes nothing")],
    "fail_spawner_reset_without_callback": [("l2", "never_fires", 18, "this.spawner.reset({ delay }) (line 18) builds the timer again from this config alone: it has no callback and no loop")],
    "fail_wave_group_made_again": [("l2", "never_fires", 24, "this.drones = this.physics.add.group() again (line 24), but the overlaps with this.drones were made once (line 10)")],
    "fail_hud_camera_draws_spawned": [("l3", "misplaced", None, "a Star made while the run went (frame 30) is drawn by a second camera that ignores the 3 world objects made at the start")],
    # a twenty-first round
    "fail_pair_fade_opacity": [("l2", "unknown_key", 16, "opacity: ... in the tween (line 16): Phaser game objects have no opacity")],
    "fail_mole_click_on_scene_events": [("l2", "never_fires", 9, "this.events.on('gameobjectdown') (line 9): 'gameobjectdown' is emitted by the input plugin")],
}
WORKING = ["pass_pair_fade_alpha", "pass_mole_click_on_input", "pass_hud_camera_ignores_spawned", "pass_obstacle_group_ends_run", "pass_velocity_set_again_after_add", "pass_coin_on_random_group_child", "pass_spawner_reset_with_callback",
           "pass_wave_group_refilled", "pass_faded_panel_over_backdrop", "pass_tween_targets_ellipse_scale", "pass_seeded_layout_from_rnd", "pass_income_kept_as_number", "pass_list_rows_removed_all", "pass_cooldown_one_clock", "pass_loadout_map_saved_as_object",
           "pass_shake_tween_persists", "pass_bars_over_raised_hud", "pass_matter_launch_scaled_per_step", "pass_waypoint_kept_from_world_pointer", "pass_ship_parts_round_container_origin", "pass_matter_crates_body_on_shape", "pass_progress_bar_over_its_frame", "pass_follower_put_on_path", "pass_board_state_made_in_create", "pass_word_split_then_shuffled", "pass_level_clear_counts_active", "pass_tiled_map_from_files", "pass_matter_gravity_scale", "pass_fade_oncomplete_arrow_destroy", "pass_aim_world_pointer_followed_world", "pass_buy_button_hit_area_on_drawing", "pass_list_mask_drawn_over_it", "pass_board_frame_redrawn_cleared", "pass_pause_menu_listed_after_level", "pass_counter_reset_in_create", "pass_gem_colour_between_last_index", "pass_rows_made_one_by_one", "pass_camera_bounds_in_pixels", "pass_tiles_counted_from_one_firstgid",
           "pass_modal_dimmer_made_first", "pass_tiles_click_minus_board_offset", "pass_board_container_click_local",
           "pass_hud_scene_launched", "pass_camera_bounds_hold_sky"]


@pytest.fixture(scope="module")
def records(browser_validator):
    return validate_named(browser_validator, list(EXPECTED) + WORKING)


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


def test_a_long_finding_seen_again_is_kept_once(records):
    # the overlay check runs every half second: the same finding (over 300 characters) is recorded once
    hidden = [e for e in records["fail_pause_menu_listed_before_level"]["validation"]["errors"] if e["code"] == "api_misuse" and e["kind"] == "hidden"]
    assert len(hidden) == 1, hidden


AIM = """
class Arena extends Phaser.Scene {
  create() {
    this.hero = this.physics.add.sprite(400, 300, null);
    %s.startFollow(this.hero);
    this.input.on('pointerdown', (p) => {
      const shot = this.physics.add.sprite(this.hero.x, this.hero.y, null);
      this.physics.moveTo(shot, p.%s, p.%s, 300);
    });
  }
}
new Phaser.Game({ width: 800, height: 600, scene: Arena, physics: { default: 'arcade' } });
"""


@pytest.mark.parametrize("camera, x, y, fails", [
    ("this.cameras.main", "x", "y", True),  # the handler's own pointer parameter, moveTo
    ("this.cameras.main", "worldX", "worldY", False),
    ("this.cameras.add(600, 0, 200, 150)", "x", "y", False),  # a minimap follows: the main camera does not scroll
])
def test_aiming_at_the_screen_pointer_under_a_following_camera(static_validator, camera, x, y, fails):
    record = next(iter(static_validator.validate([{"request_id": "aim", "code": AIM % (camera, x, y), "prompt_meta": {"task": ""}}])))
    found = [e for e in record["validation"]["errors"] if "the pointer's place on the screen" in e["message"]]
    assert bool(found) is fails, record["validation"]["errors"]
    if fails:
        assert found[0]["line"] == 8 and "this.physics.moveTo(shot, p.x, p.y, 300) (line 8) aims shot at p.x / p.y" in found[0]["message"]
