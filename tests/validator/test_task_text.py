"""The task text against the code: a timer that fires once where the task asks for the same thing every N seconds
(`l4:timer_once`). The intervals are read from the task in English and Chinese; a timer counts only where its delay is
the task's, it is made where the scene starts and its callback schedules nothing again."""
from __future__ import annotations

import pytest

from modelcall.validator.layers.taskfit import task_periods

from .conftest import as_candidate, load_labelled


@pytest.mark.parametrize("task, periods", [
    ("每隔 2 秒在随机位置生成一个黄色星形，最多生成 12 个。", [2000]),
    ("每 2.5 秒从顶部随机位置生成一个紫色下落障碍物", [2500]),
    ("实现进度条 UI：每秒增加 1，满后显示完成。", [1000]),
    ("每隔半秒闪烁一次", [500]),
    ("每隔三秒换一种颜色", [3000]),
    ("Every 1.5 seconds spawn a red circle", [1500]),
    ("a trio of jewels falls one cell every 400 ms", [400]),
    ("traffic keeps coming down every 0.9 s", [900]),
    ("the score goes up once per second", [1000]),
    ("blink every half second, and every two seconds change colour", [2000, 500]),
    # rates and durations are not intervals
    ("让一个方块以每秒 120 度的速度持续旋转。", []),
    ("rotate a square at 90 degrees per second for 5 seconds", []),
])
def test_task_periods(task, periods):
    assert sorted(task_periods(task)) == sorted(periods)


EXPECTED = {
    "fail_spawn_timer_fires_once": (8, "the task asks for it every 1.5 s but delayedCall() (line 8) fires once after 1500 ms"),
    # the game's height is 600 too: a size is not a time kept elsewhere
    "fail_falling_blocks_tick_once": (9, "the task asks for it every 0.6 s but addEvent() (line 9) fires once after 600 ms"),
    "fail_regen_event_without_loop": (20, "the task asks for it every 4 s but addEvent() (line 20) fires once after 4000 ms"),
}
WORKING = ["pass_spawn_timer_loops", "pass_spawn_timer_rearmed"]


@pytest.fixture(scope="module")
def results(static_validator):
    rows = {row["name"]: row for row in load_labelled()}
    names = list(EXPECTED) + WORKING
    return {r["request_id"]: r for r in static_validator.validate([as_candidate(rows[n]) for n in names])}


@pytest.mark.parametrize("name", list(EXPECTED))
def test_timer_that_fires_once_fails(results, name):
    line, words = EXPECTED[name]
    record = results[name]
    assert record["passed"] is False
    errors = [e for e in record["validation"]["errors"] if e["code"] == "timer_once"]
    assert errors and errors[0]["line"] == line and words in errors[0]["message"], record["validation"]["errors"]


@pytest.mark.parametrize("name", WORKING)
def test_repeating_timers_pass(results, name):
    record = results[name]
    assert record["passed"] is True, record["reasons"]
    assert not [w for w in record["validation"]["warnings"] if w["code"] == "timer_once"]


def test_without_the_task_the_one_shot_timer_is_not_judged(static_validator):
    row = {r["name"]: r for r in load_labelled()}["fail_spawn_timer_fires_once"]
    candidate = as_candidate(row)
    candidate["prompt_meta"]["task"] = "Show a red circle at a random place 1.5 seconds after the start."
    record = next(iter(static_validator.validate([candidate])))
    assert record["passed"] is True, record["reasons"]


def test_gate_off_and_soft(static_validator):
    from modelcall.validator import Validator

    row = {r["name"]: r for r in load_labelled()}["fail_spawn_timer_fires_once"]
    with Validator({"cache_path": None, "runtime": {"enabled": False}, "gates": {"l4_task": "soft"}}) as soft:
        record = next(iter(soft.validate([as_candidate(row)])))
    assert record["passed"] is True
    assert [w["code"] for w in record["validation"]["warnings"]].count("timer_once") == 1


BALL = """
class Ball extends Phaser.Scene {
  constructor() { super('ball'); }
  preload() {}
  create() {
    this.ball = this.add.ellipse(400, 300, 60, 40, 0x888888);
    this.physics.add.existing(this.ball);
    this.ball.body.setVelocity(200, 140);
    this.ball.body.setCollideWorldBounds(true%s);%s
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, physics: { default: 'arcade' }, scene: Ball });
"""
EDGES = "让一个灰色椭圆以 200 速度移动，碰到画布边界时反弹。"


@pytest.mark.parametrize("task, bounds_args, extra, fails", [
    (EDGES, "", "", True),
    ("A grey ellipse moves at 200 and bounces off the walls.", "", "", True),
    (EDGES, "", "\n    this.ball.body.setBounce(1);", False),
    (EDGES, ", 1, 1", "", False),  # setCollideWorldBounds(true, bounceX, bounceY)
    ("Two players bounce apart when they collide.", "", "", False),  # not off the edges: often turned round by hand
    ("A grey ellipse moves at 200 and stops at the walls.", "", "", False),
    # a 'worldbounds' handler that only counts the hits turns nothing round (it used to pass for a bounce)
    (EDGES, "", "\n    this.ball.body.onWorldBounds = true;\n    this.physics.world.on('worldbounds', () => { this.hits = (this.hits || 0) + 1; });", True),
    (EDGES, "", "\n    this.ball.body.onWorldBounds = true;\n    this.physics.world.on('worldbounds', (body, up, down) => { if (up || down) body.setVelocity(body.velocity.x, -body.velocity.y); });", False),
    (EDGES, "", "\n    this.physics.world.on('worldbounds', () => { this.dir = -this.dir; });", False),
])
def test_bounce_the_task_asks_for_needs_a_bounce(static_validator, task, bounds_args, extra, fails):
    code = BALL % (bounds_args, extra)
    record = next(iter(static_validator.validate([{"request_id": "b", "code": code, "prompt_meta": {"task": task}}])))
    found = [e for e in record["validation"]["errors"] if e["code"] == "no_bounce"]
    assert bool(found) is fails, record["reasons"]
    if fails:
        assert found[0]["line"] == 9 and "Arcade's default bounce is 0" in found[0]["message"]
