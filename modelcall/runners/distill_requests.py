"""distill_requests: prompt seeds + the Phaser API index -> requests.jsonl (N variants per seed, BM25 API context)."""
from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Annotated, Literal

from pydantic import AliasChoices, Field

from modelcall.config.paths import Input, OptionalInput, Output
from modelcall.config.schema import StrictModel, TaskConfig
from modelcall.errors import ConfigError
from modelcall.io import AtomicWriter, count_lines, dumps_line
from modelcall.progress import progress_bar
from modelcall.runners import register
from modelcall.runners.base import Runner


class GenerationSettings(StrictModel):
    temperatures: list[float] = Field([0.6, 0.8, 1.0], min_length=1, description="per variant, cycled")
    top_p: float | None = Field(None, gt=0, le=1, description="nucleus sampling; null leaves it to the provider")
    max_tokens: int = Field(4000, ge=1, description="answer length cap")
    base_seed: int = Field(0, description="variant seeds derive from it, the prompt id and the variant number")


class RetrievalSettings(StrictModel):
    top_k: int = Field(20, ge=0, description="API lines per request (must_use_apis always included)")
    analyzer: Literal["glossary", "ngram", "both", "none"] = Field(
        "both", description="how Chinese text reaches English API words: glossary substrings, bigram overlap, both, none"
    )
    glossary_path: Annotated[str | None, Input] = Field(None, description="Chinese -> API words YAML; default the packaged glossary")
    expansion_weight: float = Field(0.2, ge=0, description="weight of glossary words relative to identifiers")
    must_use_weight: float = Field(3.0, ge=0, description="weight of the must_use_apis identifiers in the query")
    owner_boost: float = Field(0.75, ge=0, description="a class also scores this share of its best member's score")
    max_per_owner: int | None = Field(6, ge=1, description="at most this many members of one class per context")
    measure_blind_recall: bool = Field(True, description="also measure recall with must_use_apis left out of the query")


class DistillRequestsConfig(TaskConfig):
    seeds_path: Annotated[str, Input] = Field(
        validation_alias=AliasChoices("seeds_path", "input_path"), description="prompt seeds JSONL (alias input_path)"
    )
    output_path: Annotated[str, Output] = Field(description="requests JSONL, written atomically")
    api_index_path: Annotated[str | None, OptionalInput] = Field(
        None, description="the API index JSONL; default runs/cache/phaser_api-<phaser_version>.jsonl, built if missing"
    )
    phaser_version: str = Field("3.90.0", description="the Phaser release the prompts target")
    phaser_package_dir: Annotated[str | None, OptionalInput] = Field(None, description="where that release is installed, to build a missing index")
    template: str | list[str] = Field(
        "configs/prompts/phaser_teacher_zh.yaml",
        description="prompt template path or name under configs/prompts/; a list is cycled over variants",
    )
    variants: int = Field(3, ge=1, description="requests per seed, each with its own seed and temperature")
    generation: GenerationSettings = Field(default_factory=GenerationSettings)
    retrieval: RetrievalSettings = Field(default_factory=RetrievalSettings)
    common_apis: list[str] | None = Field(
        None, description="API lines in the shared (cacheable) system prefix; default a built-in list of ~40"
    )
    max_seeds: int | None = Field(None, ge=1, description="stop after this many valid seeds")
    check_must_use: bool = Field(
        True, description="a seed whose must_use_apis names no Phaser API (a typo) is a bad seed: on_bad_line decides"
    )


