"""infer: eval prompts -> answers in the raw-output schema, from a local HF model or any model config."""
from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Annotated, Any, Literal

from pydantic import Field, model_validator

from modelcall.config.model import ModelReference
from modelcall.config.paths import Input, Output
from modelcall.config.schema import TaskConfig
from modelcall.errors import ConfigError
from modelcall.evaluation.hf_infer import HfSettings
from modelcall.generation.settings import GenerationSettings
from modelcall.io import JsonlAppender, atomic_write_jsonl, read_jsonl
from modelcall.progress import progress_bar
from modelcall.records import utc_now
from modelcall.runners import register
from modelcall.runners.base import Chunking, Runner


class InferConfig(TaskConfig):
    input_path: Annotated[str, Input] = Field(description="eval prompts: eval_set's prompts_eval.jsonl (seeds) or request records")
    output_path: Annotated[str, Output] = Field(description="answers JSONL in the raw-output schema (appended; a rerun resumes)")
    backend: Literal["hf", "engine"] = Field(
        description="hf: a local model via transformers; engine: model_config through the generation engine"
    )
    hf: HfSettings | None = Field(None, description="backend hf: model, adapter, sampling and batching")
    model: ModelReference | None = Field(
        None, alias="model_config", description="backend engine: a configs/models/*.yaml path or mapping"
    )
    generation: GenerationSettings = Field(
        default_factory=GenerationSettings, description="backend engine: the engine's settings (concurrency, ...)"
    )
    requests_path: Annotated[str | None, Output] = Field(None, description="backend engine: the request file written for the engine; default <output stem>.requests.jsonl")
    n_samples: int = Field(1, ge=1, description="answers per prompt (pass@k needs k or more)")
    seed: int = Field(0, description="sampling seed (engine: request gen.seed = seed + sample index)")
    language: Literal["zh", "en"] = Field("zh", description="seed prompts: picks configs/prompts/sft_<language>.txt")
    template_path: Annotated[str | None, Input] = Field(None, description="seed prompts: the SFT template (use the one sft_build used)")
    output_contract: Literal["plan_block", "json_plan"] = Field("plan_block", description="seed prompts: answer format asked for")
    max_items: int | None = Field(None, ge=1, description="only the first N prompts")

    @model_validator(mode="after")
    def _backend_settings(self) -> InferConfig:
        if self.backend == "hf" and self.hf is None:
            raise ValueError("backend hf needs the hf section (hf.model_name_or_path, ...)")
        if self.backend == "engine" and self.model is None:
            raise ValueError("backend engine needs model_config (a configs/models/*.yaml path or a mapping)")
        return self


