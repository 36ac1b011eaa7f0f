"""The mock teacher's supplement jobs: reverse-write a prompt seed for a program, rewrite a program asset-free.

Both read only the request's messages (the fake provider sees nothing else). A reverse prompt is assembled
from the API families the program uses (a feature table below); a repair turn that names missing APIs or
failed hints gets an answer without them (and without the input phrases where the task asked for input the program
does not read). A rewrite swaps each loader call for a generated stand-in:
a Graphics texture (with frames for spritesheets), a silent WebAudio buffer, inline JSON / Tiled data.
Loader calls it cannot read (variable keys, fonts, scripts, video) are left, so the task's check catches them.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import Any

from modelcall.supplements.assets import call_end, find_asset_loads, strip_comments

KIND = re.compile(r"\(task kind:\s*(reverse_prompt|asset_rewrite)\)")
_CODE = re.compile(r"```(?:javascript|js)?[ \t]*\n(.*?)\n```", re.S)
_CJK = re.compile(r"[\u4e00-\u9fff]")
_SIZE = re.compile(r"\bwidth\s*:\s*(\d+)\s*,\s*height\s*:\s*(\d+)", re.S)
_BG = re.compile(r"backgroundColor\s*:\s*['\"](#[0-9a-fA-F]{3,8})['\"]")


@dataclass
class Feature:
    pattern: str
    api: str | None
    module: str
    zh: str
    en: str
    hint_zh: str | None = None
    hint_en: str | None = None
    tag: str = ""


FEATURES = [
    Feature(r"\.add\.particles\s*\(", "Phaser.GameObjects.Particles.ParticleEmitter", "Particles", "用粒子发射器产生持续的粒子效果",
            "emit a steady stream of particles", None, None, "particles"),
    Feature(r"\.(?:make|add)\.tilemap\s*\(", "Phaser.Tilemaps.Tilemap", "Tilemap", "用瓦片地图搭建关卡", "build the level from a tilemap",
            None, None, "tilemap"),
    Feature(r"\.physics\.add\.", "Phaser.Physics.Arcade.Factory", "Physics", "启用 Arcade 物理让物体运动", "move bodies with Arcade physics",
            None, None, "physics"),
    Feature(r"\.physics\.add\.(?:collider|overlap)\s*\(", None, "Physics", "并检测它们之间的碰撞", "and detect collisions between them",
            None, None, "collision"),
    Feature(r"\.anims\.create\s*\(", "Phaser.Animations.AnimationManager", "Animations", "创建并播放帧动画", "create and play a frame animation",
            None, None, "animation"),
    Feature(r"\.tweens\.(?:add|chain|addCounter)\s*\(", "Phaser.Tweens.TweenManager", "Tweens", "用补间动画让对象平滑变化",
            "animate objects smoothly with tweens", "应创建 tween", "creates a tween", "tween"),
    Feature(r"\.time\.(?:addEvent|delayedCall)\s*\(", "Phaser.Time.Clock", "Time", "用定时器按固定间隔触发事件",
            "fire events on a timer", "应使用定时器", "uses a timer", "timer"),
    Feature(r"\.input\.keyboard\.", "Phaser.Input.Keyboard.KeyboardPlugin", "Input", "用键盘控制", "control it with the keyboard",
            "应创建键盘输入", "creates keyboard input", "keyboard"),
    Feature(r"['\"]pointerdown['\"]", "Phaser.Input.InputPlugin", "Input", "点击画面时做出响应", "react when the player clicks",
            "应监听 pointerdown", "listens to pointerdown", "pointer"),
    Feature(r"['\"]pointermove['\"]", "Phaser.Input.InputPlugin", "Input", "跟随指针移动", "follow the pointer", None, None, "pointer"),
    Feature(r"setDraggable\s*\(|['\"]drag['\"]", None, "Input", "可以拖拽对象", "let the player drag objects",
            "应启用交互并监听拖拽事件", "enables input and listens to drag events", "drag"),
    Feature(r"\.cameras\.(?:main|add)\b", "Phaser.Cameras.Scene2D.Camera", "Camera", "控制摄像机的视角", "control the camera view",
            None, None, "camera"),
    Feature(r"\.add\.container\s*\(", "Phaser.GameObjects.Container", "GameObjects", "把多个对象放进一个容器统一变换",
            "group objects in a container and transform them together", None, None, "container"),
    Feature(r"\.add\.group\s*\(", "Phaser.GameObjects.Group", "GameObjects", "用对象组管理一批对象", "manage a batch of objects in a group",
            None, None, "group"),
    Feature(r"\.add\.text\s*\(", "Phaser.GameObjects.Text", "GameObjects", "显示文字", "show text", "应创建 Text 对象",
            "creates a Text object", "text"),
    Feature(r"\.(?:add|make)\.graphics\s*\(", "Phaser.GameObjects.Graphics", "GameObjects", "用 Graphics 绘制图形",
            "draw shapes with Graphics", None, None, "graphics"),
    Feature(r"\.add\.(?:sprite|image)\s*\(", "Phaser.GameObjects.GameObjectFactory", "GameObjects", "在画面上放置图像精灵",
            "place image sprites on screen", None, None, "sprite"),
    Feature(r"\.add\.rectangle\s*\(", "Phaser.GameObjects.Rectangle", "GameObjects", "绘制矩形", "draw rectangles", None, None, "shape"),
    Feature(r"\.add\.circle\s*\(", "Phaser.GameObjects.Arc", "GameObjects", "绘制圆形", "draw circles", None, None, "shape"),
    Feature(r"\.add\.star\s*\(", "Phaser.GameObjects.Star", "GameObjects", "绘制星形", "draw stars", None, None, "shape"),
    Feature(r"\.add\.polygon\s*\(", "Phaser.GameObjects.Polygon", "GameObjects", "绘制多边形", "draw polygons", None, None, "shape"),
    Feature(r"\.sound\.(?:add|play)\s*\(", "Phaser.Sound.BaseSoundManager", "Audio", "播放声音", "play sounds", None, None, "audio"),
    Feature(r"update\s*\([^)]*\)\s*\{[^}]*\.(?:rotation|angle)\s*[+-]?=", None, "Scene", "在每帧更新中旋转对象",
            "rotate objects every frame", "应在 update 中更新 rotation", "updates rotation in update", "rotation"),
]
_NAMESPACE = re.compile(r"\bPhaser\.(Geom|Math|Curves|Display\.Color|Display\.Align|Actions)\.([A-Z]\w*|[a-z]\w*)")
_MODULE_OF = {"Geom": "Geom", "Math": "Math", "Curves": "Geom", "Display.Color": "GameObjects", "Display.Align": "GameObjects",
              "Actions": "GameObjects"}
_NS_ZH = {"Geom": "用几何对象计算位置与形状", "Math": "用数学工具计算数值", "Curves": "沿曲线路径运动",
          "Display.Color": "处理颜色", "Display.Align": "对齐对象", "Actions": "对一组对象批量操作"}
_NS_EN = {"Geom": "compute positions and shapes with geometry objects", "Math": "compute values with the math helpers",
          "Curves": "move along curved paths", "Display.Color": "work with colours", "Display.Align": "align objects",
          "Actions": "act on groups of objects at once"}


def job_of(messages: list[dict[str, Any]]) -> str | None:
    """reverse_prompt | asset_rewrite | None, from the system turn's task-kind line."""
    for m in messages:
        if m.get("role") == "system":
            found = KIND.search(str(m.get("content") or ""))
            return found.group(1) if found else None
    return None


