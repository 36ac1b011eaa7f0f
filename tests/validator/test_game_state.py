"""Programs whose every call is valid but whose meaning is wrong (found writing a fifth round of unseen programs): a
game-over flag a scene restart keeps, pool members that come back invisible or with their body off, a scene that pauses
itself and waits for its own key, touching.down on the world's floor, events between scenes on each scene's own
emitter, a sleeping scene resumed, a drag written as a damping factor, a body that never moves again, radians into
velocityFromAngle, a Matter mask no body answers, bare Matter bodies with nothing to draw them, callbacks named in the
other order; and (a sixth round) handlers with another event's signature, text cut off or off the screen, a
container's children at screen positions, a mask shape drawn on top, a background added last, a camera following what
it cannot follow. Each broken program fails with its rule, line and message; the working ways pass with no finding."""
from __future__ import annotations

import pytest

from .conftest import missing_findings, validate_named

# program -> [(layer, rule, line, words the message must contain)]
EXPECTED = {
    # state across a restart, pools, a scene's own life
    "fail_restart_keeps_game_over": [("l2", "stale_state", 13, "gameOver is set to true (line 13) and nothing sets it back to false")],
    "fail_restart_keeps_constructor_flag": [("l2", "stale_state", 15, "this.scene.start('round') (line 13) runs this scene again but keeps the fields its constructor set")],
    "fail_pool_members_never_shown": [("l2", "dead_pool", 13, "every reused member stays invisible")],
    "fail_pool_bodies_never_enabled": [("l2", "dead_pool", 12, "nothing ever enables a body again")],
    "fail_scene_pauses_itself": [("l2", "never_fires", 13, "a paused scene hears no key or pointer, so it never resumes")],
    "fail_sleeping_scene_resumed": [("l2", "never_fires", 21, "resume() undoes pause() only, so 'map' stays asleep")],
    "fail_scene_events_between_scenes": [("l2", "never_fires", 21, "'coins' is emitted only by Game on its own this.events (line 10)"),
                                         ("l3", "never_fires", 21, "the program emits 'coins' only on scene 'game' events")],
    "fail_collider_bodiless_then_restart": [("l3", "never_fires", 10, "one of its objects is a Rectangle without a physics body")],
    # physics meanings
    "fail_touching_down_world_floor": [("l2", "never_fires", 15, "this program has no collider"),
                                       ("l3", "never_fires", None, "stood on the world's bottom edge, and it was never true")],
    "fail_touching_down_ground_is_the_edge": [("l3", "never_fires", None, "stood on the world's bottom edge, and it was never true")],
    "fail_drag_as_damping": [("l2", "wrong_argument", 9, "setDrag(0.97): without body.setDamping(true)")],
    "fail_body_moves_never_back": [("l2", "never_fires", 14, "this.stone.body.moves = false (line 9) and nothing ever sets it back")],
    "fail_radians_into_velocity_from_angle": [("l2", "wrong_argument", 12, "velocityFromAngle(aim): aim is in radians")],
    "fail_matter_mask_without_category": [("l2", "never_fires", 15, "setCollidesWith([floorCategory]): no body is ever given that category")],
    "fail_matter_bodies_never_drawn": [("l2", "never_fires", 7, "makes a bare Matter body with no game object")],
    # arguments in the wrong order or of the wrong kind
    "fail_overlap_callback_other_order": [("l2", "wrong_argument", 16, "Arcade calls the callback with (player, a member of stars)")],
    "fail_gameobjectdown_pointer_first": [("l2", "wrong_argument", 12, "so 'cell' is the Pointer and has no column")],
    "fail_event_key_against_key_codes": [("l2", "never_fires", 10, "event.key compared with a key code")],
    "fail_actions_given_a_group": [("l2", "wrong_argument", 10, "a Group has no length, so nothing is changed")],
    "fail_shake_order_in_hit_callback": [("l2", "wrong_argument", 17, "shake(0.03, 300): the duration (ms) comes first")],
    # a sixth round: handlers and events Phaser sends otherwise
    "fail_pointer1_as_the_mouse": [("l2", "never_fires", 10, "pointer1 is the first touch pointer")],
    "fail_world_collide_event_not_asked_for": [("l2", "never_fires", 14, "Arcade emits 'collide' only for bodies with onCollide = true")],
    "fail_object_update_never_called": [("l2", "never_fires", 8, "Bullet.update() (line 8) is never called")],
    "fail_slider_drag_plugin_signature": [("l2", "wrong_argument", 9, "a game object calls its own drag handler with (pointer, dragX, dragY), so 'gameObject' is the x")],
    "fail_wheel_handler_deltas_second": [("l2", "wrong_argument", 7, "so 'dx' is the list of objects under the pointer and 'dy' is deltaX")],
    "fail_keycombo_event_name": [("l2", "never_fires", 7, "Phaser's event is 'keycombomatch'")],
    # ... and the screen: what the camera shows, what covers what
    "fail_score_text_cut_off": [("l3", "misplaced", None, "the Text 'Score: 60' is cut off: 93% of it lies past the right edge of the view")],
    "fail_hud_off_screen_under_zoom": [("l3", "misplaced", None, "is fixed to the screen (scrollFactor 0) but drawn wholly off it")],
    "fail_container_children_at_screen_positions": [("l3", "misplaced", None, "a Container at (400, 300) draws 2 of its 3 children off the view")],
    "fail_mask_shape_drawn_on_top": [("l3", "hidden", None, "the Graphics that shapes the mask of a Rectangle is also on the display list")],
    "fail_background_added_last": [("l3", "hidden", None, "6 objects (the first an Image) lie wholly under an opaque 800x440 rectangle drawn after them")],
    "fail_camera_follows_container_child": [("l3", "misplaced", None, "the camera follows an Arc inside a Container")],
    "fail_world_bounds_smaller_than_camera": [("l3", "misplaced", None, "the camera may scroll over 4000x3000 but the physics world is 800x600")],
    "fail_hud_scrolls_away": [("l3", "misplaced", None, "reads like a HUD but sits in the world at (16, 16)")],
    "fail_number_revealed_under_tile": [("l3", "hidden", None, "lies wholly under an opaque 64x64 rectangle drawn after it")],
    "fail_overlay_scene_drawn_under": [("l3", "hidden", None, "scene 'hud' was started after scene 'level' as an overlay, but it is drawn under it")],
    # numbers that mean another thing: a count loop overrides, seconds for milliseconds, a colour for a size
    "fail_timer_loop_and_repeat": [("l2", "wrong_argument", 8, "a looping timer ignores its repeat count and never stops")],
    "fail_tween_duration_in_seconds": [("l2", "wrong_argument", 7, "duration: 3 is 3 ms, and it repeats")],
    "fail_star_colour_as_radius": [("l2", "wrong_argument", 9, "0xffe033 is a colour, given as the outer radius (argument 5)")],
    "fail_pointertap_event": [("l3", "never_fires", 9, "'pointertap' is PixiJS's event")],
    # a seventh round: Matter and tilemaps
    "fail_static_before_new_body": [("l2", "never_fires", 14, "ledge.setStatic(true) (line 13) comes before ledge.setRectangle(...)")],
    "fail_matter_constraint_never_added": [("l2", "never_fires", 8, "makes a Matter constraint that is never added to the world")],
    "fail_tile_at_pixels": [("l2", "wrong_argument", 28, "getTileAt() takes tile columns and rows, and these are pixel positions")],
    "fail_pause_menu_in_the_paused_scene": [("l2", "never_fires", 28, "this.scene.pause() (line 22) stops exactly those")],
    "fail_loader_outside_preload": [("l2", "never_fires", 13, "this.load.svg(...) outside preload() and no this.load.start()")],
    "fail_overlap_method_other_order": [("l2", "wrong_argument", 23, "Arcade calls the callback with (boss, a member of bullets)")],
    "fail_tween_callback_this_as_target": [("l2", "wrong_argument", 15, "as if `this` were the tween's target, but Phaser calls it with `this` the Tween")],
    "fail_on_repeat_without_repeat": [("l2", "never_fires", 14, "onRepeat runs on each repeat, and this tween has no repeat")],
    # an eighth round: emitters, tweens kept, camera events, callbacks
    "fail_camera_event_on_scene_emitter": [("l2", "never_fires", 11, "a camera emits 'camerafadeoutcomplete' on itself, not on the scene's events")],
    "fail_changedata_with_underscore": [("l2", "never_fires", 8, "Phaser names this event 'changedata-score' (a hyphen)")],
    "fail_arrow_returns_the_method": [("l2", "never_fires", 9, "() => this.step returns the method without calling it")],
    "fail_emitter_made_away_then_follows": [("l2", "misplaced", 11, "on an emitter made at (400, 300)")],
    "fail_explode_stops_the_fountain": [("l2", "never_fires", 11, "explode() turns the emitter into a burst emitter")],
    "fail_paused_tween_replayed": [("l2", "never_fires", 13, "replays a tween made with paused: true and no persist: true")],
    "fail_object_scene_collider_function_this": [("l2", "wrong_argument", 16, "with no context argument Arcade calls it with `this` the callback function itself")],
    # a ninth round
    "fail_explode_given_the_point_only": [("l2", "wrong_argument", 11, "explode() takes (count, x, y), so pointer.x is taken as the number of particles")],
    "fail_wrap_on_a_bounded_body": [("l2", "never_fires", 14, "but it collides with the world bounds (setCollideWorldBounds), which keep it inside")],
    "fail_tween_duration_seconds_once": [("l2", "wrong_argument", 8, "duration: 3 is 3 ms, less than a frame")],
    "fail_backdrop_scene_listed_last": [("l3", "hidden", None, "scene 'balloons' runs from the start alongside scene 'sky', but it is drawn under it")],
    "fail_input_drag_object_signature": [("l2", "wrong_argument", 8, "so 'dragX' is the dragged object and 'dragY' its x")],
    "fail_collider_named_function_this": [("l2", "wrong_argument", 4, "Phaser calls it with `this` the callback function itself")],
    "fail_matter_options_in_a_const": [("l2", "unknown_key", 6, "'static' is not a Matter body option")],
    "fail_matter_bodies_beside_shapes": [("l2", "never_fires", 11, "makes a bare Matter body with no game object")],
}
WORKING = ["valid_restart_and_lasting_flags", "valid_pool_reused_in_full", "valid_pause_overlay_scene", "valid_physics_meanings",
           "valid_matter_categories_and_shapes", "valid_screen_camera_and_input",
           "valid_covers_overlays_and_hud", "valid_level_data_and_emitters",
           "valid_phaser_class_scene"]


