"""Argument contracts (contracts.js): certain findings fail L2 with the rule, line and expected type; uncertain ones
only warn; each rule can be made soft or turned off."""
from __future__ import annotations

import pytest

from .conftest import as_candidate, load_labelled

PROLOGUE = "const config = { type: Phaser.AUTO, width: 800, height: 600, scene: { preload, create, update } };\n" \
           "function preload() {}\nfunction update() {}\n"


def judge(validator, body: str):
    code = PROLOGUE + body + "\nnew Phaser.Game(config);\n"
    return validator.validate_one({"request_id": "t", "code": code, "prompt_meta": {}})


def misuse(record, where: str = "errors"):
    return [(i["kind"], i["line"], i["expected"]) for i in record["validation"][where] if i["code"] == "api_misuse"]


# (program, [(rule, line, expected type)]) for the broken labelled programs written for the contract rules
LABELLED = {
    "fail_contract_strokepoints_const": [("flat_points", 14, "array | Phaser.Geom.Point[]")],
    "fail_contract_colour_string": [("string_for_number", 16, "number"), ("string_for_number", 18, "number")],
    "fail_contract_text_style_key": [("unknown_key", 7, "Phaser.Types.GameObjects.Text.TextStyle")],
    "fail_contract_game_config_key": [("unknown_key", 6, "Phaser.Types.Core.GameConfig")],
    "fail_contract_geom_wrong_class": [("wrong_class", 20, "Phaser.Geom.Rectangle"), ("wrong_class", 22, "Phaser.Geom.Rectangle")],
    "fail_contract_tween_property": [("tween_property", 9, "Phaser.GameObjects.Rectangle")],
    "fail_contract_timer_config_key": [("unknown_key", 17, "Phaser.Types.Time.TimerEventConfig")],
    "fail_contract_origin_array": [("wrong_argument", 15, "number")],
    "fail_fillpoints_flat": [("flat_points", 14, "array | Phaser.Geom.Point[]")],
    "fail_contract_numeric_string_size": [("string_for_number", 13, "number")],
    "fail_contract_velocity_string": [("string_for_number", 17, "number")],
    "valid_contract_idioms": [],
}


def test_each_rule_names_the_line_and_the_expected_type(static_validator):
    rows = {row["name"]: row for row in load_labelled()}
    records = list(static_validator.validate([as_candidate(rows[name]) for name in LABELLED]))
    got = {rec["request_id"]: misuse(rec) for rec in records}
    assert got == LABELLED
    for rec in records:
        assert misuse(rec, "warnings") == []
    colour = next(r for r in records if r["request_id"] == "fail_contract_colour_string")
    assert "write 0xff3300" in colour["validation"]["errors"][0]["message"]
    size = next(r for r in records if r["request_id"] == "fail_contract_numeric_string_size")
    assert "WebGL" in size["validation"]["errors"][0]["message"]
    timer = next(r for r in records if r["request_id"] == "fail_contract_timer_config_key")
    assert "did you mean 'repeat'" in timer["validation"]["errors"][0]["message"]


@pytest.mark.parametrize("body, warned", [
    # Path#splineTo hands flat numbers on to SplineCurve, which takes them: only Graphics is certain
    ("function create() { const p = new Phaser.Curves.Path(0, 0); p.splineTo([1, 2, 3, 4]); }", [("flat_points", 4)]),
    # a numeric string is coerced by most setters
    ("function create() { this.add.graphics().fillStyle('16711680').fillRect(0, 0, 9, 9); }", [("string_for_number", 4)]),
    # a key of a config Phaser may read beyond its documentation
    ("function create() { this.anims.create({ key: 'a', frames: [], frameRatee: 5 }); }", [("unknown_key", 4)]),
])
def test_uncertain_findings_only_warn(static_validator, body, warned):
    rec = judge(static_validator, body)
    assert misuse(rec) == []
    assert [(k, line) for k, line, _ in misuse(rec, "warnings")] == warned