@register
class InferRunner(Runner[InferConfig]):
    task_type = "infer"
    summary = "answers for eval prompts from a local HF model (+LoRA) or any model config, in the raw-output schema"
    config_class = InferConfig
    # answers name their prompt by prompt_id (a seed's id); variants of one prompt are distinct records
    chunking = Chunking(link_key="prompt_id", input_id_keys=("prompt_id", "id", "request_id"),
                        split_id_keys=("request_id", "id"), appends=True)

    def run(self) -> None:
        from modelcall.evaluation.prompts import default_template_path, load_eval_prompts

        cfg = self.config
        template = cfg.template_path or default_template_path(cfg.language)
        prompts = load_eval_prompts(cfg.input_path, template, cfg.output_contract, cfg.on_bad_line, cfg.max_items)
        self.report.count("prompts", len(prompts))
        self.report.stage("prompts", len(prompts))
        if cfg.backend == "hf":
            self._run_hf(prompts)
        else:
            self._run_engine(prompts)
        self.report.artifact("answers", cfg.output_path)

    def _run_hf(self, prompts: list[Any]) -> None:
        from modelcall.evaluation.hf_infer import HfGenerator
        from modelcall.evaluation.prompts import sample_request_id

        cfg = self.config
        hf = cfg.hf
        assert hf is not None
        out = Path(cfg.output_path)
        done = {r.get("request_id") for r in read_jsonl(out, "skip", tolerate_torn_tail=True)} if out.exists() else set()
        pending = [p for p in prompts
                   if any(sample_request_id(p, i, cfg.n_samples)[0] not in done for i in range(cfg.n_samples))]
        self.report.count("resumed_prompts", len(prompts) - len(pending))
        if not pending:
            self.log.info("every prompt already has its %d answers in %s", cfg.n_samples, out)
            return
        alias = hf.alias or Path(hf.model_name_or_path).name + (f"+{Path(hf.adapter_path).name}" if hf.adapter_path else "")
        with self.report.timer("load_model"):
            generator = HfGenerator(hf, cfg.seed)
        self.log.info("model %s on %s (%s), %d prompts x %d samples", alias, generator.device,
                      generator.dtype_name, len(pending), cfg.n_samples)
        by_key = {p.key: p for p in pending}
        finish: Counter[str] = Counter()
        tokens = Counter()
        appender = JsonlAppender(out)
        try:
            if cfg.hf.temperature == 0 and cfg.n_samples > 1:
                self.log.warning("temperature 0 is greedy: the %d samples of a prompt are one answer repeated", cfg.n_samples)
            with self.report.timer("generate"), progress_bar(len(pending) * cfg.n_samples, "infer", "answer") as bar:
                for batch in generator.generate([(p.key, p.messages) for p in pending], cfg.n_samples):
                    for s in batch:
                        prompt = by_key[s.key]
                        request_id, variant = sample_request_id(prompt, s.index, cfg.n_samples)
                        if request_id in done:
                            continue
                        appender.write({
                            "request_id": request_id,
                            "prompt_id": prompt.prompt_id,
                            "variant": variant,
                            "sample": s.index,
                            "model": {"alias": alias, "name": hf.model_name_or_path, "provider": "hf",
                                      "adapter": hf.adapter_path},
                            "text": s.text,
                            "finish_reason": s.finish_reason,
                            "usage": {"input_tokens": s.input_tokens, "output_tokens": s.output_tokens,
                                      "cache_read_tokens": 0, "cache_write_tokens": 0},
                            "cost_usd": 0.0,
                            "latency_s": s.latency_s,
                            "attempts": 1,
                            "mode": "online",
                            "created_at": utc_now(),
                            "prompt_meta": prompt.prompt_meta,
                        })
                        finish[s.finish_reason] += 1
                        tokens["input_tokens"] += s.input_tokens
                        tokens["output_tokens"] += s.output_tokens
                    bar.update(len(batch))
        finally:
            appender.close()
        self.report.count("answers", sum(finish.values()))
        self.report.stage("answers", sum(1 for _ in read_jsonl(cfg.output_path, "skip", tolerate_torn_tail=True)))
        if finish["length"]:
            self.report.failure("generation", "max_new_tokens", n=finish["length"],
                                message=f"the answer hit max_new_tokens ({hf.max_new_tokens}) and is cut off")
        self.report.set("finish_reasons", dict(finish))
        self.report.set("usage", dict(tokens))
        self.report.set("model", {"alias": alias, "device": generator.device, "dtype": generator.dtype_name,
                                  "adapter": hf.adapter_path})
        if finish["length"]:
            self.log.warning("%d answers hit max_new_tokens (%d)", finish["length"], hf.max_new_tokens)

    def _run_engine(self, prompts: list[Any]) -> None:
        from modelcall.evaluation.prompts import sample_request_id
        from modelcall.generation.engine import generate_file
        from modelcall.runners.response_generation import report_answers

        cfg = self.config
        model = cfg.model
        assert model is not None
        if cfg.generation.mode == "batch" and model.provider == "mock":
            raise ConfigError("generation.mode: batch is not offered by the mock provider", source=self.source)
        params = model.params
        requests: list[dict[str, Any]] = []
        for prompt in prompts:
            for i in range(cfg.n_samples):
                request_id, variant = sample_request_id(prompt, i, cfg.n_samples)
                requests.append({
                    "request_id": request_id,
                    "prompt_id": prompt.prompt_id,
                    "variant": variant,
                    "sample": i,
                    "messages": prompt.messages,
                    "gen": {"temperature": params.temperature, "top_p": params.top_p,
                            "max_tokens": params.max_tokens, "seed": cfg.seed + i},
                    "meta": {"template": str(cfg.template_path or f"sft_{cfg.language}"), "eval": True},
                    "prompt_meta": prompt.prompt_meta,
                })
        out = Path(cfg.output_path)
        requests_path = Path(cfg.requests_path) if cfg.requests_path else out.with_name(out.stem + ".requests.jsonl")
        atomic_write_jsonl(requests_path, requests)
        self.report.artifact("requests", requests_path)
        self.log.info("%d requests (%d prompts x %d samples) -> %s via the generation engine",
                      len(requests), len(prompts), cfg.n_samples, model.name)
        try:
            with self.report.timer("generate"):
                result = generate_file(requests_path, out, model, cfg.on_bad_line,
                                       **cfg.generation.model_dump(exclude_unset=True))
        finally:
            report_answers(self.report, requests_path, out, cfg.generation.errors_path, model.name)
        self.report.set("generation", result)
        self.report.count("answers", sum(1 for _ in read_jsonl(out, "skip", tolerate_torn_tail=True)))