@pytest.fixture(scope="module")
def records(browser_validator):
    return validate_named(browser_validator, list(EXPECTED) + WORKING)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_each_meaning_mistake_fails_with_its_rule_and_line(records, name):
    rec = records[name]
    assert not rec["passed"], rec["reasons"]
    assert not missing_findings(rec, EXPECTED[name]), (missing_findings(rec, EXPECTED[name]), rec["validation"]["errors"])


@pytest.mark.parametrize("name", WORKING)
def test_the_working_ways_pass_without_findings(records, name):
    rec = records[name]
    assert rec["passed"], rec["reasons"]
    noted = [i["message"] for i in rec["validation"]["errors"] + rec["validation"]["warnings"] if i["code"] == "api_misuse"]
    assert noted == []


def test_a_restart_that_resets_in_a_helper_passes(browser_validator):
    # the flag goes back to false in a reset function create() calls: nothing is kept
    code = """
let over = false;
function preload() {}
function resetRound() { over = false; }
function create() {
  resetRound();
  this.box = this.add.rectangle(100, 100, 40, 40, 0xff0000);
  this.time.delayedCall(500, () => { over = true; });
  this.input.keyboard.on('keydown-R', () => this.scene.restart());
}
function update() { if (over) return; this.box.x += 1; }
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, scene: { preload, create, update } });
"""
    rec = browser_validator.validate_one({"request_id": "reset", "code": code, "prompt_meta": {}})
    assert rec["passed"], rec["reasons"]
    assert [i for i in rec["validation"]["warnings"] if i.get("kind") == "stale_state"] == []


