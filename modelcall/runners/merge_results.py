"""merge_results: merge a batch_submit run's chunk outputs into one deduplicated file per model, with a report."""
from __future__ import annotations

from pathlib import Path

from modelcall.cluster.config import MergeResultsConfig
from modelcall.cluster.manifest import Manifest
from modelcall.cluster.merge import discover_models, merge_run, report_merge
from modelcall.errors import ConfigError, InputError
from modelcall.io import atomic_write_json
from modelcall.runners import register
from modelcall.runners.base import Runner


@register
class MergeResultsRunner(Runner[MergeResultsConfig]):
    task_type = "merge_results"
    summary = "merge batch_submit chunk outputs per model (dedup by request_id) and report missing chunks"
    config_class = MergeResultsConfig

    def run(self) -> None:
        cfg = self.config
        base = Path(cfg.output_base_dir)
        if not base.is_dir():
            raise InputError(f"{base}: output_base_dir not found (the folder batch_submit wrote)")
        if cfg.models:
            known = set(discover_models(base, Manifest.load(base)))
            known |= {p.name for p in base.iterdir() if p.is_dir() and p.name not in {"chunks", "jobs", "logs", "model_configs", "task_configs"}}
            for model in cfg.models:
                if model not in known:
                    raise ConfigError(f"models: no model '{model}' in {base} (the run: {', '.join(sorted(known)) or 'none'})",
                                      source=self.source)
        with self.report.timer("merge"):
            merged = merge_run(
                base, cfg.output_dir, cfg.models, cfg.output_name, cfg.errors_name, cfg.max_listed_missing, cfg.dedup_scope
            )
        if not merged:
            raise InputError(f"{base}: no model folders with chunk outputs found (is this a batch_submit output_base_dir?)")
        for model, info in merged.items():
            self.report.count("records_out", info["found"])
            self.report.count("errors_out", info["errors"])
            self.report.count("missing", info["missing"] or 0)
            self.report.count("chunks_to_resubmit", len(info["chunks_to_resubmit"]))
            self.report.artifact(f"merged_{model}", info["merged_path"])
            self.report.artifact(f"merged_errors_{model}", info["merged_errors_path"])
        self.report.set("models", merged)
        report_merge(self.report, merged)
        summary_path = Path(cfg.output_dir or base) / "merge_report.json"
        atomic_write_json(summary_path, merged)
        self.report.artifact("merge_report", summary_path)
