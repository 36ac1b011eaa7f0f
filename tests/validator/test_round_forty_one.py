"""Mistakes of a forty-first round of unseen programs (seeds, idle and city builders, driving and puzzle platformers,
visual effects): a delay kept in seconds in a settings object (CFG.shield = 2) handed to delayedCall(); a timer read
after remove(), which sets its elapsed time to the whole delay; a rate per second times update()'s delta in
milliseconds; RoundTo(n / 1000, 1), whose positive place rounds to tens; a looping timer's args: [this.field], copied
when the timer is made; the game's 'hidden' / 'visible' heard on a scene's events; camera bounds given in grid cells
(a settings object's size); a cell found from pointer.x while the camera is scrolled by keys; a shape made with fill
alpha 0 whose object alpha is set in update(); (r * 8 + c) % 2 for a checkerboard (stripes); an Arcade angular
velocity in radians; a process callback testing body.bottom <= top (always false once they overlap); a zoomed-out
minimap camera scrolled to (0, 0); pool members made above the view and put away by an "outside the view" test in
the frame they appear; a one-off change (a point, a key used up) in an overlap or collide callback whose object is
taken away only when a tween ends, so it counts once a frame until then; a UI scene listed first that launches a game
scene whose camera fills its background (drawn over the UI); camera bounds of the screen's size read at run time
(this.scale.width) in a bigger physics world; checkCollision.bottom (the sides are up, down, left, right); a blast's
radius tested while a tween grows it by scale; changedata heard on an alias of this.events (const bus = this.events)
for registry keys; getTileAt(a.sprite.x + dx * TILE, ...) (a tile size that only multiplies keeps pixels); a runner's
obstacles made at this.scale.width + 60 while the camera follows; a group's length read right after a member is
disabled (const left = group.getChildren().length); timeline events timed with 'delay' (the timeline reads at / in /
from); a 'worldbounds' handler whose side parameters are not in Arcade's order (up, down, left, right); a Graphics
made at (0, 0) that draws away from it, whose x, y are read as the place of what it draws; a game object's 'setdata' listened for while its keys are set again; scene.wake(key, data)
to a scene that reads its data in init(); this.input.on('drop', (pointer, zone, item)) (the plugin passes the dragged
object first); a key listener added by a method that runs again each turn and never taken off; killTweensOf(text) to skip a typewriter that runs on an addCounter tween; cam.pan(pointer.x, pointer.y) (pan takes a world place); an emitter
following a Container's child (its x, y are local); a follower made at (0, 0) on a drawn path whose start is read from
data, without positionOnPath; maxParticles on an emitter fired again and again with explode() (the cap counts every
particle ever made); (L3) a Container fixed to the view whose clickable children keep scroll factor 1. Mended: a Container
waiting on the view's right edge (a drawer that slides in) was taken for one whose children were placed at screen
coordinates; a change made in one branch of a key handler and a restart() in another branch (they never run in the same
call) was taken for a change the restart wipes; a seed's must-use 'setDrag' called on a body whose type the
analysis lost (b.setDamping(true).setDrag(0.4)) was not met; nor a must-use name written as a config key (deathZone), nor 'processCallback' passed as collider()'s fourth argument;
a screen-sized shade made at (0, 0) as a child of a container at the middle; a stopwatch timer (no callback, an hour
long) reset each lap; lives counted down and the scene restarted when they run out. Each broken program fails with its rule, line and message; the working ways pass."""
from __future__ import annotations

import pytest

from .conftest import missing_findings, validate_named

