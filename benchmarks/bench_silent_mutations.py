"""How many silently broken variants of working programs the validator catches.

Each program the validator passes is changed in one place the way a teacher model gets Phaser wrong without an
exception: a colour as a CSS string, a misspelled style or tween key, a flat number array for points, a number
written as a string, a handler for an event Phaser never emits, a misspelt method, scene or animation key. Every change that applies makes one variant; the table gives, per kind of change, how many
variants were rejected, with some of the programs whose variant passed.

    python benchmarks/bench_silent_mutations.py --input ../shared/data/teacher_outputs_sample.jsonl
    python benchmarks/bench_silent_mutations.py --input ... --only fillStyle_css_string setOrigin_string

A variant is not always broken for a user: a number written as a string often works, because JavaScript turns it
back into a number (`'0.5' * width`), and the argument contracts only warn about it. Read those rows as what the
validator lets through on purpose, not as misses.
"""
from __future__ import annotations

import argparse
import re
import sys
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench_validator import load_candidates  # noqa: E402

from modelcall.validator import Validator  # noqa: E402

HEX = r"0x([0-9a-fA-F]{1,6})"


def _css(match: re.Match, group: int = 2) -> str:
    return "'#" + match.group(group).rjust(6, "0") + "'"


def _quoted(match: re.Match) -> str:
    return match.group(1) + "'" + match.group(2) + "'"


