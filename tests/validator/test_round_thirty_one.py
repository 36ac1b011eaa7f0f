"""Mistakes of a thirty-first round of unseen programs (the user's seeds, card and board games, rhythm, two players
and touch): a Key object listened to for 'keydown', the scale mode under `scaleMode`, an emitter asked to keep
emitting that stops itself (`stopAfter` as a cap), gravity turned over by a body's own gravity against the world's,
a status Text made with `new` and updated but never added; and the false rejection of that round, an optional
callback left out on purpose, an overlap with a tilemap layer none of whose tiles collides and tile records' x and
y given to putTileAt. Each broken program fails with its rule, line and message; the working ways pass."""
from __future__ import annotations

import pytest

from .conftest import missing_findings, validate_named

# program -> [(layer, kind, line, words the message must contain)]
EXPECTED = {
    "fail_key_object_keydown_event": [("l3", "never_fires", 9, "key.on('keydown'): a Key object emits only 'down' and 'up'")],
    "fail_scale_config_scale_mode_key": [("l2", "unknown_key", 23, "'scaleMode' is not a key of Core.ScaleConfig, Phaser ignores it (the key is 'mode')")],
    "fail_gravity_flip_by_direction_factor": [("l2", "wrong_argument", 18, "setGravityY(-500) (line 18): a body's own gravity is added to the world's (500)")],
    "fail_status_text_made_never_added": [("l3", "never_fires", 7, "new Phaser.GameObjects.Text(...) makes a game object that is never added to the scene")],
    "fail_tile_coins_overlap_unfiltered": [("l2", "never_fires", 36, "an overlap with a tilemap layer calls its callback for every tile near the body, empty ones (index -1) too")],
    "fail_tile_callback_without_context": [("l2", "wrong_argument", 7, "Phaser calls it with `this` undefined (window in a sloppy script), so this.found is not the scene's")],
}
WORKING = ["pass_key_object_down_event", "pass_scale_config_mode_key", "pass_fountain_max_alive_cap",
           "pass_burst_stop_after_restarted", "pass_gravity_flip_world_gravity", "pass_status_text_made_and_added",
           "pass_tile_coins_overlap_index_checked", "pass_tile_callback_with_context", "pass_garden_tiles_from_records"]
STOPS = "fail_fountain_stop_after_cap"
OPTIONAL_CALLBACK = "pass_tween_optional_done_callback"
BOTH_KEYS = "pass_scale_config_both_keys"


@pytest.fixture(scope="module")
def records(browser_validator):
    return validate_named(browser_validator, list(EXPECTED) + WORKING + [STOPS, OPTIONAL_CALLBACK, BOTH_KEYS])


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


def test_an_emitter_asked_to_keep_emitting_that_stops_itself_fails_the_task(records):
    rec = records[STOPS]
    assert rec["reasons"] == ["l4:emitter_stops"], rec["reasons"]
    issue = rec["validation"]["errors"][0]
    assert issue["line"] == 18 and "sets stopAfter (line 18)" in issue["message"] and "maxAliveParticles" in issue["message"]


def test_an_optional_callback_left_out_is_only_a_warning(records):
    rec = records[OPTIONAL_CALLBACK]
    assert rec["passed"], rec["reasons"]
    warned = [w["message"] for w in rec["validation"]["warnings"] if w["code"] == "api_misuse"]
    assert len(warned) == 1 and "its 'onComplete' is undefined" in warned[0], warned


def test_an_old_key_beside_the_real_one_is_only_a_warning(records):
    rec = records[BOTH_KEYS]
    assert rec["passed"], rec["reasons"]
    warned = [w["message"] for w in rec["validation"]["warnings"] if w["code"] == "api_misuse"]
    assert warned == ["new Phaser.Game(): 'scaleMode' is not a key of Core.ScaleConfig, Phaser ignores it (the key is 'mode')"], warned
