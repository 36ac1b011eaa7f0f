"""Rebuild validated_small.jsonl and the screenshots beside it: python tests/data/select/build_fixture.py

Hand-written validated records (the filter task's output schema) for the select, sft_build, review
and pipeline tests: five prompts, passing and failing candidates, an exact and a near duplicate.
"""
from __future__ import annotations

import hashlib
import json
import struct
import zlib
from pathlib import Path

HERE = Path(__file__).parent

ROTATE = """const config = {
  type: Phaser.AUTO, width: 800, height: 600, backgroundColor: '#202020',
  scene: { preload: preload, create: create, update: update }
};
let wheel;
function preload() {}
function create() {
  const g = this.add.graphics();
  g.fillStyle(0x44aa88, 1);
  g.fillCircle(0, 0, 60);
  g.lineStyle(4, 0xffffff, 1);
  g.lineBetween(0, 0, 60, 0);
  wheel = this.add.container(400, 300, [g]);
  this.add.text(16, 16, '旋转的圆', { fontSize: '20px', color: '#ffffff' });
}
function update(time, delta) {
  wheel.rotation += Phaser.Math.DegToRad(90 * delta / 1000);
}
new Phaser.Game(config);
"""

SPAWN = """class SpawnScene extends Phaser.Scene {
  constructor() { super('spawn'); this.count = 0; }
  preload() {
    const g = this.make.graphics({ x: 0, y: 0, add: false });
    g.fillStyle(0xffdd00, 1);
    g.fillCircle(16, 16, 16);
    g.generateTexture('dot', 32, 32);
    g.destroy();
  }
  create() {
    this.label = this.add.text(10, 10, '数量: 0', { fontSize: '18px' });
    this.time.addEvent({ delay: 1000, loop: true, callback: this.spawn, callbackScope: this });
  }
  spawn() {
    if (this.count >= 10) { return; }
    const x = Phaser.Math.Between(40, 760);
    const y = Phaser.Math.Between(40, 560);
    this.add.image(x, y, 'dot');
    this.count += 1;
    this.label.setText('数量: ' + this.count);
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, scene: SpawnScene });
"""

MOVE = """class MoveScene extends Phaser.Scene {
  preload() {
    const g = this.make.graphics({ add: false });
    g.fillStyle(0x3399ff, 1).fillRect(0, 0, 40, 40).generateTexture('box', 40, 40);
    g.destroy();
  }
  create() {
    this.player = this.physics.add.sprite(400, 300, 'box');
    this.player.setCollideWorldBounds(true);
    this.cursors = this.input.keyboard.createCursorKeys();
  }
  update() {
    const speed = 220;
    this.player.setVelocity(0);
    if (this.cursors.left.isDown) this.player.setVelocityX(-speed);
    else if (this.cursors.right.isDown) this.player.setVelocityX(speed);
    if (this.cursors.up.isDown) this.player.setVelocityY(-speed);
    else if (this.cursors.down.isDown) this.player.setVelocityY(speed);
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600,
  physics: { default: 'arcade', arcade: { debug: false } }, scene: MoveScene });
"""

SPAWN_FN = """let dots;
let made = 0;
function preload() {}
function create() {
  dots = this.add.group();
  const timer = this.time.addEvent({
    delay: 1000,
    repeat: 9,
    callback: () => {
      const c = this.add.circle(Phaser.Math.Between(20, 780), Phaser.Math.Between(20, 580), 12, 0xffee00);
      dots.add(c);
      made += 1;
    }
  });
  this.add.text(10, 570, '最多 10 个', { fontSize: '16px' });
  this.timer = timer;
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, scene: { preload, create } });
"""

TWEEN = """const scene = {
  preload() {},
  create() {
    const star = this.add.star(200, 300, 5, 20, 40, 0xff6699);
    this.tweens.add({ targets: star, x: 600, duration: 1500, yoyo: true, repeat: -1, ease: 'Sine.easeInOut' });
    this.tweens.add({ targets: star, angle: 360, duration: 3000, repeat: -1 });
    this.add.text(20, 20, '补间动画', { fontSize: '22px', color: '#fff' });
  }
};
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, scene });
"""

CAMERA = """class FollowScene extends Phaser.Scene {
  create() {
    this.cameras.main.setBounds(0, 0, 2000, 600);
    this.physics.world.setBounds(0, 0, 2000, 600);
    for (let i = 0; i < 20; i++) {
      this.add.rectangle(i * 100 + 50, 560, 80, 20, 0x55ff55);
    }
    this.hero = this.add.circle(100, 300, 24, 0xff5555);
    this.physics.add.existing(this.hero);
    this.hero.body.setVelocityX(160).setCollideWorldBounds(true);
    this.cameras.main.startFollow(this.hero, true, 0.1, 0.1);
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600,
  physics: { default: 'arcade' }, scene: FollowScene });
"""

SEEDS = {
    "demo_rot": ("easy", ["Scene", "GameObjects"], "让一个圆形以每秒 90 度的速度持续旋转。", ["Phaser.GameObjects.Graphics"], ["应在 update 中更新 rotation"]),
    "demo_spawn": ("easy", ["Scene", "GameObjects"], "每隔 1 秒在随机位置生成一个黄色圆点，最多 10 个。", ["Phaser.Time.TimerEvent"], ["应使用定时器", "数量有上限"]),
    "demo_move": ("medium", ["Physics", "Input"], "用方向键控制一个蓝色方块移动，不能离开画面。", ["Phaser.Physics.Arcade.ArcadePhysics"], ["createCursorKeys", "setCollideWorldBounds"]),
    "demo_tween": ("medium", ["Animations", "GameObjects"], "让一颗星星来回移动并持续旋转。", ["Phaser.Tweens.TweenManager"], ["使用 tween"]),
    "demo_cam": ("hard", ["Camera", "Physics"], "镜头跟随一个向右移动的角色，世界宽 2000 像素。", ["Phaser.Cameras.Scene2D.Camera"], ["startFollow", "setBounds"]),
}