# kind -> (where, what it becomes); the first match in a program is changed
MUTATIONS: dict[str, tuple[str, Callable[[re.Match], str]]] = {
    "fillStyle_css_string": (r"(fillStyle\()" + HEX, lambda m: m.group(1) + _css(m)),
    "lineStyle_css_string": (r"(lineStyle\(\s*\d+\s*,\s*)" + HEX, lambda m: m.group(1) + _css(m)),
    "setTint_css_string": (r"(setTint\()" + HEX, lambda m: m.group(1) + _css(m)),
    "setFillStyle_css_string": (r"(setFillStyle\()" + HEX, lambda m: m.group(1) + _css(m)),
    "rectangle_css_colour": (r"(add\.rectangle\((?:[^,()]+,){4}\s*)" + HEX, lambda m: m.group(1) + _css(m)),
    "circle_css_colour": (r"(add\.circle\((?:[^,()]+,){3}\s*)" + HEX, lambda m: m.group(1) + _css(m)),
    "text_style_key_misspelled": (r"(add\.text\([^{}]*\{[^{}]*?)\bfontSize\s*:", lambda m: m.group(1) + "fontsize:"),
    "text_colour_key_misspelled": (r"(add\.text\([^{}]*\{[^{}]*?)\b(?:fill|color)\s*:", lambda m: m.group(1) + "colour:"),
    "tween_property_misspelled": (r"(tweens\.add\(\{[^{}]*?)\b(alpha|angle|scale|x|y)\s*:",
                                  lambda m: m.group(1) + {"alpha": "alpah", "angle": "angel", "scale": "scael",
                                                          "x": "xx", "y": "yy"}[m.group(2)] + ":"),
    "fillPoints_flat_numbers": (r"(fillPoints\()\s*([A-Za-z_$][\w$.]*)",
                                lambda m: m.group(1) + m.group(2) + ".flatMap((p) => [p.x, p.y])"),
    "strokePoints_flat_numbers": (r"(strokePoints\()\s*([A-Za-z_$][\w$.]*)",
                                  lambda m: m.group(1) + m.group(2) + ".flatMap((p) => [p.x, p.y])"),
    "setVelocity_string": (r"(setVelocity[XY]?\()\s*(-?\d+)", _quoted),
    "setOrigin_string": (r"(setOrigin\()\s*([\d.]+)", _quoted),
    "setScale_string": (r"(setScale\()\s*([\d.]+)", _quoted),
    "fillRect_string_size": (r"(fillRect\((?:[^,()]+,){2}\s*)(\d+)", _quoted),
    # a handler that loses the scene as `this`: a function where the arrow function was (Phaser calls it on the emitter)
    "handler_this_lost": (r"(\.on\(\s*'[\w-]+'\s*,\s*)\(([\w\s,]*)\)\s*=>\s*\{(?=[^}]*\bthis\.)",
                          lambda m: m.group(1) + "function (" + m.group(2) + ") {"),
    "delayedCall_string_delay": (r"(delayedCall\()\s*(\d+)", lambda m: m.group(1) + "'" + m.group(2) + "ms'"),
    # calls that do nothing: handlers that never run, objects and callbacks that are not there
    "key_event_old_style": (r"(['\"])key(down|up)-(\w+)\1", lambda m: m.group(1) + "key" + m.group(2) + "_" + m.group(3) + m.group(1)),
    "key_name_unknown": (r"(addKeys?\(\s*['\"][^'\"]*?\b|KeyCodes\.)(SPACE|ENTER|UP|DOWN|LEFT|RIGHT)\b",
                         lambda m: m.group(1) + {"SPACE": "SPACEBAR", "ENTER": "RETURN"}.get(m.group(2), "ARROW" + m.group(2))),
    "pointer_event_as_click": (r"(\.on\(\s*)(['\"])pointer(down|up)\2", lambda m: m.group(1) + m.group(2) + "click" + m.group(2)),
    "pointer_event_camel_case": (r"(\.on\(\s*)(['\"])pointer(down|up|over|out|move)\2",
                                 lambda m: m.group(1) + m.group(2) + "pointer" + m.group(3).capitalize() + m.group(2)),
    "setInteractive_left_out": (r"\.setInteractive\((?:[^()]|\([^()]*\))*\)", lambda m: ""),
    "callback_method_misspelled": (r"((?:collider|overlap)\([^()]*?,\s*this\.|callback\s*:\s*this\.|delayedCall\(\s*\d+\s*,\s*this\.)([A-Za-z_$]\w*)",
                                   lambda m: m.group(1) + m.group(2) + "_"),
    "tween_target_misspelled": (r"(targets\s*:\s*this\.)([A-Za-z_$]\w*)\b(?!\s*[.(\[])", lambda m: m.group(1) + m.group(2) + "_"),
    "scene_key_misspelled": (r"(scene\.(?:start|launch|switch|run)\(\s*)(['\"])(\w+)\2", lambda m: m.group(1) + m.group(2) + m.group(3) + "_" + m.group(2)),
    "anim_key_misspelled": (r"((?:anims\.|sprite\.|\w\.)play\(\s*)(['\"])([\w-]+)\2", lambda m: m.group(1) + m.group(2) + m.group(3) + "_" + m.group(2)),
    "text_colour_number": (r"(add\.text\([^{}]*\{[^{}]*?\b(?:fill|color)\s*:\s*)(['\"])#([0-9a-fA-F]{6})\2",
                           lambda m: m.group(1) + "0x" + m.group(3)),
    "gravity_number": (r"gravity\s*:\s*\{\s*y\s*:\s*(\d+)\s*\}", lambda m: "gravity: " + m.group(1)),
    "physics_group_as_plain_group": (r"physics\.add\.group\(", lambda m: "add.group("),
    "add_existing_left_out": (r"(?:scene|this)\.add\.existing\(\s*this\s*\)\s*;?", lambda m: ""),
    "texture_key_misspelled": (r"(add\.(?:sprite|image)\((?:[^,()]+,){2}\s*)(['\"])(\w+)\2", lambda m: m.group(1) + m.group(2) + m.group(3) + "_" + m.group(2)),
    "draggable_left_out": (r"setInteractive\(\s*\{\s*draggable\s*:\s*true\s*\}\s*\)|\bthis\.input\.setDraggable\([^;]*\);?",
                           lambda m: "setInteractive()" if m.group(0).startswith("setInteractive") else ""),
    "onWorldBounds_left_out": (r"[\w.]*\.onWorldBounds\s*=\s*true\s*;?", lambda m: ""),
    "refreshBody_left_out": (r"\.refreshBody\(\)", lambda m: ""),
    "fillPath_left_out": (r"(\w+)\.fillPath\(\)\s*;?", lambda m: ""),
    "strokePath_left_out": (r"(\w+)\.strokePath\(\)\s*;?", lambda m: ""),
    "generateTexture_before_drawing": (r"(?s)(\n[ \t]*)((\w+)\.fill(?:Style|Rect|Circle|Ellipse|Triangle|RoundedRect)\([^;]*;)(.*?)(\n[ \t]*\3\.generateTexture\([^;]*;)",
                                       lambda m: m.group(5) + m.group(1) + m.group(2) + m.group(4)),
    "lineStyle_args_swapped": (r"lineStyle\(\s*(\d+)\s*,\s*(0x[0-9a-fA-F]+)", lambda m: f"lineStyle({m.group(2)}, {m.group(1)}"),
    "fillStyle_args_swapped": (r"fillStyle\(\s*(0x[0-9a-fA-F]+)\s*,\s*(1|1\.0)\s*\)", lambda m: f"fillStyle({m.group(2)}, {m.group(1)})"),
    "update_method_misnamed": (r"(?m)^(\s*)update\s*\(([^)]*)\)\s*\{", lambda m: m.group(1) + "Update(" + m.group(2) + ") {"),
    # wiring (session 10): a lone update(delta), counts given as true, callbacks that lose their scene, Phaser 2 habits
    "update_delta_only": (r"\bupdate\s*\(\s*time\s*,\s*delta\s*\)", lambda m: "update(delta)"),
    "tween_repeat_as_loop_true": (r"(tweens\.add\(\{[^{}]*?)\brepeat\s*:\s*-1", lambda m: m.group(1) + "loop: true"),
    "timer_loop_as_repeat_true": (r"(addEvent\(\{[^{}]*?)\bloop\s*:\s*true", lambda m: m.group(1) + "repeat: true"),
    "collider_context_dropped": (r"((?:collider|overlap)\([^;()]*?,\s*this\.\w+)\s*,\s*null\s*,\s*this\s*\)", lambda m: m.group(1) + ")"),
    "timer_scope_dropped": (r"(callback\s*:\s*(?:this\.\w+|function\s*\([^)]*\)\s*\{[^}]*\bthis\.)[^{}]*?),\s*callbackScope\s*:\s*this\b",
                            lambda m: m.group(1)),
    "input_handler_context_dropped": (r"(\.on\(\s*'[\w-]+'\s*,\s*this\.\w+)\s*,\s*this\s*\)", lambda m: m.group(1) + ")"),
    "set_interactive_as_input_enabled": (r"(\w+)\.setInteractive\(\s*\)", lambda m: m.group(1) + ".inputEnabled = true"),
    "angle_for_rotation_in_trig": (r"(Math\.(?:cos|sin)\(\s*[\w.]+\.)rotation\b", lambda m: m.group(1) + "angle"),
    "camera_event_unprefixed": (r"(['\"])camera(fadeoutcomplete|fadeincomplete|flashcomplete|shakecomplete)\1", lambda m: m.group(1) + m.group(2) + m.group(1)),
    "shake_phaser2_order": (r"shake\(\s*(\d+)\s*,\s*(0?\.\d+)\s*\)", lambda m: f"shake({m.group(2)}, {m.group(1)})"),
    # session 11: seconds written where Phaser counts milliseconds
    "timer_delay_in_seconds": (r"(addEvent\(\{[^{}]*?\bdelay\s*:\s*)(\d{3,})(?=[^{}]*\bloop\s*:\s*true)",
                               lambda m: m.group(1) + str(max(1, int(m.group(2)) // 1000))),
    "tween_duration_in_seconds": (r"(tweens\.add\(\{[^{}]*?\bduration\s*:\s*)(\d{3,})(?=[^{}]*\b(?:repeat\s*:\s*-1|yoyo\s*:\s*true))",
                                  lambda m: m.group(1) + str(max(1, int(m.group(2)) // 1000))),
}


def variants(cands: list[dict], kinds: list[str]) -> list[dict]:
    out = []
    for cand in cands:
        for kind in kinds:
            where, becomes = MUTATIONS[kind]
            code, n = re.subn(where, becomes, cand["code"], count=1)
            if n and code != cand["code"]:
                out.append(dict(cand, code=code, request_id=f"{cand['request_id']}::{kind}"))
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--input", type=Path, required=True, help="raw outputs (.jsonl), as bench_validator.py reads them")
    ap.add_argument("--only", nargs="*", choices=sorted(MUTATIONS), help="these kinds of change only")
    ap.add_argument("--pages", type=int, default=0, help="browser workers (0: one per core)")
    args = ap.parse_args()
    cands = [c for c in load_candidates(args.input) if c.get("code")]
    cfg = {"cache_path": None, "runtime": {"screenshots_dir": None, **({"pages": args.pages} if args.pages else {})}}
    with Validator(cfg) as validator:
        passing = {rec["request_id"] for rec in validator.validate(cands) if rec["passed"]}
        working = [c for c in cands if c["request_id"] in passing]
        records = list(validator.validate(variants(working, args.only or sorted(MUTATIONS))))
    made: dict[str, int] = defaultdict(int)
    caught: dict[str, int] = defaultdict(int)
    passed: dict[str, list[str]] = defaultdict(list)
    for rec in records:
        program, kind = rec["request_id"].split("::")
        made[kind] += 1
        if rec["passed"]:
            passed[kind].append(program)
        else:
            caught[kind] += 1
    print(f"{len(working)} of {len(cands)} programs pass; {len(records)} variants of them\n")
    print("| change | rejected | variants that passed (first 3) |\n|---|---|---|")
    for kind in sorted(made):
        print(f"| {kind} | {caught[kind]} / {made[kind]} | {', '.join(passed[kind][:3])} |")
    print(f"\nrejected in all: {sum(caught.values())} / {sum(made.values())}")


if __name__ == "__main__":
    main()
