"""Reward settings: component weights, gates and group normalisation (the GRPO design is the default)."""
from __future__ import annotations

from typing import Literal

from pydantic import Field, model_validator

from modelcall.config.schema import StrictModel
from modelcall.validator.config import ValidatorConfig

PLAN_COMPONENTS = ("structure", "api_coverage", "consistency")
CODE_COMPONENTS = ("functional", "api_accuracy", "runtime", "quality", "format")
GATES = ("parse_failure", "unsafe", "runtime_crash", "not_a_game", "must_use_missing", "hints_failed", "nothing_visible")


class PlanWeights(StrictModel):
    structure: float = Field(0.30, ge=0, description="the plan has requirements, APIs and steps (share of the three)")
    api_coverage: float = Field(0.20, ge=0, description="share of the seed's must_use_apis the plan names")
    consistency: float = Field(0.50, ge=0, description="share of the plan's APIs the code really uses (L4)")


class CodeWeights(StrictModel):
    functional: float = Field(0.30, ge=0, description="eval_hints passed / hints with a known verdict (L4)")
    api_accuracy: float = Field(0.25, ge=0, description="Phaser API calls found in the index x must_use_apis hit (L2)")
    runtime: float = Field(0.20, ge=0, description="1 when the run in the browser is clean (L3), else frames reached / 2")
    quality: float = Field(0.15, ge=0, description="no lint findings, sensible length, no warnings")
    format: float = Field(0.10, ge=0, description="the answer follows the teacher contract ([PLAN] + one fenced block)")


class RewardWeights(StrictModel):
    """total = plan x plan_score + code x code_score; each score is the weighted mean of its components."""

    plan: float = Field(0.15, ge=0, description="weight of the plan score in the total")
    code: float = Field(0.85, ge=0, description="weight of the code score in the total")
    plan_parts: PlanWeights = Field(default_factory=PlanWeights)
    code_parts: CodeWeights = Field(default_factory=CodeWeights)

    @model_validator(mode="after")
    def _not_all_zero(self) -> RewardWeights:
        if self.plan + self.code <= 0:
            raise ValueError("weights.plan + weights.code must be above 0")
        return self


class Gate(StrictModel):
    action: Literal["zero", "cap", "off"] = Field(description="zero: total = 0; cap: total <= cap; off: not applied")
    cap: float = Field(0.20, ge=0, le=1, description="the ceiling when action is cap")


def _gate(action: str, cap: float = 0.20, text: str = "") -> object:
    return Field(default_factory=lambda: Gate(action=action, cap=cap), description=text)


class RewardGates(StrictModel):
    """A gate fires on a condition of the validated program; the strictest fired gate decides the ceiling."""

    parse_failure: Gate = _gate("zero", text="no program in the answer, or the program does not parse as JavaScript")
    unsafe: Gate = _gate("zero", text="L1 safety: eval / new Function, with, Node imports, network globals")
    runtime_crash: Gate = _gate("cap", text="L3 failed: uncaught error, console error, hang, no game, boot failure")
    not_a_game: Gate = _gate("cap", text="L4 structure missing (Phaser.Game, scene, preload/create) or under the length floor")
    must_use_missing: Gate = _gate(
        "cap", text="the seed names must_use_apis and the code calls none of them (names in strings/comments do not count)"
    )
    hints_failed: Gate = _gate(
        "cap", text="every eval_hint with a known verdict fails (at least one known): a program that runs but ignores the task"
    )
    nothing_visible: Gate = _gate(
        "cap", text="L3 ran the game to its end and its canvas never showed anything (a HEADLESS game, shapes drawn nowhere)"
    )


class Normalisation(StrictModel):
    """Group-normalised advantage per prompt_id: (r - mean) / (std + eps); a group with std < std_min gets 0."""

    scale: Literal["std", "none"] = Field("std", description="std: divide by the group std; none: only centre")
    eps: float = Field(1e-6, ge=0, description="added to the divisor")
    std_min: float = Field(1e-6, ge=0, description="a group whose reward std is below this has no signal: every advantage is 0")


class RewardConfig(StrictModel):
    """Everything that decides a reward, plus the validator that feeds it."""

    weights: RewardWeights = Field(default_factory=RewardWeights)
    gates: RewardGates = Field(default_factory=RewardGates)
    normalisation: Normalisation = Field(default_factory=Normalisation)
    unknown_value: float = Field(
        0.5, ge=0, le=1, description="value of a component the validator could not judge (no hint rule, no must-use list)"
    )
    length_lines: tuple[int, int] = Field((15, 400), description="[min, max] non-blank code lines of a sensible length")
    validator: ValidatorConfig = Field(
        default_factory=lambda: ValidatorConfig(gates={"l4_hints": "soft", "l4_plan": "soft"}),
        description="the validator that judges every program (L1-L4); its cache is shared with filter",
    )
