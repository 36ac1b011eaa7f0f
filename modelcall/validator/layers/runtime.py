"""L3: judges a browser run (see :mod:`modelcall.validator.browser`): created a game, booted, stepped its frames
through the input phase without an uncaught error, a console error or a hang; blank canvas per config; values
passed to Phaser methods that take wrong ones silently (api_misuse, checked by the harness)."""
from __future__ import annotations

import re

from modelcall.validator.config import RuntimeConfig
from modelcall.validator.layers.base import Issue, LayerResult, Sample

_CODE_LINE = re.compile(r"<anonymous>:(\d+):\d+")


def _line_of(stack: str) -> int | None:
    match = _CODE_LINE.search(stack or "")
    return int(match.group(1)) if match else None


def _phase(raw: str | None) -> str:
    """Harness stages -> the phase names of the record: script, boot, preload, create, update, input, late_update."""
    return raw or "unknown"


def _tampering_issue(what: str, frames: int | None) -> Issue:
    """What the harness reports as tampered with (harness.js ``tampering``) -> the reason."""
    if what == "game loop":
        return Issue("l3", "loop_tampered", f"the program replaced its game loop's step: no frame of the game ran in "
                                            f"{frames} frames, so nothing it does after create was checked")
    if what.startswith("Error."):
        return Issue("l3", "errors_tampered", f"the program locked {what}: its calls to Phaser cannot be checked")
    return Issue("l3", "console_tampered", f"the program replaced {what}: its console errors cannot be checked")


class RuntimeLayer:
    name = "l3"

    def __init__(self, cfg: RuntimeConfig, misuse_rules: dict[str, str] | None = None):
        self.cfg = cfg
        self.misuse_rules = misuse_rules or {}

    def check(self, sample: Sample) -> LayerResult:
        run = sample.runtime
        if run is None:
            return LayerResult(None)
        errors: list[Issue] = []
        warnings: list[Issue] = []
        if not run.get("ok_harness", True):
            errors.append(Issue("l3", "harness_error", str(run.get("harness_error"))[:300]))
        for err in run.get("errors") or []:
            phase = _phase(err.get("phase"))
            errors.append(Issue("l3", "runtime_error", f"{err.get('message')}"[:500], _line_of(err.get("stack", "")),
                                {"phase": phase, "frame": err.get("frame")}))
            break  # the first uncaught error stops the game; later ones are noise
        if run.get("memory_limit"):
            errors.append(Issue("l3", "memory_limit", str(run["memory_limit"])))
        if run.get("cpu_limit"):
            errors.append(Issue("l3", "cpu_limit", str(run["cpu_limit"])))
        if run.get("navigated"):
            errors.append(Issue("l3", "navigation", f"the program navigated its page away (to {run['navigated']})"))
        for what in (run.get("tampered") or [])[:1]:
            errors.append(_tampering_issue(str(what), run.get("frames")))
        if run.get("timed_out"):
            errors.append(Issue("l3", "runtime_timeout", str(run.get("timeout_reason") or "timed out"),
                                extra={"phase": run.get("timeout_phase") or "frames", "frame": run.get("frames")}))
        if not run.get("timed_out") and not run.get("errors") and not run.get("memory_limit") and not run.get("cpu_limit"):
            if not run.get("game_created"):
                if self.cfg.require_game:
                    errors.append(Issue("l3", "no_game", "no Phaser.Game was created"))
            elif not run.get("booted"):
                errors.append(Issue("l3", "boot_failed", f"the game did not boot ({run.get('boot_failure') or 'unknown'})"))
        for cerr in (run.get("console_errors") or [])[:1]:
            issue = Issue("l3", "console_error", str(cerr.get("message"))[:500], extra={"phase": _phase(cerr.get("phase"))})
            (errors if self.cfg.fail_on_console_error else warnings).append(issue)
        if self.cfg.contracts:
            for bad in run.get("misuse") or []:
                # per rule as in L2 (ApiConfig.misuse_rules): certain findings of a hard rule fail, the rest warn
                gate = self.misuse_rules.get(str(bad.get("kind")), "hard")
                if gate == "off":
                    continue
                issue = Issue("l3", "api_misuse", str(bad.get("message"))[:300], bad.get("line"),
                              {"kind": bad.get("kind"), "expected": bad.get("expected"), "phase": _phase(bad.get("phase")),
                               "frame": bad.get("frame")})
                (errors if gate == "hard" and bad.get("certain", True) else warnings).append(issue)
        canvas = run.get("canvas") or {}
        if canvas.get("blank") and not errors:
            issue = Issue("l3", "blank_canvas", f"the canvas is one flat colour after {run.get('frames')} frames")
            (errors if self.cfg.fail_on_blank else warnings).append(issue)
        first_phase = errors[0].extra.get("phase") if errors else None
        return LayerResult(not errors, errors, warnings, data={"failed_phase": first_phase})
