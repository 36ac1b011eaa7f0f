"""L2 usage extraction and L1/L4 details on small snippets (static layers only, no browser)."""
from __future__ import annotations

import pytest

PROLOGUE = "const config = { type: Phaser.AUTO, width: 800, height: 600, scene: { preload, create, update } };\n" \
           "function preload() {}\nfunction update() {}\n"


def judge(validator, body: str, **meta):
    code = PROLOGUE + body + "\nnew Phaser.Game(config);\n"
    return validator.validate_one({"request_id": "t", "code": code, "prompt_meta": meta})


def misses(record):
    return record["validation"]["api_usage"]["misses"]


@pytest.mark.parametrize("handler, expected_miss", [
    ("box.on('pointerdown', function () { this.add.circle(1, 1, 5); });", ["Phaser.GameObjects.Rectangle#add"]),
    ("box.on('pointerdown', function () { this.add.circle(1, 1, 5); }, this);", []),
    ("box.on('pointerdown', () => { this.add.circle(1, 1, 5); });", []),
    ("box.on('pointerdown', function () { this.setFillStyle(0xff0000); });", []),
    ("box.on('pointerdown', onDown, this);", []),
    ("box.on('pointerdown', onDown);", ["Phaser.GameObjects.Rectangle#add"]),
])
def test_this_inside_event_handlers(static_validator, handler, expected_miss):
    body = ("function onDown() { this.add.circle(1, 1, 5); }\n"
            "function create() {\n  const box = this.add.rectangle(10, 10, 50, 50, 0xffffff).setInteractive();\n"
            f"  {handler}\n  this.add.graphics().fillRect(0, 0, 300, 300);\n}}")
    assert misses(judge(static_validator, body)) == expected_miss


def test_aliases_chains_and_static_members(static_validator):
    body = """function create() {
  const scene = this;
  const cam = scene.cameras.main;
  cam.setBounds(0, 0, 1600, 1200).setZoom(2);
  const g = scene.add.graphics();
  g.fillStyle(Phaser.Display.Color.GetColor(1, 2, 3)).fillCircle(1, 1, 1);
  const v = new Phaser.Math.Vector2(1, 2).normalize();
  this.time.addEvent({ delay: 10, callback: function () { this.cameras.main.shake(10); }, callbackScope: this });
  cam.flyTo(1, 2);
  g.drawStarShape(1);
  Phaser.Math.Betwen(1, 2);
  v.lengthSq();
}"""
    rec = judge(static_validator, body)
    hits = rec["validation"]["api_usage"]["hits"]
    assert {"Phaser.Cameras.Scene2D.CameraManager#main", "Phaser.Cameras.Scene2D.Camera#setBounds",
            "Phaser.Cameras.Scene2D.Camera#setZoom", "Phaser.Display.Color.GetColor", "Phaser.Math.Vector2#normalize",
            "Phaser.Cameras.Scene2D.Camera#shake", "Phaser.Time.Clock#addEvent"} <= set(hits)
    assert misses(rec) == ["Phaser.Cameras.Scene2D.Camera#flyTo", "Phaser.GameObjects.Graphics#drawStarShape",
                           "Phaser.Math.Betwen"]
    assert "l2:hallucinated_api" in rec["reasons"]


def test_user_properties_and_subclasses_are_not_misses(static_validator):
    code = """class Player extends Phaser.GameObjects.Sprite {
  constructor(scene, x, y) { super(scene, x, y, 'p'); this.hp = 3; scene.add.existing(this); }
  hurt() { this.hp -= 1; this.setTint(0xff0000); }
}
class Main extends Phaser.Scene {
  preload() {}
  create() {
    this.player = new Player(this, 10, 10);
    this.player.hurt();
    this.score = 0;
    this.label = this.add.text(0, 0, 'x');
    this.label.customFlag = true;
    this.label.setText(String(this.label.customFlag));
  }
  update() { this.score += 1; }
}
new Phaser.Game({ type: Phaser.AUTO, scene: Main });
"""
    rec = static_validator.validate_one({"request_id": "t", "code": code})
    assert misses(rec) == [] and rec["passed"], rec["reasons"]


def test_must_use_loose_names(static_validator):
    body = """function create() {
  this.add.graphics().fillRect(0, 0, 10, 10);
  this.input.on('pointerdown', () => {});
  this.tweens.add({ targets: [], alpha: 0, duration: 10 });
  this.input.keyboard.createCursorKeys();
}"""
    rec = judge(static_validator, body, must_use_apis=[
        "Phaser.GameObjects.Graphics", "Phaser.Input.Events.POINTER_DOWN", "Phaser.Tweens.Tween",
        "Phaser.Input.Keyboard.KeyCodes", "Phaser.GameObjects.Text"])
    usage = rec["validation"]["api_usage"]
    assert usage["must_use_misses"] == ["Phaser.GameObjects.Text"]
    assert rec["reasons"] == ["l2:must_use_missing"]


