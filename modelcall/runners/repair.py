"""repair: follow-up requests for seeds with no passing candidate, over rounds and a teacher cascade."""
from __future__ import annotations

from pathlib import Path
from typing import Annotated

from pydantic import Field, model_validator

from modelcall.config.model import ModelReference
from modelcall.config.paths import Input, OptionalInput, Output
from modelcall.config.schema import TaskConfig
from modelcall.generation.settings import GenerationSettings
from modelcall.io import ReadStats, atomic_write_jsonl, read_jsonl
from modelcall.repair.config import RepairSettings, TeacherStage, require_files
from modelcall.runners import register
from modelcall.runners.base import Runner
from modelcall.validator.config import ValidatorConfig


class RepairConfig(TaskConfig):
    input_path: Annotated[str, Input] = Field(description="validated JSONL from the filter task")
    requests_path: Annotated[str, Input] = Field(description="the requests JSONL the answers were generated from (the original conversations)")
    raw_outputs_path: Annotated[str | None, Input] = Field(
        None, description="raw outputs of those requests: the failed answers' exact text and the first answers' cost/tokens"
    )
    output_path: Annotated[str, Output] = Field(description="validated JSONL: every input record + every repaired one (select's input)")
    repairs_path: Annotated[str | None, Output] = Field(None, description="optional: only the repaired records")
    work_dir: Annotated[str | None, Output] = Field(None, description="per-round requests/raw outputs/validated; default <output dir>/repair_rounds")
    codes_dir: Annotated[str | None, Output] = Field(None, description="program files of repaired answers; default <work_dir>/codes")
    model: ModelReference | None = Field(None, alias="model_config", description="one teacher (or give teachers: a cascade)")
    rounds: int = Field(2, ge=0, description="repair rounds of the single model_config teacher")
    teachers: list[TeacherStage] = Field(
        default_factory=list, description="a cascade, cheapest first: [{model_config, rounds, fresh, temperature, name}]"
    )
    repair: RepairSettings = Field(default_factory=RepairSettings)
    validator: ValidatorConfig = Field(default_factory=ValidatorConfig)
    generation: GenerationSettings = Field(default_factory=GenerationSettings)
    api_index_path: Annotated[str | None, OptionalInput] = Field(
        None, description="API index for the closest real APIs; default validator.api.api_index_path, else the cached one"
    )

    @model_validator(mode="after")
    def _one_teacher_source(self) -> RepairConfig:
        if (self.model is None) == (not self.teachers):
            raise ValueError("set exactly one of model_config (one teacher) and teachers (a cascade)")
        return self

    def stages(self) -> list[TeacherStage]:
        if self.teachers:
            return list(self.teachers)
        return [TeacherStage.model_validate({"model_config": self.model, "rounds": self.rounds})]


@register
class RepairRunner(Runner[RepairConfig]):
    task_type = "repair"
    summary = "repair rounds: follow-ups with validator findings for uncovered seeds, over a teacher cascade, within a budget"
    config_class = RepairConfig

    def run(self) -> None:
        from modelcall.phaser.api_index import load_api_index
        from modelcall.repair.batch import RoundRunner
        from modelcall.repair.rounds import RepairLoop
        from modelcall.validator import Validator

        cfg = self.config
        require_files(cfg, "input_path", "requests_path")
        stats = ReadStats()
        with self.report.timer("load"):
            records = list(read_jsonl(cfg.input_path, cfg.on_bad_line, stats))
            index = load_api_index(cfg.api_index_path or cfg.validator.api.api_index_path)
        work_dir = Path(cfg.work_dir or Path(cfg.output_path).parent / "repair_rounds")
        with Validator(cfg.validator) as validator:
            runner = RoundRunner(validator, cfg.codes_dir or work_dir / "codes",
                                 cfg.generation.model_dump(), cfg.on_bad_line, self.report)
            loop = RepairLoop(records, cfg.requests_path, cfg.raw_outputs_path, cfg.stages(), cfg.repair, runner,
                              index, work_dir, cfg.on_bad_line)
            with self.report.timer("rounds"):
                loop.run()
        with self.report.timer("write"):
            atomic_write_jsonl(cfg.output_path, records + loop.repaired)
        if cfg.repairs_path:
            atomic_write_jsonl(cfg.repairs_path, loop.repaired)
            self.report.artifact("repairs", cfg.repairs_path)
        summary = loop.summary()
        cov = summary["coverage"]
        self.report.count("records_in", stats.records)
        self.report.count("seeds", cov["seeds"])
        self.report.count("seeds_covered_before", cov["covered_before"])
        self.report.count("seeds_covered_after", cov["covered_after"])
        self.report.count("repair_requests", sum(r.get("requests_sent", 0) for r in summary["rounds"]))
        self.report.count("repaired_passed", sum(r.get("passed", 0) for r in summary["rounds"]))
        self.report.count("records_out", stats.records + len(loop.repaired))
        passing_before = sum(1 for r in records if r.get("passed"))
        repaired_passing = sum(1 for r in loop.repaired if r.get("passed"))
        self.report.stage("records in", stats.records)
        self.report.stage("passing before", passing_before)
        self.report.stage("repair requests", sum(r.get("requests_sent", 0) for r in summary["rounds"]))
        self.report.stage("repairs passing", repaired_passing)
        self.report.stage("passing after", passing_before + repaired_passing)
        for key, value in summary.items():
            self.report.set(key, value)
        self.report.set("validation", validator.stats.as_dict())
        self.report.artifact("validated", cfg.output_path)
        self.report.artifact("work_dir", work_dir)
        self.log.info(
            "coverage %d -> %d of %d seeds after %d round(s); repairs cost $%.4f%s", cov["covered_before"],
            cov["covered_after"], cov["seeds"], len(summary["rounds"]), summary["spent_usd"],
            f" (stopped: {summary['stopped']})" if summary["stopped"] else "",
        )
