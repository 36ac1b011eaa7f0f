"""Mistakes of a thirty-ninth round of unseen programs (seeds, card and board games, physics sandboxes, stealth and
rhythm games): a Shape's own-space geom tested against world points; an opaque selection bar or board panel made after the
text it covers (a row it marks, a win message shown later); play(key)
with no ignoreIfPlaying in update() while a key is held; a texture drawn round its corner (a circle at 0, 0); a
screen-sized click zone centred on the corner; a velocity set before enableBody(true, ...) resets the body; a game object's
angle (degrees) against Angle.Between (radians); a squared distance against a plain radius; a note time measured
against both a song clock kept from delta and this.time.now; a Geom shape tested where it was made while the Graphics
that draws it is moved; a Geom rectangle made from a centred object's x, y as its corner; Arcade words in
Matter options (bounce); a Matter speed per second found at run time; a Matter pivot held by ignoreGravity; a label
lost when setCircle() makes a new body; a drag below 1 from the program's own table without setDamping(true); a mask without category 1;
Geom ContainsPoint as a hit test; a game object's dragend read as (pointer, dropped); fillColor set on a shape made
without a fill; a board checked right after a tween whose onComplete updates it; a board
laid out round its container's middle clicked as if from its corner. Each broken program fails with its rule, line and
message; the working ways pass."""
from __future__ import annotations

import pytest

from .conftest import missing_findings, validate_named

# program -> [(layer, kind, line, words the message must contain)]
EXPECTED = {
    "fail_bubble_pop_geom_in_world": [("l2", "wrong_argument", 14, "b.geom is the shape in b's own space, made at (0, 0)")],
    "fail_menu_selection_bar_over_options": [("l2", "misplaced", 12, "is an opaque filled rectangle made after the text it covers (line 10)")],
    "fail_walk_anim_restarted_every_frame": [("l2", "never_fires", 22, "play() starts 'walk' over from its first frame on each call")],
    "fail_coin_texture_drawn_round_corner": [("l3", "never_fires", 10, "the drawing spans -16..16 x -16..16: only 25% of it is in the texture")],
    "fail_flag_planting_zone_centred_on_corner": [("l2", "misplaced", 9, "made at (0, 0) with the default origin 0.5, so it is centred on the top-left corner")],
    "fail_pool_bullet_velocity_before_enable": [("l2", "never_fires", 20, "which resets the body and stops it: the velocity is wiped")],
    "fail_turret_aim_degrees_against_radians": [("l2", "wrong_argument", 15, "puts this.turret.angle, a game object's angle in degrees, against an angle in radians")],
    "fail_bat_sonar_squared_against_radius": [("l2", "wrong_argument", 20, "compares a squared distance with PING_RADIUS, a plain length")],
    "fail_drum_hits_judged_on_scene_clock": [("l2", "wrong_argument", 20, "the same .t is measured against this.songTime (line 30)")],
    "fail_searchlight_cone_tested_unmoved": [("l2", "wrong_argument", 19, "tests this.beam, which is drawn through this.light (line 9)")],
    "fail_laser_grid_rects_from_centres": [("l2", "misplaced", 10, "but c has the default origin 0.5, so x, y are its middle")],
    "fail_matter_balls_bounce_key": [("l2", "unknown_key", 10, "'bounce' is not a Matter body option, Matter ignores it (the key is 'restitution')")],
    "fail_matter_catapult_speed_per_second": [("l3", "wrong_argument", 17, "Matter's velocity is pixels per step")],
    "fail_matter_swing_pivot_floats": [("l2", "never_fires", 5, "ignoreGravity only takes its own weight away, nothing holds it")],
    "fail_matter_bumper_label_lost": [("l2", "never_fires", 14, "so the label 'ball' set when it was made (line 14) is gone")],
    "fail_hockey_drag_share_without_damping": [("l2", "wrong_argument", 10, "setDrag(TABLES[this.table].drag, that is 0.7 or 0.2): without body.setDamping(true)")],
    "fail_matter_mask_without_category": [("l2", "never_fires", 15, "and category 1 is not among them: the world's walls")],
    "fail_hex_tiles_contains_point_hit_test": [("l2", "wrong_argument", 14, "Phaser calls it with (hitArea, x, y, gameObject), and ContainsPoint takes (shape, point)")],
    "fail_card_dragend_dropped_second": [("l2", "wrong_argument", 17, "calls its own dragend handler with (pointer, dragX, dragY, dropped)")],
    "fail_reversi_discs_fill_colour_field": [("l3", "never_fires", 28, "was given the fill colour 0x111111 with fillColor = ..., but it was made with no fill colour")],
    "fail_slide_puzzle_checked_before_tween": [("l2", "never_fires", 30, "this.board is only updated in that tween's onComplete")],
    "fail_go_board_centred_clicked_from_corner": [("l2", "misplaced", 19, "counts cells from this.board's position, but the board is laid out round that point")],
    "fail_sum_board_win_text_under_panel": [("l2", "misplaced", 10, "made after the text it covers (line 9), and nothing sets a depth")],
}
WORKING = ["pass_bubble_pop_distance_to_centre", "pass_bubble_pop_geom_in_local_space",
           "pass_menu_selection_bar_under_options", "pass_menu_selection_bar_see_through", "pass_sum_board_win_text_above_panel",
           "pass_coin_texture_drawn_round_middle", "pass_flag_planting_zone_from_corner", "pass_flag_planting_zone_at_middle",
           "pass_pool_bullet_velocity_after_enable", "pass_turret_aim_both_in_degrees",
           "pass_bat_sonar_squared_against_radius_squared", "pass_drum_hits_judged_on_song_clock",
           "pass_searchlight_cone_tested_in_its_space", "pass_laser_grid_rects_from_bounds", "pass_matter_balls_restitution",
           "pass_matter_catapult_speed_per_step", "pass_matter_swing_pivot_static", "pass_matter_bumper_label_kept",
           "pass_hockey_drag_share_with_damping", "pass_hex_tiles_contains_hit_test", "pass_card_dragend_dropped_fourth",
           "pass_reversi_discs_fill_style", "pass_slide_puzzle_board_updated_first",
           "pass_go_board_centred_clicked_from_its_corner"]


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
