"""Calls Phaser takes without an error that do nothing (api_misuse): handlers for events no Phaser object emits,
key names it does not know, pointer handlers on objects never made interactive, colliders with objects that have no
physics body, objects of the program's own class never added to the scene, scene methods named almost like
update, undefined where Phaser needs the object or the callback, texture keys never loaded or made, Phaser's own
warnings of a missing animation or scene key, text colours given as numbers and gravity given as a number. Each broken labelled program fails with its rule and line; the working one passes."""
from __future__ import annotations

import pytest

from .conftest import as_candidate, load_labelled, missing_findings, validate_named

# program -> [(layer, rule, line, words the message must contain)]
EXPECTED = {
    "fail_never_fires_old_key_event": [("l3", "never_fires", 13, "'keydown-KEY', not 'keydown_KEY'")],
    "fail_never_fires_key_name": [("l3", "never_fires", 8, "'SPACEBAR' is not a key name")],
    "fail_never_fires_not_interactive": [("l3", "never_fires", 10, "never made interactive")],
    "fail_never_fires_dom_event": [("l3", "never_fires", 10, "'click' is a browser element's event")],
    "fail_missing_object_collider_order": [("l3", "missing_object", 9, "object2 is undefined")],
    "fail_missing_object_tween_target": [("l3", "missing_object", 6, "'targets' is undefined")],
    "fail_missing_object_timer_callback": [("l3", "missing_object", 9, "'callback' is undefined")],
    "fail_phaser_warning_missing_animation": [("l3", "phaser_warning", 18, "Missing animation: walk")],
    "fail_phaser_warning_scene_key": [("l3", "phaser_warning", 8, "Scene key not found: Game")],
    "fail_contract_text_colour_number": [("l2", "wrong_argument", 8, "text colour 'fill'"),
                                         ("l3", "wrong_argument", 8, "text colour 'fill'")],
    "fail_contract_gravity_number": [("l2", "wrong_argument", 16, "'gravity' of Physics.Arcade.ArcadeWorldConfig")],
    "fail_never_fires_not_added": [("l3", "never_fires", 3, "'Enemy' (a Sprite) is made but never added to the scene")],
    "fail_never_fires_overlap_without_bodies": [("l3", "never_fires", 14, "a group whose 6 members have no physics body")],
    "fail_missing_object_texture": [("l3", "missing_object", 9, "texture 'hero' is never loaded or made")],
    "fail_never_fires_update_misnamed": [("l2", "never_fires", 9, "scene method 'Update' is never called")],
    "fail_never_fires_worldbounds": [("l3", "never_fires", 12, "no body has onWorldBounds = true")],
    "fail_never_fires_drag_not_draggable": [("l3", "never_fires", 10, "interactive but never draggable")],
    "fail_never_fires_drop_without_zone": [("l3", "never_fires", 11, "no game object is ever a drop zone")],
    "fail_never_fires_static_body_not_refreshed": [("l3", "never_fires", None, "without refreshBody()")],
    "fail_phaser_warning_missing_frame": [("l3", "phaser_warning", 11, 'Texture "coin" has no frame "2"')],
    "fail_never_fires_path_not_filled": [("l3", "never_fires", 16, "still waiting for fillPath() / strokePath()")],
    "fail_never_fires_texture_before_drawing": [("l3", "never_fires", 8, "ran before anything was drawn")],
    "fail_never_fires_texture_drawn_outside": [("l3", "never_fires", 12, "outside the texture, so the texture is empty")],
    "fail_contract_style_args_swapped": [("l3", "wrong_argument", 10, "the colour and the width look swapped")],
    # files are answered with placeholders, whose frames a program's atlas names are made for: a misnamed
    # animation is still caught
    "fail_atlas_animation_misnamed": [("l3", "phaser_warning", 15, "Missing animation: walking")],
    # a background added last, drawn over everything: the canvas is one flat colour all run
    "fail_hidden_background_added_last": [("l3", "hidden", None, "rectangle covers the whole view and is drawn over the 6 visible objects")],
}
WORKING = ["valid_events_keys_and_handlers", "valid_objects_bodies_and_textures", "valid_input_and_world_events",
           "valid_static_bodies_and_frames", "valid_graphics_paths_and_textures",
           # an atlas's frames by name, a spritesheet's by number past the placeholder's, animations of them
           "valid_atlas_and_spritesheet_frames",
           # a collider with a tilemap layer (it collides by its tiles, with no body of its own)
           "valid_tilemap_walls_collide",
           # a late background sent below by depth, a translucent overlay, an opaque title panel that fades
           "valid_backgrounds_overlays_and_panels"]
