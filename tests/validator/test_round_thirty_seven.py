"""Mistakes of a thirty-seventh round of unseen programs (seeds, platformer mechanics, tower defence, puzzles): a one-way
test with early returns in the collide slot; a flag an overlap sets, cleared at the top of update() before it is read;
a push far above the body's maxVelocity; a checkpoint create() puts back on each restart after a death; an object
scene's own method called as this.name (Phaser copies only the lifecycle methods and extend); half of a seeded layout
drawn from the unseeded Math.Between; the same object recorded every frame; a repeating timer reset() with no loop; cells found from the screen
pointer while the camera is centred by an expression; a PathFollower's 'complete' listened for on the follower;
a velocity from moveToObject() undone by group.add(); lives kept from the constructor when reaching 0 ends the game;
'changedata' for every key listened for on the scene's events; a hover highlight drawn under the board's squares; and that round's false rejections: an object made, faded and
hidden in one chain, towers placed in the middle of their cells (half a cell is not a board offset); and a working-only round's: level data read
through the same name in two methods (not the scene's group of that field), Matter posts placed and drawn in the same
function, the program's own explode(x, y, colour). Each broken program fails with its rule, line and message; the working
ways pass."""
from __future__ import annotations

import pytest

from .conftest import missing_findings, validate_named

# program -> [(layer, kind, line, words the message must contain)]
EXPECTED = {
    "fail_one_way_check_with_early_return": [("l2", "wrong_argument", 13, "the callback only answers true or false")],
    "fail_water_flag_cleared_before_read": [("l2", "never_fires", 15, "this.inWater = false (line 15) at the top of update() undoes this.inWater = true (line 10)")],
    "fail_cannonball_capped_by_max_velocity": [("l2", "never_fires", 21, "asks for 900 px/s on x, but ball.body.setMaxVelocity(300, 600) (line 20) caps ball's x velocity at 300")],
    "fail_checkpoint_reset_by_restart": [("l2", "never_fires", 13, "in create() runs again on each this.scene.restart() (line 30): the checkpoint set at line 22")],
    "fail_object_scene_helper_not_copied": [("l2", "never_fires", 14, "this.pop (line 14) is the scene object's own key pop")],
    "fail_maze_seeded_walls_loose_gaps": [("l2", "never_fires", 17, "takes its numbers from Phaser.Math.Between() (line 17)")],
    "fail_trail_records_same_point": [("l2", "never_fires", 11, "records this.cursor itself on every frame")],
    "fail_drop_timer_reset_without_loop": [("l2", "never_fires", 21, "it was made to repeat (line 10), and this config has no loop")],
    "fail_board_clicks_on_centred_camera": [("l2", "wrong_argument", 14, "but the main camera is scrolled (line 12)")],
    "fail_follower_listens_for_complete": [("l3", "never_fires", 16, "a PathFollower.on('complete'): a game object emits no 'complete' of its own")],
    "fail_arrow_aimed_then_added_to_group": [("l2", "never_fires", 17, "this.physics.moveToObject(arrow, target, 500) (line 16) is undone by this.arrows.add(arrow)")],
    "fail_lives_only_in_constructor": [("l2", "stale_state", 17, "this.lives starts at 3 in the constructor (line 5)")],
    "fail_hud_listens_changedata_on_scene": [("l2", "never_fires", 17, "this.events.on('changedata'): these keys are set only on the registry")],
    "fail_hover_highlight_under_board": [("l3", "hidden", None, "a Graphics the program clears and draws again at new places")],
}
WORKING = ["pass_one_way_check_in_process_slot", "pass_water_flag_cleared_after_read", "pass_cannonball_cap_above_launch",
           "pass_checkpoint_kept_over_restart", "pass_object_scene_helper_under_extend", "pass_maze_seeded_walls_all_seeded",
           "pass_trail_records_copies", "pass_ghost_made_hidden_in_one_chain", "pass_drop_timer_reset_with_loop",
           "pass_board_clicks_in_world_space", "pass_towers_placed_at_cell_centres", "pass_follower_on_complete_in_config",
           "pass_arrow_added_then_aimed", "pass_lives_set_in_create", "pass_hud_listens_changedata_on_registry", "pass_hover_highlight_over_board",
           "pass_level_walls_from_data_in_two_methods", "pass_moving_gate_bodies_drawn_together", "pass_own_explode_helper_with_x_y"]


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
