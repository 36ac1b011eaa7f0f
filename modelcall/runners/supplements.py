"""supplements: existing Phaser programs (a folder or a JSONL) -> validated prompt->code pairs for sft_build."""
from __future__ import annotations

import time
from collections import Counter
from pathlib import Path
from typing import Annotated, Any

from pydantic import Field, model_validator

from modelcall.config.model import ModelReference
from modelcall.config.paths import Input, Output
from modelcall.config.schema import TaskConfig
from modelcall.errors import InputError, TaskFailed
from modelcall.generation.settings import GenerationSettings
from modelcall.io import ReadStats, atomic_write_jsonl, read_jsonl
from modelcall.runners import register
from modelcall.runners.base import Runner
from modelcall.supplements.config import AssetSettings, OverlapSettings, PromptSettings
from modelcall.validator.config import ValidatorConfig


class SupplementsConfig(TaskConfig):
    input_path: Annotated[str, Input] = Field(description="a folder of .js/.html programs (walked recursively) or a JSONL with 'code' per line")
    output_path: Annotated[str, Output] = Field(description="supplement pairs JSONL (validated, deduplicated): sft_build's supplements[].path")
    rejected_path: Annotated[str | None, Output] = Field(None, description="one line per file or program that became no pair, with the reason; "
                                      "default <output stem>.rejected.jsonl")
    work_dir: Annotated[str | None, Output] = Field(None, description="teacher requests/answers per stage; default <output dir>/supplements_work")
    source: str = Field("official", description="tag written to every pair (and by sft_build to metadata.source)")
    licence: str | None = Field(None, description="licence note recorded in every pair's provenance (a JSONL line's own wins)")
    max_chars: int = Field(15000, ge=100, description="longer programs are skipped (too_long)")
    add_missing_preload: bool = Field(
        True, description="give a scene with create() but no preload() an empty preload() (the seeds' structure); named in edits"
    )
    max_programs: int | None = Field(None, ge=1, description="only the first N standalone programs")
    model: ModelReference | None = Field(None, alias="model_config", description="the teacher that writes prompts and rewrites")
    generation: GenerationSettings = Field(default_factory=GenerationSettings)
    assets: AssetSettings = Field(default_factory=AssetSettings)
    prompts: PromptSettings = Field(default_factory=PromptSettings)
    overlap: OverlapSettings = Field(default_factory=OverlapSettings)
    validator: ValidatorConfig = Field(default_factory=ValidatorConfig)

    @model_validator(mode="after")
    def _teacher(self) -> SupplementsConfig:
        if self.model is None:
            raise ValueError("model_config is required: the teacher writes the prompts (configs/models/mock.yaml offline)")
        return self