def test_a_hud_the_player_zooms_away_with_a_key_passes(browser_validator):
    # Z toggles the zoom: the run ends zoomed in with the help text off the screen, but it shows for most of the game
    code = """
class Z extends Phaser.Scene {
  preload() {}
  create() {
    for (let i = 0; i < 20; i++) this.add.circle(Phaser.Math.Between(0, 800), Phaser.Math.Between(0, 600), 10, 0x66ccff);
    this.add.text(10, 10, 'Z: zoom', { fontSize: '18px', color: '#ffffff' }).setScrollFactor(0);
    this.zoomed = false;
    this.input.keyboard.on('keydown-Z', () => { this.zoomed = !this.zoomed; this.cameras.main.setZoom(this.zoomed ? 2 : 1); });
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, scene: Z });
"""
    rec = browser_validator.validate_one({"request_id": "zoom", "code": code, "prompt_meta": {}})
    assert rec["passed"], rec["reasons"]
    assert [i for i in rec["validation"]["warnings"] + rec["validation"]["errors"] if i.get("kind") == "misplaced"] == []


def test_a_countdown_looping_past_its_repeat_only_warns(browser_validator):
    # loop: true overrides repeat: 7, but the callback only rewrites a guarded text: it keeps looking right (a real
    # teacher output), so this is a warning, not a failure
    code = """
let left = 8;
let label;
function preload() {}
function create() {
  label = this.add.text(400, 300, String(left), { fontSize: '96px', color: '#ffffff' }).setOrigin(0.5);
  this.time.addEvent({ delay: 200, callback: tick, callbackScope: this, loop: true, repeat: 7 });
}
function tick() {
  left--;
  if (left > 0) label.setText(String(left)); else label.setText('Time!');
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, scene: { preload, create } });
"""
    rec = browser_validator.validate_one({"request_id": "countdown", "code": code, "prompt_meta": {}})
    assert rec["passed"], rec["reasons"]
    assert [w["message"][:40] for w in rec["validation"]["warnings"] if w.get("kind") == "wrong_argument"] == ["Time.Clock#addEvent(): loop: true with r"]
