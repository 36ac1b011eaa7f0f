"""L3 must reach the code that only runs later or on input: tweens finish on game time (Phaser's TweenManager
reads Date.now), keys the program registered itself are pressed, and a click is released on its target."""
from __future__ import annotations

import pytest


def scene(create: str, update: str = "") -> str:
    return ("class S extends Phaser.Scene {\n  constructor() { super('s'); }\n  preload() {}\n"
            f"  create() {{\n    this.add.text(10, 10, '测试', {{ fontSize: '20px' }});\n{create}\n  }}\n"
            f"  update() {{\n{update}\n  }}\n}}\n"
            "new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, scene: S });\n")


CASES = {
    "tween_complete": scene("    const box = this.add.rectangle(100, 300, 60, 60, 0x00ff00);\n"
                            "    this.tweens.add({ targets: box, x: 700, duration: 1500, onComplete: () => { this.nextLevel.start(); } });"),
    "registered_key": scene("    this.qKey = this.input.keyboard.addKey('Q');",
                            "    if (Phaser.Input.Keyboard.JustDown(this.qKey)) this.settings.quit();"),
    "keydown_event": scene("    this.input.keyboard.on('keydown-M', () => this.menu.open());"),
    "click_release_on_target": scene("    const btn = this.add.rectangle(770, 570, 40, 40, 0xff0000).setInteractive();\n"
                                     "    btn.on('pointerup', () => { this.sfx.play(); });"),
}


@pytest.mark.browser
def test_late_and_input_only_crashes_are_caught(browser_validator):
    cands = [{"request_id": name, "code": code, "prompt_meta": {}} for name, code in CASES.items()]
    got = {rec["request_id"]: rec for rec in browser_validator.validate(cands)}
    wrong = {name: rec["reasons"] for name, rec in got.items()
             if rec["passed"] or not any(r.startswith("l3:runtime_error") for r in rec["reasons"])}
    assert wrong == {}
    # and a tween that completes without error still passes, after its onComplete ran
    ok = scene("    const box = this.add.rectangle(100, 300, 60, 60, 0x00ff00);\n"
               "    this.tweens.add({ targets: box, x: 700, duration: 1500, onComplete: () => { window.__signals__ = { done: true }; } });")
    rec = next(iter(browser_validator.validate([{"request_id": "ok", "code": ok, "prompt_meta": {}}])))
    assert rec["passed"], rec["reasons"]
    assert rec["validation"]["runtime"]["signals"] == {"done": True}


@pytest.mark.browser
def test_a_crash_in_a_wheel_handler_is_caught(browser_validator):
    code = scene("    this.input.on('wheel', (pointer, over, dx, dy) => { this.zoomBar.setScale(1 + dy / 100); });")
    rec = next(iter(browser_validator.validate([{"request_id": "wheel", "code": code, "prompt_meta": {}}])))
    assert not rec["passed"] and "l3:runtime_error@input" in rec["reasons"], rec["reasons"]
