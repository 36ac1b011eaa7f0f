"""L4: task fit. Structure (Phaser.Game, a scene, preload and create), eval_hints through the rule table
(data/hint_rules.json: keywords -> an AST or runtime check; no rule -> unknown), plan/code API consistency and the
visual checks (code that draws, a canvas that never showed anything; code that moves, a canvas that never changed)."""
from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from modelcall.validator.config import GatesConfig
from modelcall.validator.layers.base import Issue, LayerResult, Sample

DEFAULT_RULES = Path(__file__).resolve().parents[1] / "data" / "hint_rules.json"
# calls that put something on the canvas: Graphics fills and strokes, and the factory's visible game objects
_DRAWING = re.compile(
    r"^Phaser\.GameObjects\.Graphics#(fill|stroke)\w*$"
    r"|^Phaser\.(GameObjects\.GameObjectFactory|Physics\.Arcade\.Factory)#(text|bitmapText|rectangle|circle|ellipse|"
    r"star|polygon|triangle|line|arc|curve|grid|isobox|isotriangle|image|sprite|tileSprite|nineslice|particles)$"
)

# what the code promises to move or redraw while it runs: members assigned in update(), calls in update(), and
# calls anywhere that animate by themselves (tweens, velocities, particle emitters)
_MOTION_MEMBERS = {"x", "y", "angle", "rotation", "alpha", "scale", "scaleX", "scaleY", "radius", "width", "height",
                   "displayWidth", "displayHeight", "tilePositionX", "tilePositionY", "scrollX", "scrollY"}
_MOTION_IN_UPDATE = re.compile(
    r"^(set(Position|X|Y|Angle|Rotation|Scale|Alpha|Radius|Size|DisplaySize|Velocity\w*|AngularVelocity)|"
    r"(fill|stroke)\w+|lineTo|incX|incY|rotate\w*)$"
)
_MOTION_ANYWHERE = re.compile(
    r"^Phaser\.Tweens\.TweenManager#(add|chain)$|#setVelocity[XY]?$|#setAngularVelocity$|"
    r"^Phaser\.GameObjects\.GameObjectFactory#particles$"
)


# code that reads the keyboard or the pointer's state moves on input: the harness's key presses come in opposite
# pairs (left then right, W then S), so such a picture may well end where it began
_INPUT_DRIVEN = re.compile(r"^Phaser\.Input\.Keyboard\.|^Phaser\.Input\.Pointer#|#isDown$")
_SELF_MOVING = re.compile(r"^Phaser\.Tweens\.|^Phaser\.GameObjects\.GameObjectFactory#particles$")


def motion_promised(api: dict[str, Any]) -> list[str]:
    """Why the code should change the picture after the first frames (empty: it need not)."""
    hits = sorted(api.get("hits") or [])
    why = [f"update() sets {m}" for m in sorted(set(api.get("assigned_in_update") or []) & _MOTION_MEMBERS)]
    why += [f"update() calls {c}()" for c in sorted(api.get("calls_in_update") or []) if _MOTION_IN_UPDATE.match(c)]
    why += [h.rsplit(".", 1)[-1] for h in hits if _MOTION_ANYWHERE.search(h)]
    if any(_INPUT_DRIVEN.search(h) for h in hits):
        why = [w for w in why if _SELF_MOVING.search(next((h for h in hits if h.endswith(w)), ""))]
    return why


_CN_NUMBERS = {"一": 1, "两": 2, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10, "半": 0.5}
_EN_NUMBERS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
               "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20, "half a": 0.5, "a half": 0.5}
_NUMBER = r"(\d+(?:\.\d+)?|[一两二三四五六七八九十半]|one|two|three|four|five|six|seven|eight|nine|ten)"
# "every 1.5 s", "each 400 ms", "every second", "每隔 2 秒", "每 2.5 秒", "每秒": the same thing again after that long
_PERIODS = [
    re.compile(r"\b(?:every|each)\s+" + _NUMBER + r"\s*(ms|milliseconds?|s|secs?|seconds?)\b", re.I),
    re.compile(r"\b(?:every|each|once\s+(?:a|per|every))\s+(half[- ]a[- ]|half[- ])?(second)\b", re.I),
    re.compile(r"每隔?\s*" + _NUMBER + r"\s*(毫秒|ms|秒|s)"),
    re.compile(r"每隔?(半)?(秒)(?!\s*\d)"),
    # "every farm tick (1 second)": the period named in brackets after the thing that repeats
    re.compile(r"\b(?:every|each)\s+(?:[a-z-]+\s+){1,3}\(\s*" + _NUMBER + r"\s*(ms|milliseconds?|s|secs?|seconds?)\s*\)", re.I),
]


_BOUNCE_TASK = re.compile(r"bounc|反弹|弹跳|回弹|弹起", re.I)
# ... off the edges of the world (bodies bouncing off each other are often turned round by hand)
_OFF_EDGES = re.compile(r"wall|edge|floor|ground|bound|border|screen|canvas|side|边界|边缘|墙|地面|四周|画布|屏幕|边", re.I)
_WORLD_BOUNDS = re.compile(r"setCollideWorldBounds\s*\(\s*true|collideWorldBounds\s*:\s*true")
# anything that gives a body a bounce (also setCollideWorldBounds(true, bounceX, bounceY)) or turns it round by hand
# (a 'worldbounds' handler alone may only count the hits)
_BOUNCES = re.compile(r"setBounce|setCollideWorldBounds\s*\([^,)]*,|bounce[XY]?\s*:|\.bounce\s*\.|restitution|\*=\s*-|=\s*-\s*[\w.]*(velocity|speed|v[xy]\b|d[xy]\b)"
                      r"|=\s*-\s*[A-Za-z_$][\w.]*\s*[;,)\n]|setVelocity[XY]?\s*\([^;]*,\s*-"
                      r"|Math\.abs|reflect|setVelocity[XY]?\s*\(\s*-|negate\s*\(|\bmatter\b", re.I)
# the task asks one thing to go towards another ("follows the pointer", "enemies chase the player", "追踪玩家")
_TOWARDS_TASK = re.compile(r"follow|chase|toward|homing|seek|pursu|hunt|track|move[sd]? to\b|fl(y|ies) to\b|attract|magnet|跟随|跟着|追|朝|靠近|飞向|移向|冲向|跟踪|趋向|吸引|引力", re.I)
_AWAY_TASK = re.compile(r"flee|away|escape|avoid|repel|run from|逃|远离|躲|排斥|避开", re.I)
# an emitter asked to emit all along ("持续发射粒子", "a fountain that keeps spraying", "emits particles continuously")
_STREAM_TASK = re.compile(r"持续(地)?(发射|喷|喷射|生成|产生|释放|冒)|不断(地)?(发射|喷|喷射|冒)|源源不断"
                          r"|(continuous(ly)?|constant(ly)?)\s+(emit|spray|stream|particle|spark|fountain)"
                          r"|(emit|spray|stream)\w*\s+(\w+\s+){0,2}(continuously|constantly|forever|non-?stop)"
                          r"|keeps?\s+(emitting|spraying|streaming)", re.I)
_STOP_AFTER = re.compile(r"\bstopAfter\s*:")
# what starts an emitter again after stopAfter turned it off
_EMITTER_RESTART = re.compile(r"\.(start|flow)\s*\(|\.emitting\s*=\s*true|\bstopAfter\s*=|\.explode\s*\(")
# a menu, title or start screen the task asks for ("MenuScene 显示开始按钮", "a title screen, then the game")
_MENU_TASK = re.compile(r"menu|title screen|start screen|splash|菜单|标题画面|标题界面|开始界面|开始画面|开始场景|主界面", re.I)
# a pause menu with a way "back to the main menu" opens into play on purpose
_PAUSE_TASK = re.compile(r"pause|暂停", re.I)
_CLAUSE = re.compile(r"[，。；！？,;!?\n]|\.\s|\band\b|\bwhile\b|同时|而")
_ANGLE_BETWEEN = re.compile(r"Angle\.Between\s*\(")
_MOVES_TO = re.compile(r"\.(moveTo|moveToObject|accelerateTo|accelerateToObject)\s*\(")
# a count of things the task asks for: "15 个橙色小球", "12 stars", "8 red bricks" (not times, sizes or speeds)
_COUNT_NOUN = (r"(?:[a-z-]+\s+){0,2}?(?!(?:seconds|secs|ms|milliseconds|minutes|hours|pixels|px|points|pts|degrees|times|frames|"
               r"levels|rows|columns|cols|lines|steps|turns|rounds|waves|lives|hp|percent|units)\b)[a-z]+s\b")
_TASK_COUNT = re.compile(r"(?<![\d.])(\d{1,3})\s*(?:个|只|颗|枚|块|名|辆|条|架|棵|座|朵|艘|盏|张)"
                         rf"|\b(\d{{1,3}})\s+{_COUNT_NOUN}"
                         r"|(?<![一二三四五六七八九十百\d])([二两三四五六七八九十]|十[一二三四五六七八九]|[二三四五]十)\s*(?:个|只|颗|枚|块|名|辆|条|架|棵|座|朵|艘|盏|张)"
                         rf"|\b(two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty)\s+{_COUNT_NOUN}"
                         # "a five-card hand", "a 3-coin combo": a count joined to its thing (not "10-second", "two-player")
                         r"|\b(\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty)-"
                         r"(?=card|coin|star|ball|brick|block|gem|enemy|enemie|item|tile|piece|disc|dot|orb|bubble)[a-z]+\b", re.I)


def task_counts(task: str) -> set[int]:
    """The numbers of things a task asks for: "5 enemies", "ten moles", "8个敌人", "十只鸟" (not times, sizes or rates)."""
    counts = set()
    for m in _TASK_COUNT.finditer(task or ""):
        joined = m.group(5)
        digits = m.group(1) or m.group(2) or (joined if joined and joined.isdigit() else None)
        word, chinese = m.group(4) or (joined if joined and not joined.isdigit() else None), m.group(3)
        if digits:
            counts.add(int(digits))
        elif word:
            counts.add(_EN_NUMBERS[word.lower()])
        elif chinese:
            # 十 is 10, 十二 is 12, 二十 is 20: the digit before 十 counts tens, the one after it ones
            tens, ten, ones = chinese.partition("十")
            value = (_CN_NUMBERS.get(tens, 1) * 10 + (_CN_NUMBERS.get(ones, 0) if ones else 0)) if ten else _CN_NUMBERS[chinese]
            counts.add(int(value))
    return counts


# things asked to bounce off or collide with each other ("碰到边界和彼此时弹开", "the balls bounce off each other")
_EACH_OTHER_TASK = re.compile(r"(彼此|互相|相互|each other|one another)[^，。,.;；]{0,12}(弹|碰撞|撞|bounce|collide)"
                              r"|(弹开|反弹|碰撞|bounce|collide)[^，。,.;；]{0,30}(彼此|互相|相互|each other|one another)", re.I)
