"""Mistakes of a twenty-sixth round of unseen programs, and the false rejection left from the round before: a
springboard squashed by overlapping yoyo tweens of its scaleY is drawn off its static body only while it bounces,
and is judged as it was when the first squash began. Each broken program fails with its rule, line and message;
the working ways pass."""
from __future__ import annotations

import pytest

from .conftest import DATA, missing_findings, validate_named

# program -> [(layer, kind, line, words the message must contain)]
EXPECTED = {
    "fail_spring_pad_scaled_no_refresh": [("l3", "never_fires", None, "Sprite at 400,540 (250x14) has its static body at 400,540 (50x14)")],
    "fail_aim_sector_atan2_degrees": [("l2", "wrong_argument", 13, "heading > -45 (line 13) tests heading, an angle in radians (-π..π), against -45, a figure in degrees")],
    "fail_balloon_rises_past_camera_bounds": [("l3", "misplaced", None, "the camera follows an Ellipse that went to (400, -646), out of the camera's bounds (setBounds(0, 0, 800, 2400)), and has stayed out of the view")],
    "fail_radar_camera_fraction_viewport": [("l2", "wrong_argument", 11, "CameraManager#add(0.72, 0.03, 0.25, 0.25): the viewport is in pixels, not fractions of the game")],
    "fail_clouds_scroll_factor_property": [("l3", "never_fires", 16, "sky.scrollFactor = ... (line 16): a Rectangle has no scrollFactor (its properties are scrollFactorX and scrollFactorY)")],
    "fail_quake_flash_hex_helper": [("l2", "wrong_argument", 18, "Camera#flash(250, 16746496): red, green and blue are 0-255 each")],
    "fail_round_banner_text_not_added": [("l3", "never_fires", 10, "new Phaser.GameObjects.Text(...) makes a game object that is never added to the scene")],
    "fail_mine_hud_under_fog": [("l3", "hidden", None, "a Text fixed to the screen ('Oil: 83', at (16, 16) on the screen) lies under a fog RenderTexture drawn over it")],
    # round 27
    "fail_torch_particles_css_colours": [("l2", "wrong_argument", 17, "'color' expects colour numbers (0xrrggbb), got the CSS string '#ffee58'")],
    "fail_lantern_canvas_texture_not_refreshed": [("l2", "never_fires", 7, "tex = textures.createCanvas(...) (line 7) is painted through its 2D context but never refresh()ed")],
    "fail_guard_attack_chained_after_loop": [("l3", "never_fires", None, "a Sprite plays 'idle', which repeats forever (repeat: -1), with 'swing' chained after it")],
    "fail_stamina_bar_redrawn_uncleared": [("l3", "never_fires", None, "a Graphics fills a bar at (20, 20) 300x24 and later again 264x24 from the same corner, but is never cleared")],
    "fail_best_score_saved_on_setdata": [("l2", "never_fires", 7, "this.registry.events.on('setdata') (line 7): a DataManager emits 'setdata' only when a key is first made; the later changes of 'score' (line 18) emit 'changedata'")],
    "fail_hint_panel_children_at_screen_coords": [("l3", "misplaced", None, "a Container at (0, 420), in the view, draws all 3 of its children outside it (one at (20, 860))")],
    "fail_raft_tweened_without_direct_control": [("l2", "never_fires", 17, "this.raft has a dynamic Arcade body moved by a tween of its x (line 17): the tween sets its position and its body keeps a velocity of 0")],
    "fail_swing_bob_from_matter_bodies": [("l2", "never_fires", 8, "this.ball = this.matter.bodies.circle(...) (line 8) makes a body with Matter's own factory, which does not add it to the world")],
    "fail_plinko_pegs_static_lost": [("l2", "never_fires", 15, "setCircle() builds a new body without the options given before, so isStatic: true is lost")],
    # round 28
    "fail_bricks_hidden_still_solid": [("l2", "never_fires", 19, "brick.setActive(false) (line 19) in the collider's callback hides what was hit and leaves its body on")],
    "fail_trail_board_made_not_added": [("l3", "never_fires", 9, "this.make.graphics(...) makes a Graphics that is never added to the scene")],
    "fail_knight_moves_under_squares": [("l3", "hidden", None, "a Graphics the program clears and draws again fills 8 rectangles, and each lies wholly under an opaque object drawn after it")],
    "fail_pong_paddle_pushed": [("l2", "misplaced", 13, "bounces a ball off a paddle that is a dynamic body, and nothing in the program is immovable")],
    # round 29
    "fail_drum_pads_hit_circle_at_corner": [("l3", "misplaced", None, "but its hit area covers (101, 51)..(250, 200), which misses its middle")],
    "fail_best_time_parsed_from_nothing": [("l3", "broken_text", None, "a Text shows 'Best: NaN' at the end of the run")],
    "fail_pause_overlay_under_game_camera": [("l3", "hidden", None, "'Play' clears the whole view with its camera's opaque background, so the 2 text(s) of 'Pause' cannot be seen")],
    "fail_gem_drag_polygon_world_points": [("l3", "misplaced", None, "a Graphics at (300, 260) draws at (265, 210)..(335, 310) but its hit area covers (565, 470)..(635, 570)")],
}
WORKING = ["pass_spring_pad_squash_tween", "pass_gem_drag_polygon_local_points", "pass_aim_sector_atan2_in_degrees",
           "pass_balloon_rises_inside_camera_bounds", "pass_radar_camera_pixel_viewport", "pass_clouds_set_scroll_factor", "pass_quake_flash_rgb_helper",
           "pass_round_banner_text_added", "pass_mine_hud_over_fog",
           "pass_torch_particles_number_colours", "pass_lantern_canvas_texture_refreshed", "pass_guard_attack_played_then_idle",
           "pass_stamina_bar_redrawn_cleared", "pass_best_score_saved_on_changedata",
           "pass_hint_panel_children_from_container", "pass_raft_tweened_with_direct_control",
           "pass_swing_bob_added_to_world", "pass_plinko_pegs_static_kept",
           "pass_bricks_disabled_when_hit", "pass_trail_board_made_and_added", "pass_knight_moves_over_squares", "pass_end_screen_over_menu_text",
           "pass_fullscreen_button_toggle", "pass_drum_pads_hit_circle_centred", "pass_best_time_parsed_with_fallback",
           "pass_pause_overlay_over_game_camera"]


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


