"""The offline teacher: deterministic answers in the teacher contract, with runnable Phaser 3 programs.

``teacher_answer(request_id, prompt_meta, messages, faults)`` is all a caller needs. The program is
assembled from a small library of snippets keyed by the Phaser API they demonstrate (one per
``must_use_apis`` entry, plus a few extras chosen by the seed), so answers vary between requests
but stay the same for one ``request_id``. Fault injection lives in :mod:`modelcall.providers.mock_faults`.
"""
from __future__ import annotations

import hashlib
import random
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from modelcall.providers import mock_faults
from modelcall.providers.mock_answer import TeacherAnswer
from modelcall.providers.mock_supplements import supplement_answer

_CANVASES = [(800, 600), (800, 600), (640, 480), (960, 540), (1024, 768)]
_PALETTE = [0xFF6B6B, 0xFFD93D, 0x6BCB77, 0x4D96FF, 0xC77DFF, 0xFF9F1C, 0x2EC4B6, 0xE71D36, 0xF4F1DE, 0x00B4D8]
_BACKGROUNDS = ["#1d2b53", "#2d2d2d", "#102030", "#0b132b", "#22313f", "#1b1b2f"]
_API_RE = re.compile(r"Phaser(?:\.[A-Za-z_][A-Za-z0-9_]*)+")
_CJK_RE = re.compile(r"[\u4e00-\u9fff]")


def seeded_rng(*parts: str) -> random.Random:
    """A Random seeded by a stable hash of the parts (Python's hash() is salted per process)."""
    digest = hashlib.sha256("\x1f".join(parts).encode("utf-8")).digest()
    return random.Random(int.from_bytes(digest[:8], "big"))


def hex_color(value: int) -> str:
    return f"0x{value:06x}"


@dataclass
class Part:
    """What one snippet adds to the program."""

    apis: list[str] = field(default_factory=list)
    steps: list[str] = field(default_factory=list)
    create: list[str] = field(default_factory=list)
    update: list[str] = field(default_factory=list)


@dataclass
class Program:
    """The pieces of a whole program before it is rendered as text."""

    preload: list[str] = field(default_factory=list)
    create: list[str] = field(default_factory=list)
    update: list[str] = field(default_factory=list)
    apis: list[str] = field(default_factory=list)
    steps: list[str] = field(default_factory=list)
    physics: bool = False
    gravity_y: int = 0
    class_style: bool = True
    background: str = "#1d2b53"
    width: int = 800
    height: int = 600


def task_numbers(task: str) -> dict[str, int]:
    """Numbers a task states (interval, cap, count, size, speed), so the program matches its hints."""
    found: dict[str, int] = {}
    patterns = {
        "delay_ms": (r"每隔?\s*(\d+(?:\.\d+)?)\s*秒|every\s+(\d+(?:\.\d+)?)\s*s(?:econds?)?\b", 1000),
        "cap": (r"最多(?:生成|出现|显示)?\s*(\d+)\s*个|at most\s+(\d+)|up to\s+(\d+)", 1),
        "count": (r"(\d+)\s*个(?!像素)|(\d+)\s+(?:squares|circles|blocks|stars|items)", 1),
        "size": (r"(\d+)\s*(?:像素|px)", 1),
        "speed": (r"每秒\s*(\d+)\s*度|(\d+)\s*degrees per second", 1),
    }
    for key, (pattern, scale) in patterns.items():
        m = re.search(pattern, task, re.I)
        if m:
            value = next(g for g in m.groups() if g is not None)
            found[key] = int(float(value) * scale)
    return found