_SELF_OVERLAP = re.compile(r"\.overlap\(\s*([\w.]+)\s*,\s*\1\s*[,)]")
_COMMENTS = re.compile(r"/\*.*?\*/|(?<![:'\"\\])//[^\n]*", re.S)
# a task whose animation goes on ("然后循环", "循环播放", "往返循环", "looping forever", "back and forth")
_LOOP_TASK = re.compile(r"循环|往返|反复|来回|不停|无限|\bloop(s|ing|ed)?\b|forever|repeatedly|over and over|back and forth|again and again|endless", re.I)
# what a tween animates, named in the task beside the loop
_TWEEN_TASK = re.compile(r"缩放|渐变|透明|闪烁|抖动|摆动|跳动|脉动|呼吸|往返|来回|移动|旋转|补间|tween|puls|shrink|grow|scal|fade|blink|flash|shake|wobble|sway|swing|breath|bob|float|slide|move", re.I)
_TWEEN_ADD = re.compile(r"\btweens\s*\.\s*(add|addCounter)\s*\(")
# anything that plays a tween again or repeats it: repeat/loop keys, a callback, a timer, a chain, update()
_TWEEN_AGAIN = re.compile(r"\brepeat\s*:|\bloop\s*:|\bon(Complete|Yoyo|Repeat|Loop)\b|\.(restart|play|resume|seek)\s*\(|addEvent|delayedCall|setInterval|setTimeout|tweens\s*\.\s*(chain|timeline)|add\.timeline")
# a frame loop that may move things itself (a tween that goes back and forth, yoyo, is the animation asked for)
_FRAME_LOOP = re.compile(r"\bupdate\s*\(|\bevents\s*\.\s*on\s*\(\s*['\"](update|postupdate)")
_YOYO = re.compile(r"\byoyo\s*:\s*true")
# a task that asks for motion there and back ("来回移动", "then back again", "back and forth")
_THERE_AND_BACK_TASK = re.compile(r"来回|往返|往复|back and forth|to and fro|there and back|then back|back again|and back\b", re.I)
_MOVE_TWEEN = re.compile(r"\btweens\s*\.\s*add\s*\(\s*\{[^}]*?\b(x|y)\s*:[^}]*\}", re.S)
_BACK_AGAIN = re.compile(r"\byoyo\s*:|\bon(Complete|Yoyo|Repeat|Loop)\b|tweens\s*\.\s*(chain|timeline)|add\.timeline|\.(x|y)\s*[-+]?=|setPosition|setX\s*\(|setY\s*\(|setVelocity|delayedCall|addEvent")
# one cycle of a blink or pulse and how long it takes ("completes one blink in 1.5 seconds", "每次闪烁用时 2 秒")
_CYCLE_WORDS = re.compile(r"blink|pulse|puls|breath|flash|throb|闪烁|呼吸|脉动|闪", re.I)
_CYCLE_TIME = re.compile(r"(?:one|a|each|1)\s+(?:full\s+)?(?:blink|pulse|breath|flash|cycle|beat)\w*[^.,;]{0,25}?\b(?:in|takes?|lasts?|of|every)\s+" + _NUMBER + r"\s*(ms|milliseconds?|s|secs?|seconds?)\b"
                         r"|(?:每次|一次)(?:闪烁|呼吸|脉动)[^，。,.]{0,6}?" + _NUMBER + r"\s*(毫秒|ms|秒|s)", re.I)
_YOYO_DURATION = re.compile(r"duration\s*:\s*([\w.]+)\s*[,}\n]")
# a task that makes something on each click ("每次点击生成", "clicking anywhere spawns", "each click adds")
_EACH_CLICK_TASK = re.compile(r"每(一)?次点击|每点击一次|每点一次|点击(画面|屏幕|画布|任意|任何)?(位置|地方|处)?(时)?(就|即|都)?(会)?(生成|创建|产生|出现|添加|放置|绘制)|(each|every) (click|tap)|click(ing|s)? (anywhere|on the (canvas|screen))|wherever [^.]{0,20}click", re.I)
_ONCE_POINTER = re.compile(r"\binput\s*\.\s*once\s*\(\s*(['\"](pointerdown|pointerup)['\"]|Phaser\.Input\.Events\.POINTER_(DOWN|UP))")
_ON_POINTER = re.compile(r"\.on\s*\(\s*(['\"](pointerdown|pointerup|gameobjectdown|gameobjectup)['\"]|Phaser\.Input\.Events\.(POINTER|GAMEOBJECT)_(DOWN|UP))")
# the task asks for the player's input: keys by name, or the pointer (clicks, taps, drags)
_KEYS_TASK = re.compile(r"arrow[- ]?keys?|cursor keys|space\s*bar|\bSPACE\b|keyboard|\bWASD\b|\b[WASD]\s*/\s*[WASD]\b"
                        r"|press(?:es|ing)?\s+(?:the\s+)?(?:space|enter|shift|esc(?:ape)?|up|down|left|right|arrow|[A-Z0-9](?![\w-]))"
                        r"|\b[A-Z0-9]\s+key\b|\bkeys?\s+[A-Z0-9]\b|方向键|空格|键盘|按键|回车|[上下左右]{2,4}键|按\s*[A-Za-z0-9](?![A-Za-z])", re.I)
_POINTER_TASK = re.compile(r"\bclick|\btap(s|ping|ped)?\b|\bmouse\b|\bswip|drag[- ]and[- ]drop|draggable|\bdrag(ged|ging)?\s+(the|a|an|it|them|each|to|cards?|pieces?|items?|objects?)\b"
                           r"|点击|单击|双击|鼠标|拖动|拖拽|拖放|触摸|触屏|轻触|点按|滑动屏幕", re.I)
# what reads the player's input: a key's or the pointer's state, or a handler that does something
_EMPTY_HANDLER = re.compile(r"\.(on|once|addEventListener)\s*\(\s*[^,()]+,\s*(\([^()]*\)\s*=>|\w+\s*=>|function\s*\w*\s*\([^()]*\))\s*\{\s*\}\s*[,)]")
_READS_INPUT = re.compile(r"mouseSpring|pointerConstraint|PointerConstraint|\bisDown\b|\bisUp\b|JustDown|JustUp|getDuration|checkDown|activePointer|mousePointer|\bpointer[1-9]\b|pointers\b"
                          r"|\.(on|once|addListener|addEventListener)\s*\(\s*(['\"`](key|pointer|gameobject|drag|drop|wheel|down['\"`]|up['\"`]|click|mouse|touch)"
                          r"|Phaser\.Input\.(Events|Keyboard\.Events)\.)|\bon(key|click|mouse|pointer|touch)\w*\s*=|setDraggable|input\.(keyboard\.)?(on|once)\s*\(\s*\w+\s*,", re.I)
# a task that asks for change that goes on by itself, all through the run
# something done once a second for N seconds ("heals 5 HP once per second for 3 seconds", "每秒回复 5 点，持续 3 秒")
_TICK_SECONDS = re.compile(r"(?:once |one time )?(?:per|every|each|a) second[^.;]{0,30}?\bfor (\d+|two|three|four|five|six|seven|eight|nine|ten) seconds"
                           r"|每秒[^。；]{0,20}?持续\s*(?:(\d+)|([一两二三四五六七八九十]))\s*秒", re.I)
# a game won by two clear points ("deuce", "advantage", "win by two"), and the code's comparisons of the two scores
_TWO_CLEAR_TASK = re.compile(r"\bdeuce\b|\badvantage\b|win(s|ning)? by (two|2)\b|two[- ](clear )?points? (lead|clear|ahead)|"
                             r"lead of (two|2)\b|(two|2) clear points|领先两分|净胜两分|平分", re.I)
# a point's win check: past 40 (four points) and simply ahead of the other side, in either order
_ONE_POINT_WIN = re.compile(r"(?P<a>[\w.]+(\[[\w.\s-]+\])?)\s*(>=\s*4|>\s*3)\s*&&\s*(?P=a)\s*>\s*[\w.]+(\[[\w.\s-]+\])?(?!\s*[+-])"
                            r"|(?P<b>[\w.]+(\[[\w.\s-]+\])?)\s*>\s*[\w.]+(\[[\w.\s-]+\])?\s*&&\s*(?P=b)\s*(>=\s*4|>\s*3)\b")
# something that counts as it comes down ("drops down through the hoop", "lands on it from above")
_DOWNWARD_TASK = re.compile(r"\b(drops?|dropping|fall(s|ing)?|com(es|ing) down|going down|moving down)\s+(down\s+)?"
                            r"(through|into|in)\b|\bfrom above\b|\bdownward(s)? through|从上(方|往下|而下)(穿过|落入|进入|踩)", re.I)
_RISING_SCORE = re.compile(r"\bif\s*\(([^(){};]|\([^(){};]*\))*?\bvelocity\.y\s*<=?\s*0\b([^(){};]|\([^(){};]*\))*\)\s*\{"
                           r"[^{}]{0,200}?(\+\+|\+=)")
_FALLING_CHECK = re.compile(r"\bvelocity\.y\s*>=?\s*0\b|\b0\s*<=?\s*[\w.]*velocity\.y\b|\btouching\.(down|up)\b|"
                            r"\bblocked\.(down|up)\b|\bprev\w*\.y\s*<|\.y\s*<\s*[\w.]*prev", re.I)

# what is left over past a threshold is kept ("excess XP carries over", "leftover points roll into the next level")
_CARRY_OVER_TASK = re.compile(r"\b(excess|leftover|left-over|remaining|extra|surplus|overflow(ing)?|spare)\b[^.;,]{0,30}\b(carr(y|ies|ied)|roll(s|ed)?)"
                              r"\s+(over|on|into|forward)|carr(y|ies) (the )?(excess|rest|remainder|leftover)|多余的?[^，。]{0,6}(保留|累计|带入|继承)|溢出", re.I)
_RESET_AT_THRESHOLD = re.compile(r"\b(while|if)\s*\(\s*(?P<v>[\w.]+)\s*>=\s*[^{;]+?\)\s*\{(?P<body>[^{}]*?)(?<![\w.$])(?P=v)\s*=\s*0\s*;")

# a turn passed on: current = 1 - current, p = p === 1 ? 2 : 1, (p + 1) % n, p = !p
_TURN_SWITCH = re.compile(r"(?P<p>this\.\w+|\b\w+)\s*=\s*(?:1\s*-\s*(?P=p)|(?P=p)\s*===?\s*[\w'\"]+\s*\?\s*[\w'\"]+\s*:\s*[\w'\"]+|"
                          r"\(\s*(?P=p)\s*\+\s*1\s*\)\s*%\s*[\w.]+|!\s*(?P=p))\s*;")
_BOTTOM_OF_PILE = re.compile(r"\b(to|on|at|under|into)\s+(the\s+)?bottom\b|\bbottom of (the|their|his|her|its) (pile|deck|stack|hand)", re.I)
_GO_AGAIN_TASK = re.compile(r"\b(goes|go|plays?|takes?|gets?|has|have)\s+(again|another\s+(turn|go|try))\b|keeps?\s+(the|their|his|her)\s+turn|"
                            r"\bextra\s+turn|\bturn\s+(stays|remains)|再来一次|再翻一次|继续翻|继续行动|再走一步|额外回合", re.I)
