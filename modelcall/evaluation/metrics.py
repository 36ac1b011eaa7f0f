"""Evaluation metrics over validated samples: pass@k, structure, API use, lint, crashes; breakdowns; thresholds.

Definitions (denominators matter, so they are spelled out):
- ``pass@k``: unbiased estimator 1 - C(n-c, k) / C(n, k) per prompt (n samples, c passed), averaged over
  the prompts with at least k samples; ``pass@1`` is the mean of c/n.
- ``structure_rate``: samples whose program has Phaser.Game + a scene + preload + create (no code: incomplete).
- ``must_use_hit_rate``: required APIs hit / required APIs, over all samples (no code: every one missed);
  ``must_use_all_rate``: samples that hit all their required APIs (samples with none required excluded).
- ``api_accuracy``: API references that exist in the index / all API references, over samples with code.
- ``lint_rate``: samples that pass L1 lint (no code: fail).
- ``crash_rate``: samples whose runtime check failed / samples the runtime check ran on.
"""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

STRUCTURE_KEYS = ("has_game", "has_scene", "has_preload", "has_create")
RATE_METRICS = (
    "parse_rate", "pass_rate", "structure_rate", "must_use_hit_rate", "must_use_all_rate",
    "api_accuracy", "api_clean_rate", "lint_rate", "crash_rate",
)
LOWER_IS_BETTER = {"crash_rate"}


def pass_at_k(n: int, c: int, k: int) -> float:
    """Chance that at least one of k samples drawn without replacement from n (c correct) is correct."""
    if k > n:
        raise ValueError(f"k={k} > n={n}")
    if n - c < k:
        return 1.0
    result = 1.0
    for i in range(n - c + 1, n + 1):
        result *= 1.0 - k / i
    return 1.0 - result


@dataclass
class Sample:
    """The facts of one generated answer that the metrics need."""

    prompt_id: str
    difficulty: str
    modules: list[str]
    split: str
    parse_ok: bool
    passed: bool
    structure_ok: bool
    must_hits: int
    must_required: int
    api_hits: int
    api_misses: int
    lint_ok: bool
    runtime_ok: bool | None  # None: the runtime check did not run


def sample_of(rec: dict[str, Any]) -> Sample:
    """Read a validated record (DESIGN.md schema); a record that failed to parse counts as failing everything."""
    v = rec.get("validation") if isinstance(rec.get("validation"), dict) else {}
    meta = rec.get("prompt_meta") if isinstance(rec.get("prompt_meta"), dict) else {}
    parse_ok = bool(rec.get("parse_ok", v.get("parse_ok", False))) and bool(rec.get("code", True))
    structure = v.get("structure") if isinstance(v.get("structure"), dict) else {}
    usage = v.get("api_usage") if isinstance(v.get("api_usage"), dict) else {}
    must_hits = len(usage.get("must_use_hits") or [])
    must_misses = len(usage.get("must_use_misses") or [])
    required = must_hits + must_misses
    if not required and not parse_ok:
        required = len(meta.get("must_use_apis") or [])
    split = (meta.get("eval") or {}).get("split") if isinstance(meta.get("eval"), dict) else None
    runtime_ok = v.get("runtime_ok") if parse_ok else None
    return Sample(
        prompt_id=str(rec.get("prompt_id") or meta.get("id") or rec.get("request_id")),
        difficulty=str(meta.get("difficulty") or "unknown"),
        modules=[str(m) for m in meta.get("modules") or []] or ["unknown"],
        split=str(split or meta.get("split") or "unknown"),
        parse_ok=parse_ok,
        passed=bool(rec.get("passed")) and parse_ok,
        structure_ok=parse_ok and all(bool(structure.get(k)) for k in STRUCTURE_KEYS),
        must_hits=must_hits if parse_ok else 0,
        must_required=required,
        api_hits=len(usage.get("hits") or []) if parse_ok else 0,
        api_misses=len(usage.get("misses") or []) if parse_ok else 0,
        lint_ok=parse_ok and v.get("lint_ok") is True,
        runtime_ok=runtime_ok if isinstance(runtime_ok, bool) else None,
    )


def _rate(num: float, den: float) -> float | None:
    return round(num / den, 4) if den else None