class Ctx:
    """Shared state while snippets are built: the seeded RNG, textures, unique names, the player."""

    def __init__(self, rng: random.Random, chinese: bool, numbers: dict[str, int] | None = None):
        self.rng = rng
        self.chinese = chinese
        self.numbers = numbers or {}
        self.w, self.h = rng.choice(_CANVASES)
        self.program = Program()
        self.player: str | None = None
        self._textures: dict[str, str] = {}
        self._names: dict[str, int] = {}

    def t(self, zh: str, en: str) -> str:
        return zh if self.chinese else en

    def name(self, base: str) -> str:
        n = self._names.get(base, 0)
        self._names[base] = n + 1
        return base if n == 0 else f"{base}{n + 1}"

    def color(self) -> str:
        return hex_color(self.rng.choice(_PALETTE))

    def num(self, key: str, default: int, lo: int = 1, hi: int = 100_000) -> int:
        """A number the task states (clamped to a sane range), else the seeded default."""
        value = self.numbers.get(key)
        return min(hi, max(lo, value)) if value is not None else default

    def between(self, lo: int, hi: int) -> int:
        return self.rng.randint(lo, hi)

    def texture(self, key: str, shape: str = "rect", size: int = 32) -> str:
        """Register a texture drawn with Graphics in preload (no image files); returns its key."""
        if key in self._textures:
            return key
        self._textures[key] = shape
        g = self.name("gfx")
        color = self.color()
        lines = [f"const {g} = this.make.graphics({{ x: 0, y: 0, add: false }});", f"{g}.fillStyle({color}, 1);"]
        half, width = size // 2, size
        if shape == "circle":
            lines.append(f"{g}.fillCircle({half}, {half}, {half});")
        elif shape == "triangle":
            lines.append(f"{g}.fillTriangle({half}, 0, {size}, {size}, 0, {size});")
        elif shape == "tiles":
            lines.append(f"{g}.fillRect(0, 0, {size}, {size});")
            lines.append(f"{g}.fillStyle({self.color()}, 1);")
            lines.append(f"{g}.fillRect({size}, 0, {size}, {size});")
            width = size * 2  # two tiles side by side
        else:
            lines.append(f"{g}.fillRect(0, 0, {size}, {size});")
        lines += [f"{g}.generateTexture('{key}', {width}, {size});", f"{g}.destroy();"]
        self.program.preload.extend(lines)
        return key

    def need_physics(self, gravity_y: int = 0) -> None:
        self.program.physics = True
        self.program.gravity_y = max(self.program.gravity_y, gravity_y)


# ---------------------------------------------------------------------------------------------
# The snippet library: one function per API family; each returns the Part it adds.


def snip_graphics(ctx: Ctx) -> Part:
    g = ctx.name("graphics")
    variant = ctx.rng.randrange(3)
    if variant == 0:
        count = ctx.num("count", ctx.between(3, 8), 1, 40)
        size = ctx.num("size", ctx.rng.choice([24, 32, 48]), 4, 200)
        return Part(
            apis=["Phaser.GameObjects.Graphics", "Phaser.Math.Between"],
            steps=[ctx.t(f"用 Graphics 在随机位置绘制 {count} 个方块", f"draw {count} squares at random positions with Graphics")],
            create=[
                f"const {g} = this.add.graphics();",
                f"{g}.fillStyle({ctx.color()}, 1);",
                f"for (let i = 0; i < {count}; i++) {{",
                f"  {g}.fillRect(Phaser.Math.Between(20, {ctx.w - size - 20}), "
                f"Phaser.Math.Between(60, {ctx.h - size - 20}), {size}, {size});",
                "}",
            ],
        )
    if variant == 1:
        speed, radius = ctx.num("speed", ctx.rng.choice([45, 60, 80, 90, 120]), 1, 720), ctx.between(40, 90)
        holder = ctx.name("spinner")
        return Part(
            apis=["Phaser.GameObjects.Graphics", "Phaser.GameObjects.Container", "Phaser.Math.DegToRad"],
            steps=[
                ctx.t("用 Graphics 绘制带参考线的圆形并放入 Container", "draw a circle with a marker line into a Container"),
                ctx.t(f"在 update 中按 delta 以每秒 {speed} 度旋转", f"rotate it by {speed} degrees per second in update using delta"),
            ],
            create=[
                f"const {g} = this.add.graphics();",
                f"{g}.fillStyle({ctx.color()}, 1);",
                f"{g}.fillCircle(0, 0, {radius});",
                f"{g}.lineStyle(4, {ctx.color()}, 1);",
                f"{g}.lineBetween(0, 0, {radius}, 0);",
                f"this.{holder} = this.add.container({ctx.w // 2}, {ctx.h // 2}, [{g}]);",
            ],
            update=[f"this.{holder}.rotation += Phaser.Math.DegToRad({speed} * delta / 1000);"],
        )
    w, h = ctx.between(200, 500), ctx.between(120, 300)
    return Part(
        apis=["Phaser.GameObjects.Graphics"],
        steps=[ctx.t("用 Graphics 画出边框与圆点", "draw a frame and dots with Graphics")],
        create=[
            f"const {g} = this.add.graphics();",
            f"{g}.lineStyle(3, {ctx.color()}, 1);",
            f"{g}.strokeRect({(ctx.w - w) // 2}, {(ctx.h - h) // 2}, {w}, {h});",
            f"{g}.fillStyle({ctx.color()}, 1);",
            f"{g}.fillCircle({ctx.w // 2}, {ctx.h // 2}, {ctx.between(10, 30)});",
            f"{g}.fillTriangle({ctx.w // 2 - 40}, {ctx.h // 2 + 80}, {ctx.w // 2 + 40}, {ctx.h // 2 + 80}, "
            f"{ctx.w // 2}, {ctx.h // 2 + 20});",
        ],
    )


