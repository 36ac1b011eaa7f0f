"""Mistakes of rounds 49 and 50 of unseen programs (seeds, toys, grid games), each written in correct Phaser calls: a Graphics
placed at a point and drawn at that point again (through setPosition, or points worked out around it); a drawing made
on a Graphics that update() clears each frame; a seeded generator made afresh in a helper called in a loop; a 0-100
counter used as an alpha; Math.round(t / BEAT * BEAT); RotateAround turning one point by a growing angle; a key
compared with capital letters; restart() passing a key init() does not read; a Set of objects searched for a field; a
pool whose shots are only hidden beside drones that are destroyed (a destroy() on another group's member used to count
as freeing the pool); a var declared in a loop's body read by a later timer; a repeating timer's args copied from a
field that a shop table's callback raises; a template whose nested stats object Object.assign shares; sprites that
keep their cell in .col/.row tested for neighbours by their pixel x and y; a field set from event.key beside named
numbers and compared with ===; and, from round 50's seeds, fillRect given the far corner for its size, a bounce
turned round again in a worldbounds handler, a Group's length, a data value changed in a local and never stored back,
an else-if that asks for more than the if before it, and setCollisionByExclusion([-1]) on rows with no -1; from round
50's action and puzzle sets, pool members put away by hiding alone, a group config speed copied from a field that grows,
data read after destroy(), a clock shown from a looping timer's elapsed time, a pad "lit" by fillStyle in a helper, and
Arcade's timeScale set to a pace that grows, a dragend's dropped tested with no drop zone. Also left alone: a must-use 'changedata' met by 'changedata-score', and a
static ground hidden under a ground line drawn a little apart. Round 51: data written under one key and read under
another, a guard field nothing sets, a 'ready' listener added in create(), a count tested past the number of times its
timer runs, a table looked up with a field that only holds other keys, a data key written as a property, a
position moved by delta-based steps compared === with its goal, an emitter paused and then only started, a Container's width read with no size set, a Matter
pair's body sought among game objects, a list searched for the head just added to it, a shared direction flipped
once per member at the edge, a win test run right after the tween whose onComplete makes the move; left alone: a sequence index reset in a
method handed to delayedCall, a tween of a random sway that drew 0 once (its twins from the same line move), and a
must-use JavaScript built-in (Map) met by new Map().
Each broken program fails with its rule, line and message; the working ways pass, among them the fixed copies, the
idioms the rules leave alone (a list of dots update() redraws, a rotation by the same step each pass, a case folded
first), a named pointer handler meeting a must-use Pointer, and a fog of war whose cells are lifted by alpha."""
from __future__ import annotations

import pytest

from .conftest import missing_findings, validate_named

