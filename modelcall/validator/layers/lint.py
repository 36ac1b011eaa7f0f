"""L1: parses as ES2022 (script or module), ESLint with browser globals + Phaser, safety rules, a length floor."""
from __future__ import annotations

from modelcall.validator.config import LintConfig
from modelcall.validator.layers.base import Issue, LayerResult, Sample


class LintLayer:
    name = "l1"

    def __init__(self, cfg: LintConfig):
        self.cfg = cfg

    def check(self, sample: Sample) -> LayerResult:
        errors: list[Issue] = []
        static = sample.static or {}
        if not sample.code.strip():
            return LayerResult(False, [Issue("l1", "no_code", "the candidate holds no code")], data={"parse_ok": False})
        if len(sample.code) < self.cfg.min_code_chars:
            errors.append(Issue("l1", "too_short", f"code is {len(sample.code)} chars, the floor is {self.cfg.min_code_chars}"))
        if not static.get("parse_ok"):
            err = static.get("syntax_error") or {}
            errors.append(Issue("l1", "syntax_error", str(err.get("message") or static.get("error") or "does not parse"), err.get("line")))
            return LayerResult(False, errors, data={"parse_ok": False, "lint_ok": False})
        for msg in static.get("lint") or []:
            errors.append(Issue("l1", msg["code"], msg["message"], msg.get("line"), {"rule": msg.get("rule")}))
        return LayerResult(not errors, errors, data={"parse_ok": True, "lint_ok": not errors, "source_type": static.get("source_type")})
