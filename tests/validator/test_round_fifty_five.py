"""Mistakes left from round 54 and found in round 55 of unseen programs, each written in correct Phaser calls:
includes() of an object made just before (a snake's new head), a text set from a score on the line before the score is
raised, a count kept with += 1 in an object made as {} with no keys, Array.Remove given an index, a breadth-first search
that pops its queue, a value scaled from itself every frame under a test (speed * 0.5 while in the mud), an object
used as a property name (checked in the browser), a tween value '+300' (no '='), 'animationstop' awaited where
nothing stops, timeline events placed with from: i * GAP, a signed hit window, RoundTo(v, 2) shown with two decimals,
RotateAroundDistance by a running total, a hue in degrees, an interpolation index given as a fraction (and a must-use
DataManager met through setData), a one-shot timer whose callback counts down to 0, and a group walked
with forEach while a method of the scene destroys each member; from the multi-scene set, splice(findIndex(...), 0, x)
with no test for -1, scene.start(k, { level: this.level++ }), a record compared with a registry key stored only when
the comparison holds, `id in ownedArray`, getLast(true) on members only hidden, and switch() back to a paused scene;
from round 56, a local copy of a stored value changed and never stored back, and (task text) a timer with repeat: N
that makes one thing per call where the task asks for N, a value worked out from the raw drag position after the
knob was clamped, a display written with toLocaleString() read back with parseFloat, and signed differences compared
for a diagonal, an empty list ([]) tested for truth where it
stands for none, a stored remainder read back with || and a non-zero default (0 taken for missing), an option read
with || and a non-zero default by a function that is asked for 0, and a spread loop from -A that stops before A.
Each broken program fails with its rule, line and message; each fixed copy passes with no finding."""
from __future__ import annotations

import pytest

from .conftest import missing_findings, validate_named

