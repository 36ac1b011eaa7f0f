"""The L5 quality score: a weighted mean of components in [0, 1], read from a validated record."""
from __future__ import annotations

from typing import Any

from pydantic import Field, field_validator

from modelcall.config.schema import StrictModel

COMPONENTS = (
    "layers",
    "api_hits",
    "must_use",
    "runtime_frames",
    "runtime_clean",
    "hints",
    "plan_consistency",
    "length",
)


class ScoreWeights(StrictModel):
    """Relative weights of the score components (only their ratios matter; 0 switches one off)."""

    layers: float = Field(3.0, ge=0, description="share of validator layers L1-L4 passed")
    api_hits: float = Field(2.0, ge=0, description="Phaser API calls found in the index / all API calls")
    must_use: float = Field(2.0, ge=0, description="must_use_apis hit / must_use_apis asked for")
    runtime_frames: float = Field(1.0, ge=0, description="frames reached / target_frames")
    runtime_clean: float = Field(1.0, ge=0, description="1 when the run had no uncaught or console errors")
    hints: float = Field(2.0, ge=0, description="eval_hints passed / hints with a known verdict")
    plan_consistency: float = Field(1.0, ge=0, description="plan/code API consistency from L4")
    length: float = Field(1.0, ge=0, description="1 inside the length band, falling off outside it")


class ScoringConfig(StrictModel):
    weights: ScoreWeights = Field(default_factory=ScoreWeights)
    target_frames: int = Field(30, ge=1, description="frames a healthy run reaches (runtime_frames = 1 from here)")
    length_lines: tuple[int, int] = Field(
        (15, 400), description="[min, max] non-blank code lines that count as a sensible length"
    )
    unknown_value: float = Field(
        0.5, ge=0, le=1, description="value of a component the validator could not judge (no hint rule, no plan)"
    )

    @field_validator("length_lines")
    @classmethod
    def _ordered(cls, value: tuple[int, int]) -> tuple[int, int]:
        if value[0] < 1 or value[1] < value[0]:
            raise ValueError("length_lines must be [min, max] with 1 <= min <= max")
        return value


def _ratio(hit: int, total: int, empty: float) -> float:
    return hit / total if total else empty


def _as_unit(value: Any, unknown: float) -> float:
    """plan_consistency may be a number, a boolean or a mapping with a score."""
    if isinstance(value, bool):
        return 1.0 if value else 0.0
    if isinstance(value, (int, float)):
        return max(0.0, min(1.0, float(value)))
    if isinstance(value, dict):
        for key in ("score", "ratio", "value"):
            if isinstance(value.get(key), (int, float)) and not isinstance(value.get(key), bool):
                return max(0.0, min(1.0, float(value[key])))
        if isinstance(value.get("ok"), bool):
            return 1.0 if value["ok"] else 0.0
    if isinstance(value, str):
        return {"pass": 1.0, "ok": 1.0, "fail": 0.0}.get(value.lower(), unknown)
    return unknown


def code_lines(code: str) -> int:
    """Non-blank lines (``map`` keeps the loop in C: this runs once per candidate)."""
    return sum(map(bool, map(str.strip, code.splitlines())))


def score_components(record: dict[str, Any], cfg: ScoringConfig) -> dict[str, float]:
    """Each component in [0, 1]; missing validator sections count as failed (or unknown for judgements)."""
    validation = record.get("validation") or {}
    layers = record.get("layers") or {}
    usage = validation.get("api_usage") or {}
    runtime = validation.get("runtime") or {}
    hints = validation.get("hints") or {}

    hits = len(usage.get("hits") or [])
    misses = len(usage.get("misses") or [])
    must_hit = len(usage.get("must_use_hits") or [])
    must_miss = len(usage.get("must_use_misses") or [])
    frames = runtime.get("frames") or 0
    errors = len(runtime.get("errors") or []) + len(runtime.get("console_errors") or [])
    ran = bool(runtime) and bool(layers.get("l3", validation.get("runtime_ok")))
    verdicts = [str(v).lower() for v in hints.values()]
    passed_hints = sum(v == "pass" for v in verdicts)
    known_hints = sum(v in ("pass", "fail") for v in verdicts)
    lines = code_lines(record.get("code") or "")
    low, high = cfg.length_lines
    if lines < low:
        length = lines / low
    elif lines > high:
        length = high / lines
    else:
        length = 1.0
    return {
        "layers": sum(bool(layers.get(k)) for k in ("l1", "l2", "l3", "l4")) / 4,
        "api_hits": _ratio(hits, hits + misses, 0.0),
        "must_use": _ratio(must_hit, must_hit + must_miss, 1.0),
        "runtime_frames": min(1.0, frames / cfg.target_frames) if isinstance(frames, (int, float)) else 0.0,
        "runtime_clean": 1.0 if ran and errors == 0 else 0.0,
        "hints": _ratio(passed_hints, known_hints, cfg.unknown_value),
        "plan_consistency": _as_unit(validation.get("plan_consistency"), cfg.unknown_value),
        "length": length,
    }


def quality_score(record: dict[str, Any], cfg: ScoringConfig) -> tuple[float, dict[str, float]]:
    """The weighted mean of :func:`score_components`, rounded to 4 places, with the components."""
    parts = score_components(record, cfg)
    weights = vars(cfg.weights)  # the field values; model_dump() per candidate cost more than the score
    total = sum(weights.values())
    if total <= 0:
        return 0.0, parts
    score = sum(weights[name] * parts[name] for name in COMPONENTS) / total
    return round(score, 4), parts