def compute_metrics(samples: list[Sample], ks: Iterable[int] = (1, 5)) -> dict[str, Any]:
    """All figures for one group of samples."""
    by_prompt: dict[str, list[Sample]] = defaultdict(list)
    for s in samples:
        by_prompt[s.prompt_id].append(s)
    out: dict[str, Any] = {"samples": len(samples), "prompts": len(by_prompt)}
    for k in sorted(set(ks)):
        eligible = [group for group in by_prompt.values() if len(group) >= k]
        values = [pass_at_k(len(g), sum(x.passed for x in g), k) for g in eligible]
        out[f"pass@{k}"] = round(sum(values) / len(values), 4) if values else None
        out[f"pass@{k}_prompts"] = len(values)
    n = len(samples)
    with_code = [s for s in samples if s.parse_ok]
    with_required = [s for s in samples if s.must_required]
    ran = [s for s in samples if s.runtime_ok is not None]
    api_refs = sum(s.api_hits + s.api_misses for s in with_code)
    out.update({
        "parse_rate": _rate(len(with_code), n),
        "pass_rate": _rate(sum(s.passed for s in samples), n),
        "structure_rate": _rate(sum(s.structure_ok for s in samples), n),
        "must_use_hit_rate": _rate(sum(s.must_hits for s in samples), sum(s.must_required for s in samples)),
        "must_use_all_rate": _rate(sum(s.must_hits == s.must_required for s in with_required), len(with_required)),
        "api_accuracy": _rate(sum(s.api_hits for s in with_code), api_refs),
        "api_clean_rate": _rate(sum(s.api_misses == 0 for s in with_code), len(with_code)),
        "lint_rate": _rate(sum(s.lint_ok for s in samples), n),
        "crash_rate": _rate(sum(s.runtime_ok is False for s in ran), len(ran)),
        "runtime_checked": len(ran),
    })
    return out


@dataclass
class Evaluation:
    overall: dict[str, Any]
    by_difficulty: dict[str, dict[str, Any]] = field(default_factory=dict)
    by_module: dict[str, dict[str, Any]] = field(default_factory=dict)
    by_split: dict[str, dict[str, Any]] = field(default_factory=dict)

    def as_dict(self) -> dict[str, Any]:
        return {"overall": self.overall, "by_difficulty": self.by_difficulty, "by_module": self.by_module,
                "by_split": self.by_split}


_DIFFICULTY_ORDER = {"easy": 0, "medium": 1, "hard": 2}


def evaluate_samples(samples: list[Sample], ks: Iterable[int] = (1, 5)) -> Evaluation:
    """Overall figures plus the same figures per difficulty, per module (a sample counts in each) and per split."""
    ks = tuple(ks)
    groups: dict[str, dict[str, list[Sample]]] = {"difficulty": defaultdict(list), "module": defaultdict(list),
                                                  "split": defaultdict(list)}
    for s in samples:
        groups["difficulty"][s.difficulty].append(s)
        groups["split"][s.split].append(s)
        for module in dict.fromkeys(s.modules):
            groups["module"][module].append(s)
    return Evaluation(
        overall=compute_metrics(samples, ks),
        by_difficulty={k: compute_metrics(v, ks) for k, v in
                       sorted(groups["difficulty"].items(), key=lambda kv: (_DIFFICULTY_ORDER.get(kv[0], 9), kv[0]))},
        by_module={k: compute_metrics(v, ks) for k, v in sorted(groups["module"].items())},
        by_split={k: compute_metrics(v, ks) for k, v in sorted(groups["split"].items())},
    )


@dataclass
class ThresholdResult:
    metric: str
    op: str
    threshold: float
    value: float | None
    passed: bool

    def line(self) -> str:
        shown = "n/a" if self.value is None else f"{self.value:.1%}"
        return f"{'PASS' if self.passed else 'FAIL'} {self.metric} {shown} ({self.op} {self.threshold:.0%})"

    def as_dict(self) -> dict[str, Any]:
        return {"metric": self.metric, "op": self.op, "threshold": self.threshold, "value": self.value,
                "status": "PASS" if self.passed else "FAIL", "line": self.line()}


def check_thresholds(metrics: dict[str, Any], thresholds: dict[str, dict[str, float]]) -> list[ThresholdResult]:
    """``{metric: {min: x}}`` or ``{metric: {max: y}}``; a metric without a value fails its threshold."""
    results = []
    for metric, bound in thresholds.items():
        value = metrics.get(metric)
        for op, limit in bound.items():
            if value is None:
                ok = False
            elif op == "min":
                ok = value >= limit
            else:
                ok = value <= limit
            results.append(ThresholdResult(metric, ">=" if op == "min" else "<=", limit, value, ok))
    return results
