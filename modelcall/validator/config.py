"""The validator's settings: one typed section, shared by the `filter` runner and every caller of ``Validator``."""
from __future__ import annotations

import hashlib
import json
import os
from typing import Annotated, Literal

from pydantic import Field

from modelcall.config.paths import External, Input, OptionalInput, Output
from modelcall.config.schema import StrictModel

Gate = Literal["hard", "soft", "off"]


MisuseRule = Literal["flat_points", "string_for_number", "wrong_argument", "wrong_class", "unknown_key", "tween_property",
                     "never_fires", "missing_object", "phaser_warning", "hidden",
                     "broken_text", "misplaced", "stale_state", "dead_pool"]
# every rule's false rejections were measured on the labelled set and on real teacher outputs before it was made hard
MISUSE_RULES: dict[str, Gate] = {
    "flat_points": "hard",          # fillPoints([x, y, x, y]) where {x, y} points are expected: nothing is drawn
    "string_for_number": "hard",    # fillStyle('#ff0000') where a colour number is expected
    "wrong_argument": "hard",       # other literal / array / object arguments of a type the parameter cannot take
    "wrong_class": "hard",          # a Geom shape of the wrong class (Rectangle.Contains(circle, ...))
    "unknown_key": "hard",          # a misspelt key of a typed config (text style, game config, timer config)
    "tween_property": "hard",       # a tween of a property the target does not have
    "never_fires": "hard",          # a handler for an event Phaser never emits, an unknown key name, a pointer handler on
                                    # an object never made interactive
    "missing_object": "hard",       # undefined where Phaser needs the object or callback (collider, tween targets, timer)
    "phaser_warning": "hard",       # Phaser's own warning of a call that did nothing (missing animation or scene key)
    "hidden": "hard",               # an opaque view-sized shape drawn over everything else, the canvas flat all run
    "broken_text": "hard",          # a visible text showing 'undefined' or '[object Object]' at the end of the run (NaN warns)
    "misplaced": "hard",            # a Graphics turned about the view's corner, a view-sized RenderTexture 3/4 off the view
    "stale_state": "hard",          # a game-over flag in a module variable or constructor field that scene.restart() keeps
    "dead_pool": "hard",            # pool members hidden or made inactive that group.get() hands out again unchanged
}


