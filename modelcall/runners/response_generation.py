"""response_generation: send each request to the teacher model and keep every answer (online, batch or dry run)."""
from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any

from pydantic import Field

from modelcall.config.model import ModelReference
from modelcall.config.paths import Input, Output
from modelcall.config.schema import TaskConfig
from modelcall.errors import TaskFailed
from modelcall.generation.settings import GenerationSettings
from modelcall.io import read_jsonl
from modelcall.records import errors_path_for
from modelcall.reporting import TaskReport
from modelcall.runners import register
from modelcall.runners.base import Chunking, Runner


class ResponseGenerationConfig(TaskConfig):
    model: ModelReference = Field(alias="model_config", description="the teacher: a path to configs/models/*.yaml or a mapping")
    input_path: Annotated[str, Input] = Field(description="requests JSONL (from distill_requests)")
    output_path: Annotated[str, Output] = Field(description="raw outputs JSONL, appended to; a rerun resumes")
    generation: GenerationSettings = Field(default_factory=GenerationSettings)


@register
class ResponseGenerationRunner(Runner[ResponseGenerationConfig]):
    task_type = "response_generation"
    summary = "call the teacher model for every request (online at the rate limit, batch APIs, or a dry-run cost table)"
    config_class = ResponseGenerationConfig
    chunking = Chunking(appends=True)

    def run(self) -> None:
        from modelcall.generation.engine import generate_file

        cfg = self.config
        settings = cfg.generation.model_dump()
        try:
            with self.report.timer("generate"):
                result = generate_file(cfg.input_path, cfg.output_path, cfg.model, on_bad_line=cfg.on_bad_line, **settings)
        finally:  # what was bought is reported even when the run stops
            if cfg.generation.mode != "dry_run":
                report_answers(self.report, cfg.input_path, cfg.output_path, cfg.generation.errors_path, cfg.model.name)
        publish(self.report, result)
        status = result.get("status") or {}
        if status.get("error") and not status.get("ok"):
            raise TaskFailed(f"every request failed ({status['error']}); see {result['paths']['errors']}")


def publish(report, result: dict) -> None:  # type: ignore[no-untyped-def]
    """Copy an engine result into a task report: counters, sections, artifacts."""
    for key, value in (result.get("status") or {}).items():
        report.count(key, value)
    for key, value in (result.get("requests") or {}).items():
        if isinstance(value, int):
            report.count(key, value)
    for key, value in result.items():
        if key not in ("status", "paths"):
            report.set(key, value)
    for name, path in (result.get("paths") or {}).items():
        if name == "output" or Path(path).exists():  # no errors file when nothing failed
            report.artifact(name, path)


def report_answers(report: TaskReport, requests_path: str | Path | None, output_path: str | Path,
                   errors_path: str | Path | None = None, model: str = "?") -> None:
    """Funnel (requests -> outputs), failures (the errors file, by error type) and spend (every answer in the
    output, bought in this run or an earlier one) of a raw-outputs file."""
    if requests_path and Path(requests_path).is_file():
        report.stage("requests", sum(1 for _ in read_jsonl(requests_path, "skip", tolerate_torn_tail=True)))
    out = Path(output_path)
    if out.is_file():
        answered: set[Any] = set()
        records = []
        for rec in read_jsonl(out, "skip", tolerate_torn_tail=True):
            answered.add(rec.get("request_id"))
            records.append(rec)
        report.stage("outputs", len(answered))
        report.bill_answers(records, model)
    errors = Path(errors_path) if errors_path else errors_path_for(out)
    if errors.is_file():
        for rec in read_jsonl(errors, "skip", tolerate_torn_tail=True):
            report.failure("generation", str(rec.get("error_type") or "error"), rec.get("request_id"), str(rec.get("message") or ""))