def _program(messages: list[dict[str, Any]]) -> str:
    user = [m for m in messages if m.get("role") == "user"]
    found = _CODE.findall(str(user[0].get("content") or "")) if user else []
    return found[-1] if found else ""


def _excluded(messages: list[dict[str, Any]]) -> tuple[set[str], set[str], bool, bool]:
    """APIs and hints a repair turn says do not match, whether the plan was off, and whether the task asked for input
    the program does not read (l4:no_input)."""
    apis: set[str] = set()
    hints: set[str] = set()
    plan = no_input = False
    if len([m for m in messages if m.get("role") == "user"]) < 2:
        return apis, hints, plan, no_input
    last = str(messages[-1].get("content") or "")
    apis.update(re.findall(r"must_use_missing: (\S+)", last))
    hints.update(re.findall(r"hint_failed: the eval hint '([^']+)'", last))
    plan = "plan_api_mismatch" in last
    no_input = "l4:no_input" in last
    return apis, hints, plan, no_input


_TEXT = re.compile(r"\.add\.text\s*\([^,]+,[^,]+,\s*(['\"])([^'\"\n]{1,40})\1")
_LOOP = re.compile(r"for\s*\(\s*(?:let|var)\s+\w+\s*=\s*0\s*;\s*\w+\s*<\s*(\d+)\s*;")
_DELAY = re.compile(r"\bdelay\s*:\s*(\d+)")
_DURATION = re.compile(r"\bduration\s*:\s*(\d+)")