_LAST_WINS_TASK = re.compile(r"\b(takes?|taking|removes?|removing|picks?|grabs?)\s+(up\s+)?the\s+last\b[^.;]{0,30}?\b(wins?|is\s+the\s+winner)|"
                             r"(拿|取|拿走|取走)(到)?最后[^，。]{0,8}(赢|获胜|胜)", re.I)
_PLOT_TASK = re.compile(r"\by\s*=\s*\S|\bgraph\b|\bplot(s|ter|ting)?\b|\bparabola|\bsine\s+wave|函数图|抛物线|坐标系|函数曲线|绘制函数", re.I)
_UP_IS_PLUS = re.compile(r"\{\s*x\s*:\s*[\w.]+\s*\+\s*(?P<x>\w+)\s*\*\s*(?P<u>[\w.]+)\s*,\s*y\s*:\s*[\w.]+\s*\+\s*(?P<y>\w+)\s*\*\s*(?P=u)\s*\}")
_HIGH_END = r"highest|largest|biggest|greatest|most|hungriest|oldest|fastest|strongest|richest|longest|heaviest|farthest|furthest|tallest|maximum|max"
_LOW_END = r"lowest|smallest|least|fewest|weakest|youngest|slowest|nearest|closest|shortest|cheapest|lightest|minimum|min"
_SUPERLATIVE = re.compile(rf"\b(?P<word>{_HIGH_END}|{_LOW_END})\b(?P<after>(?:\s+[\w-]+){{0,3}})", re.I)
# a word that names the end of a field by itself ("the closest enemy" is the smallest distance)
_IMPLIED_FIELD = {"nearest": r"^d(ist(ance)?)?\w*$", "closest": r"^d(ist(ance)?)?\w*$", "farthest": r"^d(ist(ance)?)?\w*$",
                  "furthest": r"^d(ist(ance)?)?\w*$", "weakest": r"^(hp|health|power|strength)$", "strongest": r"^(hp|health|power|strength)$",
                  "cheapest": r"^(price|cost|value)$", "richest": r"^(gold|coins|money|cash|wealth)$"}
_SORTED_PICK = re.compile(r"\.sort\s*\(\s*(?:function\s*)?\(\s*(\w+)\s*,\s*(\w+)\s*\)\s*(?:=>)?\s*\{?\s*(?:return\s+)?"
                          r"(\w+)\s*\.\s*(\w+)\s*-\s*(\w+)\s*\.\s*(\w+)\s*;?\s*\}?\s*\)\s*(\[\s*0\s*\]|\.\s*(?:shift|pop)\s*\(\s*\))")
_NO_DIAGONAL_TASK = re.compile(r"(not|never|no|n't|without)\s+(\w+\s+){0,3}diagonal|diagonal\w*\s+(\w+\s+){0,3}(not|never|isn't|aren't|don't|do not)\b|"
                               r"orthogonal|directly (above|below|beside|next to|left|right)|horizontally or vertically|(four|4)[- ](way|neighbou?r|direction)|"
                               r"only (up|down|left|right)(, (up|down|left|right)){1,2},? (and|or) (up|down|left|right)\b", re.I)
_EIGHT_WAY_LOOP = re.compile(r"for\s*\(\s*let\s+(\w+)\s*=\s*-\s*1\s*;\s*\1\s*<=\s*1\s*;[^)]*\)\s*\{?\s*for\s*\(\s*let\s+(\w+)\s*=\s*-\s*1\s*;\s*\2\s*<=\s*1\s*;[^)]*\)\s*\{?"
                             r"\s*if\s*\(\s*(?:\1\s*===?\s*0\s*&&\s*\2|\2\s*===?\s*0\s*&&\s*\1)\s*===?\s*0\s*\)\s*continue")
_ANY_NEIGHBOUR_TASK = re.compile(r"(eight|8)[- ](way|neighbou?r|direction|surrounding)|including (the )?diagonal|diagonal\w*( \w+)? (count|too|as well|also|included)|\b3\s*[x×]\s*3\b|(eight|8) (plots?|cells?|tiles?|squares?) around", re.I)
_SQUARE_NEIGHBOUR = re.compile(r"(?:Math\.abs\s*\([^()]*\)|(?P<a>\w+))\s*(?:<=\s*1|<\s*2)\s*&&\s*(?:Math\.abs\s*\([^()]*\)|(?P<b>\w+))\s*(?:<=\s*1|<\s*2)(?!\s*&&\s*[^)]*(!==|===|\+))")
_DRAINS_TASK = re.compile(r"\b(shrinks?|shrinking|drains?|draining|empties|emptying|depletes?|depleting|runs? (down|out)|counts? down|goes down|gets shorter|decreases?)\b", re.I)
_FILLS_TASK = re.compile(r"\b(fills?( up)?|filling|grows?|growing|gets longer|increases?)\b", re.I)
_BAR_WORD = re.compile(r"\b(bar|meter|gauge|timer bar|progress)\b|进度条|计时条", re.I)
_BAR_FROM_PROGRESS = re.compile(r"(?P<set>\.\s*(?:setScale|setDisplaySize|setSize|setCrop)\s*\(|\.\s*(?:scaleX|scale|width|displayWidth|height|displayHeight)\s*=)\s*"
                                r"(?P<val>(?:(?:1\s*-\s*)?[\w.]+\s*\.\s*getProgress\s*\(\s*\)|[^;,()]*\*\s*\(?\s*(?:1\s*-\s*)?[\w.]+\s*\.\s*getProgress\s*\(\s*\)\s*\)?))")
_SQUARE_AREA_TASK = re.compile(r"\b3\s*[x×]\s*3\b|\b(all |the )?(8|eight) (plots?|cells?|tiles?|squares?|spaces?|neighbou?rs?|neighbou?ring \w+|surrounding \w+|\w+ around)|diagonals? (too|as well|also|included|count)|including (the )?diagonal", re.I)
_DISTANCE_DECL = re.compile(r"(?:const|let|var)\s+(\w+)\s*=\s*Phaser\.Math\.Distance\.Between\w*\s*\(")
_KEPT_TASK = re.compile(r"\bstill (there|in place|growing|the same)|\b(is|are|stays?|remains?) (kept|as (it|they) (was|were))|where (you|it|they|he|she) left|same (growth )?(stage|state|place|position|spot|progress)|\bunchanged\b|\bpreserv|\bresumes?\b|\bkeeps? (its|their|all|every)", re.I)
_DOUBLE_JUMP_TASK = re.compile(r"double[- ]jump|jump (exactly )?(once|one more time) (more )?(in (mid-?)?air|again)|one (extra|more) (jump )?(jump )?in (mid-?)?air|one air[- ]jump|jump twice", re.I)
_TOUCH_ALLOWED_TASK = re.compile(r"(may|can|are allowed to|is allowed to|allowed to) (touch|sit next to|be next to|share (an )?edges?|be placed (side by side|next to))|edge[- ]to[- ]edge|side by side|touching (is|are) (fine|allowed|ok)|only overlap\w* (is|are) (refused|not allowed|forbidden|blocked)", re.I)
_STRAIGHT_TASK = re.compile(r"\bstraight\s+(right|left|up|down|ahead|across|along)|\b(horizontally|vertically)\b|\balong\s+the\s+(table's\s+)?(centre|center|middle)\s*line|水平(向|往)?(左|右)|竖直(向|往)?(上|下)|笔直", re.I)
_ONE_ARG_VELOCITY = re.compile(r"\.setVelocity\s*\(\s*(?!0\s*\))([^,()]+?)\s*\)")
_SIZE_TASK = re.compile(r"\b(?P<n>\d+)\s*-?\s*(?:px|pixels?)\b(?:[- ](?:wide|across|big|large|tall))?\s+(?:[a-z-]+\s+){0,2}?(?P<what>stars?|circles?|balls?|dots?|discs?|coins?)\b", re.I)

_ONGOING_TASK = re.compile(r"持续|不断|一直|不停|循环|无限|continuous|constantly|forever|endless|non-?stop|all the time|over and over"
                           r"|keeps? (on )?\w+ing\b", re.I)
# a turning rate the task asks for: "每秒 120 度", "120 度/秒", "90 degrees per second", "45°/s"
_SPIN_RATES = [re.compile(r"每秒(?:钟)?(?:旋转|转)?\s*(\d+(?:\.\d+)?)\s*(?:度|°)"),
               re.compile(r"(\d+(?:\.\d+)?)\s*(?:度|°)\s*(?:/|每)\s*秒"),
               re.compile(r"(\d+(?:\.\d+)?)\s*(?:degrees?|°|deg)\s*(?:per|a|/|each|every)\s*(?:second|sec|s)\b", re.I)]
_SPIN_TASK = re.compile(r"旋转|转动|自转|rotat|spin|turn", re.I)
_MINIMAP_TASK = re.compile(r"mini[- ]?map|overview map|小地图|缩略地图|全局地图|雷达图", re.I)
# code that changes the picture by itself or on input: a loop, tweens, timers, physics, particles, animations, camera effects
_CHANGES = re.compile(r"\bupdate\s*[(:]|preUpdate|tweens|\.tween\s*\(|addEvent|delayedCall|setTimeout|setInterval|requestAnimationFrame"
                      r"|physics|matter|velocity|gravity|particles|anims|\.play\s*\(|cameras?\.main\.(fade|flash|shake|pan|zoomTo|rotateTo)"
                      r"|\.(fade|flash|shake|pan|zoomTo)\s*\(|timeline|\.(on|once)\s*\(|addEventListener|\bisDown\b|activePointer|\.events\.", re.I)
# a task that asks for something to happen over time or on input (a still picture cannot meet it)
_CHANGE_TASK = re.compile(r"\bmov(e|es|ing)\b|rotat|spin|\bfall|jump|bounc|\bfl(y|ies|ying)\b|animat|blink|flash|click|press|tap\b"
                          r"|countdown|count(s)? down|every\s+(\d|second|frame|half|few|tick|turn|beat)|\bspeed|grow|shrink|fade|follow|chase|shoot|\bfire[sd]?\b|spawn|timer|drag|\bdrift|scroll|orbit|pulse"
                          r"|移动|旋转|运动|下落|掉落|跳|弹跳|反弹|弹起|子弹|飞|动画|闪烁|点击|按下|按住|按键|倒计时|每秒|每隔|速度|变大|变小|缩放|淡入|淡出|跟随|追|射击|发射|计时|拖|滚动|漂浮|漂移|脉冲|摆动|移向", re.I)


def task_periods(task: str) -> list[float]:
    """The intervals (ms) the task text asks something to happen at again and again."""
    periods: list[float] = []
    for i, pattern in enumerate(_PERIODS):
        for m in pattern.finditer(task or ""):
            raw, unit = m.group(1), m.group(2).lower()
            if i in (1, 3):  # "every (half a) second", "每(半)秒"
                value = 0.5 if raw else 1.0
            else:
                value = float(raw) if raw[:1].isdigit() else float(_CN_NUMBERS.get(raw, _EN_NUMBERS.get(raw.lower(), 0)))
            ms = value if unit in ("ms", "毫秒") or unit.startswith("millisecond") else value * 1000
            if ms > 0 and ms not in periods:
                periods.append(ms)
    return periods