def snip_timer(ctx: Ctx) -> Part:
    delay = ctx.num("delay_ms", ctx.rng.choice([500, 800, 1000, 1500, 2000]), 50, 60_000)
    cap = ctx.num("cap", ctx.between(5, 15), 1, 200)
    timer, counter = ctx.name("spawnTimer"), ctx.name("spawned")
    tex = ctx.texture("dot", "circle", 24)
    if ctx.rng.random() < 0.5:
        return Part(
            apis=["Phaser.Time.TimerEvent", "Phaser.Time.Clock#addEvent"],
            steps=[ctx.t(f"用 time.addEvent 每 {delay} 毫秒生成一个图形，最多 {cap} 个", f"spawn a shape every {delay} ms with time.addEvent, at most {cap}")],
            create=[
                f"this.{counter} = 0;",
                f"this.{timer} = this.time.addEvent({{",
                f"  delay: {delay},",
                "  loop: true,",
                "  callback: () => {",
                f"    if (this.{counter} >= {cap}) {{",
                f"      this.{timer}.remove();",
                "      return;",
                "    }",
                f"    this.add.image(Phaser.Math.Between(30, {ctx.w - 30}), Phaser.Math.Between(60, {ctx.h - 30}), '{tex}');",
                f"    this.{counter} += 1;",
                "  }",
                "});",
            ],
        )
    return Part(
        apis=["Phaser.Time.TimerEvent", "Phaser.Time.Clock#addEvent"],
        steps=[ctx.t(f"用 repeat 限制的定时器每 {delay} 毫秒生成一次，共 {cap} 次", f"a timer with repeat spawns every {delay} ms, {cap} times")],
        create=[
            f"this.{counter} = 0;",
            f"this.{timer} = this.time.addEvent({{",
            f"  delay: {delay},",
            f"  repeat: {cap - 1},",
            "  callback: () => {",
            f"    const shape = this.add.image(Phaser.Math.Between(30, {ctx.w - 30}), Phaser.Math.Between(60, {ctx.h - 30}), '{tex}');",
            f"    shape.setScale({ctx.rng.choice(['0.8', '1', '1.5'])});",
            f"    this.{counter} += 1;",
            "  }",
            "});",
        ],
    )


def snip_text(ctx: Ctx) -> Part:
    label = ctx.name("label")
    size = ctx.num("size", ctx.rng.choice([24, 32, 40, 48]), 8, 160)
    words = ctx.rng.choice([("你好 Phaser", "Hello Phaser"), ("开始游戏", "Start"), ("得分: 0", "Score: 0")])
    text = ctx.t(*words)
    part = Part(
        apis=["Phaser.GameObjects.Text", "Phaser.GameObjects.GameObjectFactory#text"],
        steps=[ctx.t(f"用 this.add.text 显示 {size} 像素的文字", f"show {size}px text with this.add.text")],
        create=[
            f"this.{label} = this.add.text({ctx.w // 2}, {ctx.rng.choice([40, 80, ctx.h - 60])}, '{text}', {{",
            f"  fontSize: '{size}px',",
            f"  color: '{ctx.rng.choice(['#ffffff', '#ffd93d', '#6bcb77'])}'",
            "}).setOrigin(0.5);",
        ],
    )
    if ctx.rng.random() < 0.5:
        part.steps.append(ctx.t("在 update 中刷新已用时间", "refresh the elapsed time in update"))
        clock = ctx.name("clockText")
        part.create.append(f"this.{clock} = this.add.text(16, 16, '', {{ fontSize: '18px', color: '#ffffff' }});")
        part.update.append(f"this.{clock}.setText('{ctx.t('时间', 'Time')}: ' + Math.floor(time / 1000));")
    return part


def snip_arcade_sprite(ctx: Ctx) -> Part:
    ctx.need_physics()
    tex = ctx.texture("player", ctx.rng.choice(["rect", "circle", "triangle"]), 32)
    vx, vy = ctx.rng.choice([120, 160, 200, -150]), ctx.rng.choice([100, 140, -180])
    name = ctx.name("player")
    ctx.player = f"this.{name}"
    return Part(
        apis=["Phaser.Physics.Arcade.Sprite", "Phaser.Physics.Arcade.Factory#sprite"],
        steps=[ctx.t("用 physics.add.sprite 创建可碰撞世界边界的精灵并设置速度", "create a sprite with physics.add.sprite, bounce off the world bounds")],
        create=[
            f"this.{name} = this.physics.add.sprite({ctx.w // 2}, {ctx.h // 2}, '{tex}');",
            f"this.{name}.setCollideWorldBounds(true);",
            f"this.{name}.setBounce(1, 1);",
            f"this.{name}.setVelocity({vx}, {vy});",
        ],
    )