def _game_size(bare: str) -> re.Match[str] | None:
    """The canvas size of the game config (the width/height nearest a ``type: Phaser.*`` or ``scene:`` key),
    not a spritesheet's, a grid's or a texture's."""
    anchors = [m.start() for m in re.finditer(r"\btype\s*:\s*Phaser\.|\bscene\s*:", bare)]
    best: tuple[int, re.Match[str]] | None = None
    for m in _SIZE.finditer(bare):
        distance = min((abs(a - m.start()) for a in anchors), default=10**9)
        if distance < 300 and (best is None or distance < best[0]):
            best = (distance, m)
    return best[1] if best else None


def _seconds(ms: str) -> str:
    value = int(ms) / 1000
    return f"{value:g}"


def _details(bare: str, zh: bool) -> list[str]:
    """Concrete numbers and words a person would state: shown text, counts, intervals, durations."""
    out = []
    text = _TEXT.search(bare)
    if text:
        out.append(f"画面上显示文字「{text.group(2)}」。" if zh else f" It shows the text '{text.group(2)}'.")
    loop = _LOOP.search(bare)
    if loop and 1 < int(loop.group(1)) <= 500:
        out.append(f"一共 {loop.group(1)} 个对象。" if zh else f" There are {loop.group(1)} of them.")
    if re.search(r"\.time\.(?:addEvent|delayedCall)", bare):
        delay = _DELAY.search(bare)
        if delay and int(delay.group(1)) > 0:
            out.append(f"定时器间隔 {_seconds(delay.group(1))} 秒。" if zh else f" The timer fires every {_seconds(delay.group(1))} s.")
    if re.search(r"\.tweens\.add", bare):
        duration = _DURATION.search(bare)
        if duration and int(duration.group(1)) > 0:
            out.append(f"补间时长 {_seconds(duration.group(1))} 秒。" if zh else f" The tween lasts {_seconds(duration.group(1))} s.")
    if "createCursorKeys" in bare:
        out.append("用方向键操作。" if zh else " The arrow keys control it.")
    return out