@register
class SupplementsRunner(Runner[SupplementsConfig]):
    task_type = "supplements"
    summary = "official/open-source programs -> reverse-written prompts, asset policy, checked and deduplicated SFT pairs"
    config_class = SupplementsConfig

    def run(self) -> None:
        from modelcall.supplements.builder import SupplementBuilder
        from modelcall.supplements.checks import reason_code
        from modelcall.supplements.config import bans_assets
        from modelcall.supplements.prompts import example_text, load_template
        from modelcall.supplements.sources import Program, find_programs
        from modelcall.validator import Validator

        cfg = self.config
        p = cfg.prompts
        template = load_template(p.template_path or f"configs/prompts/supplement_teacher_{p.language}.yaml")
        seeds = self._read_optional(p.seeds_path, "prompts.seeds_path")
        constraints = p.constraints or self._common_constraints(seeds) or template.constraints(placeholder=False)
        policy, why = cfg.assets.policy, "assets.policy"
        if policy == "auto":
            banned = bans_assets(constraints)
            policy = "rewrite" if banned else "placeholder"
            why = "auto: the constraints forbid external assets" if banned else "auto: the constraints allow assets"
        self.report.set("asset_policy", {"configured": cfg.assets.policy, "used": policy, "why": why})

        stats = ReadStats()
        programs: list[Program] = []
        skipped = []
        with self.report.timer("extract"):
            for item in find_programs(cfg.input_path, cfg.max_chars, cfg.licence, cfg.on_bad_line, stats):
                if isinstance(item, Program):
                    if cfg.max_programs is None or len(programs) < cfg.max_programs:
                        programs.append(item)
                else:
                    skipped.append(item.as_dict())
        self.report.count("files_in", len(programs) + len(skipped))
        self.report.count("programs", len(programs))
        self.log.info("%s: %d standalone programs, %d files skipped", cfg.input_path, len(programs), len(skipped))
        if not programs:
            raise InputError(f"{cfg.input_path}: no standalone Phaser program found "
                             f"({len(skipped)} file(s) skipped: {self._reasons(skipped) or 'none'})")
        distilled = self._read_optional(cfg.overlap.distilled_path, "overlap.distilled_path")
        eval_prompts = self._read_optional(cfg.overlap.eval_prompts_path, "overlap.eval_prompts_path")
        work_dir = Path(cfg.work_dir or Path(cfg.output_path).parent / "supplements_work")
        t0 = time.monotonic()
        with Validator(cfg.validator) as validator:
            builder = SupplementBuilder(
                source=cfg.source, policy=policy, prompts=p, overlap=cfg.overlap, template=template,
                constraints=constraints, examples=example_text(self._examples(seeds, p.examples)), validator=validator,
                model=cfg.model, generation=cfg.generation.model_dump(), work_dir=work_dir,
                phaser_version=cfg.validator.api.phaser_version, on_bad_line=cfg.on_bad_line,
                distilled=distilled, eval_prompts=eval_prompts, add_preload=cfg.add_missing_preload,
            )
            with self.report.timer("build"):
                out = builder.run(programs)
        seconds = time.monotonic() - t0
        rejected = skipped + out.rejected
        self.report.bill_answers(out.answers, cfg.model.name if cfg.model else "?")
        self.report.stage("files", len(programs) + len(skipped))
        self.report.stage("programs", len(programs))
        for row in rejected:
            self.report.failure(str(row.get("stage") or "extract"), reason_code(str(row.get("reason") or "?")),
                                row.get("id") or row.get("path"), str(row.get("reason") or ""))
        self.report.set("stages", out.stages)
        self.report.set("validation", validator.stats.as_dict())
        self.report.artifact("work_dir", work_dir)
        if out.dry_run is not None:
            self._report_dry_run(out.dry_run, len(programs))
            return

        rejected_path = cfg.rejected_path or str(Path(cfg.output_path).with_suffix("")) + ".rejected.jsonl"
        with self.report.timer("write"):
            atomic_write_jsonl(cfg.output_path, out.pairs)
            atomic_write_jsonl(rejected_path, rejected)
        self.report.count("pairs", len(out.pairs))
        self.report.stage("pairs", len(out.pairs))
        self.report.count("rejected", len(rejected))
        self.report.set("rejected_reasons", self._reasons(rejected))
        self.report.set("rejected_by_stage", dict(Counter(r["stage"] for r in rejected)))
        self.report.set("overlap", out.overlap)
        self.report.set("pairs_by_area", dict(sorted(Counter(r["area"] for r in out.pairs).items())))
        self.report.set("pairs_by_difficulty", dict(Counter(r["prompt_meta"]["difficulty"] for r in out.pairs)))
        self.report.set("pairs_by_asset_policy", dict(Counter(r["asset_policy"] for r in out.pairs)))
        self.report.set("prompts_repaired", sum(bool(r["prompt_repaired"]) for r in out.pairs))
        self.report.set("cost", {
            "teacher_usd": round(out.cost_usd, 6),
            "per_pair_usd": round(out.cost_usd / len(out.pairs), 6) if out.pairs else None,
            "per_program_usd": round(out.cost_usd / len(programs), 6),
        })
        self.report.set("time", {"seconds": round(seconds, 2),
                                 "per_pair_s": round(seconds / len(out.pairs), 3) if out.pairs else None,
                                 "per_program_s": round(seconds / len(programs), 3)})
        self.report.artifact("pairs", cfg.output_path)
        self.report.artifact("rejected", rejected_path)
        self.log.info("%d pairs from %d programs (policy %s); %d rejected; teacher cost $%.4f; wrote %s",
                      len(out.pairs), len(programs), policy, len(rejected), out.cost_usd, cfg.output_path)
        if not out.pairs:
            raise TaskFailed(f"no pair survived ({self._reasons(rejected)}); see {rejected_path}")

    def _report_dry_run(self, table: dict[str, Any], programs: int) -> None:
        inner = table.get("dry_run") if isinstance(table.get("dry_run"), dict) else table
        self.report.set("dry_run", {**inner, "requests_file": table.get("requests_file")})
        self.report.set("dry_run_per_program", [
            {"model": r.get("model"), "cost_usd_per_program": round(float(r.get("cost_usd") or 0) / programs, 6),
             "batch_cost_usd_per_program": round(float(r.get("batch_cost_usd") or 0) / programs, 6)}
            for r in inner.get("rows") or [] if isinstance(r, dict)
        ])
        self.log.info("dry run: %d requests estimated for %d programs; no answers written (see the report's dry_run)",
                      inner.get("requests") or 0, programs)

    @staticmethod
    def _reasons(rows: list[dict[str, Any]]) -> dict[str, int]:
        from modelcall.supplements.builder import count_reasons

        return count_reasons(rows)

    def _read_optional(self, paths: str | list[str] | None, key: str) -> list[dict[str, Any]]:
        out: list[dict[str, Any]] = []
        for path in [paths] if isinstance(paths, str) else list(paths or []):
            if not Path(path).is_file():
                raise InputError(f"{path}: file not found ({key})")
            out.extend(read_jsonl(path, self.config.on_bad_line))
        return out

    @staticmethod
    def _common_constraints(seeds: list[dict[str, Any]]) -> list[str]:
        """Constraints at least half the seeds share, in their usual order."""
        counts: Counter[str] = Counter(c for s in seeds for c in dict.fromkeys(s.get("constraints") or []) if isinstance(c, str))
        return [c for c, n in counts.items() if n * 2 >= len(seeds)] if seeds else []

    @staticmethod
    def _examples(seeds: list[dict[str, Any]], n: int) -> list[dict[str, Any]]:
        """Up to n seeds, one per difficulty first, in file order (the same examples on every run)."""
        picked: list[dict[str, Any]] = []
        for level in ("easy", "medium", "hard"):
            for s in seeds:
                if s.get("difficulty") == level and s.get("task"):
                    picked.append(s)
                    break
        for s in seeds:
            if len(picked) >= n:
                break
            if s not in picked and s.get("task"):
                picked.append(s)
        return picked[:n]
