"""The written folder loads through LLaMA-Factory's own dataset code, exactly as training would read it."""
from __future__ import annotations

import pytest

from modelcall.sft.llamafactory import load_alpaca_split

from .conftest import run_sft

pytest.importorskip("llamafactory", reason="LLaMA-Factory is in the train extra (pip install -e .[train])")


def test_llamafactory_loads_dataset_dir_and_names(tmp_path, selected_small):
    from llamafactory.data.loader import _get_merged_dataset
    from llamafactory.hparams import DataArguments, ModelArguments
    from transformers import Seq2SeqTrainingArguments

    out, report = run_sft(tmp_path, selected_small, split={"ratios": {"train": 0.6, "val": 0.2, "test": 0.2}})
    names = report["dataset_names"]
    assert names == ["phaser_sft_train", "phaser_sft_val", "phaser_sft_test"]
    model_args = ModelArguments(model_name_or_path="unused", cache_dir=str(tmp_path / "hf_cache"))
    training_args = Seq2SeqTrainingArguments(output_dir=str(tmp_path / "lf_out"), report_to=[])
    for name in names:
        data_args = DataArguments(dataset_dir=str(out), dataset=name)
        dataset = _get_merged_dataset(data_args.dataset, model_args, data_args, training_args, stage="sft")
        ours = load_alpaca_split(out, name)  # the faithful equivalent used where LLaMA-Factory is not installed
        assert len(dataset) == len(ours) == report["counts"][f"split_{name.rsplit('_', 1)[1]}"]
        for theirs, mine in zip(dataset, ours, strict=True):
            assert theirs["_prompt"] == mine["_prompt"]
            assert theirs["_response"] == mine["_response"]
            assert theirs["_system"] == mine["_system"] and theirs["_system"].startswith("你是一名资深的 Phaser 3")