# program -> [(layer, kind, line, words the message must contain)]
EXPECTED = {
    "fail_shield_seconds_in_settings": [("l2", "wrong_argument", 23, "SETTINGS.shield = 2 ms is less than a frame")],
    "fail_lap_time_read_after_remove": [("l2", "wrong_argument", 16, "remove() sets the timer's elapsed time to its whole delay")],
    "fail_bakery_income_per_second_times_delta": [("l2", "wrong_argument", 17, "is a rate per second and delta counts milliseconds")],
    "fail_score_short_format_round_to_tens": [("l2", "wrong_argument", 7, "a positive place rounds to 10s")],
    "fail_mill_income_timer_args_copied": [("l2", "never_fires", 15, "an array made once with the number the field held then")],
    "fail_offline_bonus_hidden_on_scene_events": [("l2", "never_fires", 9, "'hidden' is emitted by the game, on this.game.events")],
    "fail_ranch_camera_bounds_in_cells": [("l2", "misplaced", 16, "setBounds(0, 0, 50, 30)")],
    "fail_town_plot_screen_pointer_key_scroll": [("l2", "wrong_argument", 23, "the pointer's place on the screen, but the main camera is scrolled (line 27)")],
    "fail_dusk_overlay_fill_alpha_zero": [("l2", "never_fires", 14, "the rectangle was made with a fill alpha of 0 (line 8)")],
    "fail_chess_board_index_parity": [("l2", "wrong_argument", 11, "with rows 8 long, an even number, the index's parity is col's alone")],
    "fail_kart_turn_rate_radians": [("l2", "wrong_argument", 14, "an Arcade body's angular velocity counts degrees per second")],
    "fail_cloud_platform_process_after_move": [("l2", "never_fires", 12, "it runs only for bodies that already overlap, after this step moved them")],
    "fail_track_minimap_scrolled_to_corner": [("l2", "misplaced", 15, "a camera zooms round its middle, so at scroll (0, 0)")],
    "fail_snowflakes_recycled_where_made": [("l2", "never_fires", 20, "which is already true where they are made")],
    "fail_gem_pickup_counts_while_fading": [("l2", "never_fires", 16, "happens on every frame the two still touch: gem is taken away only later (line 18)")],
    "fail_pause_hud_scene_listed_first": [("l2", "hidden", 21, "Play's camera fills its background (line 16) over everything Hud draws")],
    "fail_long_level_camera_bounds_screen_size": [("l2", "misplaced", 13, "setBounds(0, 0, 640, 480)")],
    "fail_breakout_floor_check_collision_bottom": [("l2", "wrong_argument", 6, "checkCollision has up, down, left, right and none, and no 'bottom'")],
    "fail_blast_radius_without_scale": [("l2", "wrong_argument", 23, "leaves b.radius at what it was made with")],
    "fail_hud_bus_alias_for_registry": [("l2", "never_fires", 16, "bus.on('changedata-score') (bus = this.events)")],
    "fail_maze_tile_at_sprite_pixels": [("l2", "wrong_argument", 23, "getTileAt() takes tile columns and rows, and these are pixel positions")],
    "fail_runner_rocks_at_screen_edge": [("l2", "misplaced", 17, "makes it at x = this.scale.width + 40, the screen's right edge")],
    "fail_invaders_speed_from_disabled_count": [("l2", "never_fires", 13, "is read after inv is disabled (line 12)")],
    "fail_countdown_timeline_delay_key": [("l2", "wrong_argument", 9, "these events give 'delay' (line 9), which the timeline does not read")],
    "fail_bumper_worldbounds_side_names": [("l2", "wrong_argument", 9, "Arcade passes (body, up, down, left, right), so 'left' gets the up flag")],
    "fail_magnet_graphics_at_origin": [("l2", "wrong_argument", 21, "was made with this.add.graphics() at (0, 0) and only draws away from it (line 8)")],
    "fail_armour_panel_setdata_on_hero": [("l2", "never_fires", 9, "a game object emits 'setdata' only when a key is first made")],
    "fail_dungeon_wake_data_in_init": [("l2", "never_fires", 17, "waking a scene does not run its init() again")],
    "fail_sorting_drop_zone_named_first": [("l2", "wrong_argument", 13, "the input plugin passes (pointer, gameObject, dropZone)")],
    "fail_duel_space_listener_each_turn": [("l2", "never_fires", 12, "is added in yourTurn(), which runs again")],
    "fail_typewriter_skip_kills_text_tweens": [("l2", "never_fires", 13, "stops the tweens whose target is this.msg, and none is")],
    "fail_map_click_pan_screen_point": [("l2", "wrong_argument", 9, "pan() takes a place in the world, and pointer.x, pointer.y are the pointer's place on the screen")],
    "fail_jet_trail_follows_container_child": [("l2", "misplaced", 10, "this.nozzle is a child of a Container (line 9)")],
    "fail_neon_orbs_follower_at_origin": [("l2", "misplaced", 14, "but the path starts at (POINTS[0].x, POINTS[0].y)")],
    "fail_confetti_bursts_max_particles": [("l2", "never_fires", 15, "after 2 bursts it is at its limit for good")],
    "fail_shop_panel_fixed_container_only": [("l3", "misplaced", None, "Phaser hit-tests each child with its own scroll factor")],
}
WORKING = ["pass_shield_milliseconds_in_settings", "pass_lap_time_read_before_remove", "pass_bakery_income_per_second_over_1000",
           "pass_score_short_format_one_decimal", "pass_mill_income_timer_reads_field", "pass_offline_bonus_hidden_on_game_events",
           "pass_ranch_camera_bounds_in_pixels", "pass_town_plot_world_pointer_key_scroll", "pass_upgrade_drawer_slides_in_from_edge",
           "pass_dusk_overlay_object_alpha", "pass_chess_board_row_plus_column", "pass_kart_turn_rate_degrees",
           "pass_cloud_platform_process_from_prev", "pass_track_minimap_centred",
           "pass_snowflakes_recycled_below", "pass_shop_panel_children_fixed_too",
           "pass_gem_pickup_body_off_first", "pass_pause_hud_scene_brought_to_top", "pass_long_level_camera_bounds_level_size",
           "pass_rover_turn_and_restart_other_key", "pass_breakout_floor_check_collision_down", "pass_blast_radius_times_scale",
           "pass_hud_bus_alias_registry_events", "pass_maze_tile_at_world_xy", "pass_runner_rocks_ahead_of_camera",
           "pass_invaders_speed_from_active_count", "pass_billiards_drag_after_damping_chain",
           "pass_countdown_timeline_at_key", "pass_bumper_worldbounds_in_order", "pass_magnet_graphics_placed",
           "pass_armour_panel_changedata_on_hero", "pass_dungeon_wake_data_from_event", "pass_sorting_drop_in_plugin_order",
           "pass_duel_space_listener_once", "pass_offline_panel_shade_in_container", "pass_lap_stopwatch_reset_each_lap",
           "pass_dodger_restart_when_lives_run_out", "pass_sparks_death_zone_must_use",
           "pass_typewriter_skip_stops_counter", "pass_map_click_pan_world_point", "pass_jet_trail_follows_container",
           "pass_neon_orbs_position_on_path", "pass_ledges_process_callback_must_use",
           "pass_confetti_bursts_max_alive"]


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
