"""reward: raw outputs (completions) -> the GRPO reward of each (components, gates) + group-normalised advantage."""
from __future__ import annotations

from pathlib import Path
from typing import Annotated

from pydantic import Field

from modelcall.config.paths import Input, Output
from modelcall.config.schema import TaskConfig
from modelcall.errors import InputError
from modelcall.io import AtomicWriter, ReadStats, atomic_write_text, dumps_line, read_jsonl
from modelcall.progress import progress_bar
from modelcall.reward.config import RewardConfig
from modelcall.runners import register
from modelcall.runners.base import Chunking, Runner


class RewardTaskConfig(TaskConfig, RewardConfig):
    input_path: Annotated[str, Input] = Field(description="raw outputs JSONL: request_id, prompt_id, text (or raw_output), prompt_meta (the seed)")
    output_path: Annotated[str, Output] = Field(description="each record + reward{total, components, gates, validation} + advantage")
    html_path: Annotated[str | None, Output] = Field(None, description="the HTML view (plots, worst/best with screenshots); default <reports_dir>/<task_name>.html")
    examples: int = Field(5, ge=0, description="worst and best completions shown in the HTML view")
    batch_size: int = Field(64, ge=1, description="completions validated together (programs run in parallel pages)")


@register
class RewardRunner(Runner[RewardTaskConfig]):
    task_type = "reward"
    summary = "score completions as a GRPO reward (plan + code components, gates) with group-normalised advantages"
    config_class = RewardTaskConfig
    # advantages are normalised per prompt: a prompt's completions stay in one chunk (when adjacent in the input)
    chunking = Chunking(pages_key="validator.runtime.pages", group_keys=("prompt_id", "request_id"))

    @classmethod
    def job_environment_problems(cls, config: TaskConfig) -> list[str]:
        from modelcall.validator.environment import environment_problems

        assert isinstance(config, RewardTaskConfig)
        return environment_problems(config.validator)

    def run(self) -> None:
        from modelcall.reward import RewardScorer, group_advantages, reward_of
        from modelcall.reward.report import render_html, summarise
        from modelcall.validator.funnel import LayerFunnel

        cfg = self.config
        if not Path(cfg.input_path).is_file():
            raise InputError(f"{cfg.input_path}: file not found (input_path: raw outputs of response_generation)")
        stats = ReadStats()
        records = list(read_jsonl(cfg.input_path, cfg.on_bad_line, stats))
        if not records:
            raise InputError(f"{cfg.input_path}: no records to score (input_path)")
        reward_cfg = RewardConfig.model_validate(cfg.model_dump(include=set(RewardConfig.model_fields)))
        rewards, codes = [], []
        funnel = LayerFunnel()
        with self.report.timer("open_validator"):
            scorer = RewardScorer(reward_cfg).open()
        try:
            with self.report.timer("score"), progress_bar(len(records), "reward", "prog") as bar:
                for start in range(0, len(records), cfg.batch_size):
                    for validated in scorer.validate(records[start:start + cfg.batch_size], cfg.batch_size):
                        funnel.add(validated)
                        rewards.append(reward_of(validated, reward_cfg))
                        codes.append(validated.get("code") or "")
                        bar.update(1)
        finally:
            scorer.close()
        groups = [str(r.get("prompt_id") or (r.get("prompt_meta") or {}).get("id") or r.get("request_id")) for r in records]
        advantages = group_advantages([r["total"] for r in rewards], groups, reward_cfg.normalisation)
        rows = []
        with AtomicWriter(cfg.output_path) as out:
            for record, reward, adv, group in zip(records, rewards, advantages, groups, strict=True):
                row = dict(record, prompt_id=group, reward=reward, advantage=round(adv, 6))
                if row.get("request_id") is None:  # a user's own file may name it id / custom_id
                    row["request_id"] = record.get("id") or record.get("custom_id")
                rows.append(row)
                out.write(dumps_line(row))
        summary = summarise(rows)
        html_path = cfg.html_path or str(Path(cfg.reports_dir) / f"{cfg.task_name}.html")
        with self.report.timer("html"):
            atomic_write_text(html_path, render_html(f"reward: {cfg.task_name}", rows, codes, summary, cfg.examples))
        funnel.write(self.report, "completions")
        self.report.stage("scored", len(rows))
        self.report.count("records_in", stats.records)
        self.report.count("scored", len(rows))
        self.report.count("skipped_bad_lines", stats.skipped)
        self.report.set("reward", summary)
        self.report.set("validation", scorer.stats.as_dict())
        self.report.artifact("rewards", cfg.output_path)
        self.report.artifact("html", html_path)
        d = summary["distribution"]
        self.log.info("scored %d completions in %d groups: mean %.3f, std %.3f; gates: %s", d["n"], summary["groups"]["count"],
                      d["mean"], d["std"], ", ".join(f"{k}={v}" for k, v in summary["gates"].items()) or "none")
