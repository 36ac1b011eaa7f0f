"""Mistakes of a twenty-second round of unseen programs (and the misses left from the rounds before): a property
the program only ever assigns on a live Phaser object whose class has no such member, where the name is Phaser's
(a Matter body's restitution on an Arcade body, Phaser 2's fontSize on a Text) or a slip of one (alhpa);
pointer.button === 1 taken for the left button; a 'gameobjectdown' handler's one parameter (the Pointer) handed on
to a method as the tile, and a 'pointerup' handler's pointer handed on to a method that asks rightButtonDown(); a
panel hidden with setVisible(false) and faded in with alpha only; a text colour given as a number in a helper under
an object scene's extend (its `this` is the scene). Each broken
program fails with its rule, line and message; the working ways (and fields a program keeps for itself) pass."""
from __future__ import annotations

import pytest

from modelcall.validator.runtime_contracts import unread_writes

from .conftest import DATA, missing_findings, validate_named

# program -> [(layer, kind, line, words the message must contain)]
EXPECTED = {
    "fail_arcade_body_restitution": [("l3", "never_fires", 10, "ball.body.restitution = ... (line 10): an Arcade Body has no restitution (Matter bodies have it)")],
    "fail_title_font_size_property": [("l3", "never_fires", 11, "title.fontSize = ... (line 11): a Text has no fontSize (a key of a Text's style")],
    "fail_ghost_alpha_misspelt": [("l3", "never_fires", 7, "ghost.alhpa = ... (line 7): an Ellipse has no alhpa (its property is alpha)")],
    "fail_left_click_button_one": [("l2", "wrong_argument", 7, "pointer.button === 1 (line 7): a Pointer's button is the DOM MouseEvent's, 0 the left button, 1 the middle")],
    "fail_tile_click_handed_pointer": [("l2", "wrong_argument", 12, "on('gameobjectdown', (tile) => ...) uses tile as a tween's targets (line 12, handed on as tile)")],
    "fail_flag_on_release_handed": [("l2", "never_fires", 13, "pointer.rightButtonDown() in a 'pointerup' handler (line 13) (the handler at line 9 hands its pointer on)")],
    "fail_win_panel_alpha_only": [("l2", "never_fires", 13, "this.panel is hidden with setVisible(false) (line 7) and then shown only with a tween of its alpha to 1 (line 13)")],
    "fail_extend_game_over_fill_number": [("l2", "wrong_argument", 16, "text colour 'fill' expects a CSS colour string, got a number")],
    # round 23 and the misses left from before
    "fail_runner_stopped_by_world_edge": [("l3", "misplaced", None, "the camera shows the world past the right edge of the physics world's bounds (0, 0, 800x600), where the program drew, but a Rectangle collides")],
    "fail_title_under_gradient_backdrop": [("l3", "hidden", None, "a Text ('Hello Phaser') (drawn at (377, 24)..(776, 98)) lies wholly under the opaque fills of a Graphics drawn after it: it is never seen")],
    "fail_fountain_particles_position_twice": [("l2", "misplaced", 11, "this.add.particles(400, 560, ...) (line 11) places the emitter there and its config gives x: 400, y: 560 again")],
    "fail_one_way_platform_top_off": [("l2", "misplaced", 10, "cloud.body.checkCollision.up = false (line 10) turns off the platform's top side")],
    "fail_bins_search_bodies_among_objects": [("l2", "never_fires", 21, "this.bins.indexOf(pair.bodyA) (line 21) looks for a Matter body among game objects (bin, made with add.rectangle())")],
    "fail_function_scene_key_handler_this": [("l2", "wrong_argument", 8, "a function () callback reads this.flipped, the scene's, but Phaser calls it with `this` the Input.Keyboard.KeyboardPlugin")],
    "fail_scene_shutdown_method_saves": [("l2", "never_fires", 13, "Round.shutdown() (line 13) is a Phaser 2 state method")],
    "fail_play_starts_hud_instead_of_launch": [("l2", "never_fires", 9, "this.scene.start('hud') in Play.create() (line 9) stops this scene as it starts 'hud'")],
    "fail_match_pauses_itself_with_p": [("l2", "never_fires", 10, "this.scene.resume() (line 10) can only run from this scene's own input, timers or update(), but this.scene.pause() (line 11)")],
    "fail_kart_under_track_texture": [("l3", "hidden", None, "an Image the program moves (drawn at (483, 291)..(513, 309)) lies wholly under an opaque RenderTexture drawn after it")],
    "fail_cell_marks_under_tiles": [("l3", "hidden", None, "a Graphics the program clears and draws again fills 3 rectangles, and each lies wholly under an opaque object drawn after it")],
    # round 25
    "fail_wrap_with_world_bounds": [("l2", "never_fires", 12, "this.physics.world.wrap(this.ship) (line 12) wraps this.ship, whose body collides with the world bounds")],
    "fail_crate_hp_not_stored": [("l2", "never_fires", 11, "hp = crate.getData('hp') (line 11) is a copy of the data value, and hp is changed but never stored back")],
    "fail_slowmo_arcade_timescale": [("l2", "wrong_argument", 15, "this.physics.world.timeScale = slow ? 0.25 : 1 (line 15) beside this.tweens.timeScale at 0.25 (line 16)")],
    "fail_choices_destroy_named": [("l2", "never_fires", 11, "this.choices.forEach((b) => b.destroy) (line 11) names the method destroy without calling it")],
    "fail_minimap_name_as_makemain": [("l2", "wrong_argument", 10, "the fifth argument is makeMain and the name comes sixth: 'minimap' counts as true")],
    "fail_tabs_handler_names_swapped": [("l2", "wrong_argument", 9, "on('gameobjectdown', (gameObject, pointer) => ...) uses this.tabs.indexOf(gameObject) (line 9)")],
    "fail_dirt_texture_at_corner": [("l2", "misplaced", 6, "this.add.renderTexture(0, 80, 800, 520) (line 6) has no setOrigin")],
    "fail_orb_texture_without_size": [("l3", "misplaced", 8, "Graphics#generateTexture('orb') without a size makes a texture the size of the game (800x600) with the drawing (0..32 x 0..32) in its top-left corner")],
}
WORKING = ["pass_arcade_body_set_bounce", "pass_title_set_font_size", "pass_sprites_keep_own_fields", "pass_left_click_button_zero",
           "pass_tile_click_handed_object", "pass_flag_on_release_released", "pass_win_panel_shown_then_faded", "pass_extend_game_over_fill_string",
           "pass_runner_world_as_big_as_level", "pass_title_over_gradient_backdrop", "pass_fountain_particles_placed_once", "pass_orb_texture_with_size",
           "pass_one_way_platform_bottom_off", "pass_bins_search_game_objects", "pass_function_scene_key_handler_context", "pass_scene_shutdown_event_saves",
           "pass_play_launches_hud", "pass_match_halts_itself_with_p", "pass_modal_dimmer_made_first", "pass_numbers_under_clickable_tiles",
           "pass_kart_over_track_texture", "pass_cell_marks_over_tiles", "pass_wrap_without_world_bounds", "pass_crate_hp_stored",
           "pass_slowmo_arcade_timescale", "pass_choices_destroy_called", "pass_minimap_name_sixth", "pass_tabs_handler_names_in_order",
           "pass_dirt_texture_at_corner_origin"]


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