def usable_cpus() -> int:
    """The CPUs this process may run on (a Slurm task's or a container's cpuset, not the whole machine's)."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except (AttributeError, OSError):
        return max(1, os.cpu_count() or 1)

class GatesConfig(StrictModel):
    """Which checks reject a sample (hard), only warn (soft) or are not run at all (off)."""

    l1: Gate = Field("hard", description="syntax, lint and safety")
    l2: Gate = Field("hard", description="API truth: hallucinated APIs, missing must-use APIs, API misuse")
    l3: Gate = Field("hard", description="runtime in headless Chromium (only when runtime.enabled)")
    l4_structure: Gate = Field("hard", description="new Phaser.Game, a scene, preload and create")
    l4_hints: Gate = Field("soft", description="eval_hints mapped by the rule table")
    l4_plan: Gate = Field("soft", description="plan/code API consistency")
    l4_task: Gate = Field(
        "hard", description="the task text against the code: a timer fires once where the task (prompt_meta.task) "
        "asks for the same delay again and again ('every 1.5 s', '每隔 2 秒'); no body bounces where it asks for "
        "bouncing off the edges"
    )
    l4_visual: Gate = Field(
        "soft", description="code that draws but a canvas that stays one flat colour (nothing_drawn), code that "
        "promises motion but a canvas that never changes (canvas_unchanged); soft: hard only where an argument contract "
        "finding agrees"
    )


class LintConfig(StrictModel):
    min_code_chars: int = Field(200, ge=0, description="length floor: shorter code fails L1 (too_short)")
    engine: Literal["oxlint", "eslint"] = Field(
        "oxlint", description="the linter for L1's rules: oxlint (native, batched; ESLint where it cannot judge the "
        "same way) or ESLint alone; both give the same messages on the labelled set and on real outputs"
    )
    extra_globals: dict[str, Literal["readonly", "writable"]] = Field(
        default_factory=dict, description="more global names ESLint accepts besides browser globals and Phaser"
    )


class ApiConfig(StrictModel):
    api_index_path: Annotated[str | None, OptionalInput] = Field(
        None, description="API index JSONL (api_index runner); default: built/cached by ensure_api_index"
    )
    phaser_version: str = Field("3.90.0", description="the Phaser version the index and the runtime use")
    max_miss_rate: float = Field(
        0.0, ge=0.0, le=1.0, description="L2 fails when misses / (hits + misses) is above this (0: any miss fails)"
    )
    max_misses: int | None = Field(None, ge=0, description="optional: L2 also fails above this many misses")
    require_must_use: bool = Field(True, description="a missing must_use_api fails L2")
    check_physics_config: bool = Field(
        True, description="`this.physics` used while no physics is configured anywhere fails L2"
    )
    check_misuse: bool = Field(
        True, description="argument contracts: a call argument that certainly breaks the parameter type fails L2"
    )
    misuse_rules: dict[MisuseRule, Gate] = Field(
        default_factory=lambda: dict(MISUSE_RULES),
        description="per argument-contract rule: hard (a certain finding fails L2), soft (warning only) or off; "
        "uncertain findings are always warnings",
    )
    reflect: bool = Field(
        True, description="complete the index by reflecting over live Phaser classes in the browser (cached)"
    )


class RuntimeConfig(StrictModel):
    enabled: bool = Field(True, description="run L3 (headless Chromium, driven over the DevTools protocol)")
    executable_path: Annotated[str | None, External] = Field(
        None, description="browser binary; default the headless shell (Debian chromium-headless-shell or Playwright's), else chromium"
    )
    frames: int = Field(
        200, ge=1, description="frames stepped at least (16.7 ms of game time each; 200 = 3.3 s); more with reach_timers"
    )
    contracts: bool = Field(
        True, description="check the values the program passes to the public Phaser methods it names against the API "
        "index's parameter types (numbers, strings, functions, point arrays, Geom classes, typed config keys) and tweens "
        "of missing properties: l3:api_misuse, certain findings per api.misuse_rules, the rest warnings"
    )
    reach_timers: bool = Field(
        True, description="run longer when the code schedules later (delayedCall, addEvent, setTimeout, tween "
        "durations read from the code): to the last scheduled time + 0.5 s, within max_game_time_s"
    )
    max_game_time_s: float = Field(
        20.0, gt=0, description="game-time budget per program when reach_timers extends the run (20 s = 1200 frames)"
    )
    input_after_frames: int = Field(60, ge=0, description="start the input phase after this many frames")
    input_phase: bool = Field(True, description="synthetic pointer down/move/up, a drag and key presses")
    rendering_every: int = Field(
        15, ge=0, description="for programs that name an API only the browser's own rendering steps serve (observers, CSS "
        "transitions and animations, Web Animations, the timeline): one such step every N frames, at the page's time; 0: none")
    render_every: int = Field(8, ge=1, description="render one frame in N (all frames update); the last one always")
    width: int = Field(800, ge=64, description="viewport width")
    height: int = Field(600, ge=64, description="viewport height")
    force_canvas: bool = Field(
        True, description="force the CANVAS renderer (fast without a GPU), except for programs using WebGL-only APIs (preFX, shaders, ...)"
    )
    no_audio: bool = Field(
        False, description="run games with audio disabled (noAudio); off: WebAudio as in a browser (muted), this.sound.context works"
    )
    stall_timeout_s: float = Field(
        4.0, gt=0, description="a program that advances no frame for this long is killed (runtime_timeout)"
    )
    total_timeout_s: float = Field(30.0, gt=0, description="hard wall-clock cap per sample, even while progressing")
    boot_timeout_s: float = Field(8.0, gt=0, description="time allowed for the game to boot and its scenes to start")
    pages: int = Field(
        default_factory=lambda: usable_cpus(), ge=1,
        description="programs run in parallel, each on a browser process of its own (default: one per CPU core)",
    )
    memory_limit_mb: int = Field(
        512, ge=64, description="V8 heap + ArrayBuffer cap per program; past it the run fails (l3:memory_limit)"
    )
    cpu_limit_s: float = Field(
        15.0, ge=0, description="CPU seconds a program may use in its renderer and GPU process (workers and all); "
        "past it the run fails (l3:cpu_limit); 0: no cap"
    )
    console_cap: int = Field(
        1000, ge=0, description="console lines a program may print before the rest is dropped (counted, never a hang)"
    )
    fail_on_navigation: bool = Field(True, description="a program that navigates its page away fails L3 (l3:navigation)")
    network_isolation: Literal["auto", "netns", "flags"] = Field(
        "auto", description="auto: Chromium in its own empty network namespace where the machine allows it, else "
        "flags; netns: require the namespace; flags: proxy to a closed port, no WebRTC UDP, no DNS (docs/validator.md: network guard)"
    )
    fail_on_console_error: bool = Field(True, description="console.error calls fail L3")
    fail_on_blank: bool = Field(False, description="a blank canvas after the run fails L3 (else a warning)")
    require_game: bool = Field(True, description="no Phaser.Game created fails L3")
    screenshots_dir: Annotated[str | None, Output] = Field("runs/screenshots", description="PNG of the canvas per code hash (null: none)")


class HintsConfig(StrictModel):
    rules_path: Annotated[str | None, Input] = Field(None, description="hint rule table (JSON); default: the shipped one")
    min_plan_consistency: float = Field(
        0.5, ge=0.0, le=1.0, description="below this share of plan APIs used, the l4_plan gate warns or fails"
    )


class ValidatorConfig(StrictModel):
    """Everything that decides a verdict, plus how the work is spread (workers, cache)."""

    gates: GatesConfig = Field(default_factory=GatesConfig)
    lint: LintConfig = Field(default_factory=LintConfig)
    api: ApiConfig = Field(default_factory=ApiConfig)
    runtime: RuntimeConfig = Field(default_factory=RuntimeConfig)
    hints: HintsConfig = Field(default_factory=HintsConfig)
    workers: Annotated[int, Field(ge=1)] | Literal["auto"] = Field(
        "auto", description="Node workers for the static layers (L1, L2, L4); auto: one per CPU this process may use"
    )
    cache_path: Annotated[str | None, Output] = Field(
        "runs/cache/validator.sqlite", description="SQLite verdict cache keyed by code hash + config + Phaser version"
    )
    node_binary: str = Field("node", description="the Node.js executable")

    def worker_count(self) -> int:
        """``workers`` as a number: ``auto`` is the CPUs this process may run on."""
        return usable_cpus() if self.workers == "auto" else self.workers

    def fingerprint(self) -> str:
        """Hash of the settings that can change a verdict (not workers, paths of outputs, page counts)."""
        data = self.model_dump()
        data.pop("workers", None)
        data.pop("cache_path", None)
        data.pop("node_binary", None)
        for key in ("pages", "screenshots_dir", "executable_path", "network_isolation"):
            data["runtime"].pop(key, None)
        blob = json.dumps(data, sort_keys=True).encode()
        return hashlib.sha256(blob).hexdigest()[:16]
