"""evaluate: parse + validate generations, report pass@k and quality rates with breakdowns, thresholds, base vs SFT."""
from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated, Any, Literal

from pydantic import Field, model_validator

from modelcall.config.paths import Input, Output
from modelcall.config.schema import StrictModel, TaskConfig
from modelcall.errors import InputError, TaskFailed
from modelcall.io import atomic_write_jsonl, atomic_write_text
from modelcall.runners import register
from modelcall.runners.base import Runner
from modelcall.validator.config import ValidatorConfig

DEFAULT_THRESHOLDS = {
    "structure_rate": {"min": 0.90},
    "must_use_hit_rate": {"min": 0.85},
    "crash_rate": {"max": 0.15},
}


class BaselineConfig(StrictModel):
    label: str = Field("base", description="column name of the baseline in the comparison")
    input_path: Annotated[str | None, Input] = Field(None, description="the baseline's generations (raw, candidates or validated)")
    report_path: Annotated[str | None, Input] = Field(None, description="or: an earlier evaluate report JSON whose figures are reused")
    output_path: Annotated[str | None, Output] = Field(None, description="validated baseline samples; default <output stem>.baseline.jsonl")

    @model_validator(mode="after")
    def _one_source(self) -> BaselineConfig:
        if (self.input_path is None) == (self.report_path is None):
            raise ValueError("set exactly one of baseline.input_path and baseline.report_path")
        return self


class EvaluateConfig(TaskConfig):
    input_path: Annotated[str, Input] = Field(description="generations to score: infer's answers (raw outputs), candidates or validated records")
    output_path: Annotated[str, Output] = Field(description="the validated samples of this run (JSONL), for inspection and reuse")
    label: str = Field("sft", description="name of this run in the report and the comparison")
    baseline: BaselineConfig | None = Field(None, description="a run to compare with side by side (base model)")
    ks: list[int] = Field(default_factory=lambda: [1, 5], description="k values of pass@k (prompts with fewer samples are left out)")
    thresholds: dict[str, dict[Literal["min", "max"], float]] = Field(
        default_factory=lambda: {k: dict(v) for k, v in DEFAULT_THRESHOLDS.items()},
        description="acceptance: {metric: {min: x} or {max: y}} over the overall figures",
    )
    fail_on_threshold: bool = Field(False, description="exit 1 when a threshold FAILs (the report is written either way)")
    html_path: Annotated[str | None, Output] = Field(None, description="the comparison table page; default <output dir>/evaluation.html")
    codes_dir: Annotated[str | None, Output] = Field(None, description="program files of parsed answers; default <output dir>/codes")
    validator: ValidatorConfig = Field(default_factory=ValidatorConfig, description="validator settings (as in filter)")
    text_field: str | None = Field(None, description="raw rows: the answer field; default text/raw_output/output/response")
    strip_phaser_import: bool = Field(False, description="remove `import Phaser from 'phaser'` lines before validating")

    @model_validator(mode="after")
    def _ks(self) -> EvaluateConfig:
        if not self.ks or any(k < 1 for k in self.ks):
            raise ValueError("ks must be a non-empty list of positive integers")
        from difflib import get_close_matches

        from modelcall.evaluation.metrics import RATE_METRICS

        known = [f"pass@{k}" for k in sorted(set(self.ks))] + list(RATE_METRICS)
        for metric in self.thresholds:
            if metric not in known:
                close = get_close_matches(metric, known, n=1)
                hint = f"did you mean '{close[0]}'? " if close else ""
                raise ValueError(f"thresholds: unknown metric '{metric}' ({hint}known: {', '.join(known)}; pass@k needs k in ks)")
        return self


