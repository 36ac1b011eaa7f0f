"""sft_train: write a LLaMA-Factory LoRA training YAML from the task config and run ``llamafactory-cli train``."""
from __future__ import annotations

from pathlib import Path
from typing import Annotated

import yaml
from pydantic import Field

from modelcall.config.paths import Input, OptionalInput, Output
from modelcall.config.schema import TaskConfig
from modelcall.errors import InputError, TaskFailed
from modelcall.io import atomic_write_text
from modelcall.runners import register
from modelcall.runners.base import Runner
from modelcall.training.settings import TrainSettings


class SftTrainConfig(TaskConfig):
    model_name_or_path: Annotated[str, OptionalInput] = Field(description="base model: a local HF folder or a hub name (Qwen/Qwen2.5-Coder-0.5B)")
    input_path: Annotated[str, Input] = Field(description="the SFT dataset folder sft_build wrote (holds dataset_info.json)")
    output_path: Annotated[str, Output] = Field(description="output_dir of the run: the LoRA adapter, checkpoints, trainer_log.jsonl")
    yaml_path: Annotated[str | None, Output] = Field(None, description="where the LLaMA-Factory YAML goes; default <output_path>/llamafactory_train.yaml")
    train_datasets: list[str] | None = Field(None, description="dataset_info.json entries to train on; default: the *train* entries")
    eval_datasets: list[str] | None = Field(None, description="entries to evaluate on; default: the *val* entries ([] for none)")
    training: TrainSettings = Field(default_factory=TrainSettings, description="hyper-parameters (LLaMA-Factory names)")
    dry_run: bool = Field(False, description="only write the YAML (and report it); do not train")
    llamafactory_cli: str = Field("llamafactory-cli", description="the LLaMA-Factory command")
    env: dict[str, str] = Field(default_factory=dict, description="extra environment for the training process (CUDA_VISIBLE_DEVICES, ...)")


@register
class SftTrainRunner(Runner[SftTrainConfig]):
    task_type = "sft_train"
    summary = "LoRA fine-tuning with LLaMA-Factory (writes its YAML, runs llamafactory-cli, reports loss and adapter)"
    config_class = SftTrainConfig

    def run(self) -> None:
        from modelcall.training import choose_datasets, llamafactory_yaml, run_llamafactory

        cfg = self.config
        datasets = choose_datasets(cfg.input_path, cfg.train_datasets, cfg.eval_datasets)
        doc = llamafactory_yaml(cfg.training, cfg.model_name_or_path, datasets, cfg.output_path)
        yaml_path = Path(cfg.yaml_path or Path(cfg.output_path) / "llamafactory_train.yaml")
        atomic_write_text(yaml_path, yaml.safe_dump(doc, sort_keys=False, allow_unicode=True))
        self.report.artifact("llamafactory_yaml", yaml_path)
        self.report.set("train_config", doc)
        self.report.set("datasets", {"train": datasets.train, "eval": datasets.eval})
        examples = {name: _count_examples(datasets.dataset_dir / datasets.info[name]["file_name"]) for name in datasets.train}
        for name, n in examples.items():
            self.report.count(f"examples_{name}", n)
        self.report.stage("train examples", sum(examples.values()))
        for name, n in examples.items():
            self.report.stage(name, n, part_of="train examples")
        self.log.info("LLaMA-Factory YAML: %s (train on %s)", yaml_path, ", ".join(datasets.train))
        if cfg.dry_run:
            self.log.info("dry_run: not training; run it yourself with: llamafactory-cli train %s", yaml_path)
            if cfg.training.precision == "auto" and not (doc.get("bf16") or doc.get("fp16")):
                self.log.warning("precision auto chose fp32 on this machine (no GPU); for a GPU run set "
                                 "training.precision=bf16 (or fp16), or run the task there")
            self.report.set("training", {"dry_run": True})
            return

        if _local_path_missing(cfg.model_name_or_path):
            raise InputError(f"{cfg.model_name_or_path}: model_name_or_path not found (a local model folder, or a hub "
                             "name such as Qwen/Qwen2.5-Coder-0.5B)")
        with self.report.timer("train"):
            result = run_llamafactory(yaml_path, cfg.output_path, cfg.llamafactory_cli, cfg.env)
        self.report.set("training", result.as_dict())
        if result.steps is not None:
            self.report.stage("optimizer steps", result.steps)
        if result.adapter_path is None:
            self.report.failure("training", "no_adapter", cfg.output_path, "llamafactory-cli finished but left no adapter")
            raise TaskFailed(f"llamafactory-cli finished but left no adapter in {cfg.output_path}")
        self.report.artifact("adapter", result.adapter_path)
        self.log.info(
            "trained %s steps: final loss %s, mean train loss %s; adapter in %s",
            result.steps, _fmt(result.final_loss), _fmt(result.train_loss), result.adapter_path,
        )


def _local_path_missing(name: str) -> bool:
    """A name that can only be a local path (not a hub id ``org/name``) and does not exist."""
    if Path(name).expanduser().exists():
        return False
    return name.startswith(("/", ".", "~")) or name.count("/") > 1 or "\\" in name


def _count_examples(path: Path) -> int:
    """Examples in a dataset file: JSON lines, or the length of a JSON array."""
    text = path.read_text(encoding="utf-8").lstrip()
    if text.startswith("["):
        import json

        return len(json.loads(text))
    return sum(1 for line in text.splitlines() if line.strip())


def _fmt(value: float | None) -> str:
    return "n/a" if value is None else f"{value:.4f}"