# program -> [(layer, kind, line, words the message must contain)]
EXPECTED = {
    "fail_badge_graphics_placed_and_drawn_at_click": [("l2", "misplaced", 11, "draws at p.x, p.y on badge, which already stands at p.x, p.y (line 9)")],
    "fail_kites_points_around_graphics_place": [("l2", "misplaced", 14, "draws at kx, ky on kite, which already stands at kx, ky (line 11)")],
    "fail_sketch_dots_cleared_by_cursor_ring": [("l2", "misplaced", 12, "draws on this.ink, which update() clears every frame (line 19)")],
    "fail_cave_crystals_generator_per_call": [("l2", "misplaced", 16, "with the same seed on every call of crystalSpot(), which is called in a loop")],
    "fail_ghost_fade_counter_percent": [("l2", "wrong_argument", 14, "sets the alpha from a counter that runs from 0 to 100 (line 7)")],
    "fail_metronome_snap_inside_round": [("l2", "wrong_argument", 8, "this.clock / BEAT * BEAT is this.clock again before Math.round() sees it")],
    "fail_flower_petals_rotations_add_up": [("l2", "misplaced", 9, "turns tip, made once before the loop (line 5), by an angle that grows with i")],
    "fail_typing_letters_in_capitals": [("l2", "never_fires", 10, "looks for event.key among capital letters")],
    "fail_tower_floor_passed_as_level": [("l2", "never_fires", 17, "passes 'level', but the scene's init(data) reads 'floor'")],
    "fail_vault_key_set_has_colour": [("l2", "never_fires", 25, "looks for this.door.color in this.keysHeld, but the Set holds objects")],
    "fail_turret_pool_hidden_beside_destroyed_drones": [("l2", "never_fires", 18, "takes from a pool of maxSize 15 (line 6), and nothing ever makes a member inactive")],
    "fail_bakers_var_in_loop_body_timer": [("l2", "wrong_argument", 18, "var baker in the loop (line 13): the handler made in the loop and given to delayedCall()")],
    "fail_lemonade_shop_table_raises_timer_args": [("l2", "never_fires", 6, "this.perSecond changes at line 6, but the timer of line 13 hands its callback args")],
    "fail_jewels_neighbours_by_pixels": [("l2", "wrong_argument", 21, "counts cells with x and y, but jewel is a game object whose x and y are pixels")],
    "fail_garden_tool_key_string_beside_ids": [("l2", "wrong_argument", 16, "this.tool = event.key (line 16) stores the key typed, a string ('1'), while this.tool = GRASS (line 6)")],
    "fail_tiles_rect_far_corner_as_size": [("l2", "wrong_argument", 9, "fillRect() takes (x, y, width, height), and x+40 is the far corner, not a width")],
    "fail_puck_bounce_turned_again_in_handler": [("l2", "wrong_argument", 13, "body.setVelocityX(-body.velocity.x) (line 13) turns the velocity round in the 'worldbounds' handler")],
    "fail_bats_group_length_cap": [("l2", "never_fires", 6, "this.bats is a Group, which is not an array and has no length")],
    "fail_guards_turn_kept_in_local": [("l2", "never_fires", 14, "copies the data value, and the change to dir (line 14) is never stored back")],
    "fail_hero_run_after_walk_branch": [("l2", "never_fires", 14, "else if (moving&&running) (line 14) is never reached: the earlier if (moving) (line 13)")],
    "fail_maze_exclusion_keeps_floor_solid": [("l2", "never_fires", 17, "leaves out only -1, but the map's rows (line 2) have no -1: their tiles are 0, 1")],
    "fail_blaster_offscreen_bolts_only_hidden": [("l2", "never_fires", 22, "puts a member of this.bolts away by hiding it, but it stays active")],
    "fail_runner_crates_group_speed_read_once": [("l2", "never_fires", 5, "is read once, when the group is made: members get that first value however this.speed changes later (line 7)")],
    "fail_asteroid_destroyed_before_split": [("l2", "never_fires", 11, "rock.destroy() (line 10) comes before this.split(rock) (line 11), which reads rock's data")],
    "fail_memory_clock_from_looping_timer": [("l2", "never_fires", 6, "shows the elapsed time of a looping timer (line 5), which starts again from 0 at each loop")],
    "fail_simon_pads_lit_by_style_only": [("l2", "never_fires", 5, "only sets the colour of what pad.g fills next, and nothing is filled after it here")],
    "fail_dino_physics_time_scale_raised_var": [("l2", "wrong_argument", 9, "this.physics.world.timeScale = pace (line 9) after pace is raised to speed the game up")],
    "fail_jigsaw_snap_needs_dropped_without_zones": [("l2", "never_fires", 8, "tests dropped, which is true only when the object is let go over a drop zone")],
    "fail_knight_hp_written_under_other_key": [("l2", "never_fires", 11, "reads 'hp', which nothing changes after its first value, while this.knight.setData('health', hp - 1) (line 11)")],
    "fail_bomb_timer_game_over_never_set": [("l2", "never_fires", 11, "tests this.finished, which nothing in the program ever sets")],
    "fail_intro_shake_on_ready_in_create": [("l2", "never_fires", 6, "in create(): the scene emits 'ready' before create() runs")],
    "fail_oven_bake_count_past_timer": [("l2", "never_fires", 10, "is never true: the timer of line 7 runs 8 times (repeat 7 + the first)")],
    "fail_signal_lookup_keys_in_capitals": [("l2", "never_fires", 13, "this.aspect only ever holds 'green', 'yellow', 'red', and none of these is a key of HOLD")],
    "fail_goats_hunger_written_as_property": [("l2", "never_fires", 8, "goat.hunger = ... (line 8) writes a property, but 'hunger' is kept with setData()")],
    "fail_lift_stops_on_exact_float_floor": [("l2", "never_fires", 11, "waits for this.car.y to land exactly on the goal")],
    "fail_snow_paused_then_started": [("l2", "never_fires", 12, "this.snow.pause() (line 12) makes the emitter inactive, and this.snow.start() (line 11)")],
    "fail_bees_container_width_reach": [("l2", "never_fires", 18, "bee.width (line 18) reads the size of a Container, which has none of its own")],
    "fail_pegs_pair_body_against_images": [("l2", "never_fires", 14, "looks for pair.bodyA, a Matter body, among this.pegs, which holds game objects")],
    "fail_worm_bites_its_new_head": [("l2", "never_fires", 20, "looks for the place just added to this.body by unshift() (line 18)")],
    "fail_invaders_turn_per_alien": [("l2", "never_fires", 13, "turns this.dir inside the loop over each alien, once for every one that meets the test")],
    "fail_slide_goal_checked_before_tween_ends": [("l2", "never_fires", 16, "runs right after the tween of line 15 starts, but this.cell changes only in its onComplete")],
    "fail_towers_share_template_stats": [("l2", "misplaced", 11, "copies TOWER one level deep: its stats object is shared, not copied, so the change on line 9")],
}