# program -> [(layer, kind, line, words the message must contain)]
EXPECTED = {
    "fail_worm_includes_new_head": [("l2", "never_fires", 14, "looks for next, a new object made at line 13, and includes() compares objects by identity")],
    "fail_hoops_text_before_points": [("l2", "wrong_argument", 10, "runs before this.points += 3 (line 11): the text is set from the value before the change")],
    "fail_pond_catch_count_from_nothing": [("l2", "wrong_argument", 11, "counts in this.caught, made as {} with no keys")],
    "fail_tale_ending_empty_options": [("l2", "never_fires", 13, "an empty array is true in a test, so the branch for no options never runs")],
    "fail_tide_level_wraps_to_default": [("l2", "wrong_argument", 10, "tide is stored as a remainder at line 11, so it can be 0")],
    "fail_crystals_tier_zero_replaced": [("l2", "wrong_argument", 8, "spawn() is asked for tier tier - 1 at line 17, which can be 0")],
    "fail_fan_bolts_stop_short": [("l2", "wrong_argument", 7, "starts at -20 but stops before 20: the spread is lopsided")],
    "fail_hand_remove_by_index": [("l2", "wrong_argument", 17, "Phaser.Utils.Array.Remove(this.hand, index) (line 17) removes the element equal to index")],
    "fail_reach_search_pops_queue": [("l2", "wrong_argument", 9, "queue.pop() in the search loop (line 9) takes the newest entry, so the search goes depth-first")],
    "fail_mud_slow_halved_every_frame": [("l2", "wrong_argument", 11, "while the test holds this.speed is multiplied by 0.5 again each frame")],
    "fail_market_stock_keyed_by_object": [("l3", "wrong_argument", 14, "this.stock has a key '[object Object]': an object was used as a property name")],
    "fail_slide_tween_plus_without_equals": [("l2", "wrong_argument", 6, "x: '+300' (line 6): a tween reads a text value's first character as the operator")],
    "fail_wave_back_on_animation_stop": [("l2", "never_fires", 14, "'animationstop' comes only after a stop() call, which nothing here makes")],
    "fail_beacons_timeline_from_index": [("l2", "wrong_argument", 7, "from: i * GAP (line 7): a timeline event's 'from' counts from the event before it")],
    "fail_drum_hit_window_signed": [("l2", "wrong_argument", 16, "offset <= HIT_WINDOW (line 16) with offset = this.time.now - nearest (line 15): an early press")],
    "fail_miles_round_to_hundreds": [("l2", "wrong_argument", 12, "rounds to the nearest 10^2, 100: RoundTo's place counts powers of ten")],
    "fail_moon_rotate_by_total": [("l2", "wrong_argument", 12, "turns it BY this.turned, which is a running total")],
    "fail_swatches_hue_in_degrees": [("l2", "wrong_argument", 6, "Phaser's hue runs from 0 to 1, and i * 30 is in degrees")],
    "fail_blend_index_as_fraction": [("l2", "wrong_argument", 14, "the index counts from 0 to the length (100), and this.t is a fraction from 0 to 1")],
    "fail_quiz_clock_one_shot_countdown": [("l2", "never_fires", 6, "has no loop or repeat, so it fires once, but its callback counts down to an end (<= 0)")],
    "fail_bomb_kills_while_walking": [("l2", "never_fires", 8, "this.enemies.getChildren().forEach that destroys each item (line 8)")],
    "fail_podium_splice_not_found": [("l2", "wrong_argument", 10, "uses at from findIndex() (line 9), which is -1 when nothing matches, and splice(-1, ...) inserts before the last")],
    "fail_levels_next_with_post_increment": [("l2", "wrong_argument", 8, "level: this.level++ (line 8) in scene.start(): this.level++ hands over the value before the increase")],
    "fail_record_compared_with_unset": [("l2", "never_fires", 13, "which is undefined until 'record' is stored, and it is stored only when this comparison holds")],
    "fail_perks_in_on_owned_array": [("l2", "never_fires", 11, "perk in this.owned (line 11): this.owned is an array, and `in` asks about its indexes")],
    "fail_lives_hidden_still_active": [("l2", "never_fires", 7, "the one it finds is only hidden (setVisible(false)), which leaves it active")],
    "fail_cave_switch_to_paused_map": [("l2", "wrong_argument", 23, "'Map' is paused, not asleep, and switch() wakes only a sleeping scene")],
    "fail_hull_local_copy_never_stored": [("l2", "never_fires", 11, "hull (line 10) is a copy of get('hull'), changed at line 11 and never stored back")],
    "fail_volume_percent_from_raw_drag": [("l2", "wrong_argument", 11, "reads dragX, but line 10 kept only the clamped value in knob.x")],
    "fail_adder_reads_grouped_display": [("l2", "wrong_argument", 6, "parseFloat(this.display.text) (line 6) reads back a text written with toLocaleString() (line 7)")],
    "fail_bishop_diagonal_signed": [("l2", "wrong_argument", 6, "dr !== dc (line 6) compares dr and dc with their signs")],
}

WORKING = ["pass_worm_some_same_cell", "pass_hoops_text_after_points", "pass_pond_catch_count_from_zero",
           "pass_tale_ending_options_length", "pass_tide_level_nullish_default", "pass_crystals_tier_nullish",
           "pass_fan_bolts_both_sides", "pass_hand_remove_at_index", "pass_reach_search_shifts_queue", "pass_mud_slow_from_base",
           "pass_market_stock_keyed_by_name", "pass_slide_tween_plus_equals", "pass_wave_back_on_animation_complete",
           "pass_beacons_timeline_at_index", "pass_drum_hit_window_abs", "pass_miles_round_to_hundredths", "pass_moon_rotate_by_step",
           "pass_swatches_hue_fraction", "pass_blend_index_scaled", "pass_slots_data_manager_through_set_data",
           "pass_pump_scale_xy_per_press", "pass_quiz_clock_looping_countdown", "pass_bomb_kills_a_copy",
           "pass_podium_splice_end_when_not_found", "pass_levels_next_plus_one", "pass_record_compared_with_default",
           "pass_perks_includes_owned", "pass_lives_hidden_and_inactive", "pass_cave_resume_paused_map",
           "pass_hull_local_copy_stored", "pass_drops_timer_repeat_count_minus_one", "pass_volume_percent_from_knob",
           "pass_adder_keeps_the_number", "pass_bishop_diagonal_abs", "pass_notes_hit_hidden_missed_dimmed"]


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