def test_an_emitter_config_key_phaser_does_not_read_fails(static_validator):
    # ParticleEmitter#setConfig reads exactly the documented keys: `on` (before 3.60) is ignored, so the emitter
    # streams particles from the start instead of waiting for a click
    rec = judge(static_validator, "function create() { this.add.particles(0, 0, 'p', { speed: 50, on: false }); }")
    assert misuse(rec) == [("unknown_key", 4, "Phaser.Types.GameObjects.Particles.ParticleEmitterConfig")]
    assert "renamed it 'emitting'" in rec["validation"]["errors"][0]["message"]


@pytest.mark.parametrize("body", [
    "function create() { const pts = [{x: 1, y: 2}, {x: 5, y: 9}]; this.add.graphics().fillPoints(pts); }",
    "function create() { let pts = [1, 2, 3, 4]; pts = pts.map((v, i) => ({ x: v, y: i })); this.add.graphics().fillPoints(pts); }",
    "function create() { this.add.text(0, 0, 42, { fill: '#fff', fontSize: 20 }); }",
    "function create() { this.add.rectangle(1, 1, 2, 2, 0xff0000).setOrigin(0.5).setFillStyle(Number('0x00ff00')); }",
    "function create() { const o = { v: 0 }; this.tweens.add({ targets: o, v: 1, duration: 10 }); }",
    "function create() { const s = this.add.sprite(0, 0, 'k'); s.hp = 3; this.tweens.add({ targets: s, hp: 0, duration: 10 }); }",
    "function create() { this.make.graphics({ x: 0, y: 0, add: false }); }",
    "function create() { const c = new Phaser.Geom.Circle(1, 1, 1); Phaser.Geom.Circle.Contains(c, 1, 1); }",
    # a point shape takes any object with x and y (a ring with its radius, r68a's marble game)
    "const RING = { x: 400, y: 280, r: 200 }; function create() { const d = Phaser.Math.Distance.BetweenPoints({ x: 1, y: 2 }, RING); this.add.text(0, 0, String(d)); }",
])
def test_correct_idioms_are_not_reported(static_validator, body):
    rec = judge(static_validator, body)
    assert misuse(rec) == [] and misuse(rec, "warnings") == []
    assert rec["passed"], rec["reasons"]


def test_a_rule_can_be_soft_or_off():
    from modelcall.validator import Validator

    body = "function create() { this.add.graphics().fillStyle('#ff0000').fillRect(0, 0, 9, 9); }"
    with Validator({"cache_path": None, "runtime": {"enabled": False},
                    "api": {"misuse_rules": {"string_for_number": "soft"}}}) as soft:
        rec = judge(soft, body)
    assert rec["passed"] and misuse(rec, "warnings") == [("string_for_number", 4, "number")]
    with Validator({"cache_path": None, "runtime": {"enabled": False},
                    "api": {"misuse_rules": {"string_for_number": "off"}}}) as off:
        rec = judge(off, body)
    assert rec["passed"] and misuse(rec, "warnings") == []


def test_an_unknown_rule_name_is_a_config_error():
    from pydantic import ValidationError

    from modelcall.validator.config import ValidatorConfig

    with pytest.raises(ValidationError, match="misuse_rules"):
        ValidatorConfig.model_validate({"api": {"misuse_rules": {"flat_point": "hard"}}})


def test_the_api_model_carries_parameter_types_and_config_keys():
    from modelcall.validator.api_model import build_model

    records = [
        {"symbol_id": "Phaser.G", "name": "G", "kind": "class", "owner": "Phaser", "params": [
            {"name": "scene", "type": "Phaser.Scene", "optional": False, "rest": False}], "tags": []},
        {"symbol_id": "Phaser.G#fill", "name": "fill", "kind": "method", "owner": "Phaser.G", "returns": "Phaser.G",
         "params": [{"name": "color", "type": "number", "optional": False, "rest": False},
                    {"name": "alpha", "type": "number", "optional": True, "rest": False},
                    {"name": "more", "type": "any", "optional": False, "rest": True}], "tags": []},
        {"symbol_id": "Phaser.Types.Cfg", "name": "Cfg", "kind": "interface", "owner": "Phaser.Types", "tags": ["typedef"]},
        {"symbol_id": "Phaser.Types.Cfg#delay", "name": "delay", "kind": "property", "owner": "Phaser.Types.Cfg",
         "type": "number | Phaser.Types.Other", "tags": ["typedef_property"]},
    ]
    model = build_model(records, "3.90.0")
    assert model["types"]["Phaser.G"]["a"] == ["Phaser.Scene"]
    assert model["types"]["Phaser.G"]["inst"]["fill"]["a"] == ["number", "number?", "...any"]
    assert model["types"]["Phaser.Types.Cfg"]["td"] == 1
    assert model["types"]["Phaser.Types.Cfg"]["inst"]["delay"]["ty"] == "number | Phaser.Types.Other"


