"""Meaning mistakes the earlier rounds of unseen programs still passed: a paddle that is a plain dynamic body (the ball
shoves it off its row), moving platforms from a physics group (friction 0: the rider is not carried), held movement
under JustDown (one frame's step per press), a dark overlay masked by a light circle without setInvertAlpha (a dark
disc on a lit map), a turning container whose children were placed in world coordinates, a night overlay faded in under the scenery drawn
after it, and (with the task text) a
chaser moved along the angle from its target to itself; and (a fourteenth round) `bounce` in a physics group's config,
a function () timer callback in an object scene, seconds given to camera.shake, key events on the scene's input
plugin, tile callbacks a collider never tests, a HUD ignored by the main camera beside a minimap, grid cells from
screen coordinates under a scrolled camera, settings undone by group.add() and a HUD text left in a followed world
(now read from the code too), a one-shot timer reset() after the clock dropped it, and pointer handlers on objects made interactive later than the run (a warning); and (a fifteenth round)
explode(x, y, count), parallax TileSprites left in a scrolling world, a hit-area rectangle placed at the object's own
position, group.clear() that leaves its objects drawn, Phaser 2's key.justDown, a camera following a Graphics drawn
far from its origin, a pool whose speed comes only from the group's config, a delay written in seconds, a Matter sensor
that falls, Matter speeds written per second, and a conveyor wired with an overlap only; and (a sixteenth
round) degrees added to rotation, the ground given a dynamic body, a named one-millisecond cooldown, and a menu listed
after the game it starts (a warning); a path followed past its end (t > 1), and tweens of plain numbers nothing
redraws from (uncertain alone; with a canvas that never changed, certain), a button tested as held in a pointerup
handler, degrees given to rotation in a tween, GridAlign sizes in pixels, and a rounded board drawn
over its tiles (a Graphics' fillRoundedRect now counts as an opaque cover), a Graphics at the origin scaled or
turned by a tween, the scene's pointerdown list taken for one object, maze walls in a dynamic group, and a static body
moved by its position (now read from the code too); numbers under clickable tiles at the end of the run are no
longer taken for hidden text (a false rejection of a working minesweeper); and (a seventeenth round) JustDown of one key called twice a frame,
a scene started by a key of another case, a velocity negated after Arcade stopped the body, setGravityY(0) to switch
gravity off, camera bounds the size of the view on a scrolling camera, a window in seconds against a millisecond clock,
a static gate hidden with setVisible(false) whose body still blocks,
and body.moves = false beside a stop (a game frozen when it is won: a false rejection). Each broken program fails with its rule, line and message;
the working ways pass."""
from __future__ import annotations

import pytest

from .conftest import DATA, missing_findings, validate_named

