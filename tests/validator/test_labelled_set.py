"""The labelled programs (tests/data/validator): every verdict must be right, statically and in the browser."""
from __future__ import annotations

import pytest

from .conftest import mismatches, verdict_key

REQUIRED_KINDS = [
    "l1:syntax_error", "l1:undefined_name", "l1:eval", "l1:network", "l2:hallucinated_api", "l2:must_use_missing",
    "l3:runtime_error@create", "l3:runtime_error@update", "l3:runtime_timeout", "l4:no_game",
    "l3:runtime_error@input", "l3:runtime_error@late_update", "l3:api_misuse", "l4:nothing_drawn", "l4:canvas_unchanged",
]


def test_the_set_covers_every_failure_kind(labelled):
    assert len(labelled) >= 40
    reasons = {r for row, _ in labelled for r in row["expect"].get("reasons", [])}
    assert set(REQUIRED_KINDS) <= reasons
    assert any("blank_canvas" in w for row, _ in labelled for w in row["expect"].get("warnings", []))
    assert sum(row["expect"]["passed"] for row, _ in labelled) >= 15


def test_static_layers_are_right_without_a_browser(static_validator, labelled):
    records = list(static_validator.validate([cand for _, cand in labelled]))
    assert [r["request_id"] for r in records] == [row["name"] for row, _ in labelled]
    wrong = {row["name"]: mismatches(row, rec, layers=("l1", "l2", "l4")) for (row, _), rec in zip(labelled, records, strict=False)}
    assert {k: v for k, v in wrong.items() if v} == {}
    for rec in records:
        assert rec["validation"]["runtime"] is None and rec["layers"]["l3"] is None


@pytest.mark.browser
def test_every_labelled_verdict_is_right(labelled, labelled_results):
    wrong = {row["name"]: mismatches(row, rec) for (row, _), rec in zip(labelled, labelled_results, strict=False)}
    assert {k: v for k, v in wrong.items() if v} == {}


@pytest.mark.browser
def test_runtime_records_what_happened(labelled, labelled_results):
    by_name = {row["name"]: rec for (row, _), rec in zip(labelled, labelled_results, strict=False)}
    ok = by_name["valid_drag_return"]["validation"]["runtime"]
    assert ok["game_created"] and ok["frames"] >= 200
    assert ok["lifecycle"]["create"] == ["default"] and ok["lifecycle"]["preload"] == ["default"]
    assert ok["screenshot"] and ok["screenshot"].endswith(".png")
    with open(ok["screenshot"], "rb") as handle:
        assert handle.read(8) == b"\x89PNG\r\n\x1a\n"
    timer = by_name["fail_timer_after_3s"]["validation"]["runtime"]
    assert timer["failed_phase"] == "late_update" and timer["errors"][0]["frame"] >= 175  # 3 s = 180 frames; boot on a loaded machine can shift it by one
    pointer = by_name["fail_crash_on_pointer"]["validation"]["runtime"]
    assert pointer["failed_phase"] == "input" and "value" in pointer["errors"][0]["message"]
    assert pointer["errors"][0]["stack"]
    blank = by_name["blank_scene_warns"]["validation"]["runtime"]
    assert blank["canvas"]["blank"] is True
    loop = by_name["fail_infinite_loop_update"]["validation"]["runtime"]
    assert loop["timed_out"] is True
    slow = by_name["valid_text_every_frame"]["validation"]["runtime"]
    assert slow["frames"] >= 200 and not slow["timed_out"]
    # reach: the run lasts to the last timer the code schedules (+0.5 s), within max_game_time_s (20 s)
    late = by_name["fail_timer_after_8s"]["validation"]["runtime"]
    assert late["failed_phase"] == "late_update" and 470 <= late["errors"][0]["frame"] < 500  # 8 s = 480 frames
    assert by_name["fail_tween_complete_crash"]["validation"]["runtime"]["errors"][0]["frame"] >= 470
    capped = by_name["valid_long_timers"]["validation"]["runtime"]
    assert (capped["frames"] == 1200 or capped["reach_cut_at"]) and not capped["timed_out"]  # a loaded machine may cut it
    # run-time contracts: the values the source hides, each with the line of its call
    found = by_name["fail_runtime_contract"]["validation"]["runtime"]["misuse"]
    assert sorted((m["kind"], m["line"]) for m in found) == [("string_for_number", 10), ("tween_property", 14), ("wrong_class", 16)]
    assert [row["name"] for (row, _), rec in zip(labelled, labelled_results, strict=False)
            if row["name"].startswith("valid_") and rec["validation"]["runtime"]["misuse"]] == []
    # every public method the program names, checked against the index's parameter types: values only the run shows
    def kinds(name: str) -> list[tuple[str, int, bool]]:
        return sorted((m["kind"], m["line"], m["certain"]) for m in by_name[name]["validation"]["runtime"]["misuse"])
    assert kinds("fail_runtime_style_key") == [("unknown_key", 17, True)]
    assert kinds("fail_runtime_scale_object") == [("wrong_argument", 17, True)]
    assert kinds("fail_runtime_flat_points_helper") == [("flat_points", 19, True)]
    assert kinds("warn_runtime_numeric_string") == [("string_for_number", 12, False)]  # '0.6' works: a warning
    assert "expects number" in by_name["fail_runtime_scale_object"]["validation"]["runtime"]["misuse"][0]["message"]
    # canvas signatures: a picture that changes early and then rests is fine; one that never changes is reported
    fade = by_name["valid_visual_short_fade"]["validation"]
    assert fade["runtime"]["canvas"]["changes"] >= 1 and fade["runtime"]["canvas"]["last_change_frame"] <= 48
    assert "canvas_unchanged" not in [w["code"] for w in fade["warnings"]]
    pinned = by_name["warn_visual_update_pins"]["validation"]["runtime"]["canvas"]
    assert pinned["changes"] == 0 and pinned["samples"] >= 8
    hidden = [e for e in by_name["fail_visual_tween_hidden_property"]["validation"]["errors"] if e["code"] == "canvas_unchanged"]
    assert hidden and "TweenManager#add" in hidden[0]["message"] and "agrees (line 16" in hidden[0]["message"]
    # a drag carried all the way onto the drop zone: the drop handler runs (and here crashes)
    drop = by_name["fail_crash_on_drop"]["validation"]["runtime"]
    assert drop["failed_phase"] == "input" and "push" in drop["errors"][0]["message"]


@pytest.mark.browser
def test_verdicts_do_not_depend_on_order_or_neighbours(browser_config, labelled, labelled_results):
    """Nothing of one program reaches the next: the runtime programs in reverse order on one page get the same verdicts."""
    from modelcall.validator import Validator

    # every program that fails or warns at runtime + a few valid ones
    picked = [i for i, (row, _) in enumerate(labelled)
              if any(r.startswith("l3:") for r in row["expect"].get("reasons", []) + row["expect"].get("warnings", []))
              or row["name"] in ("valid_drag_return", "valid_loads_assets", "valid_browser_globals", "fail_fetch")]
    picked.reverse()
    one_page = dict(browser_config, runtime=dict(browser_config["runtime"], pages=1, screenshots_dir=None))
    with Validator(one_page) as validator:
        again = list(validator.validate([labelled[i][1] for i in picked]))
    changed = [labelled[i][0]["name"] for i, rec in zip(picked, again, strict=False) if verdict_key(rec) != verdict_key(labelled_results[i])]
    assert changed == []