def _fit(gate: str = "soft", misuse_off: set[str] | None = None):
    from modelcall.validator.config import GatesConfig
    from modelcall.validator.layers import TaskFitLayer

    return TaskFitLayer(GatesConfig(l4_visual=gate), [], misuse_off=misuse_off)


def _sample(hits, misuse, canvas, errors=()):
    from modelcall.validator.layers import Sample

    static = {"parse_ok": True, "api": {"hits": hits, "misuse": misuse,
                                        "structure": dict.fromkeys(("has_game", "has_scene", "has_preload", "has_create"), True)}}
    run = {"frames": 200, "errors": list(errors), "canvas": canvas}
    return Sample(code="", must_use=[], eval_hints=[], plan_apis=[], static=static, runtime=run)


DRAWS = ["Phaser.GameObjects.GameObjectFactory#graphics", "Phaser.GameObjects.Graphics#fillPoints"]
FLAT = [{"code": "flat_points", "certain": False, "message": "Curves.Path#splineTo() argument 1 ...", "line": 7}]


@pytest.mark.parametrize("gate, hits, misuse, canvas, errors, expected", [
    ("soft", DRAWS, [], {"blank": True}, (), ("warning", None)),          # black on black: only a warning
    ("soft", DRAWS, FLAT, {"blank": True}, (), ("error", 7)),              # the contract check agrees: hard
    ("hard", DRAWS, [], {"blank": True}, (), ("error", None)),
    ("soft", DRAWS, FLAT, {"blank": False}, (), None),                     # something showed
    ("soft", ["Phaser.GameObjects.GameObjectFactory#graphics"], [], {"blank": True}, (), None),  # nothing promised
    ("soft", DRAWS, FLAT, {"blank": True}, ({"message": "boom"},), None),  # L3 already fails it
    ("off", DRAWS, FLAT, {"blank": True}, (), None),
])
def test_the_visual_check(gate, hits, misuse, canvas, errors, expected):
    result = _fit(gate).check(_sample(hits, misuse, canvas, errors))
    found = [("error", i.line) for i in result.errors if i.code == "nothing_drawn"] + \
            [("warning", i.line) for i in result.warnings if i.code == "nothing_drawn"]
    assert found == ([expected] if expected else [])
    if found:
        issue = (result.errors + result.warnings)[0]
        assert "fillPoints" in issue.message and "200 frames" in issue.message
        assert "hard" not in issue.extra


def test_a_contract_rule_that_is_off_does_not_make_the_visual_check_hard():
    result = _fit("soft", {"flat_points"}).check(_sample(DRAWS, FLAT, {"blank": True}))
    assert [i.code for i in result.errors] == [] and [i.code for i in result.warnings] == ["nothing_drawn"]


def test_runtime_findings_are_l3_errors_unless_turned_off():
    from modelcall.validator.config import RuntimeConfig
    from modelcall.validator.layers import RuntimeLayer, Sample

    run = {"game_created": True, "booted": True, "frames": 200, "errors": [], "console_errors": [], "canvas": {"blank": False},
           "misuse": [{"kind": "string_for_number", "message": "Graphics#fillStyle() argument 1 expects a colour number",
                       "expected": "number", "line": 12, "frame": 3, "phase": "create"}]}
    sample = Sample(code="", must_use=[], eval_hints=[], plan_apis=[], runtime=run)
    result = RuntimeLayer(RuntimeConfig()).check(sample)
    assert [(i.reason, i.line, i.extra["kind"]) for i in result.errors] == [("l3:api_misuse@create", 12, "string_for_number")]
    assert RuntimeLayer(RuntimeConfig(contracts=False)).check(sample).ok is True


