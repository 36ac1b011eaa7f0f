"""Programs that run without an error but are wired wrong (found writing an unseen set of teacher-style programs):
a handler on an emitter the event never goes out on, a method handed to Phaser without its `this`, a timer never put
on a clock, a group that resets what the program set on a body, Phaser 2 argument orders and signatures, a value an
API cannot read (a Color object for a tint, a number for a config), text that shows `undefined`. Each broken labelled
program fails with its rule, line and message; the working ways to write the same things pass with no such finding."""
from __future__ import annotations

import pytest

from .conftest import as_candidate, load_labelled, missing_findings, validate_named

# program -> [(layer, rule, line, words the message must contain)]
EXPECTED = {
    "fail_callback_without_context": [("l2", "wrong_argument", 17, "this.collectGem is handed over without its object")],
    "fail_tween_function_this": [("l2", "wrong_argument", 11, "reads this.bounces, the scene's, but Phaser calls it with `this` the Tweens.Tween")],
    "fail_timer_event_never_added": [("l2", "never_fires", 7, "is never handed to this.time.addEvent()")],
    "fail_update_function_not_in_scene": [("l2", "never_fires", 11, "function 'update' is never named anywhere")],
    "fail_camera_shake_phaser2_order": [("l2", "wrong_argument", 6, "shake(0.02, 250): the duration (ms) comes first")],
    "fail_create_multiple_number": [("l2", "wrong_argument", 12, "createMultiple() argument 1 expects"),
                                    ("l3", "wrong_argument", 12, "got a number")],
    "fail_emitter_config_on_false": [("l2", "unknown_key", 11, "Phaser 3.60 renamed it 'emitting'")],
    "fail_contract_tint_colour_object": [("l3", "wrong_argument", 13, "setTint() argument 1 expects number, got a Phaser.Display.Color")],
    "fail_event_on_the_other_scene": [("l3", "never_fires", 17, "listens on scene 'hud' events (this.events there), but the program emits 'score-changed' only on scene 'game' events")],
    "fail_changedata_on_scene_events": [("l3", "never_fires", 17, "only on the registry (registry.events)")],
    "fail_camera_event_unprefixed": [("l3", "never_fires", 7, "Phaser's event is 'camerafadeoutcomplete'")],
    "fail_pointerenter_dom_name": [("l3", "never_fires", 9, "'pointerenter' is a browser element's event"),
                                   ("l3", "never_fires", 10, "'pointerleave' is a browser element's event")],
    "fail_worldbounds_on_scene_events": [("l3", "never_fires", 15, "only this.physics.world emits 'worldbounds'")],
    "fail_collider_with_tilemap": [("l3", "never_fires", 21, "the Tilemap itself")],
    "fail_drag_handler_plugin_signature": [("l3", "wrong_argument", 8, "calls its drag handler with (pointer, dragX, dragY)")],
    "fail_group_add_resets_velocity": [("l3", "never_fires", 15, "group.add() reset the velocity the program gave this body")],
    "fail_text_shows_undefined": [("l3", "broken_text", None, "shows 'You popped undefined bubbles!'")],
    # Phaser 2 habits and units
    "fail_phaser2_habits": [("l2", "wrong_argument", 16, "a lerp of 0 never moves the camera"),
                            ("l2", "never_fires", 23, "checkWorldBounds = ... is Phaser 2"),
                            ("l2", "never_fires", 24, "outOfBoundsKill = ... is Phaser 2"),
                            ("l2", "wrong_argument", 25, "rotation is in radians, and velocityFromAngle() takes degrees"),
                            ("l2", "wrong_argument", 29, "angle is in degrees, and Math.cos() takes radians")],
    "fail_matter_static_key": [("l2", "unknown_key", 7, "(the key is 'isStatic')")],
    "fail_anim_events_on_the_manager": [("l3", "never_fires", 18, "this.anims, the animation manager, emits only add, remove")],
    "fail_audio_param_assigned": [("l3", "never_fires", 17, "node.frequency = ... sets nothing: frequency is an AudioParam")],
    "fail_graphics_turned_about_corner": [("l3", "misplaced", None, "a Graphics at (0, 0) is turned")],
    "fail_rendertexture_centre_origin": [("l3", "misplaced", None, "three quarters of it lie off the view")],
    # values that are valid but do nothing, or put things where they cannot be seen
    "fail_update_delta_first": [("l2", "wrong_argument", 9, "update(delta): Phaser calls a scene's update(time, delta)")],
    "fail_repeat_true": [("l2", "wrong_argument", 7, "a tween's 'loop' is a count"), ("l2", "wrong_argument", 10, "a timer's 'repeat' is a count")],
    "fail_angle_given_radians": [("l2", "wrong_argument", 11, "angle is in degrees and this is radians")],
    "fail_pointer_handler_plugin_signature": [("l2", "wrong_argument", 11, "so 'target' is a number")],
    "fail_wrap_result_discarded": [("l2", "never_fires", 8, "Phaser.Math.Wrap(...) only returns its result")],
    "fail_game_object_never_added": [("l3", "never_fires", 9, "new Phaser.GameObjects.Arc(...) makes a game object that is never added")],
    "fail_graphics_interactive_no_area": [("l3", "never_fires", 11, "setInteractive() on a Graphics with no hit area")],
    "fail_position_nan": [("l3", "misplaced", None, "a game object (Arc)'s y is NaN")],
    "fail_text_below_the_view": [("l3", "misplaced", None, "a Text lies wholly outside the view, below the bottom edge")],
    "fail_tilemap_no_tile_collides": [("l3", "never_fires", 20, "a tilemap layer none of whose 150 tiles collides")],
    # a fourth round
    "fail_overlap_tested_once": [("l2", "never_fires", 14, "physics.overlap(a, b, callback) in create() tests once")],
    "fail_event_key_code_name": [("l2", "never_fires", 9, "'Space' is a KeyboardEvent code, never a key")],
    "fail_angle_from_angle_between": [("l2", "wrong_argument", 8, "angle is in degrees and this is radians")],
    "fail_animation_loop_true": [("l2", "unknown_key", 13, "(the key is 'repeat: -1')")],
    "fail_camera_event_on_scene_events": [("l3", "never_fires", 7, "a camera emits 'camerafadeoutcomplete'")],
    "fail_container_children_in_world_coordinates": [("l3", "misplaced", None, "a Container at (600, 450) holds a Rectangle at (600, 450) too")],
    "fail_immovable_ground_falls": [("l3", "misplaced", None, "with an immovable body fell out of the world")],
    # a fifth round
    "fail_stroke_after_clear_without_style": [("l3", "never_fires", 15, "a Graphics strokes with no line style since clear()")],
    "fail_ease_names_from_css": [("l3", "wrong_argument", 9, "ease 'easeInQuad' is not an ease Phaser knows")],
    "fail_text_under_a_later_panel": [("l3", "hidden", None, "lies wholly under an opaque 220x50 rectangle drawn after it")],
    "fail_path_follower_never_added": [("l3", "never_fires", 16, "new Phaser.GameObjects.PathFollower(...) makes a game object that is never added")],
}
WORKING = ["valid_events_data_and_callbacks", "valid_scene_property_overwritten", "valid_units_pivots_and_audio",
           "valid_matter_static_floor", "valid_values_kept_and_shown", "valid_containers_keys_and_platforms",
           "valid_styles_eases_and_stamps"]


