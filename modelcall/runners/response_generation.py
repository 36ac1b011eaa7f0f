"""response_generation: send each request to the teacher model and keep every answer (online, batch or dry run)."""
from __future__ import annotations

from pathlib import Path
from typing import Annotated

from pydantic import Field

from modelcall.config.model import ModelReference
from modelcall.config.paths import Input, Output
from modelcall.config.schema import TaskConfig
from modelcall.errors import TaskFailed
from modelcall.generation.settings import GenerationSettings
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
        with self.report.timer("generate"):
            result = generate_file(cfg.input_path, cfg.output_path, cfg.model, on_bad_line=cfg.on_bad_line, **settings)
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