def snip_arcade_group(ctx: Ctx) -> Part:
    ctx.need_physics(ctx.rng.choice([0, 0, 200]))
    tex = ctx.texture("coin", "circle", 20)
    group = ctx.name("items")
    count = ctx.between(4, 10)
    part = Part(
        apis=["Phaser.Physics.Arcade.Group", "Phaser.Physics.Arcade.Factory#group"],
        steps=[ctx.t(f"用 physics.add.group 创建 {count} 个物理对象", f"create {count} physics bodies with physics.add.group")],
        create=[
            f"this.{group} = this.physics.add.group({{ collideWorldBounds: true, bounceX: 1, bounceY: 1 }});",
            f"for (let i = 0; i < {count}; i++) {{",
            f"  const item = this.{group}.create(Phaser.Math.Between(40, {ctx.w - 40}), Phaser.Math.Between(60, {ctx.h - 40}), '{tex}');",
            "  item.setVelocity(Phaser.Math.Between(-150, 150), Phaser.Math.Between(-150, 150));",
            "}",
            f"this.physics.add.collider(this.{group}, this.{group});",
        ],
    )
    if ctx.player:
        part.steps.append(ctx.t("玩家与物体重叠时收集物体", "collect an item when the player overlaps it"))
        part.create += [
            f"this.physics.add.overlap({ctx.player}, this.{group}, (player, item) => {{",
            "  item.disableBody(true, true);",
            "});",
        ]
    return part


def snip_tween(ctx: Ctx) -> Part:
    box = ctx.name("mover")
    duration = ctx.rng.choice([600, 800, 1200, 1500, 2000])
    props = ctx.rng.choice([
        f"x: {ctx.w - 100},",
        "scale: 1.8,",
        "alpha: 0.2,",
        "angle: 360,",
    ])
    return Part(
        apis=["Phaser.Tweens.Tween", "Phaser.Tweens.TweenManager#add"],
        steps=[ctx.t(f"用 tweens.add 做 {duration} 毫秒往返的补间动画", f"animate it back and forth over {duration} ms with tweens.add")],
        create=[
            f"this.{box} = this.add.rectangle(100, {ctx.between(150, ctx.h - 150)}, 60, 60, {ctx.color()});",
            "this.tweens.add({",
            f"  targets: this.{box},",
            f"  {props}",
            f"  duration: {duration},",
            f"  ease: '{ctx.rng.choice(['Sine.easeInOut', 'Quad.easeInOut', 'Linear', 'Cubic.easeOut'])}',",
            "  yoyo: true,",
            "  repeat: -1",
            "});",
        ],
    )


def snip_keyboard(ctx: Ctx) -> Part:
    speed = ctx.rng.choice([160, 200, 240, 300])
    part = Part(
        apis=["Phaser.Input.Keyboard.KeyCodes", "Phaser.Input.Keyboard.KeyboardPlugin#addKey"],
        steps=[ctx.t("注册方向键与空格键", "register the arrow keys and the space key")],
        create=[
            "this.cursors = this.input.keyboard.createCursorKeys();",
            "this.jumpKey = this.input.keyboard.addKey(Phaser.Input.Keyboard.KeyCodes.SPACE);",
        ],
    )
    if ctx.player:
        target = ctx.player
        part.steps.append(ctx.t("按键时设置玩家速度", "set the player's velocity from the keys"))
        part.update += [
            f"if (this.cursors.left.isDown) {{ {target}.setVelocityX(-{speed}); }}",
            f"else if (this.cursors.right.isDown) {{ {target}.setVelocityX({speed}); }}",
            f"if (Phaser.Input.Keyboard.JustDown(this.jumpKey)) {{ {target}.setVelocityY(-{speed}); }}",
        ]
    else:
        hero = ctx.name("hero")
        part.steps.append(ctx.t("在 update 中按 delta 移动方块，空格键换颜色", "move a block by delta in update; space changes its colour"))
        part.create.append(f"this.{hero} = this.add.rectangle({ctx.w // 2}, {ctx.h // 2}, 40, 40, {ctx.color()});")
        part.update += [
            f"const step = {speed} * delta / 1000;",
            f"if (this.cursors.left.isDown) {{ this.{hero}.x -= step; }}",
            f"if (this.cursors.right.isDown) {{ this.{hero}.x += step; }}",
            f"if (this.cursors.up.isDown) {{ this.{hero}.y -= step; }}",
            f"if (this.cursors.down.isDown) {{ this.{hero}.y += step; }}",
            f"this.{hero}.x = Phaser.Math.Clamp(this.{hero}.x, 20, {ctx.w - 20});",
            f"this.{hero}.y = Phaser.Math.Clamp(this.{hero}.y, 20, {ctx.h - 20});",
            f"if (Phaser.Input.Keyboard.JustDown(this.jumpKey)) {{ this.{hero}.setFillStyle(Phaser.Display.Color.RandomRGB().color); }}",
        ]
    return part