def load_rules(path: str | Path | None) -> list[dict[str, Any]]:
    data = json.loads(Path(path or DEFAULT_RULES).read_text(encoding="utf-8"))
    return data["rules"]


def _matches(rule: dict[str, Any], hint: str) -> bool:
    text = hint.lower()
    if "all" in rule and not all(k.lower() in text for k in rule["all"]):
        return False
    if "any" in rule and not any(k.lower() in text for k in rule["any"]):
        return False
    if "none" in rule and any(k.lower() in text for k in rule["none"]):
        return False
    return "all" in rule or "any" in rule


class HintChecker:
    """Evaluates one rule's check against the AST facts and the runtime record."""

    def __init__(self, api: dict[str, Any], runtime: dict[str, Any] | None):
        # what the live code uses: a call or event only inside functions nothing calls meets no hint
        self.api = {**api, **api["live"]} if api.get("live") else api
        api = self.api
        self.runtime = runtime
        self.hits = set(api.get("hits") or [])
        self.short_hits = {h.replace("#", ".").rsplit(".", 1)[-1] for h in self.hits}

    def run(self, check: dict[str, Any]) -> str:
        kind = check["type"]
        if kind == "all":
            results = [self.run(c) for c in check["checks"]]
            return "fail" if "fail" in results else ("unknown" if "unknown" in results else "pass")
        if kind == "any":
            results = [self.run(c) for c in check["checks"]]
            return "pass" if "pass" in results else ("unknown" if "unknown" in results else "fail")
        if kind == "event":
            return "pass" if set(check["events"]) & set(self.api.get("events") or []) else "fail"
        if kind == "call":
            used = set(self.api.get("calls") or []) | self.short_hits
            if "match" in check:
                pattern = re.compile(check["match"])
                return "pass" if any(pattern.search(name) for name in used) else "fail"
            return "pass" if set(check["names"]) & used else "fail"
        if kind == "call_in_update":
            return "pass" if set(check["names"]) & set(self.api.get("calls_in_update") or []) else "fail"
        if kind == "symbol":
            return "pass" if any(h == s or h.startswith(s + "#") for s in check["symbols"] for h in self.hits | set(self.api.get("produced") or [])) else "fail"
        if kind == "assign_in_update":
            return "pass" if set(check["props"]) & set(self.api.get("assigned_in_update") or []) else "fail"
        if kind == "object_key":
            return "pass" if set(check["keys"]) & set(self.api.get("object_keys") or []) else "fail"
        if kind == "runtime":
            if self.runtime is None:
                return "unknown"
            what = check["check"]
            if what == "non_blank":
                canvas = self.runtime.get("canvas") or {}
                return "unknown" if canvas.get("blank") is None else ("fail" if canvas.get("blank") else "pass")
            if what == "update_ran":
                return "pass" if (self.runtime.get("lifecycle") or {}).get("update") else "fail"
            if what == "no_errors":
                return "pass" if not self.runtime.get("errors") and not self.runtime.get("timed_out") else "fail"
        return "unknown"


def plan_consistency(plan_apis: list[str], api: dict[str, Any], event_values: dict[str, str] | None = None) -> float | None:
    """Share of the plan's APIs that the code uses (None when the plan names none). A qualified name
    ('Graphics.fillCircle', 'Tweens.add') needs a used member of that name on a matching owner; a bare one
    ('fillCircle', 'Phaser.GameObjects.Text') a used member, value or class of that name; config keys
    ('Tween.yoyo', 'Scene.update') and event constants count too."""
    names = [a for a in (p.strip() for p in plan_apis) if a]
    if not names:
        return None
    hits = set(api.get("hits") or [])
    produced = set(api.get("produced") or []) | set(api.get("referenced") or [])
    hit_parts = [re.split(r"[.#]", h) for h in hits]
    classes = {p.rsplit(".", 1)[-1] for p in produced}
    calls = set(api.get("calls") or [])
    events = set(api.get("events") or [])
    keys = set(api.get("object_keys") or [])
    event_values = event_values or {}
    used = 0
    for raw in names:
        name = re.sub(r"\(.*$", "", raw).strip().removeprefix("this.")
        full = name if name.startswith("Phaser") else "Phaser." + name
        parts = [p for p in re.split(r"[.#]", name) if p]
        if not parts:
            continue
        # only capitalised qualifiers name a class or namespace; 'graphics.fillRect', 'add.graphics' are variables/chains
        last, owners = parts[-1], [p for p in parts[:-1] if p != "Phaser" and p[:1].isupper()]
        if full in hits or full in produced or any(h.startswith(full + "#") or h.startswith(full + ".") for h in hits):
            used += 1
        elif event_values.get(full) in events or last.lower().replace("_", "") in events or last in keys:
            used += 1
        elif owners:
            owner = owners[-1]
            if last in calls or any(hp[-1] == last and any(seg.startswith(owner) or owner.startswith(seg) for seg in hp[1:-1])
                                    for hp in hit_parts):
                used += 1
        elif last in classes or last in calls or any(hp[-1] == last for hp in hit_parts):
            used += 1
    return round(used / len(names), 4)