def test_the_runtime_table_keeps_only_checkable_parameters():
    from modelcall.validator.api_model import build_model
    from modelcall.validator.runtime_contracts import build_table

    def method(owner, name, *types):
        return {"symbol_id": f"{owner}#{name}", "name": name, "kind": "method", "owner": owner, "tags": [],
                "params": [{"name": f"p{i}", "type": t.rstrip("?"), "optional": t.endswith("?"), "rest": False}
                           for i, t in enumerate(types)]}

    records = [
        {"symbol_id": "Phaser.Geom.Circle", "name": "Circle", "kind": "class", "owner": "Phaser.Geom", "tags": []},
        {"symbol_id": "Phaser.Base", "name": "Base", "kind": "class", "owner": "Phaser", "tags": []},
        {"symbol_id": "Phaser.Sub", "name": "Sub", "kind": "class", "owner": "Phaser", "extends": ["Phaser.Base"], "tags": []},
        {"symbol_id": "Phaser.Types.Style", "name": "Style", "kind": "interface", "owner": "Phaser.Types", "tags": ["typedef"]},
        {"symbol_id": "Phaser.Types.Style#color", "name": "color", "kind": "property", "owner": "Phaser.Types.Style",
         "type": "string", "tags": ["typedef_property"]},
        method("Phaser.Base", "fill", "number", "number?"),
        method("Phaser.Base", "anything", "any", "string | number"),   # nothing a value can break
        method("Phaser.Base", "shape", "Phaser.Geom.Circle", "any", "boolean"),
        method("Phaser.Base", "style", "Phaser.Types.Style"),
        method("Phaser.Sub", "fill", "number", "number?"),              # the same as its parent's: listed there only
        method("Phaser.Sub", "shape", "Phaser.Geom.Circle[]"),          # its own: listed
    ]
    table = build_table(build_model(records, "3.90.0"))
    assert table["methods"]["Base"] == {"fill": "n,n", "shape": "C:Geom.Circle", "style": "K:Types.Style"}
    assert table["methods"]["Sub"] == {"shape": "P"}
    assert table["parents"]["Sub"] == ["Base"]
    assert table["configs"]["Types.Style"] == {"closed": 0, "keys": {"color": 0}}


def test_a_point_shape_is_not_a_config_with_closed_keys():
    """Vector2Like is a shape Phaser reads x and y of: a { x, y, r } ring handed to Distance.BetweenPoints is right, so
    the run-time check must not call 'r' an unknown key (an r68 marble game was rejected on that 'agreement')."""
    from modelcall.validator.api_model import build_model
    from modelcall.validator.runtime_contracts import build_table

    records = [
        {"symbol_id": "Phaser.Base", "name": "Base", "kind": "class", "owner": "Phaser", "tags": []},
        {"symbol_id": "Phaser.Types.Math.Vector2Like", "name": "Vector2Like", "kind": "interface", "owner": "Phaser.Types.Math", "tags": ["typedef"]},
        {"symbol_id": "Phaser.Types.Math.Vector2Like#x", "name": "x", "kind": "property", "owner": "Phaser.Types.Math.Vector2Like",
         "type": "number", "tags": ["typedef_property"]},
        {"symbol_id": "Phaser.Base#near", "name": "near", "kind": "method", "owner": "Phaser.Base", "tags": [],
         "params": [{"name": "a", "type": "Phaser.Types.Math.Vector2Like", "optional": False, "rest": False}]},
    ]
    table = build_table(build_model(records, "3.90.0"))
    assert table["methods"]["Base"] == {"near": "K:Types.Math.Vector2Like"}
    assert not [k for k in table["configs"] if k.endswith("Like")]

def test_the_table_reaches_the_pool():
    from modelcall.validator.browser import BrowserPool
    from modelcall.validator.config import RuntimeConfig
    from modelcall.validator.runtime_contracts import attach

    pool = BrowserPool(RuntimeConfig())
    assert attach(pool, {"methods": {"A": {"f": "n"}}}) and pool.contracts == {"methods": {"A": {"f": "n"}}}
    assert attach(object(), {}) is False