# program -> [(layer, kind, line, words the message must contain)]
EXPECTED = {
    "fail_pong_paddle_pushed": [("l2", "misplaced", 13, "this.paddle is a plain dynamic body the code only moves along y, and two dynamic bodies push each other apart")],
    "fail_ferry_group_frictionless": [("l2", "never_fires", 20, "a physics group gives its members friction 0, and friction is what carries a body standing on a moving one")],
    "fail_held_keys_justdown_velocity": [("l2", "never_fires", 17, "this.tank.setVelocityX(-180) (set back to 0 in the else branch) runs under JustDown()")],
    "fail_torch_graphics_mask_not_inverted": [("l2", "wrong_argument", 20, "a dark overlay over the whole view (line 15) masked by the circle of this.torch without setInvertAlpha(true)")],
    "fail_dusk_overlay_under_scenery": [("l3", "hidden", None, "a Rectangle the program tweens (at (400, 300)) lies wholly under 2 opaque shapes drawn after it")],
    # a fourteenth round of unseen programs
    "fail_group_config_bounce": [("l2", "unknown_key", 10, "'bounce' is not a key of Physics.Arcade.PhysicsGroupConfig, Phaser ignores it (did you mean 'bounceX'?)")],
    "fail_timer_function_this_object_scene": [("l2", "wrong_argument", 11, "a function () callback uses this.score, the scene's, but with no callbackScope the timer calls it with `this` the TimerEvent")],
    "fail_shake_seconds": [("l2", "wrong_argument", 10, "1.5 ms is less than a frame, so the shake is over at once (1500 for 1.5 s)")],
    "fail_key_events_on_scene_input": [("l3", "never_fires", 10, "this.input.on('keydown-LEFT'): key events are emitted by the keyboard plugin")],
    "fail_tile_callback_collider_only": [("l2", "never_fires", 42, "setTileIndexCallback(COIN, ...) (line 42) on tiles that do not collide (only 1 do), and the layer has only a collider")],
    "fail_minimap_hud_ignored_by_main": [("l2", "never_fires", 20, "main.ignore(this.hud) (line 20): this.hud is a HUD text fixed to the screen that the code updates")],
    "fail_grid_click_screen_pointer": [("l2", "wrong_argument", 21, "finds the cell from pointer.x / pointer.y, the pointer's place on the screen, but the main camera is scrolled (line 18)")],
    "fail_pipes_reset_by_group_add": [("l2", "never_fires", 22, "pipe.body.setAllowGravity(false) (line 20) is undone by this.pipes.add(pipe) (line 22)")],
    "fail_hud_scrolls_away": [("l2", "misplaced", 14, "this.hud (line 14), a HUD text the code updates with setText, sits in the world at (16, 16)")],
    "fail_cooldown_timer_reset": [("l2", "never_fires", 17, "this.cooldown.reset(...) (line 17) to run the timer made at line 9 again: a timer that has fired its last is dropped by the clock")],
    # a fifteenth round
    "fail_explode_x_y_count": [("l2", "wrong_argument", 18, "explode(bubble.x, bubble.y, ...) (line 18): explode takes (count, x, y)")],
    "fail_parallax_tilesprites_in_world": [("l2", "misplaced", 24, "layer.tilePositionX = ... scrollX (line 24) scrolls a TileSprite's texture with the camera, but the TileSprite (line 15)")],
    "fail_level_buttons_hit_area_world": [("l2", "misplaced", 12, "button is made at (x, y) and the hit area new Phaser.Geom.Rectangle(x - 70, y - 45, 140, 90) (line 12) is placed at (x, y) again")],
    "fail_group_clear_leaves_markers": [("l2", "never_fires", 12, "this.marks.clear() (line 12) only takes the objects out of the group")],
    "fail_phaser2_key_just_down": [("l2", "never_fires", 14, "this.keys.down.justDown (line 14) is Phaser 2's key flag")],
    "fail_follow_graphics_drawn_away": [("l2", "misplaced", 11, "startFollow(this.ball) (line 11) follows the Graphics' own position, but it draws at (400, 300) (line 9)")],
    "fail_pool_speed_from_config_only": [("l2", "never_fires", 16, "block.enableBody(...) (line 16) reuses a member of pool, whose velocityY comes only from the group's config (line 9)")],
    "fail_cooldown_delay_in_seconds": [("l2", "wrong_argument", 19, "delayedCall(COOLDOWN_SECONDS, ...) (line 19): the delay is in milliseconds, and COOLDOWN_SECONDS = 2 ms is less than a frame")],
    "fail_matter_sensor_falls": [("l2", "never_fires", 9, "this.matter.add.gameObject(..., { isSensor: true }) (line 9) without isStatic: a sensor collides with nothing")],
    "fail_matter_speed_per_second": [("l2", "wrong_argument", 19, "this.ball.setVelocity(...) (line 19) gives a Matter body a speed of 600: Matter's velocity is pixels per step")],
    "fail_conveyor_overlap_only": [("l2", "never_fires", 14, "physics.add.overlap(this.crates, this.belts, ...) (line 14) pushes this.crates along this.belts, but there is no collider between them")],
    # a sixteenth round
    "fail_rotation_in_degrees": [("l2", "wrong_argument", 10, "this.square.rotation += SPIN * (delta / 1000) (line 10): rotation is in radians, so 90 a second spins it about 14 turns a second")],
    "fail_ground_dynamic_body": [("l2", "misplaced", 7, "this.physics.add.existing(this.ground) (line 7) gives the ground a dynamic body")],
    "fail_path_progress_never_wrapped": [("l3", "never_fires", 17, "Path#getPoint(1.0")],
    "fail_right_button_held_on_release": [("l2", "never_fires", 14, "pointer.rightButtonDown() in a 'pointerup' handler (line 14)")],
    "fail_tween_rotation_degrees": [("l2", "wrong_argument", 11, "rotation: '+=90' (line 11): rotation is in radians, and this is a figure in degrees")],
    "fail_gridalign_width_in_pixels": [("l2", "wrong_argument", 8, "width counts cells, not pixels, so 350 cells of 70 px run off the screen")],
    "fail_board_rounded_rect_drawn_last": [("l3", "hidden", None, "32 objects (the first a Rectangle) lie wholly under the opaque fills of a Graphics drawn after them")],
    "fail_burst_graphics_scaled_from_corner": [("l2", "misplaced", 10, "the tween of g (line 10) changes its scale, but the Graphics sits at (0, 0) and draws at (pointer.x, pointer.y) (line 9)")],
    "fail_simon_pointerdown_list_as_object": [("l2", "wrong_argument", 10, "the scene's input plugin passes the objects under the pointer as an array, so pad is never one object")],
    "fail_maze_walls_dynamic_group": [("l2", "misplaced", 13, "this.walls is a dynamic physics group (physics.add.group(), line 7) with nothing immovable")],
    "fail_static_basket_moved_by_x": [("l2", "never_fires", 16, "this.basket has a static body (line 7) and is moved by its position (line 16)")],
    # a seventeenth round
    "fail_double_jump_justdown_twice": [("l2", "never_fires", 21, "JustDown(this.space) is called again (line 21) after the call in the if before it (line 19)")],
    "fail_room_scene_key_case": [("l2", "never_fires", 13, "this.scene.start('RoomB') (line 13): the scene is registered as 'roomB'")],
    "fail_gate_hidden_body_on": [("l2", "never_fires", 17, "gate.setActive(false).setVisible(false) (line 17) hides gate, but its body stays on")],
    "fail_orbit_children_world_coords": [("l3", "misplaced", None, "a turning Container at (400, 300) holds 3 children placed round (370, 283), its own position")],
}
WORKING = ["pass_pong_paddle_immovable", "pass_ferry_group_friction", "pass_grid_steps_justdown", "pass_torch_mask_inverted",
           "pass_orbit_children_relative", "pass_sheep_flee_dog", "pass_dusk_overlay_over_scenery", "pass_group_config_bounce_xy",
           "pass_timer_function_with_scope", "pass_shake_milliseconds", "pass_key_events_on_keyboard", "pass_tile_callback_with_overlap",
           "pass_minimap_ignores_hud", "pass_grid_click_world_pointer", "pass_cooldown_timer_added_again",
           "pass_chase_with_knockback", "pass_explode_count_x_y", "pass_parallax_tilesprites_fixed", "pass_level_buttons_hit_area_local",
           "pass_group_clear_destroys_markers", "pass_phaser3_just_down", "pass_follow_graphics_drawn_at_origin", "pass_pool_speed_on_reuse",
           "pass_cooldown_delay_in_ms", "pass_matter_sensor_static", "pass_matter_speed_per_step", "pass_conveyor_collider",
           "pass_angle_in_degrees", "pass_ground_static_body", "pass_bars_redrawn_on_update", "pass_path_progress_wrapped",
           "pass_right_button_released", "pass_tween_angle_degrees", "pass_gridalign_width_in_cells",
           "pass_board_rounded_rect_drawn_first", "pass_burst_graphics_at_click", "pass_simon_gameobjectdown", "pass_maze_walls_static_group",
           "pass_static_basket_refreshed", "pass_numbers_under_clickable_tiles",
           "pass_double_jump_justdown_once", "pass_room_scene_key_exact", "pass_gate_destroyed"]


