"""Turn our training settings and an SFT dataset folder into LLaMA-Factory's training YAML mapping."""
from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from modelcall.errors import InputError
from modelcall.training.settings import TrainSettings, resolve_precision

_TRAIN_NAME = re.compile(r"(^|[_\-.])train($|[_\-.])", re.IGNORECASE)
_EVAL_NAME = re.compile(r"(^|[_\-.])(val|valid|validation|dev|eval)($|[_\-.])", re.IGNORECASE)


@dataclass
class DatasetChoice:
    """Which dataset_info.json entries train and which evaluate."""

    dataset_dir: Path
    train: list[str]
    eval: list[str]
    info: dict[str, Any]

    def files(self, names: list[str]) -> list[Path]:
        return [self.dataset_dir / self.info[name]["file_name"] for name in names]


def load_dataset_info(dataset_dir: str | Path) -> dict[str, Any]:
    path = Path(dataset_dir) / "dataset_info.json"
    if not path.is_file():
        raise InputError(f"{path}: not found; point input_path at the folder sft_build wrote (it has dataset_info.json)")
    try:
        info = json.loads(path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as exc:
        raise InputError(f"{path}:{exc.lineno}: not valid JSON ({exc.msg}); rerun sft_build") from None
    if not isinstance(info, dict) or not info:
        raise InputError(f"{path}: expected an object of dataset entries; rerun sft_build")
    for name, entry in info.items():
        if not isinstance(entry, dict) or "file_name" not in entry:
            raise InputError(f"{path}: entry '{name}' has no file_name; rerun sft_build")
    return info


def _matches(pattern: re.Pattern[str], name: str, entry: dict[str, Any]) -> bool:
    return bool(pattern.search(name) or pattern.search(Path(str(entry.get("file_name", ""))).stem))


def choose_datasets(
    dataset_dir: str | Path, train: list[str] | None = None, eval: list[str] | None = None
) -> DatasetChoice:
    """Names given are checked against dataset_info.json; missing ones are found by their train/val names."""
    dataset_dir = Path(dataset_dir)
    info = load_dataset_info(dataset_dir)
    where = dataset_dir / "dataset_info.json"
    for name in (train or []) + (eval or []):
        if name not in info:
            raise InputError(f"{where}: no dataset named '{name}' (it has: {', '.join(sorted(info))})")
    if train is None:
        train = [name for name, entry in info.items() if _matches(_TRAIN_NAME, name, entry)]
        if not train and len(info) == 1:
            train = list(info)
        if not train:
            raise InputError(
                f"{where}: cannot tell which entry is the training split (entries: {', '.join(sorted(info))}); "
                "set train_datasets"
            )
    if eval is None:
        eval = [name for name, entry in info.items() if name not in train and _matches(_EVAL_NAME, name, entry)]
    for path in [dataset_dir / info[name]["file_name"] for name in train + eval]:
        if not path.is_file():
            raise InputError(f"{where}: dataset file {path} is missing; rerun sft_build")
    return DatasetChoice(dataset_dir=dataset_dir, train=list(train), eval=list(eval), info=info)


def llamafactory_yaml(
    settings: TrainSettings, model_name_or_path: str, datasets: DatasetChoice, output_dir: str | Path
) -> dict[str, Any]:
    """The mapping ``llamafactory-cli train`` reads; keys follow LLaMA-Factory 0.9.x argument names."""
    precision = resolve_precision(settings.precision)
    target = settings.lora.target if isinstance(settings.lora.target, str) else ",".join(settings.lora.target)
    doc: dict[str, Any] = {
        # model
        "model_name_or_path": model_name_or_path,
        # method
        "stage": settings.stage,
        "do_train": True,
        "finetuning_type": settings.finetuning_type,
        "lora_rank": settings.lora.rank,
        "lora_alpha": settings.lora.alpha,
        "lora_dropout": settings.lora.dropout,
        "lora_target": target,
        # dataset
        "dataset_dir": str(Path(datasets.dataset_dir).resolve()),
        "dataset": ",".join(datasets.train),
        "template": settings.template,
        "cutoff_len": settings.cutoff_len,
        "overwrite_cache": True,
        # output
        "output_dir": str(Path(output_dir).resolve()),
        "logging_steps": settings.logging_steps,
        "save_steps": settings.save_steps,
        "plot_loss": False,
        "overwrite_output_dir": True,
        "save_only_model": False,
        "report_to": "none",
        # train
        "per_device_train_batch_size": settings.per_device_train_batch_size,
        "gradient_accumulation_steps": settings.gradient_accumulation_steps,
        "learning_rate": settings.learning_rate,
        "num_train_epochs": settings.num_train_epochs,
        "lr_scheduler_type": settings.lr_scheduler_type,
        "warmup_ratio": settings.warmup_ratio,
        "bf16": precision == "bf16",
        "fp16": precision == "fp16",
        "seed": settings.seed,
    }
    if settings.max_steps is not None:
        doc["max_steps"] = settings.max_steps
    if settings.max_samples is not None:
        doc["max_samples"] = settings.max_samples
    if settings.preprocessing_num_workers is not None:
        doc["preprocessing_num_workers"] = settings.preprocessing_num_workers
    if settings.gradient_checkpointing:
        doc["gradient_checkpointing"] = True
    if datasets.eval:
        doc.update(
            {
                "eval_dataset": ",".join(datasets.eval),
                "per_device_eval_batch_size": settings.per_device_eval_batch_size,
                "eval_strategy": "steps",
                "eval_steps": settings.eval_steps,
            }
        )
    doc.update(settings.extra)
    return doc