def reverse_answer(messages: list[dict[str, Any]], request_key: str = "") -> str:
    code = _program(messages)
    bare = strip_comments(code)
    system = " ".join(str(m.get("content") or "") for m in messages if m.get("role") == "system")
    zh = bool(_CJK.search(system))
    no_apis, no_hints, plan_off, no_input = _excluded(messages)
    found = [f for f in FEATURES if re.search(f.pattern, bare, re.S) and not (no_input and f.module == "Input")]
    apis: list[str] = []
    for ns, member in _NAMESPACE.findall(bare):
        api = f"Phaser.{ns}.{member}"
        if api not in apis:
            apis.append(api)
    namespaces = list(dict.fromkeys(a.split(".")[1] if not a.startswith("Phaser.Display") else ".".join(a.split(".")[1:3])
                                    for a in apis))
    for f in found:
        if f.api and f.api not in apis:
            apis.insert(len([a for a in apis if not a.startswith(("Phaser.Math", "Phaser.Geom"))]), f.api)
    if not apis:  # nothing from the table: name the factory methods the program calls
        for owner, method in re.findall(r"\bthis\.(add|make)\.([a-z]\w*)\s*\(", bare):
            cls = "GameObjectFactory" if owner == "add" else "GameObjectCreator"
            api = f"Phaser.GameObjects.{cls}#{method}"
            if api not in apis:
                apis.append(api)
    must_use = [a for a in apis if a not in no_apis][:3]
    hints = [h for f in found for h in [f.hint_zh if zh else f.hint_en] if h and h not in no_hints]
    hints = list(dict.fromkeys(hints))[:3]
    size = _game_size(bare)
    bg = _BG.search(bare)
    phrases = [f.zh if zh else f.en for f in found] + [(_NS_ZH if zh else _NS_EN)[n] for n in namespaces[:2]]
    phrases = list(dict.fromkeys(phrases))[:5] or [("绘制一个简单的 Phaser 场景" if zh else "draw a simple Phaser scene")]
    details = _details(bare, zh)
    if zh:
        head = f"做一个 {size.group(1)}x{size.group(2)} 的 Phaser 3 演示：" if size else "做一个 Phaser 3 演示："
        task = head + "，".join(phrases) + "。" + "".join(details) + (f"背景色为 {bg.group(1)}。" if bg else "")
        hints = hints or ["画面不为空"]
    else:
        head = f"Make a {size.group(1)}x{size.group(2)} Phaser 3 demo that should " if size else "Make a Phaser 3 demo that should "
        task = head + ", ".join(phrases) + "." + "".join(details) + (f" The background is {bg.group(1)}." if bg else "")
        hints = hints or ["the canvas is not blank"]
    score = len(found) + len(namespaces) + len(code) // 1500
    difficulty = "easy" if score <= 2 else "medium" if score <= 5 else "hard"
    modules = list(dict.fromkeys(["Scene", *[f.module for f in found], *[_MODULE_OF[n] for n in namespaces]]))[:5]
    user = [m for m in messages if m.get("role") == "user"]
    constraints = re.findall(r"^- (.+)$", str(user[0].get("content") or "").split("\n\n")[1] if user and "\n\n" in
                             str(user[0].get("content") or "") else "", re.M)
    seed = {"task": task, "difficulty": difficulty, "modules": modules, "constraints": constraints,
            "must_use_apis": must_use, "eval_hints": hints,
            "tags": list(dict.fromkeys(f.tag for f in found if f.tag))[:4] or ["demo"]}
    plan_apis = must_use if plan_off else list(dict.fromkeys(must_use + [a for a in apis if a not in no_apis]))[:6]
    steps = [("创建 Phaser.Game 配置与场景" if zh else "set up the Phaser.Game config and a scene")]
    steps += [f.zh if zh else f.en for f in found][:5]
    plan = ["[PLAN]", f"REQ: {task.split('。')[0] if zh else task.split('.')[0]}", f"API: {', '.join(plan_apis)}", "STEPS:"]
    plan += [f"{i}. {s}" for i, s in enumerate(steps, 1)]
    plan.append("[/PLAN]")
    return "```json\n" + json.dumps(seed, ensure_ascii=False, indent=2) + "\n```\n\n" + "\n".join(plan) + "\n"


# -- rewrite -----------------------------------------------------------------------------------------
_KEY = re.compile(r"^\s*(['\"`])([^'\"`]*)\1")
_OBJ_KEY = re.compile(r"\bkey\s*:\s*(['\"])([^'\"]*)\1")
_NUM = {name: re.compile(rf"\b{name}\s*:\s*(\d+)") for name in ("frameWidth", "frameHeight", "endFrame")}
_COLORS = ["0x4d96ff", "0xff6b6b", "0xffd93d", "0x6bcb77", "0xc77dff", "0xff9f1c"]
_TILED = {"width": 10, "height": 8, "tilewidth": 32, "tileheight": 32, "orientation": "orthogonal", "renderorder": "right-down",
          "version": 1.2, "type": "map", "infinite": False, "nextlayerid": 2, "nextobjectid": 1,
          "layers": [{"id": 1, "name": "Tile Layer 1", "type": "tilelayer", "width": 10, "height": 8, "x": 0, "y": 0,
                      "opacity": 1, "visible": True, "data": [1 + (i % 4) for i in range(80)]}],
          "tilesets": [{"firstgid": 1, "name": "tiles", "image": "tiles.png", "imagewidth": 128, "imageheight": 32,
                        "tilewidth": 32, "tileheight": 32, "tilecount": 4, "columns": 4, "margin": 0, "spacing": 0}]}


def _texture(key: str, color: str, w: int, h: int, frames: int = 1) -> str:
    js = json.dumps(key)
    lines = [f"{{ const g = this.make.graphics({{ x: 0, y: 0, add: false }}); g.fillStyle({color}, 1); "
             f"g.fillRect(0, 0, {w * frames}, {h}); g.lineStyle(2, 0xffffff, 1); g.strokeRect(1, 1, {w * frames - 2}, {h - 2});"
             f" g.generateTexture({js}, {w * frames}, {h}); g.destroy(); }}"]
    if frames > 1:
        lines.append(f"for (let i = 0; i < {frames}; i++) {{ this.textures.get({js}).add(i, 0, i * {w}, 0, {w}, {h}); }}")
    return " ".join(lines)