@pytest.fixture(scope="module")
def records(browser_validator):
    return validate_named(browser_validator, list(EXPECTED) + WORKING + ["fail_chaser_runs_away", "pass_shop_buttons_after_dialogue",
                                                                         "fail_bars_tweened_never_redrawn"])


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_each_mistake_fails_with_its_rule_and_line(records, name):
    rec = records[name]
    assert not rec["passed"], rec["reasons"]
    assert not missing_findings(rec, EXPECTED[name]), (missing_findings(rec, EXPECTED[name]), rec["validation"]["errors"])


@pytest.mark.parametrize("name", WORKING)
def test_the_working_ways_pass_without_findings(records, name):
    rec = records[name]
    assert rec["passed"], rec["reasons"]
    noted = [i["message"] for i in rec["validation"]["errors"] + rec["validation"]["warnings"] if i["code"] in ("api_misuse", "moves_away")]
    assert noted == []


def test_a_chaser_moved_along_the_angle_from_its_target_goes_away(records):
    rec = records["fail_chaser_runs_away"]
    assert rec["reasons"] == ["l4:moves_away"], rec["reasons"]
    [issue] = [e for e in rec["validation"]["errors"] if e["code"] == "moves_away"]
    assert issue["line"] == 19
    assert "Angle.Between(this.player, this.enemy) (line 19) is the angle from this.player to this.enemy" in issue["message"]