@pytest.mark.parametrize("code, unread", [
    ("a.body.restitution = 1;", {"restitution": (1, "a.body.restitution", 1)}),
    ("a.speed = 2;\nb.x += a.speed;", {}),  # read back
    ("a.glow = 1;\nthis.tweens.add({ targets: a, glow: 0 });", {}),  # a tween reads its target's property
    ("t.fontSize = 64;\nthis.add.text(0, 0, 'x', { fontSize: '32px' });", {"fontSize": (1, "t.fontSize", 64)}),  # a style key reads nothing
    ("a.mode = 'x';\na.mode = 'y';", {"mode": (1, "a.mode", None)}),  # two values: none kept
    ("a.flag = true; // a.flag read in a comment does not count", {"flag": (1, "a.flag", True)}),
    ("s.label = 'it\\'s';", {"label": (1, "s.label", None)}),
])
def test_unread_writes_reads_the_program_text(code, unread):
    assert unread_writes(code) == unread


@pytest.mark.parametrize("task, fails", [
    ("3 个敌人同时追踪玩家，敌人速度 80，玩家需躲避。", True),  # the player dodges; the enemies chase
    ("A red enemy chases the player; the player must avoid it.", True),
    ("The sheep flee from the dog.", False),
    ("Sheep flee from the dog and the dog chases the sheep.", True),  # something must chase, and nothing here goes towards
])
def test_a_chase_clause_is_judged_beside_a_dodge_clause(static_validator, task, fails):
    code = (DATA / "programs" / "fail_chaser_runs_away.js").read_text(encoding="utf-8")
    record = next(iter(static_validator.validate([{"request_id": "chase", "code": code, "prompt_meta": {"task": task}}])))
    assert ("l4:moves_away" in record["reasons"]) is fails, record["reasons"]