def test_each_program_gets_the_part_of_the_table_it_can_reach():
    from modelcall.validator.runtime_contracts import for_program

    table = {
        "version": "3.90.0",
        "methods": {"GameObjects.Graphics": {"fillPoints": "P,b,b,n", "fillRect": "n,n,n,n"},
                    "GameObjects.Text": {"setStyle": "K:Types.GameObjects.Text.TextStyle"},
                    "Tweens.TweenManager": {"add": "K:Types.Tweens.TweenBuilderConfig"}},
        "statics": {"Math": {"Between": "n,n"}, "Display.Color": {"HexStringToColor": "s"}},
        "parents": {"GameObjects.Text": ["GameObjects.GameObject"]},
        "configs": {"Types.GameObjects.Text.TextStyle": {"closed": 1, "keys": {"shadow": "Types.GameObjects.Text.TextShadow"}},
                    "Types.GameObjects.Text.TextShadow": {"closed": 0, "keys": {"offsetX": 0}},
                    "Types.Tweens.TweenBuilderConfig": {"closed": 0, "tween": 1, "keys": {}},
                    "Types.GameObjects.GameObjectConfig": {"closed": 0, "keys": {"x": 0}}},
    }
    code = ("const g = this.add.graphics(); g.fillPoints(pts, true);\nt.setStyle({ shadow: {} });\n"
            "const n = Phaser.Math.Between(1, 3); g.fillRect.call(g, 0, 0, 1, 1); // tweens.add is not called")
    part = for_program(table, code)
    assert part["methods"] == {"GameObjects.Graphics": table["methods"]["GameObjects.Graphics"],
                               "GameObjects.Text": table["methods"]["GameObjects.Text"]}
    assert part["statics"] == {"Math": {"Between": "n,n"}}
    assert part["parents"] == table["parents"] and part["version"] == "3.90.0"
    # the configs a kept entry refers to, the nested ones, and the creator's own
    assert sorted(part["configs"]) == ["Types.GameObjects.GameObjectConfig", "Types.GameObjects.Text.TextShadow",
                                       "Types.GameObjects.Text.TextStyle"]
    assert for_program(table, "console.log(1)")["methods"] == {}


@pytest.mark.parametrize("finding, rules, expected", [
    ({"kind": "unknown_key", "certain": True}, {}, "error"),
    ({"kind": "string_for_number", "certain": False}, {}, "warning"),   # '0.6' for a number: it works
    ({"kind": "unknown_key", "certain": True}, {"unknown_key": "soft"}, "warning"),
    ({"kind": "unknown_key", "certain": True}, {"unknown_key": "off"}, None),
])
def test_runtime_findings_follow_certainty_and_the_rule_gates(finding, rules, expected):
    from modelcall.validator.config import RuntimeConfig
    from modelcall.validator.layers import RuntimeLayer, Sample

    run = {"game_created": True, "booted": True, "frames": 200, "errors": [], "console_errors": [], "canvas": {"blank": False},
           "misuse": [dict(finding, message="GameObjectFactory#text(): 'colour' is not a key", line=9, phase="create")]}
    result = RuntimeLayer(RuntimeConfig(), rules).check(Sample(code="", must_use=[], eval_hints=[], plan_apis=[], runtime=run))
    found = [("error", i.line) for i in result.errors] + [("warning", i.line) for i in result.warnings]
    assert found == ([(expected, 9)] if expected else [])


MOVES = {"assigned_in_update": ["x"], "calls_in_update": [], "hits": []}
TWEEN = {"assigned_in_update": [], "calls_in_update": [], "hits": ["Phaser.Tweens.TweenManager#add"]}
STILL = {"assigned_in_update": ["score"], "calls_in_update": ["setText"], "hits": []}
KEYS = {"assigned_in_update": ["x"], "calls_in_update": [], "hits": ["Phaser.Input.Keyboard.Key#isDown"]}
SAME = {"blank": False, "samples": 9, "changes": 0}