@pytest.fixture(scope="module")
def records(browser_validator):
    return validate_named(browser_validator, list(EXPECTED) + WORKING)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_each_wiring_mistake_fails_with_its_rule_and_line(records, name):
    rec = records[name]
    assert not rec["passed"], rec["reasons"]
    assert not missing_findings(rec, EXPECTED[name]), (missing_findings(rec, EXPECTED[name]), rec["validation"]["errors"])


@pytest.mark.parametrize("name", WORKING)
def test_the_working_wiring_passes_without_findings(records, name):
    rec = records[name]
    assert rec["passed"], rec["reasons"]
    noted = [i["message"] for i in rec["validation"]["errors"] + rec["validation"]["warnings"] if i["code"] == "api_misuse"]
    assert noted == []


def test_nan_in_a_text_only_warns(browser_validator):
    # 0 / 0 shows NaN honestly in a vector demo with the pointer on the origin; undefined is never a value a player reads
    code = """
class S extends Phaser.Scene {
  preload() {}
  create() {
    const a = new Phaser.Math.Vector2(0, 0);
    this.add.text(10, 10, 'Normalised: ' + a.x / a.length(), { fontSize: '20px' });
    this.add.rectangle(100, 100, 40, 40, 0xff0000);
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, scene: S });
"""
    rec = browser_validator.validate_one({"request_id": "nan", "code": code, "prompt_meta": {}})
    assert rec["passed"], rec["reasons"]
    assert [i["kind"] for i in rec["validation"]["warnings"] if i["code"] == "api_misuse"] == ["broken_text"]


def test_a_missing_preload_fails_only_where_the_seed_asks_for_one(browser_validator):
    code = next(as_candidate(row)["code"] for row in load_labelled() if row["name"] == "fail_missing_preload")
    asked = {"request_id": "asked", "code": code, "prompt_meta": {"constraints": ["必须包含 preload/create 生命周期"]}}
    free = {"request_id": "free", "code": code, "prompt_meta": {"constraints": ["使用 Phaser3"]}}
    got = {r["request_id"]: r for r in browser_validator.validate([asked, free])}
    assert got["asked"]["reasons"] == ["l4:no_preload"]
    assert got["free"]["passed"] and [w["code"] for w in got["free"]["validation"]["warnings"]] == ["no_preload"]