def test_a_flee_task_with_a_chaser_that_goes_towards_is_left_alone(static_validator):
    # the fish flee the shark (away, right) and the shark chases them (moveToObject): nothing to judge
    code = (DATA / "programs" / "fail_chaser_runs_away.js").read_text(encoding="utf-8")
    code = code.replace("if (Phaser.Math.Distance", "if (this.shark) this.physics.moveToObject(this.shark, this.player, 120);\n    if (Phaser.Math.Distance")
    record = next(iter(static_validator.validate([{"request_id": "fish", "code": code, "prompt_meta": {"task": "The fish flee from the shark, and the shark chases the fish."}}])))
    assert "l4:moves_away" not in record["reasons"], record["reasons"]


SHAKE = """
class Quake extends Phaser.Scene {
  constructor() { super('quake'); %s }
  preload() {}
  create() {
    this.input.on('pointerdown', () => this.cameras.main.shake(%s, 0.02));
  }
}
new Phaser.Game({ width: 800, height: 600, scene: Quake, physics: { default: 'arcade', arcade: { %s } } });
"""


@pytest.mark.parametrize("field, duration, arcade, found", [
    ("this.SHAKE_SECONDS = 1.5;", "this.SHAKE_SECONDS", "gravity: { y: 300 }", "Camera#shake(1.5, 0.02): the duration is in milliseconds"),
    ("this.SHAKE_MS = 1500;", "this.SHAKE_MS", "gravity: { y: 300 }", None),
    ("this.s = 1.5; this.s = 1500;", "this.s", "gravity: { y: 300 }", None),  # assigned twice: not a constant
    ("", "1500", "gravityY: 300", "'gravityY' is not a key of Physics.Arcade.ArcadeWorldConfig, Phaser ignores it"),
])
def test_named_durations_and_the_arcade_config_keys(static_validator, field, duration, arcade, found):
    record = next(iter(static_validator.validate([{"request_id": "q", "code": SHAKE % (field, duration, arcade), "prompt_meta": {"task": ""}}])))
    errors = [e["message"] for e in record["validation"]["errors"]]
    if found:
        assert any(found in m for m in errors), errors
    else:
        assert record["passed"], errors


def test_a_fixed_step_timer_of_sixteen_ms_is_no_seconds_slip(static_validator):
    code = """
class Pendulum extends Phaser.Scene {
  preload() {}
  create() {
    this.angle0 = 0.6; this.speed = 0;
    this.bob = this.add.circle(400, 400, 16, 0xffcc00);
    this.time.addEvent({ delay: 16, loop: true, callback: this.step, callbackScope: this });
  }
  step() {
    this.speed += -9.8 * Math.sin(this.angle0) * 0.016;
    this.angle0 += this.speed * 0.016;
    this.bob.setPosition(400 + Math.sin(this.angle0) * 200, 100 + Math.cos(this.angle0) * 200);
  }
}
new Phaser.Game({ width: 800, height: 600, scene: Pendulum });
"""
    record = next(iter(static_validator.validate([{"request_id": "p", "code": code, "prompt_meta": {"task": ""}}])))
    assert record["passed"], [e["message"] for e in record["validation"]["errors"]]