@register
class EvaluateRunner(Runner[EvaluateConfig]):
    task_type = "evaluate"
    summary = "score generations: pass@k, structure, must-use/API accuracy, lint, crashes by difficulty/module/split; base vs SFT"
    config_class = EvaluateConfig

    def _score(self, path: str, output_path: Path, label: str) -> dict[str, Any]:
        from modelcall.evaluation.metrics import evaluate_samples, sample_of
        from modelcall.evaluation.pipeline import validated_records
        from modelcall.validator.funnel import LayerFunnel

        cfg = self.config
        codes_dir = Path(cfg.codes_dir) if cfg.codes_dir else output_path.parent / "codes"
        with self.report.timer(f"validate_{label}"):
            records, counts = validated_records(path, codes_dir, cfg.validator, cfg.on_bad_line, cfg.text_field,
                                                cfg.strip_phaser_import)
        atomic_write_jsonl(output_path, records)
        self.report.artifact(f"validated_{label}", output_path)
        self.report.count(f"samples_{label}", len(records))
        funnel = LayerFunnel()
        for record in records:
            funnel.add(record)
        funnel.write(self.report, "samples", prefix=f"{label}: ")
        evaluation = evaluate_samples([sample_of(r) for r in records], cfg.ks).as_dict()
        evaluation["pipeline"] = counts
        return evaluation

    def run(self) -> None:
        from modelcall.evaluation.compare import compare_rows, comparison_html
        from modelcall.evaluation.metrics import check_thresholds

        cfg = self.config
        out = Path(cfg.output_path)
        runs: dict[str, dict[str, Any]] = {}
        base = cfg.baseline
        base_out: Path | None = None
        if base is not None:
            if base.label == cfg.label:
                raise InputError(f"baseline.label and label are both '{cfg.label}'; give the runs different names")
            if base.report_path:
                runs[base.label] = _evaluation_from_report(base.report_path, base.label)
            else:
                assert base.input_path is not None
                base_out = Path(base.output_path) if base.output_path else out.with_name(out.stem + ".baseline.jsonl")
                runs[base.label] = self._score(base.input_path, base_out, base.label)
        runs[cfg.label] = self._score(cfg.input_path, out, cfg.label)

        acceptance = {label: [r.as_dict() for r in check_thresholds(ev["overall"], cfg.thresholds)]
                      for label, ev in runs.items()}
        self.report.set("evaluation", runs)
        self.report.set("acceptance", acceptance)
        mine = runs[cfg.label]["overall"]
        ks = ", ".join(f"pass@{k} {_pct(mine.get(f'pass@{k}'))}" for k in sorted(set(cfg.ks)))
        self.log.info("%s: %d samples / %d prompts; %s", cfg.label, mine["samples"], mine["prompts"], ks)
        for label, results in acceptance.items():
            for r in results:
                self.log.info("[%s] %s", label, r["line"])

        if base is not None and base_out is not None:
            self._check_same_prompts(base.label, base_out)
        base_label = base.label if base is not None else "-"
        base_eval = runs.get(base_label, {"overall": {}})
        rows = compare_rows(base_eval, runs[cfg.label])
        if base is not None:
            self.report.set("comparison", {"base": base_label, "new": cfg.label, "rows": rows})
            for row in rows:
                if row["group"] == "overall":
                    self.log.info("%-18s %8s -> %8s (%s)", row["metric"], _pct(row["base"]), _pct(row["new"]),
                                  "n/a" if row["delta"] is None else f"{row['delta'] * 100:+.1f} pt")
        html_path = Path(cfg.html_path) if cfg.html_path else out.parent / "evaluation.html"
        title = f"Evaluation: {base_label} vs {cfg.label}" if base is not None else f"Evaluation: {cfg.label}"
        atomic_write_text(html_path, comparison_html(base_label, cfg.label, rows, acceptance, title))
        self.report.artifact("html", html_path)

        for r in acceptance[cfg.label]:
            if r["status"] == "FAIL":
                self.report.failure("acceptance", str(r.get("metric") or "threshold"), cfg.label, r["line"])
        failed = [r["line"] for r in acceptance[cfg.label] if r["status"] == "FAIL"]
        self.report.count("thresholds_failed", len(failed))
        if failed and cfg.fail_on_threshold:
            raise TaskFailed(f"{cfg.label} misses {len(failed)} threshold(s): " + "; ".join(failed))


    def _check_same_prompts(self, base_label: str, base_out: Path) -> None:
        """A comparison is only fair over the same prompts: count the overlap and warn when the sets differ."""
        from modelcall.io import read_jsonl

        def prompt_ids(path: Path) -> set[str]:
            return {str(r.get("prompt_id")) for r in read_jsonl(path)}

        base_ids, new_ids = prompt_ids(base_out), prompt_ids(Path(self.config.output_path))
        overlap = {"shared": len(base_ids & new_ids), f"only_{base_label}": len(base_ids - new_ids),
                   f"only_{self.config.label}": len(new_ids - base_ids)}
        self.report.set("prompt_overlap", overlap)
        if base_ids != new_ids:
            self.log.warning("the runs answer different prompts (%s); the comparison is not like for like", overlap)


def _pct(value: float | None) -> str:
    return "n/a" if value is None else f"{value:.1%}"


def _evaluation_from_report(path: str, label: str) -> dict[str, Any]:
    """The figures of one run from an earlier evaluate report (the run named ``label``, or its only/own run)."""
    p = Path(path)
    try:
        report = json.loads(p.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise InputError(f"{p}: baseline report not found; run evaluate on the base model first") from None
    except json.JSONDecodeError as exc:
        raise InputError(f"{p}:{exc.lineno}: not valid JSON ({exc.msg})") from None
    runs = report.get("evaluation") if isinstance(report, dict) else None
    if not isinstance(runs, dict) or not runs:
        raise InputError(f"{p}: not an evaluate report (no 'evaluation' section)")
    if label in runs:
        return runs[label]
    own = (report.get("config") or {}).get("label")
    if own in runs:
        return runs[own]
    raise InputError(f"{p}: no run named '{label}' (it has: {', '.join(runs)})")