WORKING = ["pass_badge_graphics_placed_drawn_at_origin", "pass_kites_points_around_origin", "pass_sketch_dots_redrawn_each_frame",
           "pass_cave_crystals_generator_kept", "pass_ghost_fade_counter_fraction", "pass_comet_named_pointer_handler",
           "pass_metronome_snap_rounded_then_scaled", "pass_flower_petals_point_per_pass", "pass_flower_petals_same_step_each_pass",
           "pass_typing_letters_upper_cased", "pass_tower_floor_passed_as_floor", "pass_vault_key_set_of_colours",
           "pass_fog_cells_lifted_by_alpha", "pass_turret_pool_freed_beside_destroyed_drones", "pass_bakers_const_in_loop_body_timer",
           "pass_lemonade_shop_table_reads_field_each_tick", "pass_towers_copy_template_stats",
           "pass_jewels_neighbours_by_cells", "pass_snake_cells_as_plain_points",
           "pass_garden_tool_key_as_number", "pass_dance_last_key_starts_at_zero",
           "pass_tiles_rect_width_height", "pass_puck_bounce_counted_in_handler", "pass_bats_group_get_length_cap",
           "pass_guards_turn_stored_back", "pass_hero_run_before_walk_branch", "pass_maze_collision_on_walls",
           "pass_hud_registry_changedata_per_key", "pass_blaster_offscreen_bolts_deactivated", "pass_runner_crates_speed_set_per_crate",
           "pass_asteroid_split_then_destroyed", "pass_memory_clock_counts_loops", "pass_simon_pads_redrawn_when_lit",
           "pass_dino_physics_time_scale_inverse", "pass_runner_hidden_ground_collider", "pass_jigsaw_snap_by_distance",
           "pass_knight_hp_written_back", "pass_bomb_timer_game_over_set_on_defuse", "pass_intro_shake_straight_in_create",
           "pass_echo_index_reset_in_handed_method", "pass_balloons_random_sway_tweens", "pass_inventory_uses_map_builtin",
           "pass_oven_bake_count_reaches_batch", "pass_signal_lookup_same_keys", "pass_goats_hunger_reset_with_set_data",
           "pass_lift_snaps_to_floor", "pass_snow_stopped_then_started", "pass_bees_container_sized",
           "pass_pegs_pair_game_object_against_images", "pass_worm_checks_the_rest", "pass_invaders_turn_once_after_loop",
           "pass_slide_goal_checked_on_complete"]


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