def snip_camera(ctx: Ctx) -> Part:
    variant = ctx.rng.randrange(3)
    create = [f"this.cameras.main.setBackgroundColor('{ctx.rng.choice(_BACKGROUNDS)}');"]
    steps = [ctx.t("设置主摄像机背景色", "set the main camera's background colour")]
    if variant == 0 and ctx.player:
        create += [
            f"this.cameras.main.setBounds(0, 0, {ctx.w}, {ctx.h});",
            f"this.cameras.main.startFollow({ctx.player}, true, 0.1, 0.1);",
            f"this.cameras.main.setZoom({ctx.rng.choice(['1.2', '1.5', '2'])});",
        ]
        steps.append(ctx.t("摄像机跟随玩家并放大", "the camera follows the player, zoomed in"))
    elif variant == 1:
        create += [
            f"this.cameras.main.fadeIn({ctx.rng.choice([400, 600, 1000])});",
            f"this.time.delayedCall({ctx.rng.choice([1000, 1500, 2000])}, () => {{",
            f"  this.cameras.main.shake({ctx.rng.choice([200, 300, 500])}, 0.01);",
            "});",
        ]
        steps.append(ctx.t("淡入后定时震动摄像机", "fade in, then shake the camera on a timer"))
    else:
        create += [
            "this.input.on('pointerdown', () => {",
            f"  this.cameras.main.flash({ctx.rng.choice([150, 250, 400])}, 255, 255, 255);",
            "});",
        ]
        steps.append(ctx.t("点击时摄像机闪白", "flash the camera on click"))
    return Part(apis=["Phaser.Cameras.Scene2D.Camera"], steps=steps, create=create)


def snip_drag(ctx: Ctx) -> Part:
    count = ctx.between(1, 4)
    return Part(
        apis=["Phaser.Input.Events.GAMEOBJECT_DRAG", "Phaser.GameObjects.GameObject#setInteractive"],
        steps=[ctx.t(f"创建 {count} 个可拖拽方块并监听拖拽事件", f"make {count} draggable blocks and follow the drag event")],
        create=[
            f"for (let i = 0; i < {count}; i++) {{",
            f"  const block = this.add.rectangle({ctx.between(100, 200)} + i * 120, {ctx.between(200, 400)}, 70, 70, {ctx.color()});",
            "  block.setInteractive({ draggable: true });",
            "}",
            "this.input.on(Phaser.Input.Events.GAMEOBJECT_DRAG, (pointer, gameObject, dragX, dragY) => {",
            "  gameObject.x = dragX;",
            "  gameObject.y = dragY;",
            "});",
        ],
    )


def snip_pointer(ctx: Ctx) -> Part:
    size = ctx.rng.choice([16, 24, 32])
    event = ctx.rng.choice(["Phaser.Input.Events.POINTER_DOWN", "'pointerdown'"])
    return Part(
        apis=["Phaser.Input.InputPlugin", "Phaser.Input.Pointer", "Phaser.Input.Events.POINTER_DOWN"],
        steps=[ctx.t("监听 pointerdown，在点击位置绘制方块", "on pointerdown, draw a block where the pointer is")],
        create=[
            f"this.input.on({event}, (pointer) => {{",
            f"  this.add.rectangle(pointer.x, pointer.y, {size}, {size}, {ctx.color()});",
            "});",
        ],
    )


def snip_math_angle(ctx: Ctx) -> Part:
    arrow = ctx.name("arrow")
    tex = ctx.texture("arrow", "triangle", 32)
    return Part(
        apis=["Phaser.Math.Angle.Between", "Phaser.Input.Pointer"],
        steps=[ctx.t("在 update 中用 Angle.Between 让箭头朝向指针", "turn an arrow toward the pointer with Angle.Between in update")],
        create=[f"this.{arrow} = this.add.image({ctx.w // 2}, {ctx.h // 2}, '{tex}');"],
        update=[
            "const pointer = this.input.activePointer;",
            f"this.{arrow}.rotation = Phaser.Math.Angle.Between(this.{arrow}.x, this.{arrow}.y, pointer.x, pointer.y) + Math.PI / 2;",
        ],
    )