def _stand_in(load: Any, stripped: str, index: int) -> str | None:
    """JavaScript that gives the program what one loader call would have loaded; None when not possible."""
    key_m = _KEY.match(load.args) or _OBJ_KEY.search(load.args)
    if not key_m:
        return None
    key = key_m.group(2)
    color = _COLORS[index % len(_COLORS)]
    if load.method in ("image", "svg", "atlas", "atlasXML", "multiatlas", "unityAtlas", "aseprite"):
        return _texture(key, color, 64, 64)
    if load.method == "spritesheet":
        w = int(_NUM["frameWidth"].search(load.args).group(1)) if _NUM["frameWidth"].search(load.args) else 32
        h = int(_NUM["frameHeight"].search(load.args).group(1)) if _NUM["frameHeight"].search(load.args) else w
        end = _NUM["endFrame"].search(load.args)
        frames = min(int(end.group(1)) + 1, 16) if end else 8
        return _texture(key, color, min(w, 256), min(h, 256), frames)
    if load.method in ("audio", "audioSprite"):
        return (f"if (this.sound.context) {{ this.cache.audio.add({json.dumps(key)}, "
                f"this.sound.context.createBuffer(1, 4410, 44100)); }}")
    if load.method == "json":
        return f"this.cache.json.add({json.dumps(key)}, {{}});"
    if load.method == "tilemapTiledJSON":
        return (f"this.cache.tilemap.add({json.dumps(key)}, {{ format: Phaser.Tilemaps.Formats.TILED_JSON, "
                f"data: {json.dumps(_TILED)} }});")
    return None


def rewrite_answer(messages: list[dict[str, Any]]) -> str:
    code = _program(messages)
    stripped = strip_comments(code)
    # setPath / setBaseURL calls only matter for loads, which are gone after the rewrite
    out, last = [], 0
    edits: list[tuple[int, int, str]] = []
    for m in re.finditer(r"\b(?:this\.)?load\s*\.\s*(?:setPath|setBaseURL|setCORS)\s*\(", stripped):
        end = call_end(stripped, m.end() - 1)
        if end > 0:
            tail = end + 1 if stripped[end : end + 1] == ";" else end
            edits.append((m.start(), tail, ""))
    for i, load in enumerate(find_asset_loads(code)):
        stand_in = _stand_in(load, stripped, i)
        if stand_in is None:
            continue
        start = load.start
        head = stripped.rfind("this.", 0, start)
        if head >= 0 and stripped[head:start].replace(" ", "") == "this.":
            start = head
        tail = load.end + 1 if stripped[load.end : load.end + 1] == ";" else load.end
        edits.append((start, tail, stand_in))
    edits.sort()
    for start, end, text in edits:
        if start < last:
            continue
        out.append(code[last:start])
        out.append(text)
        last = end
    out.append(code[last:])
    program = "".join(out)
    system = " ".join(str(m.get("content") or "") for m in messages if m.get("role") == "system")
    zh = bool(_CJK.search(system))
    req = "把外部资源替换为运行时生成的纹理与数据，保持原有行为" if zh else "replace external assets with generated textures and data, same behaviour"
    step = "在 preload 中用 Graphics 生成同名纹理" if zh else "generate same-key textures with Graphics in preload"
    return (f"[PLAN]\nREQ: {req}\nAPI: Phaser.GameObjects.Graphics, Phaser.Textures.TextureManager\nSTEPS:\n1. {step}\n[/PLAN]\n\n"
            f"```javascript\n{program.strip()}\n```\n")


def supplement_answer(messages: list[dict[str, Any]], system: str | None = None) -> str | None:
    """The answer to a supplement job, or None when the messages are not one (``system``: a system prompt sent
    apart from the messages, as the Anthropic API does)."""
    if system and not any(m.get("role") == "system" for m in messages):
        messages = [{"role": "system", "content": system}, *messages]
    job = job_of(messages)
    if job == "reverse_prompt":
        return reverse_answer(messages)
    if job == "asset_rewrite":
        return rewrite_answer(messages)
    return None
