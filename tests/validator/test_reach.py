"""Reach: the game time a program schedules, read from its code (reach.js), and the frames a run gets for it."""
from __future__ import annotations

import pytest

from modelcall.validator.node_worker import NodeWorker


@pytest.fixture(scope="module")
def worker():
    with NodeWorker({}) as w:
        yield w


def scheduled(worker, body: str) -> int:
    res = worker.analyze("function create() {\n" + body + "\n}\n")
    return res["api"]["schedule"]["max_ms"]


@pytest.mark.parametrize("body, ms", [
    ("this.time.delayedCall(2500, f);", 2500),
    ("const ROUND = 4 * 1000; this.time.delayedCall(ROUND, f);", 4000),
    ("this.time.delayedCall(2500, () => { this.time.delayedCall(1000, g); });", 3500),  # nested: adds up
    ("this.time.addEvent({ delay: 700, repeat: 4, callback: f });", 3500),
    ("this.time.addEvent({ delay: 900, loop: true, callback: f });", 1800),  # endless: two ticks
    ("setTimeout(f, 4000); setInterval(g, 1500);", 4000),
    ("this.tweens.add({ targets: o, x: 1, duration: 800, yoyo: true, repeat: 2, delay: 100 });", 4900),
    ("this.tweens.add({ targets: o, x: { value: 9, duration: 3000, delay: 500 }, y: 2 });", 3500),
    ("this.tweens.add({ targets: o, alpha: 0 });", 1000),  # Phaser's default duration
    ("this.tweens.chain({ tweens: [{ targets: o, x: 1, duration: 1500 }, { targets: o, y: 1, duration: 2500 }] });", 4000),
    ("this.time.delayedCall(n * 1000, f); this.time.delayedCall(60 * 60 * 1000, g);", 0),  # unknown / "never"
    ("this.sound.add('x'); this.add.text(0, 0, 'a');", 0),
])
def test_scheduled_game_time_is_read_from_the_code(worker, body, ms):
    assert scheduled(worker, body) == ms


@pytest.mark.parametrize("max_ms, reach, frames", [
    (0, True, 200), (2000, True, 200), (8000, True, 510), (60000, True, 1200), (8000, False, 200),
])
def test_frames_for_a_program(max_ms, reach, frames):
    from modelcall.validator import Validator

    v = Validator({"cache_path": None, "runtime": {"reach_timers": reach}})
    assert v._frames_for({"api": {"schedule": {"max_ms": max_ms}}}) == frames


@pytest.mark.parametrize("code, steps, paced, trusted", [
    ("new ResizeObserver(() => {}).observe(this.game.canvas);", True, False, False),
    ("el.addEventListener('transitionend', done); el.animate([{ opacity: 0 }], 300);", True, False, False),
    # an iframe's animation frames are the harness's stepped ones
    ("const f = document.createElement('iframe'); f.contentWindow.requestAnimationFrame(tick);", False, False, False),
    ("console.log(document.timeline.currentTime);", True, False, False),
    # Phaser's own timeline and texture frames are not the browser's
    ("const tl = this.add.timeline([{ at: 500, run: go }]); const f = texture.frames['a'];", False, False, False),
    ("const w = new Worker('w.js');", False, True, False),
    ("this.input.on('pointerdown', (p) => { if (!p.event.isTrusted) return; });", False, False, True),
    ("this.add.text(10, 10, 'plain');", False, False, False),
])
def test_what_a_program_names_decides_how_the_browser_runs_it(code, steps, paced, trusted):
    """Rendering steps (3 ms each), a browser's pace (3.3 s of wall time) and trusted input (a protocol call an
    event) cost more, so only programs that name what needs them get them."""
    from modelcall.validator.browser import needs_rendering_steps, needs_trusted_input, needs_wall_clock_pace

    assert (needs_rendering_steps(code), needs_wall_clock_pace(code), needs_trusted_input(code)) == (steps, paced, trusted)