@pytest.mark.parametrize("facts, misuse, canvas, expected", [
    (MOVES, [], SAME, "warning"),                                    # update() moves something, nothing changed
    (TWEEN, FLAT, SAME, "error"),                                    # the contract check agrees: hard
    (STILL, [], SAME, None),                                         # nothing promised to move
    (KEYS, [], SAME, None),                                          # moved by keys: left then right ends where it began
    (dict(KEYS, hits=KEYS["hits"] + TWEEN["hits"]), [], SAME, "warning"),  # a tween moves by itself
    (MOVES, [], dict(SAME, changes=2), None),                        # the picture changed
    (MOVES, [], dict(SAME, samples=2), None),                        # too few samples to say
    (MOVES, [], dict(SAME, blank=True), None),                       # blank: nothing_drawn's business
])
def test_the_unchanged_canvas_check(facts, misuse, canvas, expected):
    from modelcall.validator.layers import Sample

    static = {"parse_ok": True, "api": dict(facts, misuse=misuse, structure=dict.fromkeys(
        ("has_game", "has_scene", "has_preload", "has_create"), True))}
    sample = Sample(code="", must_use=[], eval_hints=[], plan_apis=[], static=static,
                    runtime={"frames": 200, "errors": [], "canvas": canvas})
    result = _fit("soft").check(sample)
    found = [("error", i.message) for i in result.errors if i.code == "canvas_unchanged"] + \
            [("warning", i.message) for i in result.warnings if i.code == "canvas_unchanged"]
    assert [kind for kind, _ in found] == ([expected] if expected else [])
    if found:
        assert "9 samples over 200 frames" in found[0][1]


@pytest.mark.browser
def test_a_program_cannot_rename_its_script_to_hide_its_calls(browser_validator):
    """The run-time contracts tell the program's calls from Phaser's and the harness's by script name. A program that
    names its own script (a sourceURL comment: the harness's name, another one) gets the same findings."""
    from pathlib import Path

    code = (Path(__file__).parents[1] / "data" / "validator" / "programs" / "fail_runtime_contract.js").read_text(encoding="utf-8")
    variants = [code, code + "\n//# sourceURL=main.js\n", code + "\n//@ sourceURL=harness.js\n", "//# sourceURL=game.js\n" + code,
                code + "\n//# sourceMappingURL=data:application/json;base64,e30=\n"]
    records = list(browser_validator.validate([{"request_id": f"v{i}", "code": c} for i, c in enumerate(variants)]))
    reasons = [sorted(r["reasons"]) for r in records]
    assert reasons[0] and any(r.startswith("l3:api_misuse") for r in reasons[0])
    assert reasons == [reasons[0]] * len(variants), reasons


@pytest.mark.browser
def test_a_program_cannot_hide_its_calls_from_the_contracts(browser_validator):
    """A colour string passed to fillStyle (a number is expected) is found however the program tries to make its
    frame look like someone else's: a call past column 2000 of a long line, its own Error.prepareStackTrace; a
    stackTraceLimit it locks at 0 makes the check impossible, which fails the run."""
    def program(top: str, line: str) -> str:
        return (f"{top}\nclass Main extends Phaser.Scene {{\n  create() {{\n    const g = this.add.graphics();\n"
                f"    {line}\n  }}\n}}\nconst game = new Phaser.Game({{ type: Phaser.AUTO, width: 400, height: 300, scene: Main }});\n")
    call = "g.fillStyle(this.theme.bg); g.fillRect(200, 150, 80, 60);"
    theme = "this.theme = { bg: '#ff3366' };"
    cases = {
        "plain": program("", f"{theme} {call}"),
        "long line": program("", f"{theme} const pad = '{'x' * 3000}'; {call}"),
        "prepareStackTrace": program("Error.prepareStackTrace = (e, frames) => 'Error';", f"{theme} {call}"),
        "locked stackTraceLimit": program("Object.defineProperty(Error, 'stackTraceLimit', { get() { return 0; }, set() {} });",
                                          f"{theme} {call}"),
    }
    records = dict(zip(cases, browser_validator.validate([{"request_id": k, "code": c} for k, c in cases.items()])))
    for name in ("plain", "long line", "prepareStackTrace"):
        assert not records[name]["passed"] and any(r.startswith("l3:api_misuse") for r in records[name]["reasons"]), (name, records[name]["reasons"])
    assert not records["locked stackTraceLimit"]["passed"]
    assert "l3:errors_tampered" in records["locked stackTraceLimit"]["reasons"], records["locked stackTraceLimit"]["reasons"]