def test_handlers_on_objects_made_interactive_later_only_warn(records):
    # the buy buttons are made interactive when the dialogue ends, later than the run goes: a warning that says so
    rec = records["pass_shop_buttons_after_dialogue"]
    assert rec["passed"], rec["reasons"]
    warned = [i["message"] for i in rec["validation"]["warnings"] if i["code"] == "api_misuse"]
    assert len(warned) == 3 and all("(or not before the run ended: 1 setInteractive() call in the code never ran)" in m for m in warned), warned


def test_a_tween_of_plain_numbers_makes_a_still_canvas_certain(records):
    rec = records["fail_bars_tweened_never_redrawn"]
    assert rec["reasons"] == ["l4:nothing_drawn"], rec["reasons"]
    [issue] = [e for e in rec["validation"]["errors"] if e["code"] == "nothing_drawn"]
    assert "the argument contract check agrees (line 13: a tween changes the numbers of a plain object (not a game object) and has no onUpdate" in issue["message"]


def _static(validator, name: str, task: str) -> dict:
    code = (DATA / "programs" / f"{name}.js").read_text(encoding="utf-8")
    return next(iter(validator.validate([{"request_id": name, "code": code, "prompt_meta": {"task": task}}])))


def test_moving_away_is_judged_by_the_task(static_validator):
    # the sheep program moves away from the dog on purpose: the same code fails where the task asks it to chase
    flee = _static(static_validator, "pass_sheep_flee_dog", "Sheep flee from the dog at 90 px/s.")
    chase = _static(static_validator, "pass_sheep_flee_dog", "每只羊追着狗跑，速度 90。")
    no_task = _static(static_validator, "pass_sheep_flee_dog", "")
    assert flee["passed"] and no_task["passed"], (flee["reasons"], no_task["reasons"])
    assert chase["reasons"] == ["l4:moves_away"], chase["reasons"]


def test_moving_away_follows_the_task_gate(static_validator):
    from modelcall.validator.validator import Validator

    code = (DATA / "programs" / "fail_chaser_runs_away.js").read_text(encoding="utf-8")
    task = "A red enemy chases the player."
    with Validator({"cache_path": None, "runtime": {"enabled": False}, "gates": {"l4_task": "soft"}}) as soft:
        record = next(iter(soft.validate([{"request_id": "soft", "code": code, "prompt_meta": {"task": task}}])))
    assert record["passed"], record["reasons"]
    assert [w["code"] for w in record["validation"]["warnings"]].count("moves_away") == 1


