"""Mistakes of a fortieth round of unseen programs (seeds, grid and tile games, game UI, shooters): a sort comparator
that returns true / false; Math.Percent given a length for its top; Math.Wrap given length - 1 (its top is left out); an
object fixed to the view also moved by the camera's scroll; a fixed list masked by a Graphics that scrolls; basic word
wrap on text with no spaces (Chinese); a scene listening for changedata of a key set only on a game object;
physics.closest() given a Group; a timer's delay copied from a field a power-up changes later; pool members faded by a
tween and handed out again still invisible; a Graphics style set in a handler
that draws nothing after it; a direction set under JustDown() and moved by delta; new TimerEvent() with a function ()
callback and no callbackScope; a moving platform with gravity off that is not immovable; a pure function's result
thrown away (Matrix.RotateMatrix); putTileAt(tile, r, c); tile.index = FLOOR on a layer with collisions; worldToTileXY(pointer.x, pointer.y)
with a scrolling camera; map.getTileAt() after a blank layer was made last. Mended: getTileAt() given
a grid record's or a worldToTileXY() result's x, y was taken for pixels. Each broken program fails with its rule, line and message; the working ways
pass."""
from __future__ import annotations

import pytest

from .conftest import missing_findings, validate_named

# program -> [(layer, kind, line, words the message must contain)]
EXPECTED = {
    "fail_leaderboard_sort_returns_boolean": [("l2", "wrong_argument", 12, "the comparator returns true or false, that is 1 or 0")],
    "fail_volume_slider_percent_of_width": [("l2", "wrong_argument", 16, "Percent's third argument is the top of the range, not its length")],
    "fail_weapon_picker_wrap_skips_last": [("l2", "wrong_argument", 14, "with WEAPONS.length - 1 the last item is never reached")],
    "fail_hud_fixed_and_moved_with_scroll": [("l2", "misplaced", 17, "has setScrollFactor(0) and already stays fixed on the view: the scroll counts twice")],
    "fail_quest_list_mask_scrolls_away": [("l2", "misplaced", 12, "its mask is drawn by clip, which scrolls with the world")],
    "fail_boss_phase_data_heard_on_scene": [("l2", "never_fires", 9, "but 'hp' is set only on a game object")],
    "fail_homing_closest_in_group": [("l2", "wrong_argument", 17, "the targets must be an array, and this.drones is a Group")],
    "fail_rapid_fire_rate_never_reaches_timer": [("l2", "never_fires", 13, "copied the number when the timer was made")],
    "fail_pooled_drones_come_back_faded": [("l2", "never_fires", 13, "hands the same object out again with alpha still 0")],
    "fail_lamp_switch_style_only": [("l2", "never_fires", 13, "only sets the style for shapes drawn after it, and the handler draws nothing after it")],
    "fail_rover_justdown_direction": [("l2", "never_fires", 12, "moves by dy, which is set back to 0 on every frame and set only under JustDown()")],
    "fail_charge_meter_timer_event_this": [("l2", "wrong_argument", 11, "new Time.TimerEvent(): a function () callback uses this.steps")],
    "fail_lift_platform_pushed_down": [("l2", "never_fires", 13, "is a moving platform with a dynamic body and gravity off, but not immovable")],
    "fail_block_rotate_result_dropped": [("l2", "never_fires", 9, "is called as a statement, but it returns its answer")],
    "fail_paint_grid_row_as_x": [("l2", "wrong_argument", 18, "takes the column (x) first and the row (y) second")],
    "fail_breakable_wall_index_only": [("l2", "never_fires", 21, "changes how the tile looks, not its collision")],
    "fail_farm_plot_screen_pointer_tile": [("l2", "wrong_argument", 18, "gives pointer.x / pointer.y, the pointer's place on the screen, but the camera scrolls")],
    "fail_treasure_map_reads_blank_layer": [("l2", "wrong_argument", 24, "works on the map's current layer, which is the layer made last, blank layer 'coins'")],
    "fail_dialog_chinese_basic_wrap": [("l3", "misplaced", 7, "basic wrapping breaks lines only at spaces")],
}
WORKING = ["pass_leaderboard_sort_by_difference", "pass_volume_slider_percent_to_end", "pass_weapon_picker_wrap_to_length",
           "pass_hud_fixed_only", "pass_quest_list_mask_fixed_too", "pass_dialog_chinese_advanced_wrap",
           "pass_boss_phase_data_heard_on_boss", "pass_homing_closest_in_children", "pass_rapid_fire_rate_set_on_timer",
           "pass_pooled_drones_alpha_reset", "pass_lamp_switch_redrawn", "pass_rover_held_direction",
           "pass_charge_meter_timer_event_scoped", "pass_lift_platform_immovable",
           "pass_dungeon_steps_on_grid_records", "pass_block_rotate_result_kept", "pass_paint_grid_column_as_x",
           "pass_breakable_wall_put_tile", "pass_farm_plot_world_pointer_tile", "pass_treasure_map_reads_ground_layer"]


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