@register
class DistillRequestsRunner(Runner[DistillRequestsConfig]):
    task_type = "distill_requests"
    summary = "build teacher requests from prompt seeds with BM25-retrieved Phaser API context"
    config_class = DistillRequestsConfig

    def run(self) -> None:
        from modelcall.phaser.api_index import ensure_api_index, load_api_index
        from modelcall.phaser.prompts import load_template
        from modelcall.phaser.requests import (
            DEFAULT_COMMON_APIS, RequestBuilder, RequestSettings, unmeetable_must_use_check,
        )
        from modelcall.phaser.retrieval import Glossary, cached_retriever
        from modelcall.phaser.seeds import SeedStats, iter_seeds
        from modelcall.validator.layers.api import must_use_equivalents

        cfg = self.config
        specs = cfg.template if isinstance(cfg.template, list) else [cfg.template]
        templates = [load_template(spec) for spec in specs]
        with self.report.timer("load_index"):
            index_path = ensure_api_index(cfg.api_index_path, cfg.phaser_version, cfg.phaser_package_dir)
            index = load_api_index(index_path)
        if index.version and index.version != cfg.phaser_version:
            raise ConfigError(
                f"api_index_path: {index_path} indexes Phaser {index.version} but phaser_version is "
                f"{cfg.phaser_version}; set phaser_version: {index.version} or point api_index_path at a "
                f"{cfg.phaser_version} index", source=self.source,
            )
        r, g = cfg.retrieval, cfg.generation
        with self.report.timer("build_retriever"):
            retriever = cached_retriever(index, r.owner_boost, r.max_per_owner)
        glossary = Glossary.load(r.glossary_path) if r.analyzer != "none" else None
        settings = RequestSettings(
            variants=cfg.variants, temperatures=tuple(g.temperatures), top_p=g.top_p, max_tokens=g.max_tokens,
            base_seed=g.base_seed, top_k=r.top_k, analyzer=r.analyzer, expansion_weight=r.expansion_weight,
            must_use_weight=r.must_use_weight, measure_blind_recall=r.measure_blind_recall,
        )
        builder = RequestBuilder(index, templates, settings, glossary,
                                 cfg.common_apis if cfg.common_apis is not None else DEFAULT_COMMON_APIS, retriever)
        if builder.missing_common:
            self.log.warning("common_apis not in the Phaser %s index (left out): %s", builder.version,
                             ", ".join(builder.missing_common))
        seed_stats = SeedStats()
        must_use_check = unmeetable_must_use_check(index, must_use_equivalents()) if cfg.check_must_use else None
        out = Path(cfg.output_path)
        total = count_lines(cfg.seeds_path) if Path(cfg.seeds_path).is_file() else 0
        if cfg.max_seeds:
            total = min(total, cfg.max_seeds)
        written = 0
        prefixes: dict[str, dict] = {}
        with self.report.timer("build_requests"), AtomicWriter(out) as handle, \
                progress_bar(total, "requests", "seed") as bar:
            for seed in iter_seeds(cfg.seeds_path, cfg.on_bad_line, seed_stats, must_use_check):
                for request in builder.build(seed):
                    handle.write(dumps_line(request))
                    written += 1
                    name = request["meta"]["template"]
                    if name not in prefixes:
                        prefix = request["messages"][0]["content"][: request["meta"]["system_prefix_chars"]]
                        prefixes[name] = {"system_prefix_chars": len(prefix),
                                          "system_prefix_sha256": hashlib.sha256(prefix.encode()).hexdigest()}
                bar.update(1)
                if cfg.max_seeds and seed_stats.valid >= cfg.max_seeds:
                    break
        retrieval = builder.stats.as_dict()
        self.report.count("seeds_in", seed_stats.read.records)
        self.report.count("seeds_used", seed_stats.valid)
        self.report.count("seeds_skipped", sum(seed_stats.skipped.values()))
        self.report.count("skipped_bad_lines", seed_stats.read.skipped)
        self.report.count("requests_out", written)
        self.report.set("seeds", seed_stats.as_dict())
        self.report.stage("seed lines", seed_stats.read.records + seed_stats.read.skipped)
        self.report.stage("seeds used", seed_stats.valid)
        self.report.stage("requests", written)
        if seed_stats.read.skipped:
            self.report.failure("seeds", "bad_line", n=seed_stats.read.skipped)
        for reason, n in seed_stats.skipped.items():
            for example in seed_stats.reason_examples.get(reason, []):
                self.report.failure("seeds", reason, message=example, n=0)
            self.report.failure("seeds", reason, n=n)
        self.report.set("retrieval", retrieval | {"analyzer": r.analyzer, "corpus_entries": len(retriever)})
        self.report.set("prompts", {"phaser_version": builder.version, "api_index": str(index_path),
                                    "templates": prefixes, "common_apis": len(builder.common_ids),
                                    "common_apis_missing": builder.missing_common})
        self.report.artifact("requests", out)
        self.log.info(
            "%d requests from %d seeds (%d skipped); must_use recall@%d %.3f (blind %.3f)", written,
            seed_stats.valid, sum(seed_stats.skipped.values()), r.top_k,
            retrieval[f"recall_at_{r.top_k}"], retrieval[f"blind_recall_at_{r.top_k}"],
        )