NEW_RULES = {"never_fires", "missing_object", "phaser_warning", "hidden"}


@pytest.fixture(scope="module")
def records(browser_validator):
    return validate_named(browser_validator, list(EXPECTED) + WORKING)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_each_call_that_does_nothing_fails_with_its_rule_and_line(records, name):
    rec = records[name]
    assert not rec["passed"], rec["reasons"]
    assert not missing_findings(rec, EXPECTED[name]), (missing_findings(rec, EXPECTED[name]), rec["validation"]["errors"])


@pytest.mark.parametrize("name", WORKING)
def test_the_working_ways_to_write_them_pass(records, name):
    rec = records[name]
    assert rec["passed"], rec["reasons"]
    noted = [i for i in rec["validation"]["errors"] + rec["validation"]["warnings"] if i.get("kind") in NEW_RULES]
    assert noted == []


def test_a_missing_animation_the_program_loads_from_a_file_is_only_a_warning(browser_validator):
    # the validator answers the animation file with a placeholder: the missing key may be its own doing
    code = """
class S extends Phaser.Scene {
  preload() { this.load.animation('heroAnims', 'assets/hero-anims.json'); }
  create() {
    this.add.sprite(400, 300, '__WHITE').setScale(20).play('walk');
    this.add.rectangle(100, 100, 40, 40, 0xff0000);
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, scene: S });
"""
    rec = browser_validator.validate_one({"request_id": "loaded", "code": code, "prompt_meta": {}})
    assert rec["passed"], rec["reasons"]
    warned = [i["message"] for i in rec["validation"]["warnings"] if i.get("kind") == "phaser_warning"]
    assert warned == ["Phaser: Missing animation: walk"], rec["validation"]["warnings"]


def test_the_rules_can_be_made_soft(browser_config):
    from modelcall.validator import Validator

    rows = {row["name"]: row for row in load_labelled()}
    cfg = dict(browser_config, api={"misuse_rules": {"never_fires": "soft"}})
    with Validator(cfg) as validator:
        rec = validator.validate_one(as_candidate(rows["fail_never_fires_key_name"]))
    assert rec["passed"], rec["reasons"]
    assert [i["kind"] for i in rec["validation"]["warnings"] if i["code"] == "api_misuse"] == ["never_fires"]


def test_a_path_left_open_is_reported_where_it_is_lost(browser_validator):
    scene = ("class S extends Phaser.Scene {\n  preload() {}\n  create() {\n    const g = this.add.graphics();\n"
             "    g.lineStyle(4, 0xffffff, 1);\n{body}\n    this.add.rectangle(100, 100, 40, 40, 0xff0000);\n  }\n}\n"
             "new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, scene: S });\n")
    lost = scene.replace("{body}", "    g.beginPath(); g.moveTo(10, 10); g.lineTo(300, 300);\n"
                                   "    g.beginPath(); g.moveTo(400, 10); g.lineTo(700, 300); g.strokePath();")
    open_ = scene.replace("{body}", "    g.beginPath(); g.moveTo(10, 10); g.lineTo(300, 300); g.lineTo(10, 300);")
    records = browser_validator.validate([{"request_id": "lost", "code": lost, "prompt_meta": {}},
                                          {"request_id": "open", "code": open_, "prompt_meta": {}}])
    found = {rec["request_id"]: [(i["kind"], i["line"], i["message"]) for i in rec["validation"]["errors"] if i["code"] == "api_misuse"]
             for rec in records}
    assert [(k, line) for k, line, _ in found["lost"]] == [("never_fires", 7)], found
    assert "the path before it (lineTo / arc) was never filled or stroked" in found["lost"][0][2]
    assert [(k, line) for k, line, _ in found["open"]] == [("never_fires", None)], found
    assert "never filled or stroked" in found["open"][0][2]