def test_a_paddle_driven_through_its_velocity_field_is_shoved_too(static_validator):
    code = (DATA / "programs" / "fail_pong_paddle_pushed.js").read_text(encoding="utf-8")
    for value in ("-360", "360", "0"):
        code = code.replace(f"this.paddle.body.setVelocityY({value})", f"this.paddle.body.velocity.y = {value}")
    assert "setVelocityY" not in code
    record = next(iter(static_validator.validate([{"request_id": "pong", "code": code, "prompt_meta": {}}])))
    assert record["reasons"] == ["l2:api_misuse"], record["reasons"]
    assert any("this.paddle is a plain dynamic body the code only moves along y" in e["message"] for e in record["validation"]["errors"])


def test_a_named_delay_of_one_is_seconds_and_a_literal_one_is_the_next_frame(static_validator):
    code = (DATA / "programs" / "fail_cooldown_delay_in_seconds.js").read_text(encoding="utf-8").replace("const COOLDOWN_SECONDS = 2;", "const DASH_COOLDOWN = 1; // 1 秒").replace("COOLDOWN_SECONDS", "DASH_COOLDOWN")
    named = next(iter(static_validator.validate([{"request_id": "named", "code": code, "prompt_meta": {}}])))
    assert any("DASH_COOLDOWN = 1 ms is less than a frame" in e["message"] for e in named["validation"]["errors"]), named["validation"]["errors"]
    literal = next(iter(static_validator.validate([{"request_id": "literal", "code": code.replace("delayedCall(DASH_COOLDOWN,", "delayedCall(1,"), "prompt_meta": {}}])))
    assert literal["passed"], literal["reasons"]


def test_a_menu_listed_after_the_game_it_starts_only_warns(static_validator):
    code = """class MenuScene extends Phaser.Scene {
  constructor() { super({ key: 'MenuScene' }); }
  preload() {}
  create() {
    this.add.text(300, 280, 'Start', { fontSize: '32px', color: '#ffffff' }).setInteractive().on('pointerdown', () => this.scene.start('GameScene'));
  }
}
class GameScene extends Phaser.Scene {
  constructor() { super({ key: 'GameScene' }); }
  preload() {}
  create() {
    this.add.circle(400, 300, 20, 0xff0000);
    this.input.keyboard.on('keydown-ESC', () => this.scene.start('MenuScene'));
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, scene: [GameScene, MenuScene] });
"""
    record = next(iter(static_validator.validate([{"request_id": "menu", "code": code, "prompt_meta": {}}])))
    assert record["passed"], record["reasons"]
    assert any("scene: [GameScene, MenuScene] (line 16): the first scene listed is the one that starts" in w["message"] for w in record["validation"]["warnings"])


PLATFORM = """class S extends Phaser.Scene {
  constructor() { super('s'); }
  preload() {}
  create() {
    this.ground = this.add.rectangle(400, 580, 2400, 40, 0x4caf50);
    this.physics.add.existing(this.ground, true);
    this.hero = this.add.rectangle(100, 500, 30, 40, 0x42a5f5);
    this.physics.add.existing(this.hero);
    this.physics.add.collider(this.hero, this.ground);
    this.cursors = this.input.keyboard.createCursorKeys();
    this.lastGround = 0;
    %s
  }
  update(time) {
    const body = this.hero.body;
    %s
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, physics: { default: 'arcade', arcade: { gravity: { y: 900 } } }, scene: S });
"""