SWIPE = """
class Swipe extends Phaser.Scene {
  preload() {}
  create() {
    this.input.on('pointerup', (pointer) => {
      %s
      if (%s) this.cameras.main.flash(100);
    });
  }
}
new Phaser.Game({ width: 800, height: 600, scene: Swipe });
"""


@pytest.mark.parametrize("setup, test, found", [
    ("const a = pointer.getAngle();", "a > 45", "a > 45 (line 7) tests a, an angle in radians"),
    ("", "Math.abs(Phaser.Math.Angle.Between(pointer.downX, pointer.downY, pointer.x, pointer.y)) < 90", "an angle in radians (-π..π), against 90"),
    ("let a = pointer.getAngle(); a = Phaser.Math.RadToDeg(a);", "a > 45", None),  # turned into degrees first
    ("const a = Phaser.Math.RadToDeg(pointer.getAngle());", "a > 45", None),
    ("const a = pointer.getAngle();", "a > Math.PI / 4", None),
    ("const a = pointer.getAngle();", "a > 3", None),  # a figure that may be radians
])
def test_radians_tested_against_degrees(static_validator, setup, test, found):
    record = next(iter(static_validator.validate([{"request_id": "s", "code": SWIPE % (setup, test), "prompt_meta": {"task": ""}}])))
    errors = [e["message"] for e in record["validation"]["errors"]]
    if found:
        assert any(found in m for m in errors), errors
    else:
        assert record["passed"], errors


