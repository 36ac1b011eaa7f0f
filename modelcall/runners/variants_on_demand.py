"""variants_on_demand: extra variants only for seeds with fewer than N distinct passing programs."""
from __future__ import annotations

from collections import defaultdict
from pathlib import Path
from typing import Annotated, Any

from pydantic import Field

from modelcall.config.model import ModelReference
from modelcall.config.paths import Input, Output
from modelcall.config.schema import TaskConfig
from modelcall.generation.settings import GenerationSettings
from modelcall.io import ReadStats, atomic_write_jsonl, read_jsonl
from modelcall.repair.config import require_files
from modelcall.repair.variants import VariantSettings
from modelcall.runners import register
from modelcall.runners.base import Runner
from modelcall.validator.config import ValidatorConfig


class VariantsOnDemandConfig(TaskConfig):
    input_path: Annotated[str, Input] = Field(description="validated JSONL (filter's, or repair's output)")
    requests_path: Annotated[str, Input] = Field(description="the requests JSONL of the first variants (templates for the extra ones)")
    output_path: Annotated[str, Output] = Field(description="validated JSONL: every input record + the extra variants' records")
    requests_out_path: Annotated[str | None, Output] = Field(None, description="optional: the extra requests written here too")
    work_dir: Annotated[str | None, Output] = Field(None, description="per-round files; default <output dir>/variant_rounds")
    codes_dir: Annotated[str | None, Output] = Field(None, description="program files; default <work_dir>/codes")
    model: ModelReference = Field(alias="model_config", description="the teacher: a path to configs/models/*.yaml or a mapping")
    variants: VariantSettings = Field(default_factory=VariantSettings)
    validator: ValidatorConfig = Field(default_factory=ValidatorConfig)
    generation: GenerationSettings = Field(default_factory=GenerationSettings)


@register
class VariantsOnDemandRunner(Runner[VariantsOnDemandConfig]):
    task_type = "variants_on_demand"
    summary = "ask for more variants only where a seed has fewer than min_distinct distinct passing programs"
    config_class = VariantsOnDemandConfig

    def run(self) -> None:
        from modelcall.generation.accounting import answer_tokens_by_prompt, within_budget
        from modelcall.repair.batch import RoundRunner, TokenTally
        from modelcall.repair.rounds import prompt_of
        from modelcall.repair.variants import distinct_passing, plan_extra_variants
        from modelcall.validator import Validator

        cfg = self.config
        require_files(cfg, "input_path", "requests_path")
        stats = ReadStats()
        records = list(read_jsonl(cfg.input_path, cfg.on_bad_line, stats))
        requests: dict[str, list[dict[str, Any]]] = defaultdict(list)
        for req in read_jsonl(cfg.requests_path, cfg.on_bad_line):
            if "round" not in req:  # repair follow-ups are not templates for fresh variants
                requests[prompt_of(req)].append(req)
        work_dir = Path(cfg.work_dir or Path(cfg.output_path).parent / "variant_rounds")
        v = cfg.variants
        seeds = {prompt_of(r) for r in records}
        before = distinct_passing(records)
        added: list[dict[str, Any]] = []
        extra_requests: list[dict[str, Any]] = []
        rounds: list[dict[str, Any]] = []
        tally = TokenTally()
        with Validator(cfg.validator) as validator:
            runner = RoundRunner(validator, cfg.codes_dir or work_dir / "codes", cfg.generation.model_dump(), cfg.on_bad_line,
                                 self.report)
            for round_no in range(1, v.rounds + 1):
                wanted = plan_extra_variants(requests, records + added, v)
                if v.budget_usd is not None:
                    wanted = within_budget(wanted, v.budget_usd - tally.cost_usd, cfg.model.pricing,
                                           cfg.model.params.max_tokens // 2,
                                           tally.cost_usd / tally.answers if tally.answers else None,
                                           answer_tokens_by_prompt(records + added))
                if not wanted:
                    break
                result = runner.run(wanted, cfg.model, work_dir / f"round_{round_no}", cfg.model.name,
                                    {r["request_id"]: {"on_demand_round": round_no} for r in wanted})
                round_tally = TokenTally()
                for rec in result.validated:
                    row = result.rows[str(rec["request_id"])]
                    tally.add(row, bool(rec.get("passed")), cfg.model.pricing)
                    round_tally.add(row, bool(rec.get("passed")), cfg.model.pricing)
                for req in wanted:
                    requests[req["prompt_id"]].append(req)
                added.extend(result.validated)
                extra_requests.extend(wanted)
                rounds.append({"round": round_no, "seeds_wanting": len({r["prompt_id"] for r in wanted}),
                               "requests_sent": len(wanted), "generation_errors": result.errors, **round_tally.as_dict()})
        atomic_write_jsonl(cfg.output_path, records + added)
        if cfg.requests_out_path:
            atomic_write_jsonl(cfg.requests_out_path, extra_requests)
            self.report.artifact("extra_requests", cfg.requests_out_path)
        after = distinct_passing(records + added)
        at_target = lambda d: sum(1 for p in seeds if len(d.get(p, ())) >= v.min_distinct)  # noqa: E731
        self.report.count("records_in", stats.records)
        self.report.count("seeds", len(seeds))
        self.report.count("extra_requests", len(extra_requests))
        self.report.count("extra_passed", sum(1 for r in added if r.get("passed")))
        self.report.count("seeds_at_min_distinct_before", at_target(before))
        self.report.count("seeds_at_min_distinct_after", at_target(after))
        self.report.set("rounds", rounds)
        self.report.stage("records in", stats.records)
        self.report.stage("passing before", sum(1 for r in records if r.get("passed")))
        self.report.stage("extra requests", len(extra_requests))
        self.report.stage("extra passing", sum(1 for r in added if r.get("passed")))
        self.report.stage("passing after", sum(1 for r in records + added if r.get("passed")))
        self.report.set("extra_variants", tally.as_dict())
        self.report.artifact("validated", cfg.output_path)
        self.log.info("%d extra variants for seeds under %d distinct passing programs: %d passed; seeds at target %d -> %d",
                      len(extra_requests), v.min_distinct, sum(1 for r in added if r.get("passed")),
                      at_target(before), at_target(after))