@pytest.mark.parametrize("create, update, words", [
    ("this.hero.body.setVelocityX(120);", "if (body.blocked.left || body.blocked.right) body.setVelocityX(-body.velocity.x);",
     "turns the body round by negating its velocity once it is blocked, but Arcade set that velocity to 0"),
    ("", "if (this.cursors.up.isDown) body.setGravityY(0);",
     "sets the body's own gravity to 0, which it already was"),
    ("this.cameras.main.setBounds(0, 0, 800, 600);", "if (this.hero.x > 800) this.cameras.main.setScroll(800, 0);",
     "are the size of the view, and the code scrolls the camera"),
    ("this.coyote = 0.15;", "if (body.blocked.down) this.lastGround = this.time.now; if (this.cursors.up.isDown && this.time.now - this.lastGround <= this.coyote) body.setVelocityY(-400);",
     "the clock counts milliseconds and this.coyote = 0.15 is seconds"),
])
def test_seventeenth_round_mistakes_read_from_the_code(static_validator, create, update, words):
    record = next(iter(static_validator.validate([{"request_id": "p", "code": PLATFORM % (create, update), "prompt_meta": {}}])))
    assert record["reasons"] == ["l2:api_misuse"], record["reasons"]
    assert any(words in e["message"] for e in record["validation"]["errors"]), record["validation"]["errors"]


def test_a_body_frozen_when_the_game_is_won_is_not_a_lost_velocity(static_validator):
    update = "if (this.won) return; body.setVelocityX(this.cursors.right.isDown ? 160 : 0); if (this.hero.x > 700) this.win();"
    code = PLATFORM % ("this.won = false;", update)
    code = code.replace("  update(time) {", "  win() {\n    this.won = true;\n    this.hero.body.setVelocity(0, 0);\n    this.hero.body.moves = false;\n  }\n  update(time) {")
    record = next(iter(static_validator.validate([{"request_id": "p", "code": code, "prompt_meta": {}}])))
    assert record["passed"], (record["reasons"], record["validation"]["errors"])


SHOOTER = """class S extends Phaser.Scene {
  constructor() { super('s'); }
  preload() {
    const g = this.make.graphics({ add: false });
    g.fillStyle(0x66bb6a).fillCircle(16, 16, 16).generateTexture('slime', 32, 32);
    g.fillStyle(0xffeb3b).fillCircle(4, 4, 4).generateTexture('shot', 8, 8);
    g.destroy();
  }
  create() {
    this.slime = this.physics.add.sprite(400, 300, 'slime');
    this.shots = this.physics.add.group();
    this.input.on('pointerdown', () => {
      %s
    });
  }
  update() {}
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, physics: { default: 'arcade' }, scene: S });
"""


@pytest.mark.parametrize("handler, words", [
    ("for (let i = 0; i < 12; i++) { const shot = this.shots.create(400, 300, 'shot'); const angle = (Math.PI * 2 / 12) * i; this.physics.velocityFromAngle(angle, 200, shot.body.velocity); }",
     "angle is in radians ((Math.PI * 2 / 12) * i, line 13) and velocityFromAngle() takes degrees"),
    ("this.slime.setTint(0xffffff); this.time.delayedCall(100, () => this.slime.clearTint());",
     "this.slime.setTint(0xffffff) (line 13) as a flash: a tint multiplies the texture's colours"),
])
def test_a_ring_in_radians_and_a_white_tint_flash(static_validator, handler, words):
    record = next(iter(static_validator.validate([{"request_id": "p", "code": SHOOTER % handler, "prompt_meta": {}}])))
    assert record["reasons"] == ["l2:api_misuse"], record["reasons"]
    assert any(words in e["message"] for e in record["validation"]["errors"]), record["validation"]["errors"]


def test_the_ring_in_degrees_and_a_fill_flash_pass(static_validator):
    for handler in ("for (let i = 0; i < 12; i++) { const shot = this.shots.create(400, 300, 'shot'); this.physics.velocityFromAngle(30 * i, 200, shot.body.velocity); }",
                    "this.slime.setTintFill(0xffffff); this.time.delayedCall(100, () => this.slime.clearTint());"):
        record = next(iter(static_validator.validate([{"request_id": "p", "code": SHOOTER % handler, "prompt_meta": {}}])))
        assert record["passed"], (record["reasons"], record["validation"]["errors"])