def png(width: int, height: int, rgb: tuple[int, int, int]) -> bytes:
    """A tiny solid-colour PNG (stands in for a runtime screenshot)."""
    row = b"\x00" + bytes(rgb) * width
    raw = row * height

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b"")


def seed(pid: str) -> dict:
    difficulty, modules, task, must, hints = SEEDS[pid]
    return {
        "id": pid, "difficulty": difficulty, "modules": modules, "task": task,
        "constraints": ["使用 Phaser3", "不得使用外部图片资源"], "must_use_apis": must,
        "eval_hints": hints, "tags": [], "notes": "",
    }


def record(pid: str, variant: int, code: str, *, passed: bool = True, frames: int = 60, hint_fail: int = 0,
           misses: int = 0, shot: str | None = None, fail_layer: str | None = None) -> dict:
    meta = seed(pid)
    layers = {"l1": True, "l2": True, "l3": True, "l4": True}
    errors = []
    if not passed:
        layer = fail_layer or "l3"
        for name in ("l1", "l2", "l3", "l4")[("l1", "l2", "l3", "l4").index(layer):]:
            layers[name] = False
        errors.append({"layer": layer, "code": {"l1": "lint", "l2": "api_miss", "l3": "runtime_error", "l4": "hint_fail"}[layer],
                       "message": "TypeError: cannot read properties of undefined" if layer == "l3" else "problem in " + layer, "line": 7})
    hints = {h: "pass" for h in meta["eval_hints"]}
    for h in list(hints)[:hint_fail]:
        hints[h] = "fail"
    code_hash = hashlib.sha256(code.encode()).hexdigest()
    return {
        "request_id": f"{pid}_v{variant}", "prompt_id": pid, "variant": variant,
        "plan": {"requirements": [meta["task"]], "apis": meta["must_use_apis"],
                 "steps": ["创建场景", "创建对象", "在 update 中更新"], "raw": "REQ: ...\nAPI: ...\nSTEPS: ..."},
        "code": code, "code_hash": code_hash, "code_path": f"codes/{code_hash}.js",
        "parse_ok": True, "parse_errors": [], "parse_warnings": [], "teacher_model": "mock",
        "prompt_meta": meta,
        "validation": {
            "parse_ok": True, "lint_ok": layers["l1"], "api_ok": layers["l2"], "runtime_ok": layers["l3"], "rules_ok": layers["l4"],
            "errors": errors, "warnings": [],
            "api_usage": {"hits": ["Phaser.Game", "Phaser.Scene"] + meta["must_use_apis"],
                          "misses": [f"Phaser.Fake{i}" for i in range(misses)],
                          "must_use_hits": meta["must_use_apis"], "must_use_misses": []},
            "runtime": {"ms": 900, "frames": frames, "errors": [] if layers["l3"] else ["TypeError"], "console_errors": [],
                        "signals": {}, "screenshot": shot},
            "structure": {"has_game": True, "has_scene": True, "has_preload": True, "has_create": True, "has_update": True},
            "hints": hints, "plan_consistency": 0.9,
        },
        "layers": layers, "passed": passed, "reasons": [e["code"] for e in errors],
    }


def main() -> None:
    shots = HERE / "shots"
    shots.mkdir(exist_ok=True)
    colours = {"demo_rot": (68, 170, 136), "demo_spawn": (255, 221, 0), "demo_move": (51, 153, 255),
               "demo_tween": (255, 102, 153), "demo_cam": (255, 85, 85)}
    for pid, rgb in colours.items():
        (shots / f"{pid}.png").write_bytes(png(80, 60, rgb))

    def shot(pid: str) -> str:
        return f"tests/data/select/shots/{pid}.png"

    records = [
        record("demo_rot", 0, ROTATE, shot=shot("demo_rot")),
        # the same program with other colours and texts: an exact duplicate after normalisation
        record("demo_rot", 1, ROTATE.replace("0x44aa88", "0xaa4488").replace("旋转的圆", "转圈"), frames=50, shot=shot("demo_rot")),
        record("demo_rot", 2, ROTATE.replace("update(time, delta) {", "update(time, delta) {\n  if (!wheel) { return; }"), hint_fail=1, shot=shot("demo_rot")),
        record("demo_rot", 3, ROTATE.replace("wheel", "w"), passed=False, fail_layer="l1"),
        record("demo_spawn", 0, SPAWN, shot=shot("demo_spawn")),
        record("demo_spawn", 1, SPAWN_FN, misses=1, shot=shot("demo_spawn")),
        record("demo_spawn", 2, SPAWN.replace("this.count += 1;", "this.count++;"), passed=False, fail_layer="l3", frames=3, shot=shot("demo_spawn")),
        record("demo_move", 0, MOVE, shot=shot("demo_move")),
        record("demo_move", 1, MOVE, passed=False, fail_layer="l2"),
        record("demo_tween", 0, TWEEN, shot=shot("demo_tween")),
        record("demo_tween", 1, TWEEN.replace("angle: 360", "scale: 2"), passed=False, fail_layer="l4", shot=shot("demo_tween")),
        record("demo_cam", 0, CAMERA, shot=shot("demo_cam")),
        record("demo_cam", 1, MOVE.replace("MoveScene", "CamScene"), hint_fail=2, shot=shot("demo_cam")),
    ]
    with open(HERE / "validated_small.jsonl", "w", encoding="utf-8") as out:
        for rec in records:
            out.write(json.dumps(rec, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