class TaskFitLayer:
    name = "l4"

    def __init__(self, gates: GatesConfig, rules: list[dict[str, Any]], min_plan_consistency: float = 0.5,
                 event_values: dict[str, str] | None = None, misuse_off: set[str] | None = None):
        self.event_values = event_values or {}
        self.misuse_off = misuse_off or set()
        self.gates = gates
        self.rules = rules
        self.min_plan_consistency = min_plan_consistency

    def check(self, sample: Sample) -> LayerResult:
        static = sample.static or {}
        api = static.get("api") or {}
        structure = dict(api.get("structure") or {"has_game": False, "has_scene": False, "has_preload": False,
                                                    "has_create": False, "has_update": False})
        errors: list[Issue] = []
        warnings: list[Issue] = []
        if static.get("parse_ok") and self.gates.l4_structure != "off":
            missing = [k for k in ("has_game", "has_scene", "has_preload", "has_create") if not structure.get(k)]
            for key in missing:
                what = "new Phaser.Game(...)" if key == "has_game" else "scene" if key == "has_scene" else f"{key[4:]}() scene method"
                issue = Issue("l4", f"no_{key[4:]}", f"no {what}")
                # a scene without assets runs without preload(): missing, it fails only where the seed demands one
                demanded = key != "has_preload" or any("preload" in c.lower() for c in sample.constraints)
                (errors if self.gates.l4_structure == "hard" and demanded else warnings).append(issue)
        hints: dict[str, str] = {}
        checker = HintChecker(api, sample.runtime)
        for hint in sample.eval_hints if self.gates.l4_hints != "off" else []:
            verdict = "unknown"
            for rule in self.rules:
                if _matches(rule, hint):
                    verdict = checker.run(rule["check"]) if static.get("parse_ok") else "fail"
                    break
            hints[hint] = verdict
            if verdict == "fail":
                issue = Issue("l4", "hint_failed", hint)
                (errors if self.gates.l4_hints == "hard" else warnings).append(issue)
        for issue in (self.timer_once(api, sample.task), self.no_bounce(sample.code, sample.task), self.moves_away(api, sample.task, sample.code),
                      self.menu_skipped(api, sample.task), self.emitter_stops(sample.code, sample.task), self.count_plus_one(api, sample.task),
                      self.overlap_for_bounce(sample.code, sample.task), self.tween_once(sample.code, sample.task),
                      self.click_once(sample.code, sample.task), self.no_input(sample.code, sample.task),
                      self.one_way_tween(sample.code, sample.task), self.yoyo_period(sample.code, sample.task),
                      self.still_picture(sample.code, sample.task), self.spin_rate(sample.runtime, sample.task),
                      self.minimap_view(sample.runtime, sample.task), self.one_point_lead(sample.code, sample.task),
                      self.counts_rising(sample.code, sample.task), self.excess_dropped(sample.code, sample.task),
                      self.turn_not_kept(sample.code, sample.task), self.winner_after_switch(sample.code, sample.task),
                      self.plot_upside_down(sample.code, sample.task), self.size_as_radius(sample.code, sample.task),
                      self.diagonal_velocity(sample.code, sample.task), self.won_on_top(sample.code, sample.task),
                      self.picks_wrong_end(sample.code, sample.task), self.diagonal_neighbour(sample.code, sample.task),
                      self.bar_runs_backwards(sample.code, sample.task), self.square_as_circle(sample.code, sample.task),
                      self.scene_restarted(sample.code, sample.task), self.triple_jump(sample.code, sample.task),
                      self.touching_refused(sample.code, sample.task)):
            if issue is not None:
                (errors if self.gates.l4_task == "hard" else warnings).append(issue)
        for visual in (self.visual(api, sample.runtime), self.unchanged(api, sample.runtime, sample.task)):
            if visual is not None:
                (errors if visual.extra.pop("hard") else warnings).append(visual)
        consistency = plan_consistency(sample.plan_apis, api, self.event_values)
        if consistency is not None and self.gates.l4_plan != "off" and consistency < self.min_plan_consistency:
            issue = Issue("l4", "plan_inconsistent", f"the code uses {consistency:.0%} of the plan's APIs")
            (errors if self.gates.l4_plan == "hard" else warnings).append(issue)
        return LayerResult(not errors, errors, warnings,
                           data={"structure": structure, "hints": hints, "plan_consistency": consistency})

    def timer_once(self, api: dict[str, Any], task: str) -> Issue | None:
        """`timer_once`: the task asks for something every N s and the code's timer of exactly that delay fires once
        (delayedCall, addEvent without loop/repeat, setTimeout; made in create/init, its callback schedules nothing)."""
        timers = api.get("one_shot_timers") or []
        if self.gates.l4_task == "off" or not timers:
            return None
        periods = task_periods(task)
        for timer in timers:
            if any(abs(timer["delay_ms"] - p) < 1 for p in periods):
                delay = timer["delay_ms"]
                return Issue("l4", "timer_once", f"the task asks for it every {delay / 1000:g} s but {timer['call']}() (line "
                             f"{timer['line']}) fires once after {delay:g} ms and nothing schedules it again (use "
                             f"time.addEvent({{delay: {delay:g}, loop: true, ...}}))", timer["line"])
        return None

    def no_bounce(self, code: str, task: str) -> Issue | None:
        """`no_bounce`: the task asks for something that bounces, the code keeps Arcade bodies in the world bounds, and
        nothing gives a body a bounce or turns it round (Arcade's default bounce is 0: a body stops at the edge)."""
        # an edge named near the bounce ("bounce off the walls", "碰到边界时反弹")
        near = any(_OFF_EDGES.search(task[max(0, m.start() - 20):m.end() + 50]) for m in _BOUNCE_TASK.finditer(task or ""))
        if self.gates.l4_task == "off" or not near:
            return None
        bare = _COMMENTS.sub("", code or "")
        if "arcade" not in bare or not _WORLD_BOUNDS.search(bare) or _BOUNCES.search(bare):
            return None
        line = bare[:_WORLD_BOUNDS.search(bare).start()].count("\n") + 1
        return Issue("l4", "no_bounce", "the task asks for bouncing, but no body is given a bounce (setBounce) and nothing turns one "
                     "round: Arcade's default bounce is 0, so a body that reaches the world's edge stops there (setBounce(1))", line)

    def moves_away(self, api: dict[str, Any], task: str, code: str = "") -> Issue | None:
        """`moves_away`: the task asks something to go towards a target, and the code moves it along
        Angle.Between(target, itself), the angle from the target to the mover: it goes the other way."""
        moves = api.get("moves_away") or []
        # a clause that asks to go towards and not away ("3 个敌人同时追踪玩家" beside "玩家需躲避": the player dodges);
        # where the task also asks something to flee, only when nothing in the code goes towards anything
        clauses = _CLAUSE.split(task or "")
        towards = any(_TOWARDS_TASK.search(c) and not _AWAY_TASK.search(c) for c in clauses)
        if self.gates.l4_task == "off" or not moves or not towards:
            return None
        if _AWAY_TASK.search(task or "") and (len(_ANGLE_BETWEEN.findall(code)) > len(moves) or _MOVES_TO.search(code)):
            return None
        m = moves[0]
        return Issue("l4", "moves_away", f"the task asks it to go towards its target, but {m['angle']} = Angle.Between({m['target']}, "
                     f"{m['mover']}) (line {m['line']}) is the angle from {m['target']} to {m['mover']}, and {m['mover']} moves along it: "
                     f"away from {m['target']} (Angle.Between({m['mover']}.x, {m['mover']}.y, {m['target']}.x, {m['target']}.y))", m["line"])

    def emitter_stops(self, code: str, task: str) -> Issue | None:
        """`emitter_stops`: the task asks for an emitter that emits all along and its config sets `stopAfter` (3.60+: the
        emitter turns itself off for good after that many particles), with nothing that starts it again. A cap on the
        particles alive at once is `maxAliveParticles`."""
        if self.gates.l4_task == "off" or not _STREAM_TASK.search(task or ""):
            return None
        bare = _COMMENTS.sub("", code or "")
        found = _STOP_AFTER.search(bare)
        if not found or _EMITTER_RESTART.search(bare):
            return None
        line = bare[:found.start()].count("\n") + 1
        return Issue("l4", "emitter_stops", "the task asks for an emitter that keeps emitting, but its config sets stopAfter (line "
                     f"{line}): the emitter turns itself off for good once that many particles were emitted (a cap on the particles "
                     "alive at once is maxAliveParticles)", line)

    def count_plus_one(self, api: dict[str, Any], task: str) -> Issue | None:
        """`count_plus_one`: the task asks for N things and a group config makes them with `repeat: N` (repeat counts
        the copies after the first: N + 1 are made). Not where the task also names N + 1."""
        groups = api.get("group_repeats") or []
        if self.gates.l4_task == "off" or not groups:
            return None
        counts = task_counts(task)
        seconds = set()
        for m in _TICK_SECONDS.finditer(task or ""):
            n = next(g for g in m.groups() if g)
            seconds.add(int(n) if n.isdigit() else int(_EN_NUMBERS.get(n.lower(), _CN_NUMBERS.get(n, 0))))
        for group in groups:
            if group.get("per_second"):
                if group["repeat"] in seconds and group["made"] not in seconds:
                    return Issue("l4", "count_plus_one", f"the task asks for it once a second for {group['repeat']} seconds, but the "
                                 f"timer's repeat: {group['text']} (line {group['line']}) fires {group['made']} times, one a second: repeat "
                                 f"counts the calls after the first (repeat: {group['repeat'] - 1})", group["line"])
                continue
            if group["repeat"] in counts and group["made"] not in counts and group["call"] == "addEvent":
                return Issue("l4", "count_plus_one", f"the task asks for {group['repeat']} of them, but the timer's repeat: "
                             f"{group['text']} (line {group['line']}) fires {group['made']} times, making one each time: repeat counts "
                             f"the calls after the first (repeat: {group['repeat'] - 1})", group["line"])
            if group["repeat"] in counts and group["made"] not in counts:
                return Issue("l4", "count_plus_one", f"the task asks for {group['repeat']} of them, but the group config's repeat: "
                             f"{group['text']} (line {group['line']}) makes {group['made']}: repeat counts the copies after the first "
                             f"(repeat: {group['repeat'] - 1}, or quantity: {group['repeat']})", group["line"])
        return None

    def overlap_for_bounce(self, code: str, task: str) -> Issue | None:
        """`overlap_for_bounce`: the task asks things to bounce off each other, and the group meets itself only through
        physics.add.overlap() (which reports the touch and separates nothing), with no velocity changed in its callback."""
        if self.gates.l4_task == "off" or not _EACH_OTHER_TASK.search(task or ""):
            return None
        bare = _COMMENTS.sub("", code or "")
        found = _SELF_OVERLAP.search(bare)
        if not found:
            return None
        group = re.escape(found.group(1))
        if re.search(rf"\.collider\(\s*{group}\s*,\s*{group}\s*[,)]", bare) or re.search(r"velocity|setVelocity|setBounce|separate", bare[found.end():found.end() + 400]):
            return None
        line = bare[:found.start()].count("\n") + 1
        return Issue("l4", "overlap_for_bounce", f"the task asks them to bounce off each other, but {found.group(1)} meets itself only through "
                     f"physics.add.overlap() (line {line}), which reports the touch and separates nothing: they pass through each other "
                     f"(physics.add.collider({found.group(1)}, {found.group(1)}))", line)

    def tween_once(self, code: str, task: str) -> Issue | None:
        """`tween_once`: the task asks for an animation that goes on ("然后循环", "looping forever"), and the tween made in
        create() plays once: no tween has a repeat or loop key, and nothing plays one again (a callback, a timer, a chain;
        an update() only where no tween goes back and forth with yoyo)."""
        if self.gates.l4_task == "off" or not _LOOP_TASK.search(task or "") or not _TWEEN_TASK.search(task or ""):
            return None
        bare = _COMMENTS.sub("", code or "")
        found = _TWEEN_ADD.search(bare)
        if not found or _TWEEN_AGAIN.search(bare) or (_FRAME_LOOP.search(bare) and not _YOYO.search(bare)):
            return None
        # made straight in create(), not in a handler that runs again (a collider's callback, a key's)
        made_in = bare[:found.start()]
        if "create(" not in made_in or re.search(r"=>|\bfunction\b", made_in[made_in.rindex("create("):]):
            return None
        line = bare[:found.start()].count("\n") + 1
        return Issue("l4", "tween_once", f"the task asks for the animation to go on, but the tween (line {line}) has no repeat "
                     "and nothing plays it again: it plays once (yoyo included) and stops (repeat: -1)", line)

    def one_way_tween(self, code: str, task: str) -> Issue | None:
        """`one_way_tween`: the task asks for motion there and back, and the one tween that moves x or y repeats with no
        yoyo (and nothing else moves it back): each repeat jumps to the start and moves the same way again."""
        if self.gates.l4_task == "off" or not _THERE_AND_BACK_TASK.search(task or ""):
            return None
        bare = _COMMENTS.sub("", code or "")
        moves = _MOVE_TWEEN.findall(bare)
        found = _MOVE_TWEEN.search(bare)
        if len(moves) != 1 or len(_TWEEN_ADD.findall(bare)) != 1 or not re.search(r"\brepeat\s*:", found.group(0)) or _BACK_AGAIN.search(bare):
            return None
        line = bare[:found.start()].count("\n") + 1
        return Issue("l4", "one_way_tween", f"the task asks for it to go there and back, but the tween (line {line}) repeats with no "
                     "yoyo: each repeat jumps back to the start and moves the same way again (yoyo: true)", line)

    def yoyo_period(self, code: str, task: str) -> Issue | None:
        """`yoyo_period`: the task gives how long one blink (pulse, breath) takes, and the one yoyo tween has that time
        as its duration: a yoyo plays the duration there and again back, so one cycle takes twice as long."""
        if self.gates.l4_task == "off" or not _CYCLE_WORDS.search(task or ""):
            return None
        # only a stated time for one whole cycle: "blinks every half second" may mean on half a second, off half a second
        periods: list[float] = []
        for m in _CYCLE_TIME.finditer(task or ""):
            raw, unit = (m.group(1), m.group(2)) if m.group(1) else (m.group(3), m.group(4))
            value = float(raw) if raw[:1].isdigit() else float(_CN_NUMBERS.get(raw, _EN_NUMBERS.get(raw.lower(), 0)))
            periods.append(value if unit.lower() in ("ms", "毫秒") or unit.lower().startswith("millisecond") else value * 1000)
        bare = _COMMENTS.sub("", code or "")
        if not periods or len(_YOYO.findall(bare)) != 1 or len(_TWEEN_ADD.findall(bare)) != 1:
            return None
        yoyo = _YOYO.search(bare)
        # the duration key of the same tween (within the tween's object)
        start = bare.rfind("tweens", 0, yoyo.start())
        block = bare[start:bare.find("})", yoyo.end()) + 2 if bare.find("})", yoyo.end()) > 0 else len(bare)]
        d = _YOYO_DURATION.search(block)
        if not d:
            return None
        token = d.group(1)
        if not token.replace(".", "", 1).isdigit():
            const = re.search(rf"\b(?:const|let|var)\s+{re.escape(token)}\s*=\s*(\d+(?:\.\d+)?)\s*[;\n]", bare)
            if not const:
                return None
            token = const.group(1)
        duration = float(token)
        if duration not in periods:
            return None
        line = bare[:start].count("\n") + 1
        return Issue("l4", "yoyo_period", f"the task asks for one cycle in {duration / 1000:g} s, but the yoyo tween (line {line}) "
                     f"takes duration {d.group(1)} to go and as long again to come back: one cycle takes {duration * 2 / 1000:g} s "
                     f"(duration: {duration / 2:g})", line)

    def click_once(self, code: str, task: str) -> Issue | None:
        """`click_once`: the task asks for something on each click and the only pointer listener is input.once(), which
        runs for the first click and is then taken off."""
        if self.gates.l4_task == "off" or not _EACH_CLICK_TASK.search(task or ""):
            return None
        bare = _COMMENTS.sub("", code or "")
        found = _ONCE_POINTER.search(bare)
        if not found or len(_ONCE_POINTER.findall(bare)) > 1 or _ON_POINTER.search(bare) or "setInteractive" in bare:
            return None
        line = bare[:found.start()].count("\n") + 1
        return Issue("l4", "click_once", f"the task asks for it on each click, but input.once() (line {line}) runs its handler for "
                     "the first click only and then takes it off (input.on())", line)

    def one_point_lead(self, code: str, task: str) -> Issue | None:
        """`one_point_lead`: the task asks for a game won by two clear points (deuce, advantage) and the point's win check
        is "four points and ahead" (a >= 4 && a > b): the side one point ahead wins, so 40-40 is never played out."""
        if self.gates.l4_task == "off" or not _TWO_CLEAR_TASK.search(task or ""):
            return None
        bare = _COMMENTS.sub("", code or "")
        found = _ONE_POINT_WIN.search(bare)
        if not found:
            return None
        line = bare[:found.start()].count("\n") + 1
        return Issue("l4", "one_point_lead", f"the task asks for a game won by two clear points (deuce and advantage), but the "
                     f"check on line {line} ({found.group(0)}) gives the game to a side one point ahead past 40: from 40-40 the "
                     "next point wins it (a >= 4 && a - b >= 2)", line)

    def counts_rising(self, code: str, task: str) -> Issue | None:
        """`counts_rising`: the task counts something only as it comes down (through a hoop, onto an enemy from above),
        and the code counts it when velocity.y < 0, which in Phaser (y grows downwards) is while it goes up, with no
        check anywhere for a body moving down."""
        if self.gates.l4_task == "off" or not _DOWNWARD_TASK.search(task or ""):
            return None
        bare = _COMMENTS.sub("", code or "")
        found = _RISING_SCORE.search(bare)
        if not found or _FALLING_CHECK.search(bare):
            return None
        line = bare[:found.start()].count("\n") + 1
        return Issue("l4", "counts_rising", f"the task counts it as it comes down, but the check on line {line} counts it while "
                     "velocity.y < 0, which in Phaser (y grows downwards) is while it moves up: one coming down is never counted "
                     "(velocity.y > 0)", line)

    def excess_dropped(self, code: str, task: str) -> Issue | None:
        """`excess_dropped`: the task keeps what is left past a threshold (excess XP carries over) and the code sets the
        amount back to 0 when it reaches the threshold: the excess is thrown away (subtract the cost instead)."""
        if self.gates.l4_task == "off" or not _CARRY_OVER_TASK.search(task or ""):
            return None
        bare = _COMMENTS.sub("", code or "")
        found = _RESET_AT_THRESHOLD.search(bare)
        if not found or re.search(rf"(?<![\w.$]){re.escape(found.group('v'))}\s*-=", found.group("body")):
            return None
        v = found.group("v")
        line = bare[:found.end()].count("\n") + 1
        return Issue("l4", "excess_dropped", f"the task carries the excess over, but {v} = 0 (line {line}) throws away what "
                     f"was past the threshold when {v} reaches it ({v} -= the cost)", line)

    def turn_not_kept(self, code: str, task: str) -> Issue | None:
        """`turn_not_kept`: the task gives the same player another go after a success (a matched pair), and the turn is
        passed on after the whole if/else, on both branches: the player who scored never goes again."""
        if self.gates.l4_task == "off" or not _GO_AGAIN_TASK.search(task or ""):
            return None
        bare = _COMMENTS.sub("", code or "")
        for found in re.finditer(r"\}\s*else\s*\{", bare):
            end = _block_end(bare, found.end() - 1)
            start = _block_start(bare, found.start())
            switch = _TURN_SWITCH.match(bare, re.compile(r"\s*").match(bare, end + 1).end()) if end else None
            if not switch or start is None or not re.search(r"\bif\s*\([^{};]*\)\s*$", bare[max(0, start - 200):start]) \
                    or not re.search(r"\+\+|\+=", bare[start:found.start()]):
                continue
            line = bare[:switch.start()].count("\n") + 1
            return Issue("l4", "turn_not_kept", f"the task gives the player another go after a success, but {switch.group(0).strip()} "
                         f"(line {line}) passes the turn after the whole if/else, on both branches: the player who scored never "
                         f"goes again (move it into the else branch)", line)
        return None

    def won_on_top(self, code: str, task: str) -> Issue | None:
        """`won_on_top`: the task sends won cards to the bottom of the pile, and the pile is drawn from its end with
        pop() while the won cards are added at that same end with push(): the winner plays the cards just won next."""
        if self.gates.l4_task == "off" or not _BOTTOM_OF_PILE.search(task or "") or not re.search(r"\b(cards?|pile|deck)\b", task or "", re.I):
            return None
        bare = _COMMENTS.sub("", code or "")
        for drawn in re.finditer(r"([\w.]+(?:\[[^\]]+\])?)\s*\.\s*pop\s*\(\s*\)", bare):
            pile = re.sub(r"\[[^\]]+\]", "[", drawn.group(1))
            pattern = re.escape(pile).replace(r"\[", r"\[[^\]]+\]")
            pushes = list(re.finditer(pattern + r"\s*\.\s*push\s*\(", bare))
            added = next((m for m in pushes if bare.startswith("...", re.compile(r"\s*").match(bare, m.end()).end())), pushes[-1] if pushes else None)
            if not added or re.search(pattern + r"\s*\.\s*unshift\s*\(", bare):
                continue
            line = bare[:added.start()].count("\n") + 1
            return Issue("l4", "won_on_top", f"the task puts won cards at the bottom of the pile, but the pile is drawn with "
                         f"{drawn.group(0)} (line {bare[:drawn.start()].count(chr(10)) + 1}), from its end, and "
                         f"{added.group(0).strip()}…) (line {line}) adds them at that same end: they are the next ones played "
                         f"(unshift them)", line)
        return None

    def winner_after_switch(self, code: str, task: str) -> Issue | None:
        """`winner_after_switch`: the task makes the one who takes the last piece the winner, and the turn is passed on
        before the last-piece check, which then names the player whose turn it now is: the other one is announced."""
        if self.gates.l4_task == "off" or not _LAST_WINS_TASK.search(task or ""):
            return None
        bare = _COMMENTS.sub("", code or "")
        for switch in _TURN_SWITCH.finditer(bare):
            player = switch.group("p")
            after = bare[switch.end():switch.end() + 400]
            check = re.match(r"\s*if\s*\(([^{};]*)\)\s*\{", after)
            if not check or re.search(rf"(?<![\w$]){re.escape(player)}\b", check.group(1)):
                continue
            body_end = _block_end(after, check.end() - 1)
            body = after[check.end():body_end] if body_end else ""
            if not re.search(rf"\b\w*winner\w*\s*=\s*{re.escape(player)}\s*;|\$\{{\s*{re.escape(player)}\s*\}}[^`]*\bwin", body, re.I):
                continue
            line = bare[:switch.start()].count("\n") + 1
            return Issue("l4", "winner_after_switch", f"the task makes the one who takes the last piece the winner, but "
                         f"{switch.group(0).strip()} (line {line}) passes the turn before the check that follows it, which then "
                         f"names {player}, the other player, as the winner (pass the turn after the check)", line)
        return None

    def plot_upside_down(self, code: str, task: str) -> Issue | None:
        """`plot_upside_down`: the task plots a function on axes, and the map from the function's (x, y) to the screen
        adds y * unit to the origin's y: screen y grows downwards, so the curve comes out upside down against the axes."""
        if self.gates.l4_task == "off" or not _PLOT_TASK.search(task or ""):
            return None
        bare = _COMMENTS.sub("", code or "")
        for found in _UP_IS_PLUS.finditer(bare):
            head = bare[max(0, found.start() - 200):found.start()]
            params = re.findall(r"\(\s*(\w+)\s*,\s*(\w+)\s*\)\s*(?:=>)?\s*\{?\s*(?:return\s*)?\(?\s*$", head)
            if not params or params[-1] != (found.group("x"), found.group("y")):
                continue
            line = bare[:found.start()].count("\n") + 1
            return Issue("l4", "plot_upside_down", f"the task plots a function on axes, but {found.group(0)} (line {line}) adds "
                         f"{found.group('y')} * {found.group('u')} to the origin's y: screen y grows downwards, so the curve is drawn "
                         f"upside down against the axes (subtract it)", line)
        return None

    def size_as_radius(self, code: str, task: str) -> Issue | None:
        """`size_as_radius`: the task gives a star's or circle's size in pixels (its width) and the code hands that number
        to add.star()/add.circle() as the radius: the shape comes out twice the size asked for."""
        asked = _SIZE_TASK.search(task or "") if self.gates.l4_task != "off" else None
        if not asked or re.search(r"radius|半径", task, re.I):
            return None
        # a hitbox's size in pixels is as often its radius as its width
        if re.search(r"hit\s*-?box|collision", asked.group(0), re.I):
            return None
        size = int(asked.group("n"))
        bare = _COMMENTS.sub("", code or "")
        consts = {m.group(1): int(m.group(2)) for m in re.finditer(r"\b(?:const|let|var)\s+(\w+)\s*=\s*(\d+)\s*;", bare)}
        aliases = {m.group(1): m.group(2) for m in re.finditer(r"\b(?:const|let|var)\s+(\w+)\s*=\s*([A-Za-z_]\w*)\s*;", bare)}

        def value(text: str) -> int | None:
            text = text.strip()
            text = aliases.get(text, text)
            return int(text) if text.isdigit() else consts.get(text)

        shape = "star" if asked.group("what").lower().startswith("star") else "circle"
        for call in re.finditer(rf"\badd\s*\.\s*{shape}\s*\(([^;]*?)\)\s*[;.]", bare):
            args = [a for a in re.split(r",(?![^()]*\))", call.group(1))]
            radius = args[4] if shape == "star" and len(args) > 4 else args[2] if shape == "circle" and len(args) > 2 else None
            if radius is None or value(radius) != size:
                continue
            line = bare[:call.start()].count("\n") + 1
            return Issue("l4", "size_as_radius", f"the task asks for a {size}-pixel {shape}, but add.{shape}() (line {line}) is given "
                         f"{radius.strip()} ({size}) as its {'outer ' if shape == 'star' else ''}radius, so it is {2 * size} pixels across "
                         f"(a radius of {size / 2:g})", line)
        return None

    def picks_wrong_end(self, code: str, task: str) -> Issue | None:
        """`picks_wrong_end`: the task picks the highest (or lowest) of a field, and the code sorts by that field and takes
        the other end: `.sort((a, b) => a.hunger - b.hunger)[0]` is the least hungry, not the hungriest."""
        if self.gates.l4_task == "off" or not task or ".sort" not in (code or "") or not _SUPERLATIVE.search(task):
            return None
        bare = _COMMENTS.sub("", code or "")
        for m in _SORTED_PICK.finditer(bare):
            a, b, left, field, right, field2, pick = m.groups()
            if field != field2 or {left, right} != {a, b} or left == right:
                continue
            ascending = left == a
            takes_low = ascending == ("[" in pick or "shift" in pick)
            for said in _SUPERLATIVE.finditer(task):
                word = said.group("word").lower()
                stem = field.lower()[:4]
                named = (len(stem) >= 3 and (stem in word or any(w.lower().startswith(stem) for w in said.group("after").split())))
                implied = word in _IMPLIED_FIELD and re.match(_IMPLIED_FIELD[word], field, re.I)
                if not (named or implied):
                    continue
                wants_low = re.fullmatch(_LOW_END, word, re.I) is not None
                if wants_low == takes_low:
                    break
                line = bare[:m.start()].count("\n") + 1
                got = "smallest" if takes_low else "largest"
                return Issue("l4", "picks_wrong_end", f"the task picks the {word} ({said.group(0).strip()}), but {m.group(0).lstrip('.').strip()} "
                             f"(line {line}) sorts by {field} {'from small to large' if ascending else 'from large to small'} and takes the "
                             f"{got} {field}: the other end (swap a and b in the comparison)", line)
        return None

    def diagonal_neighbour(self, code: str, task: str) -> Issue | None:
        """`diagonal_neighbour`: the task allows only the cells directly above, below, left or right, and the code tests
        adjacency with |dr| <= 1 && |dc| <= 1, which takes the four diagonal cells too."""
        if self.gates.l4_task == "off" or not _NO_DIAGONAL_TASK.search(task or "") or _ANY_NEIGHBOUR_TASK.search(task or ""):
            return None
        bare = _COMMENTS.sub("", code or "")
        for m in _SQUARE_NEIGHBOUR.finditer(bare):
            names = [n for n in (m.group("a"), m.group("b")) if n]
            # named differences must be absolute ones (const dr = Math.abs(...)) for the test to be the square around
            if any(not re.search(rf"\b{n}\s*=\s*Math\.abs\s*\(", bare) for n in names):
                continue
            if re.search(r"Math\.abs\s*\([^()]*\)\s*\+\s*Math\.abs|\b\w+\s*\+\s*\w+\s*===?\s*1\b|!==?\s*[\w.]+\s*\)?\s*[!=]==?|\bdr\s*!==?\s*dc|\bdx\s*!==?\s*dy|\^", bare):
                continue
            line = bare[:m.start()].count("\n") + 1
            return Issue("l4", "diagonal_neighbour", f"the task allows only cells directly above, below, left or right "
                         f"({self._word(task, _NO_DIAGONAL_TASK.search(task))}), but {m.group(0).strip()} (line {line}) holds for the four "
                         f"diagonal cells as well (|dr| + |dc| === 1)", line)
        for m in _EIGHT_WAY_LOOP.finditer(bare):
            a, b = m.group(1), m.group(2)
            body = bare[m.end():m.end() + 400]
            if re.search(rf"Math\.abs\s*\(\s*({a}|{b})\s*\)\s*\+|\b({a}|{b})\s*\*\s*({a}|{b})\b|\b{a}\s*!==?\s*0\s*&&\s*{b}\s*!==?\s*0|\b{b}\s*!==?\s*0\s*&&\s*{a}\s*!==?\s*0", body):
                continue
            line = bare[:m.start()].count("\n") + 1
            return Issue("l4", "diagonal_neighbour", f"the task allows only cells directly above, below, left or right "
                         f"({self._word(task, _NO_DIAGONAL_TASK.search(task))}), but the loops over {a} and {b} from -1 to 1 (line {line}) skip "
                         f"only the middle and take the four diagonal cells as well (skip unless |{a}| + |{b}| === 1)", line)
        return None

    def bar_runs_backwards(self, code: str, task: str) -> Issue | None:
        """`bar_runs_backwards`: the task has a time bar that shrinks (or fills), and the bar is sized by a TimerEvent's
        getProgress(), which goes from 0 at the start to 1 at the end: it grows where it should shrink (1 - getProgress())."""
        if self.gates.l4_task == "off" or not task or not _BAR_WORD.search(task):
            return None
        near = [m for m in _BAR_WORD.finditer(task)]
        def said(pattern: re.Pattern[str]) -> re.Match[str] | None:
            return next((w for m in near for w in [pattern.search(task[max(0, m.start() - 60):m.end() + 80])] if w), None)
        drains, fills = said(_DRAINS_TASK), said(_FILLS_TASK)
        if bool(drains) == bool(fills):
            return None
        bare = _COMMENTS.sub("", code or "")
        for m in _BAR_FROM_PROGRESS.finditer(bare):
            inverted = re.search(r"1\s*-\s*[\w.]+\s*\.\s*getProgress", m.group("val")) is not None
            if inverted == bool(drains):
                continue
            line = bare[:m.start()].count("\n") + 1
            if drains:
                return Issue("l4", "bar_runs_backwards", f"the task's bar {drains.group(0)}, but {m.group(0).lstrip('.').strip()}… (line {line}) sizes it by "
                             "getProgress(), which is 0 when the timer starts and 1 when it ends: the bar starts empty and grows (1 - getProgress())", line)
            return Issue("l4", "bar_runs_backwards", f"the task's bar {fills.group(0)}, but {m.group(0).lstrip('.').strip()}… (line {line}) sizes it by "
                         "1 - getProgress(), which is 1 when the timer starts and 0 when it ends: the bar starts full and shrinks (getProgress())", line)
        return None

    def square_as_circle(self, code: str, task: str) -> Issue | None:
        """`square_as_circle`: the task reaches the full 3x3 square (the 8 cells around, diagonals too), and the code
        takes the cells whose centres are at most one cell apart: the diagonal ones are one cell times 1.41 away."""
        if self.gates.l4_task == "off" or not _SQUARE_AREA_TASK.search(task or ""):
            return None
        bare = _COMMENTS.sub("", code or "")
        cells = {m.group(1) for m in re.finditer(r"\b\w+\s*\*\s*([A-Z][A-Z_]*|\w*(?:cell|tile|size|grid)\w*)\b", bare, re.I)}
        distances = {m.group(1) for m in _DISTANCE_DECL.finditer(bare)}
        for m in re.finditer(r"(?P<d>Phaser\.Math\.Distance\.Between\w*\s*\([^()]*\)|\b\w+)\s*(?P<op><=?)\s*(?P<cell>\w+)(?:\s*\*\s*(?P<k>\d+(?:\.\d+)?))?(?![\w.(])", bare):
            if m.group("cell") not in cells or not (m.group("d").startswith("Phaser") or m.group("d") in distances):
                continue
            k = float(m.group("k") or 1)
            if not (1 <= k < 1.414 if m.group("op") == "<=" else 1 < k <= 1.414):
                continue
            line = bare[:m.start()].count("\n") + 1
            return Issue("l4", "square_as_circle", f"the task reaches the whole square around ({self._word(task, _SQUARE_AREA_TASK.search(task))}), but "
                         f"{m.group(0).strip()} (line {line}) keeps only centres within {m.group('cell')}{'' if k == 1 else f' * {k:g}'}: the diagonal cells "
                         f"are {m.group('cell')} * 1.41 away and are left out ({m.group('cell')} * 1.5, or compare |dx| and |dy| in cells)", line)
        return None

    def scene_restarted(self, code: str, task: str) -> Issue | None:
        """`scene_restarted`: the task comes back to a scene with what was in it kept, and that scene leaves with
        scene.start() (which shuts it down) while the other one comes back with scene.switch() or run(): the scene is
        not asleep, so they start it again and its create() builds everything afresh."""
        if self.gates.l4_task == "off" or not _KEPT_TASK.search(task or ""):
            return None
        bare = _COMMENTS.sub("", code or "")
        starts = [m.start() for m in re.finditer(r"class\s+\w+\s+extends\s+Phaser\.Scene\b", bare)]
        regions: dict[str, str] = {}
        for i, at in enumerate(starts):
            text = bare[at:starts[i + 1] if i + 1 < len(starts) else len(bare)]
            key = re.search(r"super\s*\(\s*(?:\{\s*key\s*:\s*)?['\"]([\w -]+)['\"]", text)
            if key:
                regions[key.group(1)] = text
        for left, text in regions.items():
            for go in re.finditer(r"scene\s*\.\s*start\s*\(\s*['\"]([\w -]+)['\"]", text):
                other = regions.get(go.group(1))
                if other is None or re.search(r"scene\s*\.\s*(sleep|pause|switch)\s*\(", text):
                    continue
                back = re.search(rf"scene\s*\.\s*(switch|run)\s*\(\s*['\"]{re.escape(left)}['\"]", other)
                if not back:
                    continue
                line = bare[:bare.index(text) + go.start()].count("\n") + 1
                return Issue("l4", "scene_restarted", f"the task comes back to '{left}' as it was ({self._word(task, _KEPT_TASK.search(task))}), but "
                             f"{go.group(0)}) (line {line}) shuts '{left}' down, and '{go.group(1)}' comes back with {back.group(0)}): "
                             f"'{left}' is not asleep, so it is started again and its create() builds everything afresh "
                             f"(scene.switch('{go.group(1)}') to put '{left}' to sleep)", line)
        return None

    def triple_jump(self, code: str, task: str) -> Issue | None:
        """`triple_jump`: the task allows one jump in mid-air, and the code fills the air-jump count with 2 on the ground
        while the ground jump takes nothing from it: two air jumps follow the ground one (a triple jump)."""
        if self.gates.l4_task == "off" or not _DOUBLE_JUMP_TASK.search(task or ""):
            return None
        bare = _COMMENTS.sub("", code or "")
        consts = {m.group(1): int(m.group(2)) for m in re.finditer(r"\b(?:const|let|var)\s+(\w+)\s*=\s*(\d+)\s*;", bare)}
        for m in re.finditer(r"(this\.\w+|\b\w+)\s*=\s*(\w+)\s*;", bare):
            counter, value = m.group(1), m.group(2)
            if not re.search(r"jump", counter, re.I) or (int(value) if value.isdigit() else consts.get(value)) != 2:
                continue
            esc = re.escape(counter).replace(r"\.", r"\s*\.\s*")
            # spent only on the branch after the one that jumps from the ground
            spent = re.search(rf"else\s+if\s*\([^)]*{esc}\s*>\s*0[^)]*\)\s*\{{?\s*{esc}\s*(-=\s*1|--)", bare)
            if not spent or re.search(rf"{esc}\s*=\s*{re.escape(value)}\s*-\s*1|{esc}\s*(-=\s*1|--)[^;]*;[^}}]*\}}\s*else", bare[:spent.start()]):
                continue
            line = bare[:m.start()].count("\n") + 1
            return Issue("l4", "triple_jump", f"the task allows one more jump in mid-air ({self._word(task, _DOUBLE_JUMP_TASK.search(task))}), but "
                         f"{m.group(0).strip()} (line {line}) gives {counter} 2 on the ground and the ground jump takes nothing from it "
                         f"(only the air branch at line {bare[:spent.start()].count(chr(10)) + 1} does): two air jumps follow, a triple jump "
                         f"({counter} = {value} - 1)", line)
        return None

    def touching_refused(self, code: str, task: str) -> Issue | None:
        """`touching_refused`: the task lets placed pieces touch edge to edge and refuses only overlaps, and the code
        refuses a place by Intersects.RectangleToRectangle, which counts rectangles that only share an edge as
        intersecting: pieces can never be put side by side (Rectangle.Overlaps)."""
        if self.gates.l4_task == "off" or not _TOUCH_ALLOWED_TASK.search(task or ""):
            return None
        bare = _COMMENTS.sub("", code or "")
        m = re.search(r"!\s*[\w.]+\s*\.\s*some\s*\([^;]*?Intersects\s*\.\s*RectangleToRectangle\s*\(|(?:if|return)\s*\(?[^;]*?Intersects\s*\.\s*RectangleToRectangle\s*\([^;]*?\)\s*\)?\s*(?:return\s+false|\{\s*return\s+false)", bare)
        if not m:
            return None
        line = bare[:m.start()].count("\n") + 1
        return Issue("l4", "touching_refused", f"the task lets pieces touch ({self._word(task, _TOUCH_ALLOWED_TASK.search(task))}), but the place is refused "
                     f"by Intersects.RectangleToRectangle (line {line}), which counts rectangles that only share an edge as intersecting: "
                     "pieces can never be put side by side (Phaser.Geom.Rectangle.Overlaps)", line)

    def diagonal_velocity(self, code: str, task: str) -> Issue | None:
        """`diagonal_velocity`: the task moves something straight along one axis and the code calls setVelocity() with
        one speed: Arcade gives y the same value as x, so it moves diagonally."""
        asked = _STRAIGHT_TASK.search(task or "") if self.gates.l4_task != "off" else None
        if not asked:
            return None
        bare = _COMMENTS.sub("", code or "")
        found = _ONE_ARG_VELOCITY.search(bare)
        if not found or "arcade" not in bare.lower():
            return None
        line = bare[:found.start()].count("\n") + 1
        speed = found.group(1).strip()
        return Issue("l4", "diagonal_velocity", f"the task moves it straight ({self._word(task, asked)}), but {found.group(0).lstrip('.')} "
                     f"(line {line}) gives one speed, which Arcade uses for y as well: it moves diagonally (setVelocity({speed}, 0))", line)

    @staticmethod
    def _word(task: str, found: re.Match[str]) -> str:
        """The whole word a task pattern matched inside (`rotat` -> `rotates`), for the message."""
        start, end = found.start(), found.end()
        while start > 0 and task[start - 1].isascii() and task[start - 1].isalnum() and found.group(0)[:1].isascii():
            start -= 1
        while end < len(task) and task[end].isascii() and task[end].isalnum() and found.group(0)[-1:].isascii():
            end += 1
        return task[start:end]

    def no_input(self, code: str, task: str) -> Issue | None:
        """`no_input`: the task asks for key presses or clicks and nothing in the program reads any input: no key's or
        pointer's state is read and every input handler (if any) is empty. Either kind of input meets either ask."""
        if self.gates.l4_task == "off" or not task:
            return None
        asked = _KEYS_TASK.search(task) or _POINTER_TASK.search(task)
        if not asked:
            return None
        live = _EMPTY_HANDLER.sub(")", _COMMENTS.sub("", code or ""))
        if _READS_INPUT.search(live):
            return None
        empty = " (its input handlers are empty)" if _EMPTY_HANDLER.search(_COMMENTS.sub("", code or "")) else ""
        return Issue("l4", "no_input", f"the task asks for the player's input (\"{self._word(task, asked)}\"), but the program reads none{empty}: "
                     "no key or pointer handler does anything and nothing reads a key's or the pointer's state")

    def still_picture(self, code: str, task: str) -> Issue | None:
        """`still_picture`: the task asks for something that happens over time or on input, and the program can only
        draw one still picture: no update(), tween, timer, physics, particles, animation, camera effect or handler."""
        if self.gates.l4_task == "off" or not task:
            return None
        asked = _CHANGE_TASK.search(task)
        bare = _COMMENTS.sub("", code or "")
        if not asked or not bare.strip() or _CHANGES.search(bare):
            return None
        return Issue("l4", "still_picture", f"the task asks for something that changes (\"{self._word(task, asked)}\"), but the program only draws "
                     "a still picture: no update(), tween, timer, physics, particles, animation, camera effect or input handler")

    def spin_rate(self, run: dict[str, Any] | None, task: str) -> Issue | None:
        """`spin_rate`: the task asks for turning at a rate (degrees per second) and, in the half second before the
        input phase, things on show turned but none at that rate (within 10%, either way round). Nothing turning then
        says nothing (it may turn on a key, or be drawn turned by hand)."""
        if self.gates.l4_task == "off" or not run or run.get("errors") or not _SPIN_TASK.search(task or ""):
            return None
        asked = sorted({float(m.group(1)) for r in _SPIN_RATES for m in r.finditer(task)} - {0.0})
        spins = [s for s in (run.get("canvas") or {}).get("spins") or [] if isinstance(s, dict)]
        if not asked or not spins:
            return None
        if any(abs(abs(s["deg_per_s"]) - want) <= max(0.1 * want, 2.0) for s in spins for want in asked):
            return None
        fastest = max(spins, key=lambda s: abs(s["deg_per_s"]))
        told = " or ".join(f"{w:g}°/s" for w in asked)
        seen = ", ".join(f"{abs(s['deg_per_s']):g}°/s ({s.get('type')})" for s in spins[:3])
        return Issue("l4", "spin_rate", f"the task asks for turning at {told}, but what turns on screen turns at "
                     f"{seen} (fastest {abs(fastest['deg_per_s']):g}°/s): "
                     "a rate per frame or radians for degrees (per second: rate * delta / 1000, DegToRad for rotation)")

    def minimap_view(self, run: dict[str, Any] | None, task: str) -> Issue | None:
        """`minimap_view`: the task asks for a minimap, the run has a small camera (at most a quarter of the canvas)
        beside a larger one, and every small camera shows less of the world than the largest camera does: a minimap
        zoomed in (zoom = world / minimap size where minimap / world was meant) shows a patch, not the map."""
        if self.gates.l4_task == "off" or not run or run.get("errors") or not _MINIMAP_TASK.search(task or ""):
            return None
        canvas = run.get("canvas") or {}
        cams = [c for c in canvas.get("cameras") or [] if isinstance(c, dict)
                and all(isinstance(c.get(k), (int, float)) for k in ("width", "height", "zoom", "view_width", "view_height"))]
        area = (canvas.get("width") or 0) * (canvas.get("height") or 0)
        if len(cams) < 2 or area <= 0:
            return None
        big = max(cams, key=lambda c: c["width"] * c["height"])
        small = [c for c in cams if c is not big and 0 < c["width"] * c["height"] <= area / 4]
        shown = big["view_width"] * big["view_height"]
        if not small or shown <= 0 or any(c["view_width"] * c["view_height"] >= 0.9 * shown for c in small):
            return None
        c = min(small, key=lambda c: c["width"] * c["height"])
        return Issue("l4", "minimap_view", f"the task asks for a minimap, but the small camera ({c['width']:g}x{c['height']:g} at "
                     f"{c.get('x')}, {c.get('y')}) has zoom {c['zoom']:g} and shows only {c['view_width']:g}x{c['view_height']:g} "
                     f"of the world, less than the main view's {big['view_width']:g}x{big['view_height']:g}: a minimap zooms out "
                     "(zoom = minimap size / world size, below 1)")

    def menu_skipped(self, api: dict[str, Any], task: str) -> Issue | None:
        """`menu_skipped`: the task asks for a menu (or title, start screen) and the scene list starts the game scene
        first, the menu reachable only from it. Alone a warning (a game may open into play on purpose, as under a pause
        menu with a way back to the main menu); a task that asks for the menu makes it the mistake."""
        if self.gates.l4_task == "off" or not _MENU_TASK.search(task or "") or _PAUSE_TASK.search(task or ""):
            return None
        found = api.get("menu_after_game")  # the analysis's fact (game_state.js menuListedAfterGame)
        return Issue("l4", "menu_skipped", f"the task asks for a menu, but {found['message']}", found.get("line")) if found else None

    def visual(self, api: dict[str, Any], run: dict[str, Any] | None) -> Issue | None:
        """`nothing_drawn`: the code calls drawing APIs but the canvas never showed more than one colour. A
        warning (a game may draw black on black), an error where an argument contract finding explains it."""
        if self.gates.l4_visual == "off" or not run or run.get("errors") or run.get("timed_out"):
            return None
        if (run.get("canvas") or {}).get("blank") is not True:
            return None
        drawing = sorted({h.rsplit("#", 1)[-1] for h in api.get("hits") or [] if _DRAWING.match(h)})
        if not drawing:
            return None
        message = f"the code draws ({', '.join(drawing[:5])}) but the canvas stayed one flat colour for {run.get('frames')} frames"
        return self._visual_issue("nothing_drawn", message, api, run)

    def unchanged(self, api: dict[str, Any], run: dict[str, Any] | None, task: str = "") -> Issue | None:
        """`canvas_unchanged`: the code promises motion (update() moves or redraws, tweens, velocities, particles)
        but every sampled picture of the run was the same. Soft; hard where an argument contract finding agrees, or
        where the task asks for change that goes on by itself (rotates continuously, keeps scrolling) and no input."""
        if self.gates.l4_visual == "off" or not run or run.get("errors") or run.get("timed_out"):
            return None
        canvas = run.get("canvas") or {}
        if canvas.get("blank") is not False or (canvas.get("samples") or 0) < 3 or canvas.get("changes") != 0:
            return None
        why = motion_promised(api)
        if not why:
            return None
        message = (f"the code promises motion ({', '.join(why[:4])}) but the canvas did not change in "
                   f"{canvas['samples']} samples over {run.get('frames')} frames")
        asked = _ONGOING_TASK.search(task or "")
        by_itself = bool(asked) and not (_KEYS_TASK.search(task) or _POINTER_TASK.search(task)) and self.gates.l4_task != "off"
        return self._visual_issue("canvas_unchanged", message, api, run,
                                  f"the task asks for it to go on by itself (\"{self._word(task, asked)}\")" if by_itself else None)

    def _visual_issue(self, code: str, message: str, api: dict[str, Any], run: dict[str, Any],
                      task_demands: str | None = None) -> Issue:
        """A visual reason: hard when the visual gate is, when an argument contract finding explains it, or when
        ``task_demands`` (why the task itself rules the picture out) is given."""
        agreeing = [m for m in api.get("misuse") or [] if m.get("message") and m.get("code") not in self.misuse_off]
        agreeing += [m for m in run.get("misuse") or []  # the run-time contract check
                     if m.get("message") and m.get("kind") not in self.misuse_off]
        hint = (run.get("canvas") or {}).get("still_hint")  # a tween of plain numbers nothing redraws from
        if isinstance(hint, dict) and hint.get("message"):
            agreeing.append(hint)
        if agreeing:
            first = agreeing[0]
            message += f"; the argument contract check agrees (line {first.get('line')}: {first['message']})"
        if task_demands:
            message = f"{message[:600 - len(task_demands) - 2]}; {task_demands}"
        return Issue("l4", code, message[:600], agreeing[0].get("line") if agreeing else None,
                     {"hard": self.gates.l4_visual == "hard" or bool(agreeing) or bool(task_demands)})


def _block_end(text: str, open_at: int) -> int | None:
    """The index of the brace closing the one at open_at (strings and comments are not skipped: rough by design)."""
    depth = 0
    for i in range(open_at, len(text)):
        if text[i] == "{":
            depth += 1
        elif text[i] == "}":
            depth -= 1
            if depth == 0:
                return i
    return None


def _block_start(text: str, close_at: int) -> int | None:
    """The index of the brace opening the one closing at close_at."""
    depth = 0
    for i in range(close_at, -1, -1):
        if text[i] == "}":
            depth += 1
        elif text[i] == "{":
            depth -= 1
            if depth == 0:
                return i
    return None