def snip_math_distance(ctx: Ctx) -> Part:
    dot = ctx.name("beacon")
    near = ctx.rng.choice([80, 120, 150])
    return Part(
        apis=["Phaser.Math.Distance.Between"],
        steps=[ctx.t(f"指针距离小于 {near} 像素时改变颜色", f"change colour when the pointer is within {near} px")],
        create=[f"this.{dot} = this.add.circle({ctx.w // 2}, {ctx.h // 2}, 30, {ctx.color()});"],
        update=[
            f"const dist = Phaser.Math.Distance.Between(this.input.activePointer.x, this.input.activePointer.y, this.{dot}.x, this.{dot}.y);",
            f"this.{dot}.setFillStyle(dist < {near} ? {ctx.color()} : {ctx.color()});",
        ],
    )


def snip_math_rnd(ctx: Ctx) -> Part:
    count = ctx.between(5, 12)
    return Part(
        apis=["Phaser.Math.RND"],
        steps=[ctx.t(f"用 Phaser.Math.RND 随机放置 {count} 个圆", f"place {count} circles with Phaser.Math.RND")],
        create=[
            f"const colors = [{', '.join(ctx.color() for _ in range(3))}];",
            f"for (let i = 0; i < {count}; i++) {{",
            f"  this.add.circle(Phaser.Math.RND.between(30, {ctx.w - 30}), Phaser.Math.RND.between(60, {ctx.h - 30}), "
            "Phaser.Math.RND.between(8, 24), Phaser.Math.RND.pick(colors));",
            "}",
        ],
    )


def snip_particles(ctx: Ctx) -> Part:
    tex = ctx.texture("spark", "circle", 12)
    return Part(
        apis=["Phaser.GameObjects.Particles.ParticleEmitter", "Phaser.GameObjects.GameObjectFactory#particles"],
        steps=[ctx.t("用 this.add.particles 创建粒子发射器", "create a particle emitter with this.add.particles")],
        create=[
            f"this.add.particles({ctx.w // 2}, {ctx.h // 2}, '{tex}', {{",
            f"  speed: {{ min: {ctx.between(40, 80)}, max: {ctx.between(150, 260)} }},",
            f"  lifespan: {ctx.rng.choice([600, 900, 1200])},",
            "  scale: { start: 1, end: 0 },",
            f"  quantity: {ctx.between(1, 3)},",
            "  blendMode: 'ADD'",
            "});",
        ],
    )


