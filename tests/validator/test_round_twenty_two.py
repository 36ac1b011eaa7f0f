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

from .conftest import missing_findings, validate_named

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
}
WORKING = ["pass_arcade_body_set_bounce", "pass_title_set_font_size", "pass_sprites_keep_own_fields", "pass_left_click_button_zero",
           "pass_tile_click_handed_object", "pass_flag_on_release_released", "pass_win_panel_shown_then_faded", "pass_extend_game_over_fill_string"]


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
