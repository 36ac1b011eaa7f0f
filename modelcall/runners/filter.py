"""filter: candidates.jsonl -> validated.jsonl through the four-layer validator (modelcall.validator)."""
from __future__ import annotations

from pathlib import Path
from typing import Annotated

from pydantic import Field

from modelcall.config.paths import Input, Output
from modelcall.config.schema import TaskConfig
from modelcall.errors import InputError, TaskFailed
from modelcall.io import AtomicWriter, ReadStats, count_lines, dumps_line, read_jsonl
from modelcall.io.kinds import wrong_kind_message
from modelcall.progress import progress_bar
from modelcall.runners import register
from modelcall.runners.base import Chunking, Runner
from modelcall.validator.config import ValidatorConfig


class FilterConfig(TaskConfig):
    input_path: Annotated[str, Input] = Field(description="candidates JSONL (the parse runner's output)")
    output_path: Annotated[str, Output] = Field(description="validated JSONL: every candidate + validation, layers, passed, reasons")
    passed_path: Annotated[str | None, Output] = Field(None, description="optional: also write only the passed records here")
    validator: ValidatorConfig = Field(default_factory=ValidatorConfig, description="gates, thresholds, runtime, cache")
    batch_size: int = Field(64, ge=1, description="candidates validated together (programs run in parallel pages)")
    min_pass_rate: float | None = Field(
        None, ge=0.0, le=1.0, description="fail the task (exit 1) below this pass rate; outputs are still written"
    )


@register
class FilterRunner(Runner[FilterConfig]):
    task_type = "filter"
    summary = "validate candidates: L1 lint, L2 API truth, L3 headless-browser run, L4 task fit -> validated.jsonl"
    config_class = FilterConfig
    chunking = Chunking(pages_key="validator.runtime.pages", position_key="position")

    @classmethod
    def job_environment_problems(cls, config: TaskConfig) -> list[str]:
        from modelcall.validator.environment import environment_problems

        assert isinstance(config, FilterConfig)
        return environment_problems(config.validator)

    def run(self) -> None:
        from modelcall.validator import Validator
        from modelcall.validator.funnel import LayerFunnel

        cfg = self.config
        if not Path(cfg.input_path).is_file():
            raise InputError(f"{cfg.input_path}: file not found (input_path: the parse runner's candidates.jsonl)")
        first = next(read_jsonl(cfg.input_path, "skip"), None)
        if first is None:
            raise InputError(f"{cfg.input_path}: no candidates (the file is empty); the parse runner writes it: check its report")
        problem = wrong_kind_message(cfg.input_path, first, "candidates", "the parse runner",
                                     "response_generation -> parse -> filter")
        if problem:
            raise InputError(problem + " (input_path)")
        total = count_lines(cfg.input_path)
        stats = ReadStats()
        funnel = LayerFunnel()
        passed_writer = AtomicWriter(cfg.passed_path) if cfg.passed_path else None
        with self.report.timer("open_validator"):
            validator = Validator(cfg.validator).open()
        if validator.stats.isolation:
            self.log.info("L3 network guard: %s (browser %s)", validator.stats.isolation["network_guard"],
                          validator.stats.isolation["browser"])
        try:
            with (self.report.timer("validate"), AtomicWriter(cfg.output_path) as out,
                  progress_bar(total, "filter", "prog") as bar):
                passed_handle = passed_writer.__enter__() if passed_writer else None
                for record in validator.validate(read_jsonl(cfg.input_path, cfg.on_bad_line, stats), cfg.batch_size):
                    out.write(dumps_line(record))
                    funnel.add(record)
                    if passed_handle is not None and record["passed"]:
                        passed_handle.write(dumps_line(record))
                    bar.update(1)
                    bar.set_postfix(passed=validator.stats.passed, refresh=False)
                if passed_writer is not None:
                    passed_writer.__exit__(None, None, None)
        finally:
            validator.close()
        summary = validator.stats.as_dict()
        funnel.write(self.report)
        self.report.count("candidates_in", stats.records)
        self.report.count("validated_out", summary["total"])
        self.report.count("passed", summary["passed"])
        self.report.count("skipped_bad_lines", stats.skipped)
        self.report.set("validation", summary)
        self.report.set("input", stats.as_dict())
        for layer, secs in summary["seconds_per_layer"].items():
            self.report.timings[f"layer_{layer}"] = secs
        self.report.artifact("validated", cfg.output_path)
        if cfg.passed_path:
            self.report.artifact("passed", cfg.passed_path)
        if cfg.validator.runtime.enabled and cfg.validator.runtime.screenshots_dir:
            self.report.artifact("screenshots", cfg.validator.runtime.screenshots_dir)
        rate = summary["pass_rate"]
        self.log.info("validated %d candidates: %d passed (%.1f%%); top reasons: %s", summary["total"], summary["passed"],
                      100 * (rate or 0), ", ".join(f"{r['reason']}={r['count']}" for r in summary["top_failure_reasons"][:5]) or "none")
        if cfg.min_pass_rate is not None and (rate or 0) < cfg.min_pass_rate:
            raise TaskFailed(f"pass rate {rate} is below min_pass_rate {cfg.min_pass_rate}")