def test_must_use_a_bare_word_is_met_by_a_member_or_class_of_that_name(static_validator):
    # a seed naming 'registry' (not 'Phaser.Data.DataManager') is met by this.registry; a name nothing has stays a miss
    body = """function create() {
  this.registry.set('score', 0);
  this.add.graphics().fillRect(0, 0, 10, 10);
}"""
    rec = judge(static_validator, body, must_use_apis=["registry", "Graphics", "nosuchthing"])
    usage = rec["validation"]["api_usage"]
    assert usage["must_use_hits"] == ["registry", "Graphics"]
    assert usage["must_use_misses"] == ["nosuchthing"]


def test_must_use_a_path_from_the_scene_or_an_event_name_is_met(static_validator):
    body = """function create() {
  this.time.addEvent({ delay: 100, loop: true, callback: () => {} });
  this.add.graphics().fillRect(0, 0, 10, 10);
  this.input.on('pointerdown', () => {});
}"""
    rec = judge(static_validator, body, must_use_apis=["time.addEvent", "add.graphics", "pointerdown", "tweens.chain"])
    usage = rec["validation"]["api_usage"]
    assert usage["must_use_hits"] == ["time.addEvent", "add.graphics", "pointerdown"]
    assert usage["must_use_misses"] == ["tweens.chain"]


def test_must_use_a_member_written_with_a_dot_is_met_by_that_member(static_validator):
    # 'Phaser.Time.Clock.addEvent' for 'Phaser.Time.Clock#addEvent' rejected every answer that called this.time.addEvent
    body = """function create() {
  this.time.addEvent({ delay: 100, loop: true, callback: () => {} });
  this.add.graphics().fillRect(0, 0, 10, 10);
}"""
    rec = judge(static_validator, body, must_use_apis=[
        "Phaser.Time.Clock.addEvent", "Phaser.GameObjects.GameObjectFactory.graphics", "Phaser.Tweens.TweenManager.add",
        "Phaser.Physic.Arcade.Sprite"])
    usage = rec["validation"]["api_usage"]
    assert usage["must_use_hits"] == ["Phaser.Time.Clock.addEvent", "Phaser.GameObjects.GameObjectFactory.graphics"]
    assert usage["must_use_misses"] == ["Phaser.Tweens.TweenManager.add", "Phaser.Physic.Arcade.Sprite"]


def test_must_use_an_arcade_sprite_is_met_by_a_physics_group_making_its_members(static_validator):
    # an Arcade group makes Phaser.Physics.Arcade.Sprite members by default: this.physics.add.group().create(...)
    body = """function create() {
  this.add.graphics().fillRect(0, 0, 10, 10);
  this.enemies = this.physics.add.group({ collideWorldBounds: true });
  this.enemies.create(100, 100, 'enemy');
}"""
    code = PROLOGUE.replace("height: 600,", "height: 600, physics: { default: 'arcade' },") + body + "\nnew Phaser.Game(config);\n"
    rec = static_validator.validate_one({"request_id": "t", "code": code, "prompt_meta": {"must_use_apis": ["Phaser.Physics.Arcade.Sprite"]}})
    assert rec["validation"]["api_usage"]["must_use_hits"] == ["Phaser.Physics.Arcade.Sprite"], rec["reasons"]


def test_physics_needs_a_physics_config(static_validator):
    body = "function create() { this.add.graphics().fillRect(0, 0, 9, 9); this.physics.add.image(1, 1, 'x'); }"
    assert "l2:physics_not_enabled" in judge(static_validator, body)["reasons"]
    configured = PROLOGUE.replace("height: 600,", "height: 600, physics: { default: 'arcade' },")
    code = configured + body + "\nnew Phaser.Game(config);\n"
    assert static_validator.validate_one({"request_id": "t", "code": code})["passed"]


def test_hints_by_rule_table(static_validator):
    body = """function create() {
  this.g = this.add.graphics();
  this.input.on('pointerdown', () => {});
}
function update2() {}"""
    code = PROLOGUE.replace("function update() {}", "function update() { this.g.rotation += 0.1; }") + body + "\nnew Phaser.Game(config);\n"
    rec = static_validator.validate_one({"request_id": "t", "code": code, "prompt_meta": {"eval_hints": [
        "应监听 pointerdown", "应在 update 中更新 rotation", "应创建 tween", "颜色很好看"]}})
    assert rec["validation"]["hints"] == {"应监听 pointerdown": "pass", "应在 update 中更新 rotation": "pass",
                                          "应创建 tween": "fail", "颜色很好看": "unknown"}
    assert rec["passed"]  # hints are soft by default
    assert [w["code"] for w in rec["validation"]["warnings"]] == ["hint_failed"]