def snip_tilemap(ctx: Ctx) -> Part:
    tex = ctx.texture("tiles", "tiles", 32)
    rows = [[ctx.rng.choice([0, 0, 1]) for _ in range(ctx.w // 32)] for _ in range(4)]
    data = ",\n".join("  [" + ", ".join(str(v) for v in row) + "]" for row in rows)
    return Part(
        apis=["Phaser.Tilemaps.Tilemap", "Phaser.Tilemaps.Tilemap#addTilesetImage", "Phaser.Tilemaps.Tilemap#createLayer"],
        steps=[ctx.t("用二维数组数据创建瓦片地图图层", "build a tilemap layer from a 2D array")],
        create=[
            "const mapData = [",
            *data.split("\n"),
            "];",
            "const map = this.make.tilemap({ data: mapData, tileWidth: 32, tileHeight: 32 });",
            f"const tileset = map.addTilesetImage('{tex}');",
            f"map.createLayer(0, tileset, 0, {ctx.h - 4 * 32});",
        ],
    )


def snip_group(ctx: Ctx) -> Part:
    group = ctx.name("blocks")
    count = ctx.between(3, 8)
    return Part(
        apis=["Phaser.GameObjects.Group", "Phaser.GameObjects.GameObjectFactory#group"],
        steps=[ctx.t(f"把 {count} 个方块放入 Group 并在 update 中旋转", f"put {count} blocks in a Group and spin them in update")],
        create=[
            f"this.{group} = this.add.group();",
            f"for (let i = 0; i < {count}; i++) {{",
            f"  this.{group}.add(this.add.rectangle(80 + i * 90, {ctx.between(150, 450)}, 40, 40, {ctx.color()}));",
            "}",
        ],
        update=[f"this.{group}.getChildren().forEach((block) => {{ block.angle += {ctx.rng.choice([1, 2, 3])}; }});"],
    )


def snip_scene(ctx: Ctx) -> Part:
    ctx.program.class_style = True
    return Part(apis=["Phaser.Scene"], steps=[ctx.t("继承 Phaser.Scene 编写场景类", "write the scene as a Phaser.Scene subclass")])


# API prefix -> snippet; the longest matching prefix wins.
SNIPPETS: dict[str, Callable[[Ctx], Part]] = {
    "Phaser.GameObjects.Graphics": snip_graphics,
    "Phaser.Time": snip_timer,
    "Phaser.GameObjects.Text": snip_text,
    "Phaser.Physics.Arcade.Sprite": snip_arcade_sprite,
    "Phaser.Physics.Arcade.Image": snip_arcade_sprite,
    "Phaser.Physics.Arcade.Group": snip_arcade_group,
    "Phaser.Physics.Arcade": snip_arcade_sprite,
    "Phaser.Tweens": snip_tween,
    "Phaser.Input.Keyboard": snip_keyboard,
    "Phaser.Cameras": snip_camera,
    "Phaser.Input.Events.GAMEOBJECT_DRAG": snip_drag,
    "Phaser.Input.Events.DRAG": snip_drag,
    "Phaser.Input": snip_pointer,
    "Phaser.Math.Angle": snip_math_angle,
    "Phaser.Math.Distance": snip_math_distance,
    "Phaser.Math.RND": snip_math_rnd,
    "Phaser.Math": snip_math_rnd,
    "Phaser.GameObjects.Particles": snip_particles,
    "Phaser.Tilemaps": snip_tilemap,
    "Phaser.GameObjects.Group": snip_group,
    "Phaser.Scene": snip_scene,
}
_EXTRAS = [snip_text, snip_tween, snip_graphics, snip_pointer, snip_camera]
# order in which must-use snippets are built: the physics player first, so others can use it
_PRIORITY = {snip_arcade_sprite: 0, snip_scene: 0}


def snippet_for(api: str) -> Callable[[Ctx], Part]:
    best = ""
    for prefix in SNIPPETS:
        if (api == prefix or api.startswith(prefix + ".") or api.startswith(prefix + "#")) and len(prefix) > len(best):
            best = prefix
    return SNIPPETS[best] if best else snip_graphics


def _indent(lines: list[str], spaces: int) -> list[str]:
    pad = " " * spaces
    return [pad + line if line else line for line in lines]


def render_program(program: Program, title: str) -> str:
    """The whole runnable program as JavaScript text."""
    preload = program.preload or ["// textures are drawn in create; nothing to load"]
    create = program.create or [f"this.add.rectangle({program.width // 2}, {program.height // 2}, 80, 80, 0xffffff);"]
    update = program.update or ["// nothing changes per frame"]
    physics = ""
    if program.physics:
        physics = (
            "  physics: {\n"
            "    default: 'arcade',\n"
            f"    arcade: {{ gravity: {{ x: 0, y: {program.gravity_y} }}, debug: false }}\n"
            "  },\n"
        )
    head = f"// {title}\n" if title else ""
    if program.class_style:
        body = [
            "class MainScene extends Phaser.Scene {",
            "  constructor() {",
            "    super('MainScene');",
            "  }",
            "",
            "  preload() {",
            *_indent(preload, 4),
            "  }",
            "",
            "  create() {",
            *_indent(create, 4),
            "  }",
            "",
            "  update(time, delta) {",
            *_indent(update, 4),
            "  }",
            "}",
            "",
        ]
        scene = "MainScene"
    else:
        body = []
        scene = "{ preload: preload, create: create, update: update }"
    config = (
        "const config = {\n"
        "  type: Phaser.AUTO,\n"
        f"  width: {program.width},\n"
        f"  height: {program.height},\n"
        f"  backgroundColor: '{program.background}',\n"
        f"{physics}"
        f"  scene: {scene}\n"
        "};\n"
    )
    text = head + "\n".join(body) + ("\n" if body else "") + config
    if not program.class_style:
        text += "\n" + "\n".join(
            ["function preload() {", *_indent(preload, 2), "}", "", "function create() {", *_indent(create, 2), "}", "",
             "function update(time, delta) {", *_indent(update, 2), "}"]
        ) + "\n"
    return text + "\nnew Phaser.Game(config);\n"


def apis_from_messages(messages: list[dict[str, Any]]) -> list[str]:
    """Must-use APIs named in the first user message (the task; a repair follow-up comes later), when no
    prompt_meta travels with the request."""
    user = [m for m in messages if m.get("role") == "user"]
    if not user:
        return []
    text = _message_text(user[:1])
    found: list[str] = []
    for match in _API_RE.findall(text):
        known = any(match == p or match.startswith(p + ".") for p in SNIPPETS)
        if known and match not in found:
            found.append(match)
    return found[:4]


def task_from_messages(messages: list[dict[str, Any]]) -> str:
    """The task line of the last user message ("Task: ..." / "任务：..."), when no prompt_meta came along."""
    user = [m for m in messages if m.get("role") == "user"]
    if not user:
        return ""
    text = _message_text(user[-1:])
    m = re.search(r"^\s*(?:#+\s*)?(?:Task|任务)\s*[:：]\s*(.+)$", text, re.M | re.I)
    return m.group(1).strip() if m else ""


def _message_text(messages: list[dict[str, Any]]) -> str:
    parts = []
    for m in messages:
        c = m.get("content")
        parts.append(c if isinstance(c, str) else " ".join(b.get("text", "") for b in c or [] if isinstance(b, dict)))
    return "\n".join(parts)


def infer_contract(messages: list[dict[str, Any]]) -> str:
    """The contract a prompt asks for, when no request meta says it (the fake provider's case)."""
    text = _message_text([m for m in messages if m.get("role") == "system"] or messages[:1])
    if "[PLAN]" not in text and "plan:" in text and "code:" in text:
        return "json_plan"
    return "plan_block"


def build_answer(
    request_id: str, prompt_meta: dict[str, Any] | None, messages: list[dict[str, Any]], contract: str | None = None
) -> TeacherAnswer:
    """The fault-free answer for one request."""
    meta = prompt_meta or {}
    rng = seeded_rng("teacher", request_id)
    task = str(meta.get("task") or "").strip() or task_from_messages(messages)
    must_use = [str(a) for a in meta.get("must_use_apis") or []] or apis_from_messages(messages)
    chinese = bool(_CJK_RE.search(task or _message_text(messages)))
    ctx = Ctx(rng, chinese, task_numbers(task))
    ctx.program.class_style = rng.random() < 0.6
    ctx.program.background = rng.choice(_BACKGROUNDS)
    ctx.program.width, ctx.program.height = ctx.w, ctx.h
    builders = [snippet_for(api) for api in must_use] or [snip_graphics]
    extra_count = {"easy": 0, "medium": 1, "hard": 2}.get(str(meta.get("difficulty") or ""), rng.randrange(2))
    builders += rng.sample(_EXTRAS, k=extra_count)
    unique: list[Callable[[Ctx], Part]] = []
    for b in builders:
        if b not in unique:
            unique.append(b)
    unique.sort(key=lambda b: _PRIORITY.get(b, 1))
    parts = [b(ctx) for b in unique]
    apis: list[str] = []
    for api in must_use + [a for p in parts for a in p.apis]:
        if api not in apis:
            apis.append(api)
    program = ctx.program
    for p in parts:
        program.create.extend(p.create)
        program.update.extend(p.update)
    steps = [ctx.t("创建 Phaser.Game 配置与场景（preload/create/update）", "set up the Phaser.Game config and a scene with preload/create/update")]
    if program.preload:
        steps.append(ctx.t("在 preload 中用 Graphics 生成纹理，不加载外部图片", "generate textures with Graphics in preload; no image files"))
    steps += [s for p in parts for s in p.steps]
    req = task.splitlines()[0] if task else ctx.t("按要求实现一个 Phaser 3 小游戏", "a small Phaser 3 program as asked")
    code = render_program(program, req if rng.random() < 0.5 else "")
    return TeacherAnswer(requirement=req, apis=apis, steps=steps, code=code, contract=contract or infer_contract(messages))


def teacher_answer(
    request_id: str,
    prompt_meta: dict[str, Any] | None = None,
    messages: list[dict[str, Any]] | None = None,
    faults: dict[str, Any] | None = None,
    contract: str | None = None,
    system: str | None = None,
) -> tuple[str, str | None]:
    """``(answer_text, injected_fault_or_None)``; the fault name is for counting, never for the text.

    ``system``: the system prompt when it travels apart from ``messages`` (the Anthropic API's ``system``).
    ``contract``: plan_block or json_plan (the request's ``meta.contract``); inferred from the prompt when None.
    """
    messages = messages or []
    special = supplement_answer(messages, system)
    if special is not None:
        return special, None
    answer = build_answer(request_id, prompt_meta, messages, contract)
    fault = mock_faults.choose_fault(request_id, faults or {}, mock_faults.is_repair_request(messages))
    if fault is None:
        return answer.render(), None
    return mock_faults.apply_fault(fault, answer, seeded_rng("fault-shape", request_id)), fault
