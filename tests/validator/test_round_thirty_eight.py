"""Mistakes of a thirty-eighth round of unseen programs (seeds, idle and clicker games, animation showcases, retro
arcade games): an event emitted on the game's events heard on a scene's own; Clamp with min above max; a larger
threshold tested after a smaller one; a gain wiped by the restart that follows it; a field's local copy updated and
never read; a seconds constant given to delayedCall; a dash from a key handler that update() overwrites; pellets taken
away with killAndHide() whose bodies stay on; restart data that init() never reads; members
hidden with disableBody(false, ...) while the wave waits for countActive() to reach 0; a game object's pointerdown
point (inside the object) used as a place on the screen; a segmented health bar drawn again with fewer segments on a
Graphics never cleared. Each broken program fails with its
rule, line and message; the working ways pass."""
from __future__ import annotations

import pytest

from .conftest import missing_findings, validate_named

# program -> [(layer, kind, line, words the message must contain)]
EXPECTED = {
    "fail_toast_listens_on_scene_events": [("l2", "never_fires", 15, "'achievement' is emitted only on the game's events")],
    "fail_fuel_gauge_clamp_swapped": [("l2", "wrong_argument", 12, "here min 1 is above max 0")],
    "fail_rank_thresholds_low_first": [("l2", "never_fires", 4, "the test score >= 500 (line 4) comes after score >= 100 (line 3)")],
    "fail_rebirth_points_reset_by_init": [("l2", "never_fires", 13, "this.rebirths += 1 (line 13) is followed by this.scene.restart() (line 14)")],
    "fail_shop_price_copy_updated": [("l2", "never_fires", 9, "writes the local copy price of item.price")],
    "fail_round_timer_seconds_as_ms": [("l2", "wrong_argument", 10, "ROUND_TIME = 20 counts seconds")],
    "fail_dash_key_overwritten_by_update": [("l2", "never_fires", 11, "in the 'keydown-SHIFT' handler is undone by")],
    "fail_pellets_kill_and_hide_keep_body": [("l2", "never_fires", 10, "takes pellet away with killAndHide() and leaves its body on")],
    "fail_next_level_data_not_read": [("l2", "never_fires", 17, "this.scene.restart({ level, score }) (line 17) passes data")],
    "fail_click_ripple_at_local_point": [("l2", "wrong_argument", 11, "a game object's pointer events pass the point inside the object")],
    "fail_heart_segments_never_cleared": [("l3", "never_fires", None, "a Graphics fills 5 segments and later again only 4 of them")],
    "fail_wave_members_kept_active": [("l2", "never_fires", 12, "slime.disableBody(false, true) (line 12) keeps the object active")],
}
WORKING = ["pass_toast_listens_on_game_events", "pass_fuel_gauge_clamp_in_order", "pass_rank_thresholds_high_first",
           "pass_rebirth_points_kept_by_init", "pass_shop_price_field_updated", "pass_round_timer_in_ms",
           "pass_dash_key_waits_in_update", "pass_pellets_body_switched_off", "pass_next_level_data_read_in_init",
           "pass_wave_members_deactivated", "pass_click_ripple_at_pointer", "pass_heart_segments_cleared"]


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
