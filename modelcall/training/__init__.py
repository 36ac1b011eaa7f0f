"""LoRA fine-tuning through LLaMA-Factory: build its training YAML from our config, run it, read its results.

``llamafactory_yaml`` turns a :class:`TrainSettings` and an SFT dataset folder into the mapping that
``llamafactory-cli train`` reads; ``run_llamafactory`` runs the CLI, streams its log and returns a
:class:`TrainResult` (losses, steps, where the adapter is).
"""
from modelcall.training.launcher import TrainResult, read_train_result, run_llamafactory
from modelcall.training.settings import LoraSettings, TrainSettings
from modelcall.training.yaml_builder import DatasetChoice, choose_datasets, llamafactory_yaml

__all__ = [
    "DatasetChoice",
    "LoraSettings",
    "TrainResult",
    "TrainSettings",
    "choose_datasets",
    "llamafactory_yaml",
    "read_train_result",
    "run_llamafactory",
]