def test_plan_consistency(static_validator):
    rec = static_validator.validate_one({
        "request_id": "t", "code": PROLOGUE + "function create() { this.add.graphics().fillCircle(1, 1, 1); }\nnew Phaser.Game(config);\n",
        "plan": {"apis": ["Phaser.GameObjects.Graphics", "Graphics.fillCircle", "Phaser.Tweens.TweenManager#add", "Scene.update"]}})
    assert rec["validation"]["plan_consistency"] == 0.75


@pytest.mark.parametrize("body, must_use", [
    # Scene#sound is a union of sound managers: add() yields a sound of any of them (WebAudioSound is a BaseSound)
    ("function create() {\n  const s = this.sound.add('jump', { volume: 0.5 });\n  s.play();\n"
     "  this.add.graphics().fillRect(0, 0, 300, 300);\n}", "Phaser.Sound.BaseSound"),
    # a value of a subclass meets its parent class
    ("function create() {\n  const r = this.add.rectangle(100, 100, 300, 300, 0xff0000);\n  r.setAlpha(0.5);\n}",
     "Phaser.GameObjects.Shape"),
])
def test_must_use_met_by_union_members_and_subclasses(static_validator, body, must_use):
    rec = judge(static_validator, body, must_use_apis=[must_use])
    usage = rec["validation"]["api_usage"]
    assert usage["must_use_hits"] == [must_use], (usage, rec["reasons"])
    assert rec["passed"], rec["reasons"]


def test_scene_properties_keep_their_type_across_methods(static_validator):
    """`this.g = this.add.graphics()` in create: `this.g.…` in update is checked against Graphics (the write of a
    user property used to be mistaken for a known member on later passes, so the type was lost)."""
    code = """class S extends Phaser.Scene {
  constructor() { super('s'); }
  preload() {}
  create() {
    this.g = this.add.graphics();
    this.ball = this.add.circle(400, 300, 10, 0xffffff);
    this.physics.add.existing(this.ball);
  }
  update() {
    this.ball.body.setVelocity(10, 0);
    this.g.clear().fillStyle(0xffffff).fillStar(100, 100, 5, 20, 40);
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, physics: { default: 'arcade' }, scene: S });
"""
    rec = static_validator.validate_one({"request_id": "t", "code": code, "prompt_meta": {"must_use_apis": ["Phaser.Physics.Arcade.Body"]}})
    usage = rec["validation"]["api_usage"]
    assert "Phaser.Physics.Arcade.Body#setVelocity" in usage["hits"]
    assert "Phaser.GameObjects.Graphics#clear" in usage["hits"]
    assert usage["misses"] == ["Phaser.GameObjects.Graphics#fillStar"]
    assert usage["must_use_misses"] == []


def test_physics_factory_sprites_are_arcade_sprites(static_validator):
    """physics.add.sprite returns a typedef (SpriteWithDynamicBody) that extends Arcade.Sprite: members are checked."""
    body = """function create() {
  const p = this.physics.add.sprite(400, 300, 'p');
  p.setBounce(0.2).setCollideWorldBounds(true);
  p.body.setAllowGravity(false);
  p.setVelocityXY(10, 10);
  this.add.graphics().fillRect(0, 0, 300, 300);
}"""
    usage = judge(static_validator, body)["validation"]["api_usage"]
    assert {"Phaser.Physics.Arcade.Sprite#setBounce", "Phaser.Physics.Arcade.Sprite#setCollideWorldBounds"} <= set(usage["hits"])
    assert usage["misses"] == ["Phaser.Physics.Arcade.Sprite#setVelocityXY"]


@pytest.mark.parametrize("directive, body, code", [
    ("/* eslint-disable */", "function create() { eval('1'); }", "eval"),
    ("/* eslint-disable no-restricted-globals */", "function create() { fetch('http://example.com'); }", "network"),
    ("// eslint-disable-next-line", "function create() { new Function('return 1')(); }", "eval"),
    ("/* global evilThing */", "function create() { evilThing(); }", "undefined_name"),
    ("/* oxlint-disable */", "function create() { eval('1'); }", "eval"),
    ("// oxlint-disable-next-line no-undef", "function create() { evilThing(); }", "undefined_name"),
])
def test_a_programs_own_eslint_comments_do_not_switch_off_l1(static_validator, directive, body, code):
    record = judge(static_validator, directive + "\n" + body)
    assert not record["layers"]["l1"]
    assert code in {e["code"] for e in record["validation"]["errors"] if e["layer"] == "l1"}