# (call with a numeric string, the same call with the number): does the string draw differently, per renderer?
WEBGL_SUMS = {
    "fillRect": ("g.fillRect(10, 10, '100', 40)", "g.fillRect(10, 10, 100, 40)"),
    "lineBetween": ("g.lineBetween(10, 10, '100', 80)", "g.lineBetween(10, 10, 100, 80)"),
    "rectangle width": ("this.add.rectangle(60, 50, '100', 40, 0xff0000)", "this.add.rectangle(60, 50, 100, 40, 0xff0000)"),
    "circle radius": ("this.add.circle(60, 50, '30', 0xff0000)", "this.add.circle(60, 50, 30, 0xff0000)"),
}
WEBGL_MULTIPLIES = {
    "fillCircle": ("g.fillCircle(60, 50, '30')", "g.fillCircle(60, 50, 30)"),
    "setOrigin": ("this.add.rectangle(60, 50, 40, 40, 0xff0000).setOrigin('0')", "this.add.rectangle(60, 50, 40, 40, 0xff0000).setOrigin(0)"),
}


@pytest.mark.browser
def test_numeric_strings_draw_wrong_only_where_webgl_adds_them():
    """Why a numeric string is certain for some number parameters (contracts.js WEBGL_SUMS) and a warning for the
    rest: drawn both ways in both renderers, the string changes the picture under WebGL exactly there."""
    import hashlib

    from modelcall.validator.browser import BrowserPool
    from modelcall.validator.config import RuntimeConfig

    from .conftest import _chromium_available

    if not _chromium_available():
        pytest.skip("no headless Chromium installed (scripts/setup.sh installs them)")

    def program(renderer: str, call: str) -> str:
        return ("class S extends Phaser.Scene { create() { const g = this.add.graphics(); g.fillStyle(0xff0000, 1); "
                f"g.lineStyle(3, 0x00ff00, 1); {call}; }} }}\nnew Phaser.Game({{ type: Phaser.{renderer}, width: 200, "
                "height: 100, backgroundColor: '#000000', scene: S });")

    cases = {**WEBGL_SUMS, **WEBGL_MULTIPLIES}
    codes = [program(r, call) for pair in cases.values() for r in ("WEBGL", "CANVAS") for call in pair]
    with BrowserPool(RuntimeConfig(pages=1, force_canvas=False), screenshots=True) as pool:
        shots = [hashlib.sha1(r["png"]).hexdigest() for r in pool.run(codes)]
    differs = {}
    for i, name in enumerate(cases):
        webgl_string, webgl_number, canvas_string, canvas_number = shots[4 * i:4 * i + 4]
        differs[name] = (webgl_string != webgl_number, canvas_string != canvas_number)
    assert differs == {**{name: (True, False) for name in WEBGL_SUMS}, **{name: (False, False) for name in WEBGL_MULTIPLIES}}


@pytest.mark.browser
def test_a_numeric_string_velocity_moves_ten_times_as_fast():
    """Why a numeric string is certain for Arcade's velocity setters: Arcade adds gravity to the velocity every step,
    and '200' + 0 is the text '2000' (read back as 2000), in every renderer."""
    from modelcall.validator.browser import BrowserPool
    from modelcall.validator.config import RuntimeConfig

    from .conftest import _chromium_available

    if not _chromium_available():
        pytest.skip("no headless Chromium installed (scripts/setup.sh installs them)")

    def program(speed: str) -> str:
        return ("class S extends Phaser.Scene { create() { this.b = this.add.rectangle(100, 100, 20, 20, 0xff0000); "
                f"this.physics.add.existing(this.b); this.b.body.setVelocityX({speed}); this.n = 0; }} update() {{ "
                "if (++this.n === 10) window.__signals__ = { vx: this.b.body.velocity.x }; } }\n"
                "new Phaser.Game({ type: Phaser.CANVAS, width: 800, height: 600, physics: { default: 'arcade' }, scene: S });")

    with BrowserPool(RuntimeConfig(pages=1), screenshots=False) as pool:
        as_text, as_number = pool.run([program("'200'"), program("200")])
    assert (as_text["signals"]["vx"], as_number["signals"]["vx"]) == (2000, 200)