def test_a_must_use_api_met_only_in_a_function_nothing_calls_is_missing(browser_validator):
    """A policy can name the API it is asked for in a method it never calls; the live part of the program decides."""
    records = validate_named(browser_validator, ["fail_countdown_timer_in_uncalled_method", "pass_countdown_timer_started"])
    dead = records["fail_countdown_timer_in_uncalled_method"]
    assert dead["reasons"] == ["l2:must_use_missing"]
    [issue] = dead["validation"]["errors"]
    assert issue["line"] == 8 and "Phaser.Time.TimerEvent is used only in startClock() (line 8), which nothing in the program calls" in issue["message"]
    assert records["pass_countdown_timer_started"]["passed"], records["pass_countdown_timer_started"]["reasons"]


# a program that cannot do what the task asks whatever it draws: input asked for and none read, change asked for and
# only a still picture (what a policy rewarded for passing may learn to write)
TASK_FIT = {
    "fail_flap_space_handler_empty": {"l4:no_input": 'the task asks for the player\'s input ("Press SPACE"), but the program reads none (its input handlers are empty)'},
    "fail_bricks_drawn_still": {"l4:no_input": 'the task asks for the player\'s input ("arrow keys")',
                                "l4:still_picture": 'the task asks for something that changes ("move"), but the program only draws a still picture'},
    "fail_clock_second_hand_drawn_still": {"l4:still_picture": 'the task asks for something that changes ("rotates")'},
}


@pytest.mark.parametrize("name", sorted(TASK_FIT))
def test_a_task_that_asks_for_input_or_change_is_not_met_by_a_still_program(browser_validator, name):
    rec = validate_named(browser_validator, [name])[name]
    assert sorted(rec["reasons"]) == sorted(TASK_FIT[name]), rec["reasons"]
    for reason, words in TASK_FIT[name].items():
        issue = next(i for i in rec["validation"]["errors"] if f"{i['layer']}:{i['code']}" == reason)
        assert words in issue["message"], issue


def test_a_timer_that_makes_one_each_time_with_repeat_n_makes_one_too_many(browser_validator):
    rec = validate_named(browser_validator, ["fail_drops_timer_repeat_count"])["fail_drops_timer_repeat_count"]
    assert rec["reasons"] == ["l4:count_plus_one"], rec["reasons"]
    [issue] = rec["validation"]["errors"]
    assert issue["line"] == 7 and "the task asks for 4 of them, but the timer's repeat: this.count (line 7) fires 5 times" in issue["message"]


@pytest.mark.parametrize("name", ["pass_flap_space_handler_lifts", "pass_star_drawn_still"])
def test_input_that_does_something_and_a_task_for_a_still_drawing_pass(browser_validator, name):
    rec = validate_named(browser_validator, [name])[name]
    assert rec["passed"], rec["reasons"]


def test_a_turning_rate_the_task_asks_for_is_measured_in_the_browser(browser_validator):
    """Degrees handed to rotation (radians) turn the propeller about 57 times too fast; the measured rate says so."""
    records = validate_named(browser_validator, ["fail_propeller_degrees_into_rotation", "pass_propeller_degrees_into_angle"])
    fast = records["fail_propeller_degrees_into_rotation"]
    assert fast["reasons"] == ["l4:spin_rate"], fast["reasons"]
    [issue] = fast["validation"]["errors"]
    assert issue["message"].startswith("the task asks for turning at 90°/s, but what turns on screen turns at 51")
    right = records["pass_propeller_degrees_into_angle"]
    assert right["passed"], right["reasons"]
    [spin] = right["validation"]["runtime"]["canvas"]["spins"]
    assert spin["type"] == "Graphics" and abs(spin["deg_per_s"] - 90) < 1.5