MENU_AFTER_GAME = """class MenuScene extends Phaser.Scene {
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


@pytest.mark.parametrize("task, skipped", [
    ("实现菜单和游戏双场景：MenuScene 显示开始按钮，点击后切换到 GameScene。", True),
    ("A title screen with a Start button, then the game.", True),
    ("Pause menu: ESC pauses the game and shows Resume / Back to main menu.", False),  # opens into play on purpose
    ("A red ball in the middle of the screen.", False),  # no menu asked for: only the warning
])
def test_a_menu_the_task_asks_for_listed_after_the_game(static_validator, task, skipped):
    record = next(iter(static_validator.validate([{"request_id": "menu", "code": MENU_AFTER_GAME, "prompt_meta": {"task": task}}])))
    assert ("l4:menu_skipped" in record["reasons"]) is skipped, record["reasons"]
    if skipped:
        message = next(e["message"] for e in record["validation"]["errors"] if e["code"] == "menu_skipped")
        assert message.startswith("the task asks for a menu, but scene: [GameScene, MenuScene] (line 16): the first scene listed is the one that starts")


MATTER = """
const CAT_A = 0x0001;
const CAT_B = 0x0002;
const CAT_C = %s;
class Toy extends Phaser.Scene {
  preload() {}
  create() {
    this.paddle = this.add.rectangle(400, 500, 160, 20, 0x06d6a0);
    this.matter.add.gameObject(this.paddle, { isStatic: %s });
    this.wedge = this.matter.add.fromVertices(200, 300, %s);
    this.body1 = this.matter.add.circle(300, 100, 12);
    this.ball = this.add.circle(300, 100, 12, 0xffffff);
    this.input.keyboard.on('keydown-SPACE', () => this.paddle.setAngularVelocity(-0.3));
    this.gate = this.matter.add.rectangle(600, 300, 20, 200, { isStatic: true });
    this.paddle.setCollisionCategory(Math.random() < 0.5 ? CAT_B : CAT_C);
    this.paddle.setCollidesWith([CAT_A, CAT_B]);
  }
  update() {
    %s
  }
}
new Phaser.Game({ width: 800, height: 600, physics: { default: 'matter' }, scene: Toy });
"""


@pytest.mark.parametrize("cat, static, vertices, sync, found", [
    ("0x0004", "false", "'0 0 120 60 0 60'", "const { x, y } = this.body1.position; this.ball.setPosition(x, y);", None),
    ("0x0003", "false", "'0 0 120 60 0 60'", "const { x, y } = this.body1.position; this.ball.setPosition(x, y);", "CAT_C is 3, more than one bit"),
    ("0x0004", "true", "'0 0 120 60 0 60'", "const { x, y } = this.body1.position; this.ball.setPosition(x, y);", "this.paddle.setAngularVelocity(...) (line 13) on a Matter body made static"),
    ("0x0004", "false", "[0, 0, 120, 60, 0, 60]", "const { x, y } = this.body1.position; this.ball.setPosition(x, y);", "is given a flat list of numbers: vertices are {x, y} points"),
])
def test_matter_bodies_that_do_not_do_what_the_code_says(static_validator, cat, static, vertices, sync, found):
    code = MATTER % (cat, static, vertices, sync)
    record = next(iter(static_validator.validate([{"request_id": "m", "code": code, "prompt_meta": {"task": ""}}])))
    errors = [e["message"] for e in record["validation"]["errors"]]
    if found:
        assert any(found in m for m in errors), errors
    else:
        assert record["passed"], errors


BOB = """
class Pendulum extends Phaser.Scene {
  preload() {}
  create() {
    this.bob = this.matter.add.circle(500, 200, 20, { frictionAir: 0 });
    this.matter.add.worldConstraint(this.bob, 200, 1, { pointA: { x: 400, y: 40 } });
    this.picture = this.add.circle(500, 200, 20, 0xffb703);
  }
  update() {
    %s
  }
}
new Phaser.Game({ width: 800, height: 600, physics: { default: 'matter' }, scene: Pendulum });
"""


@pytest.mark.parametrize("sync, found", [
    ("", True),
    ("const { x, y } = this.bob.position;\n    this.picture.setPosition(x, y);", False),  # the position taken apart first
    ("this.picture.setPosition(this.bob.position.x, this.bob.position.y);", False),
])
def test_a_drawn_shape_that_follows_its_matter_body_by_hand(static_validator, sync, found):
    record = next(iter(static_validator.validate([{"request_id": "b", "code": BOB % sync, "prompt_meta": {"task": ""}}])))
    errors = [e["message"] for e in record["validation"]["errors"]]
    assert any("makes a Matter body with no game object, beside the shape drawn at (500, 200)" in m for m in errors) is found, errors



def test_a_rider_carried_by_hand_on_a_tweened_platform(static_validator):
    # the program moves the frog by the raft's own change of x each frame: no setDirectControl needed
    code = (DATA / "programs" / "fail_raft_tweened_without_direct_control.js").read_text(encoding="utf-8")
    code = code.replace("    this.physics.add.collider(this.frog, this.raft);", """    this.lastX = this.raft.x;
    this.physics.add.collider(this.frog, this.raft);
  }
  update() {
    const dx = this.raft.x - this.lastX;
    this.lastX = this.raft.x;
    if (this.frog.body.touching.down) this.frog.x += dx;""")
    record = next(iter(static_validator.validate([{"request_id": "raft", "code": code, "prompt_meta": {"task": ""}}])))
    assert record["passed"], [e["message"] for e in record["validation"]["errors"]]


PAUSE = """
class Ui extends Phaser.Scene {
  constructor() { super('ui'); }
  preload() {}
  create() { this.label = this.add.text(350, 280, '', { fontSize: '32px', color: '#ffffff' }); }
  show(paused) { this.label.setText(paused ? 'PAUSED' : ''); }
}
class Play extends Phaser.Scene {
  constructor() { super('play'); }
  preload() {}
  create() {
    this.paused = false;
    this.add.circle(400, 300, 30, 0xff7043);
    this.scene.launch('ui');
    %s.on('pointerdown', this.toggle, this);
  }
  toggle() {
    this.paused = !this.paused;
    if (this.paused) {
      this.scene.pause();
    } else {
      this.scene.resume();
    }
    this.scene.get('ui').show(this.paused);
  }
}
new Phaser.Game({ width: 800, height: 600, scene: [Play, Ui] });
"""


@pytest.mark.parametrize("emitter, stuck", [
    ("this.input", True),  # its own input: paused, it never hears the second click (getting 'ui' to show PAUSED is no way back)
    ("this.scene.get('ui').input", False),  # the other scene's input goes on running
])
def test_a_scene_paused_from_its_own_pointer_handler(static_validator, emitter, stuck):
    record = next(iter(static_validator.validate([{"request_id": "p", "code": PAUSE % emitter, "prompt_meta": {"task": ""}}])))
    errors = [e["message"] for e in record["validation"]["errors"]]
    assert any("this.scene.resume() (line 22) can only run from this scene's own input" in m for m in errors) is stuck, errors


SETTINGS = """
const KEY = 'settings';
class Settings extends Phaser.Scene {
  constructor() { super('settings'); }
  preload() {}
  create() {
    this.options = { music: true, sound: true };
    const names = ['music', 'sound'];
    for (%s i = 0; i < names.length; i++) {
      const t = this.add.text(300, 200 + i * 60, names[i], { fontSize: '28px', color: '#ffffff' }).setInteractive();
      t.on('pointerup', () => this.flip(names[i]));
    }
    %s.on('resize', (size) => this.cameras.main.centerOn(size.width / 2, size.height / 2));
  }
  flip(name) {
    this.options[name] = !this.options[name];
    localStorage.setItem(KEY, %s);
  }
}
new Phaser.Game({ width: 800, height: 600, scale: { mode: Phaser.Scale.RESIZE }, scene: Settings });
"""


@pytest.mark.parametrize("decl, emitter, saved, found", [
    ("let", "this.scale", "JSON.stringify(this.options)", None),
    ("var", "this.scale", "JSON.stringify(this.options)", "for (var i ...) (line 9): the handler made in the loop and given to on() (line 11) reads i when it runs"),
    ("let", "this.events", "JSON.stringify(this.options)", "this.events.on('resize') (line 13): a scene's events carried 'resize' only before Phaser 3.16"),
    ("let", "this.scale", "this.options", "localStorage.setItem(..., this.options) (line 17) stores an object: storage keeps strings"),
])
def test_settings_screen_slips(static_validator, decl, emitter, saved, found):
    record = next(iter(static_validator.validate([{"request_id": "s", "code": SETTINGS % (decl, emitter, saved), "prompt_meta": {"task": ""}}])))
    errors = [e["message"] for e in record["validation"]["errors"]]
    if found:
        assert any(found in m for m in errors), errors
    else:
        assert record["passed"], errors



FLOW = """
class Level extends Phaser.Scene {
  constructor() { super('Level'); }
  init(data) { this.level = data.level || 1; }
  preload() {}
  create() {
    this.add.text(20, 20, 'Level ' + this.level, { fontSize: '24px', color: '#ffffff' });
    this.time.delayedCall(1500, () => this.scene.restart(%s));
    this.input.keyboard.on('keydown-P', () => { this.scene.pause(); this.scene.launch('Menu'); });
    this.input.keyboard.on('keydown-X', () => this.end());
  }
  end() {
    this.scene.pause();
    %s
  }
}
class Menu extends Phaser.Scene {
  constructor() { super('Menu'); }
  preload() {}
  create() {
    const retry = this.add.container(400, 300, [this.add.rectangle(0, 0, 160, 50, 0x3949ab), this.add.text(-30, -12, 'Back', { fontSize: '20px' })]);
    %s
    retry.on('pointerdown', () => { %s; this.scene.stop(); });
  }
}
class Result extends Phaser.Scene {
  constructor() { super('Result'); }
  preload() {}
  create() { this.add.text(300, 280, 'Results', { fontSize: '32px' }); }
}
new Phaser.Game({ width: 800, height: 600, scene: [Level, Menu%s] });
"""
FINE = ["{ level: this.level + 1 }", "this.scene.start('Result');", "retry.setSize(160, 50).setInteractive();", "this.scene.resume('Level')", ", Result"]


@pytest.mark.parametrize("changes, found", [
    ({}, None),
    ({0: "this.level + 1"}, "this.scene.restart(this.level + 1) (line 8) hands this.level + 1 as the scene's data, and Level.init(data) reads fields of it"),
    # the end screen's timer after the pause, where nothing resumes the level (with the menu's resume it runs later)
    ({1: "this.time.delayedCall(500, () => this.scene.start('Result'));", 3: "this.scene.stop('Level')"},
     "this.time.delayedCall(...) (line 14) right after this.scene.pause() (line 13): a paused scene's clock"),
    ({2: ""}, "retry.on('pointerdown') (line 23) on a Container that is never made interactive"),
    ({3: "this.scene.resume()"}, "this.scene.resume() (line 23) in Menu resumes Menu itself, which never pauses"),
    ({4: ""}, "this.scene.start('Result') (line 14): Result, the scene 'Result', is written but not in the game's scene list"),
])
def test_scene_flow_slips(static_validator, changes, found):
    parts = list(FINE)
    for slot, value in changes.items():
        parts[slot] = value
    record = next(iter(static_validator.validate([{"request_id": "flow", "code": FLOW % tuple(parts), "prompt_meta": {"task": ""}}])))
    errors = [e["message"] for e in record["validation"]["errors"]]
    if found:
        assert any(found in m for m in errors), errors
    else:
        assert record["passed"], errors


RING = """
class Ring extends Phaser.Scene {
  preload() {}
  create() {
    const g = this.add.graphics();
    g.fillStyle(0xffffff, 1).fillCircle(3, 3, 3);
    g.generateTexture('dot', 6, 6);
    g.clear().lineStyle(2, 0x00ffff, 1).strokeCircle(400, 300, 100);
    this.add.particles(400, 300, 'dot', { emitZone: { type: 'edge', source: new Phaser.Geom.Circle(%s, 100), quantity: 48 }, lifespan: 900, speed: 40 });
  }
}
new Phaser.Game({ width: 800, height: 600, scene: Ring });
"""


@pytest.mark.parametrize("centre, found", [("0, 0", False), ("400, 300", True)])
def test_an_emit_zone_made_at_the_emitters_place(static_validator, centre, found):
    record = next(iter(static_validator.validate([{"request_id": "ring", "code": RING % centre, "prompt_meta": {"task": ""}}])))
    errors = [e["message"] for e in record["validation"]["errors"]]
    assert any("its emitZone is a Circle made at (400, 300) again: a zone is an offset from the emitter" in m for m in errors) is found, errors


HOOP = """
class Hoop extends Phaser.Scene {
  preload() {}
  create() {
    const g = this.add.graphics();
    g.fillStyle(0xffffff, 1).fillRect(0, 0, 10, 120).generateTexture('board', 10, 120);
    g.clear().fillStyle(0xff7043, 1).fillCircle(12, 12, 12).generateTexture('ball', 24, 24);
    g.destroy();
    %s
    const board = this.physics.add.staticImage(700, 230, 'board');
    board.setVisible(false);
    this.ball = this.physics.add.image(200, 400, 'ball').setVelocity(420, -380).setBounce(0.7);
    this.physics.add.collider(this.ball, board);
  }
}
new Phaser.Game({ width: 800, height: 600, physics: { default: 'arcade', arcade: { gravity: { y: 500 } } }, scene: Hoop });
"""


@pytest.mark.parametrize("drawn, found", [
    ("this.add.rectangle(700, 230, 10, 120, 0xeeeeee);", False),  # an invisible collider under a shape drawn at its place
    ("", True),
])
def test_a_hidden_static_body_under_a_drawn_shape_is_a_collider_on_purpose(static_validator, drawn, found):
    record = next(iter(static_validator.validate([{"request_id": "hoop", "code": HOOP % drawn, "prompt_meta": {"task": ""}}])))
    errors = [e["message"] for e in record["validation"]["errors"]]
    assert any("board.setVisible(false) (line 11) hides board, but its body stays on" in m for m in errors) is found, errors
